package aka

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

var monthNames = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
	"october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// approxPrefixes mark an approximate date, as the lists write it.
var approxPrefixes = []string{"approximately ", "approx. ", "approx ", "circa ", "ca. ", "c. ", "about ", "~"}

// ParseBirthDate reads a birth date as lists, documents and customer files
// write it:
//
//	1971                   year only
//	1971-03, 1971-03-05    ISO 8601
//	05/03/1971, 05.03.1971 day first, as the UK and Australian lists and most forms write it
//	00/03/1971, 00/00/1971 the UK's unknown parts
//	5 Mar 1971, Mar 1971   OFAC's Remarks
//	circa 1971, approximately 1971, c. 1971
//	1969 to 1971, 1969-1971, between 1969 and 1971, 1969 or 1971
//	1960s                  the decade, a range
//	1971/03/05, 19710305   year first, as East Asian forms and databases write it
//	03/25/1971             month first, where the day cannot be a month
//	05MAR1971, 05MAR71     as travel documents and airline messages write it
//
// Two-digit years are read only beside a month's name (05MAR71), as the
// latest year not after the current one: with numbers only (05/03/71)
// they are an error, since day, month and year could be in any order.
//
// A date that cannot be read is an error naming what was wrong.
func ParseBirthDate(s string) (BirthDate, error) {
	in := strings.TrimSpace(s)
	t := strings.ToLower(in)
	t = strings.TrimSuffix(t, ".")
	var b BirthDate
	for _, p := range approxPrefixes {
		if strings.HasPrefix(t, p) {
			b.Approximate = true
			t = strings.TrimSpace(t[len(p):])
			break
		}
	}
	if t == "" {
		return BirthDate{}, fmt.Errorf("birth date %q: empty", in)
	}
	if rest, ok := strings.CutPrefix(t, "between "); ok {
		// Search after the prefix: "between and 0" has its " and " inside it.
		if from, to, ok := strings.Cut(rest, " and "); ok {
			return parseRange(in, from, to, b.Approximate)
		}
	}
	for _, sep := range []string{" to ", " or "} {
		if i := strings.Index(t, sep); i > 0 {
			return parseRange(in, t[:i], t[i+len(sep):], b.Approximate)
		}
	}
	// "1960s": the decade.
	if len(t) == 5 && t[4] == 's' && isDigits(t[:4]) && t[3] == '0' {
		return parseRange(in, t[:4], t[:3]+"9", b.Approximate)
	}
	// "1969-1971": two years with a dash between them.
	if len(t) == 9 && t[4] == '-' && isDigits(t[:4]) && isDigits(t[5:]) {
		return parseRange(in, t[:4], t[5:], b.Approximate)
	}
	if len(t) == 9 && t[4] == '/' && isDigits(t[:4]) && isDigits(t[5:]) {
		return parseRange(in, t[:4], t[5:], b.Approximate)
	}
	d, err := parseOneDate(t)
	if err != nil {
		return BirthDate{}, fmt.Errorf("birth date %q: %w", in, err)
	}
	b.Date = d
	return b, nil
}

