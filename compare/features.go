package compare

import (
	"strings"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/names"
)

// Birth date evidence, in bits. u is about 1/365 for a day and month, 1/40
// for a year among adults; m allows for lists that are wrong or imprecise
// and for forms that shift dates.
//
// A date more than two years off is evidence against, not a veto. In the
// development sets 79 of 1,568 dated positive cases contradict the UN's
// dates by more than two years (78 of them from one UK-derived source that
// carries wrong dates wholesale): m is about 5%, against u of about 88% for
// two adults, so log2(0.05/0.88) = -4.1. A full rare name survives a bad
// date; "John Smith" born 1970 does not meet a listed John Smith born 1985.
//
// They are variables only so that the calibration flags of "aka eval" can
// try others (see Params).
var (
	dobExact     = 13.0 // same day, month and year
	dobMonth     = 8.5  // same month and year, a day unknown on one side
	dobSwapped   = 7.0  // day and month swapped (05/03 against 03/05)
	dobYear      = 5.0  // same year, month unknown on one side
	dobYearDiff  = 1.0  // same year, different day or month on both sides
	dobNear1     = 1.0  // one year apart
	dobNear2     = 0.0  // two years apart
	dobRange     = 3.5  // inside a listed range (or approximate date)
	dobApprox    = 4.0  // same year, one side approximate
	dobMismatch  = -4.0 // more than two years apart: see above
	dobTypo      = 2.0  // the same day and month, years one digit apart: see yearTypo
	natMatch     = 2.5
	natMismatch  = -3.0
	genderMatch  = 0.3
	genderDiffer = -5.0
	docMatch     = 20.0 // same normalized document number
	docDiffer    = -1.0 // a different number for the same type and country
	pobMatch     = 2.0
)

// ListedDateMismatch is the evidence, in bits, of a birth date more than
// two years from every date of the other record when both records are
// lists' own (aka resolve, aka eval pairs). Screening counts a
// contradicting date for little (dobMismatch), since the records screened
// often carry wrong dates; official lists almost never contradict each
// other (none of the 232 dated UK entries citing a UN entity in
// ../shared/eval/uk_crosslist.jsonl is more than two years off, and of
// 302 people the UK and OFAC give one passport number, one is more than
// two years off other than by a typo, and that one within a listed
// range), and relatives who share most of a name differ exactly there:
// log2((1/233)/0.88), about -7.7.
const ListedDateMismatch = -7.7

// CompareBirthDates compares a query birth date with the dates a list gives
// and returns the best level: lists give several dates, any may be right.
func CompareBirthDates(q aka.BirthDate, listed []aka.BirthDate) aka.FeatureEvidence {
	return compareBirthDates(q, listed, dobMismatch)
}

// compareBirthDates is CompareBirthDates with a contradicting date counting
// mismatch bits.
func compareBirthDates(q aka.BirthDate, listed []aka.BirthDate, mismatch float64) aka.FeatureEvidence {
	ev := aka.FeatureEvidence{Feature: "birth_date", Query: q.String(), Level: "unknown"}
	if q.Date.IsZero() || len(listed) == 0 {
		return ev
	}
	best := -1
	for i, l := range listed {
		if l.Date.IsZero() {
			continue
		}
		level, bits := compareDate(q, l)
		if level == "mismatch" {
			bits = mismatchBits(q, l, mismatch)
		}
		if best < 0 || bits > ev.Bits {
			ev.Level, ev.Bits, best = level, bits, i
		}
	}
	if best >= 0 {
		ev.Listed = listed[best].String()
	}
	return ev
}

// birthDateBits is CompareBirthDates's bits alone, without allocating.
// BirthDateBits is the evidence of the birth date q against a listed
// person's dates (the best of them), as Compare counts it; 0 when none is
// known.
func BirthDateBits(q aka.BirthDate, listed []aka.BirthDate) float64 {
	return birthDateBits(q, listed, dobMismatch)
}

// ListedBirthDateBits is BirthDateBits between two lists' records (aka
// resolve), as Compare counts it for a Query.Listed: a contradicting date
// counts ListedDateMismatch, or dobMismatch where the years may be one
// mistyped and a day is unknown.
func ListedBirthDateBits(q aka.BirthDate, listed []aka.BirthDate) float64 {
	return birthDateBits(q, listed, ListedDateMismatch)
}

func birthDateBits(q aka.BirthDate, listed []aka.BirthDate, mismatch float64) float64 {
	bits, found := 0.0, false
	for _, l := range listed {
		if l.Date.IsZero() {
			continue
		}
		level, b := compareDate(q, l)
		if level == "mismatch" {
			b = mismatchBits(q, l, mismatch)
		}
		if !found || b > bits {
			bits, found = b, true
		}
	}
	return bits
}