func parseRange(in, from, to string, approx bool) (BirthDate, error) {
	a, err := parseOneDate(strings.TrimSpace(from))
	if err != nil {
		return BirthDate{}, fmt.Errorf("birth date %q: %w", in, err)
	}
	z, err := parseOneDate(strings.TrimSpace(to))
	if err != nil {
		return BirthDate{}, fmt.Errorf("birth date %q: %w", in, err)
	}
	if z.Year < a.Year {
		return BirthDate{}, fmt.Errorf("birth date %q: range ends before it starts", in)
	}
	if z == a {
		return BirthDate{Date: a, Approximate: approx}, nil
	}
	return BirthDate{Date: a, To: z, Approximate: approx}, nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parseOneDate reads one date in any of the forms ParseBirthDate accepts,
// from lower-cased text.
func parseOneDate(t string) (PartialDate, error) {
	// ISO: 1971, 1971-03, 1971-03-05, and a time after a "T"; year first
	// with / or . too.
	if len(t) >= 4 && isDigits(t[:4]) && (len(t) == 4 || t[4] == '-' || t[4] == '/' || t[4] == '.') {
		if i := strings.IndexByte(t, 't'); i == 10 {
			t = t[:10]
		}
		if t[min(4, len(t)-1)] != '-' {
			t = strings.NewReplacer("/", "-", ".", "-").Replace(t)
		}
		return ParseISODate(t)
	}
	// Eight digits: 19710305, or 05031971 as day first.
	if len(t) == 8 && isDigits(t) {
		for _, d := range []string{t[:4] + "-" + t[4:6] + "-" + t[6:], t[4:] + "-" + t[2:4] + "-" + t[:2]} {
			if p, err := ParseISODate(d); err == nil && p.Year >= 1800 {
				return p, nil
			}
		}
		return PartialDate{}, fmt.Errorf("eight digits that are no date")
	}
	// Day, month's name and year written together: 05mar1971, 05mar71.
	if d, ok := compactDate(t); ok {
		return d, d.Validate()
	}
	// Day first with / . or - : 05/03/1971, 5.3.1971, 00/00/1971, 03/1971.
	for _, sep := range []string{"/", ".", "-"} {
		if !strings.Contains(t, sep) {
			continue
		}
		parts := strings.Split(t, sep)
		if len(parts) < 2 || len(parts) > 3 {
			continue
		}
		ok := true
		for _, p := range parts {
			if !isDigits(p) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		year, _ := strconv.Atoi(parts[len(parts)-1])
		if len(parts[len(parts)-1]) != 4 {
			return PartialDate{}, fmt.Errorf("want a four-digit year")
		}
		month, _ := strconv.Atoi(parts[len(parts)-2])
		day := 0
		if len(parts) == 3 {
			day, _ = strconv.Atoi(parts[0])
			if month > 12 && day >= 1 && day <= 12 {
				day, month = month, day // 03/25/1971: the day cannot be a month
			}
		}
		if month == 0 {
			day = 0 // "12/00/1971": a day without a month says nothing
		}
		d := PartialDate{Year: year, Month: month, Day: day}
		if err := d.Validate(); err != nil {
			return PartialDate{}, err
		}
		return d, nil
	}
	// Words: "5 mar 1971", "mar 1971", "march 5, 1971".
	f := strings.Fields(strings.ReplaceAll(t, ",", " "))
	var d PartialDate
	for _, w := range f {
		switch {
		case monthNames[w] != 0 && d.Month == 0:
			d.Month = monthNames[w]
		case isDigits(w) && len(w) == 4 && d.Year == 0:
			d.Year, _ = strconv.Atoi(w)
		case isDigits(w) && len(w) == 2 && d.Year == 0 && d.Day != 0 && d.Month != 0:
			yy, _ := strconv.Atoi(w)
			d.Year = fullYear(yy) // "5 mar 71": after the day and the month's name
		case isDigits(w) && len(w) <= 2 && d.Day == 0:
			d.Day, _ = strconv.Atoi(w)
		default:
			return PartialDate{}, fmt.Errorf("unexpected %q", w)
		}
	}
	if d.Year == 0 {
		return PartialDate{}, fmt.Errorf("no year")
	}
	if err := d.Validate(); err != nil {
		return PartialDate{}, err
	}
	return d, nil
}

// compactDate reads a day, the first three letters of a month's name and
// a year of four or two digits written together (05mar1971, 5mar71), as
// machine-readable travel documents and airline messages write them.
func compactDate(t string) (PartialDate, bool) {
	i := 0
	for i < len(t) && i < 2 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || len(t) < i+5 {
		return PartialDate{}, false
	}
	month := monthNames[t[i:i+3]]
	rest := t[i+3:]
	if month == 0 || !isDigits(rest) || len(rest) != 2 && len(rest) != 4 {
		return PartialDate{}, false
	}
	day, _ := strconv.Atoi(t[:i])
	year, _ := strconv.Atoi(rest)
	if len(rest) == 2 {
		year = fullYear(year)
	}
	return PartialDate{Year: year, Month: month, Day: day}, true
}

// fullYear reads a two-digit year of birth as the latest year not after
// the current one that ends in it: 71 is 1971, 05 is 2005.
func fullYear(yy int) int {
	now := time.Now().Year()
	y := now - now%100 + yy
	if y > now {
		y -= 100
	}
	return y
}