// mismatchBits is what a date more than two years from a listed one
// counts: mismatch, but no more than screening's dobMismatch when the
// years could be one mistyped (yearTypo) and a day or month is unknown, so
// that the typo cannot be told from two dates (1955 and 1965-03-01).
func mismatchBits(q, l aka.BirthDate, mismatch float64) float64 {
	if mismatch < dobMismatch && (q.Date.Month == 0 || l.Date.Month == 0 || q.Date.Day == 0 || l.Date.Day == 0) && yearTypo(q.Date.Year, l.Date.Year) {
		return dobMismatch
	}
	return mismatch
}

func compareDate(q, l aka.BirthDate) (string, float64) {
	if l.IsRange() || q.IsRange() {
		lo, hi := l.Date.Year, l.Date.Year
		if l.IsRange() {
			hi = l.To.Year
		}
		qlo, qhi := q.Date.Year, q.Date.Year
		if q.IsRange() {
			qhi = q.To.Year
		}
		if qlo <= hi && lo <= qhi {
			return "range", dobRange
		}
		d := min(abs(qlo-hi), abs(lo-qhi))
		return yearDistance(d)
	}
	qd, ld := q.Date, l.Date
	if qd.Year != ld.Year {
		d := abs(qd.Year - ld.Year)
		if (q.Approximate || l.Approximate) && d <= 3 {
			return "approximate", dobNear1
		}
		if d > 2 && !q.Approximate && !l.Approximate && qd.Month == ld.Month && qd.Day == ld.Day && qd.Day != 0 && (qd.Month != 1 || qd.Day != 1) && yearTypo(qd.Year, ld.Year) {
			return "typo", dobTypo
		}
		return yearDistance(d)
	}
	if q.Approximate || l.Approximate {
		return "approximate", dobApprox
	}
	if qd.Month == 0 || ld.Month == 0 {
		return "year", dobYear
	}
	if qd.Month == ld.Month {
		if qd.Day == 0 || ld.Day == 0 {
			return "month", dobMonth
		}
		if qd.Day == ld.Day {
			return "exact", dobExact
		}
		return "year", dobYearDiff
	}
	if qd.Day != 0 && ld.Day != 0 && qd.Day == ld.Month && qd.Month == ld.Day {
		return "swapped", dobSwapped
	}
	return "year", dobYearDiff
}

// yearTypo reports whether two years differ as a typing or reading
// mistake makes them differ: in one digit (1983 and 1980, 1955 and 1965),
// or by two neighbouring digits swapped (1965 and 1956). With the same day
// and month on both sides, that is one date mistyped far more often than
// two people's: of 302 people the UK and OFAC give one passport number,
// three carry such dates (SHUVALOVA 1966-03-27 and 1969-03-27), and none
// a date further off otherwise. The first of January is left out: lists
// give it for a year whose day is unknown.
func yearTypo(a, b int) bool {
	var da, db [4]int
	for i := 3; i >= 0; i-- {
		da[i], db[i] = a%10, b%10
		a, b = a/10, b/10
	}
	if a != b {
		return false // five digits or more
	}
	n, first := 0, -1
	for i := range da {
		if da[i] != db[i] {
			if n++; first < 0 {
				first = i
			}
		}
	}
	switch n {
	case 1:
		return true
	case 2:
		i, j := first, first+1
		return j < 4 && da[i] == db[j] && da[j] == db[i]
	}
	return false
}

func yearDistance(d int) (string, float64) {
	switch d {
	case 1:
		return "close", dobNear1
	case 2:
		return "close", dobNear2
	}
	return "mismatch", dobMismatch
}

// CompareNationality compares a query country (ISO alpha-2) with the
// countries an entity is tied to by nationality or citizenship.
func CompareNationality(q string, e *aka.Entity) aka.FeatureEvidence {
	ev := aka.FeatureEvidence{Feature: "nationality", Query: q, Level: "unknown"}
	if q == "" {
		return ev
	}
	if len(e.Nationalities)+len(e.Citizenships) == 0 {
		return ev
	}
	for _, list := range [2][]string{e.Nationalities, e.Citizenships} {
		for _, c := range list {
			if c == q {
				ev.Level, ev.Bits, ev.Listed = "match", natMatch, c
				return ev
			}
		}
	}
	ev.Level, ev.Bits = "mismatch", natMismatch
	ev.Listed = strings.Join(append(e.Nationalities[:len(e.Nationalities):len(e.Nationalities)], e.Citizenships...), ",")
	return ev
}

// nationalityBits is CompareNationality's bits alone, without allocating.
func nationalityBits(q string, e *aka.Entity) float64 {
	if q == "" || len(e.Nationalities)+len(e.Citizenships) == 0 {
		return 0
	}
	for _, list := range [2][]string{e.Nationalities, e.Citizenships} {
		for _, c := range list {
			if c == q {
				return natMatch
			}
		}
	}
	return natMismatch
}

// CompareGender compares genders; unknown on either side is neutral.
func CompareGender(q, l aka.Gender) aka.FeatureEvidence {
	ev := aka.FeatureEvidence{Feature: "gender", Query: string(q), Listed: string(l), Level: "unknown"}
	switch {
	case q == "" || l == "":
	case q == l:
		ev.Level, ev.Bits = "match", genderMatch
	default:
		ev.Level, ev.Bits = "mismatch", genderDiffer
	}
	return ev
}

// CompareDocument compares a query document number (normalized) with an
// entity's documents: the same number is near-certain; a different number
// of the same type from the same country is weak evidence against, since
// people hold several passports over time.
func CompareDocument(number string, typ aka.DocumentType, country string, e *aka.Entity) aka.FeatureEvidence {
	ev := aka.FeatureEvidence{Feature: "document", Query: number, Level: "unknown"}
	if len(number) < 4 {
		return ev
	}
	for _, d := range e.Documents {
		if d.Normalized == number {
			ev.Level, ev.Bits, ev.Listed = "exact", docMatch, d.Number
			return ev
		}
	}
	if typ == "" || country == "" {
		return ev
	}
	for _, d := range e.Documents {
		if d.Type == typ && d.Country == country && d.Normalized != "" {
			ev.Level, ev.Bits, ev.Listed = "different", docDiffer, d.Number
			return ev
		}
	}
	return ev
}

// ComparePlace compares a place of birth as text: a shared place word
// (city, province or country name) is weak evidence for; a difference is
// not held against, because places are written in too many ways.
func ComparePlace(q []string, e *aka.Entity) aka.FeatureEvidence {
	return comparePlace(q, e.BirthPlaces, placeWords(e.BirthPlaces))
}

// placeWords returns PlaceWords of each place.
func placeWords(ps []aka.Place) [][]string {
	if len(ps) == 0 {
		return nil
	}
	out := make([][]string, len(ps))
	for i, p := range ps {
		out[i] = PlaceWords(p.Text)
	}
	return out
}

// comparePlace compares query place words with places whose words are
// given, place by place.
func comparePlace(q []string, places []aka.Place, words [][]string) aka.FeatureEvidence {
	ev := aka.FeatureEvidence{Feature: "place_of_birth", Level: "unknown"}
	if len(q) == 0 || len(places) == 0 {
		return ev
	}
	ev.Query = strings.Join(q, " ")
	if i := placeMatch(q, words); i >= 0 {
		ev.Level, ev.Bits, ev.Listed = "match", pobMatch, places[i].Text
	}
	return ev
}

// placeSkeletons returns the skeletons of place words, "" for words under
// five letters (too short to compare by skeleton).
func placeSkeletons(words [][]string) [][]string {
	if len(words) == 0 {
		return nil
	}
	out := make([][]string, len(words))
	for i, ws := range words {
		out[i] = make([]string, len(ws))
		for j, w := range ws {
			if len(w) >= 5 {
				out[i][j] = names.Skeleton(w)
			}
		}
	}
	return out
}

// placeMatchSkel is placeMatch with the skeletons computed beforehand.
func placeMatchSkel(q, qs []string, words, skels [][]string) int {
	for i, ws := range words {
		for j, w := range ws {
			for k, qw := range q {
				if qw == w || (qs[k] != "" && qs[k] == skels[i][j]) {
					return i
				}
			}
		}
	}
	return -1
}

// placeMatch returns the index of the first place sharing a word (or, for
// words of five letters or more, a skeleton) with q, or -1.
func placeMatch(q []string, words [][]string) int {
	for i, ws := range words {
		for _, w := range ws {
			for _, qw := range q {
				if qw == w || (len(qw) >= 5 && len(w) >= 5 && names.Skeleton(qw) == names.Skeleton(w)) {
					return i
				}
			}
		}
	}
	return -1
}

// placeStop are words of place descriptions that say nothing about where.
var placeStop = map[string]bool{
	"village": true, "district": true, "province": true, "city": true, "area": true,
	"region": true, "governorate": true, "state": true, "town": true, "the": true,
	"of": true, "and": true, "near": true, "county": true,
}

// PlaceWords returns the folded words of a place description that can
// identify it, leaving out generic words ("village", "district").
func PlaceWords(s string) []string {
	var out []string
	for _, w := range names.SplitWords(s) {
		f := names.FoldLatin(w)
		if len(f) < 3 || placeStop[f] {
			continue
		}
		out = append(out, f)
	}
	return out
}
