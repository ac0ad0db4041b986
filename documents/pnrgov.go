package documents

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/akascreen/aka"
)

// PNRGOV is the UN/EDIFACT message that pushes passenger name records to a
// government (WCO/IATA/ICAO PNRGOV guide, versions 11.1 to 13.1). The
// segments read:
//
//	TVL+DDMMYY:HHMM:DDMMYY:HHMM+from+to+carrier+number  before the first SRC:
//	                     the flight the message is sent for
//	SRC                  starts one PNR
//	RCI+airline:locator  the PNR's record locator
//	TIF+surname+given:type:ref  one traveller
//	SSR+DOCS:...:free text      the traveller's document, as in
//	                     /P/USA/123456789/USA/12JUL64/M/23AUG19/SMITH/JOHN/WILLIAM:
//	                     type, issuing country, number, nationality, birth
//	                     date, gender, expiry, surname, given, middle names
//	TVL ...              the PNR's itinerary; TIFs after it repeat the
//	                     travellers for each flight and are merged with them
//
// Everything else (fares, tickets, payments, seats, baggage) is skipped.

// ReadPNRGOV reads the travellers of the PNRGOV messages in r as subjects:
// one per traveller per PNR, in message order. file names the input in
// errors.
//
// Problems and errors are as for ReadPAXLST: an unreadable field (a birth
// date of 31FEB80) is left empty and reported in problems; broken structure
// is the returned error, with no subjects.
//
// Name is the given and middle names and surname of SSR DOCS when the
// traveller has one, as they stand on the document, else those of TIF.
// Titles that reservation systems append to given names, with or without a
// space ("NINA MS", "JOHNMR"), are removed as pnrStripTitle describes.
//
// Travel is the flight the message is for (its first TVL, before any PNR),
// or, when there is none, the PNR's first itinerary flight; Flight is the
// carrier code followed by the flight number. Reference is the record
// locator from RCI. Dates with two-digit years follow the rules at ediYear,
// around the interchange date in UNB.
func ReadPNRGOV(r io.Reader, file string) (subjects []aka.Subject, problems []error, err error) {
	data, err := ediRead(r, file)
	if err != nil {
		return nil, nil, err
	}
	p := &pnrReader{file: file}
	if err := ediParse(file, data, "PNRGOV", p); err != nil {
		return nil, p.problems, err
	}
	return p.subjects, p.problems, nil
}

// SniffPNRGOV reports whether head, the start of a file, is a UN/EDIFACT
// interchange carrying a PNRGOV message.
func SniffPNRGOV(head []byte) bool { return ediSniff(head, "PNRGOV") }

type pnrTraveller struct {
	key            string // traveller reference, or name when there is none
	surname, given string // from TIF
	origin         string
	docs           bool // an SSR DOCS was read
	docSurname     string
	docGiven       string
	subj           aka.Subject
}

type pnrReader struct {
	file     string
	subjects []aka.Subject
	problems []error

	ref        time.Time
	flight     *aka.Travel // the message's flight
	inPNR      bool
	itinerary  bool // past the PNR's first TVL
	locator    string
	pnrFlight  *aka.Travel
	travellers []*pnrTraveller
	byKey      map[string]*pnrTraveller
	cur        *pnrTraveller
}

func (p *pnrReader) begin(_ *ediSegment, ref time.Time) error {
	p.ref, p.flight = ref, nil
	p.startPNR(false)
	return nil
}

func (p *pnrReader) problem(s *ediSegment, field string, err error) {
	p.problems = append(p.problems, &aka.ParseError{File: p.file, Pos: s.pos(), Field: field, Err: err})
}

// startPNR flushes the PNR being read and starts another (in) or none.
func (p *pnrReader) startPNR(in bool) {
	for _, t := range p.travellers {
		s := t.subj
		if !t.docs || (t.docSurname == "" && t.docGiven == "") {
			s.Name = pnrName(t.given, t.surname)
		} else {
			s.Name = pnrName(t.docGiven, t.docSurname)
		}
		s.Origin = t.origin
		var tr aka.Travel
		switch {
		case p.flight != nil:
			tr = *p.flight
		case p.pnrFlight != nil:
			tr = *p.pnrFlight
		}
		tr.Role = "passenger"
		tr.Reference = p.locator
		s.Travel = &tr
		p.subjects = append(p.subjects, s)
	}
	p.inPNR, p.itinerary, p.locator, p.pnrFlight = in, false, "", nil
	p.travellers, p.byKey, p.cur = nil, nil, nil
}

func (p *pnrReader) segment(s *ediSegment) error {
	switch s.tag {
	case "SRC":
		p.startPNR(true)
	case "RCI":
		if p.inPNR && !p.itinerary && p.locator == "" {
			p.locator = s.el(0, 1)
		}
	case "TVL":
		t := p.tvl(s)
		switch {
		case !p.inPNR:
			if p.flight == nil {
				p.flight = t
			}
		default:
			p.itinerary = true
			p.cur = nil
			if p.pnrFlight == nil {
				p.pnrFlight = t
			}
		}
	case "TIF":
		if !p.inPNR {
			p.startPNR(true)
		}
		surname, given, ref := s.el(0, 0), s.el(1, 0), s.el(1, 2)
		key := "ref " + ref
		if ref == "" {
			key = "name " + surname + "/" + given
		}
		p.cur = p.byKey[key]
		if p.cur == nil {
			p.cur = &pnrTraveller{key: key, surname: surname, given: given, origin: s.pos()}
			p.travellers = append(p.travellers, p.cur)
			if p.byKey == nil {
				p.byKey = map[string]*pnrTraveller{}
			}
			p.byKey[key] = p.cur
		}
	case "SSR":
		if s.el(0, 0) == "DOCS" && p.cur != nil {
			p.docs(s, p.cur)
		}
	}
	return nil
}

func (p *pnrReader) end(*ediSegment) error {
	p.startPNR(false)
	return nil
}

// tvl reads a flight: TVL+280918:1220:280918:1505+FRA+IAD+UA+988:B.
func (p *pnrReader) tvl(s *ediSegment) *aka.Travel {
	t := &aka.Travel{
		DepartureAirport: s.el(1, 0),
		ArrivalAirport:   s.el(2, 0),
		Carrier:          s.el(3, 0),
	}
	if n := s.el(4, 0); n != "" {
		t.Flight = t.Carrier + n
	}
	depDate, depTime, arrDate, arrTime := s.el(0, 0), s.el(0, 1), s.el(0, 2), s.el(0, 3)
	// Some senders put the arrival time where the arrival date goes
	// (TVL+280918:1220:1505): four digits there with no time after them
	// are read as the time.
	if len(arrDate) == 4 && arrTime == "" {
		arrDate, arrTime = "", arrDate
	}
	var err error
	if t.DepartureTime, err = p.dateTime(depDate, depTime); err != nil {
		p.problem(s, "TVL departure", err)
	} else if p.ref.IsZero() && len(t.DepartureTime) >= 10 && !p.inPNR {
		if d, err := time.Parse("2006-01-02", t.DepartureTime[:10]); err == nil {
			p.ref = d
		}
	}
	if t.ArrivalTime, err = p.dateTime(arrDate, arrTime); err != nil {
		p.problem(s, "TVL arrival", err)
	}
	return t
}

// dateTime reads a PNRGOV date DDMMYY and time HHMM as ISO 8601. A time
// without a date is given alone ("15:05"): the day it falls on is not
// guessed.
func (p *pnrReader) dateTime(date, tm string) (string, error) {
	out := ""
	if date != "" {
		if len(date) != 6 || !ediDigits(date) {
			return "", fmt.Errorf("date %q: want DDMMYY", date)
		}
		d, m := ediAtoi(date[0:2]), ediAtoi(date[2:4])
		if !ediValidDate(2000, m, d) || (m == 2 && d == 29 && !ediValidDate(2000+ediAtoi(date[4:6]), m, d)) {
			return "", fmt.Errorf("date %q: no such day", date)
		}
		y := ediYear(ediAtoi(date[4:6]), m, d, ediNear, p.ref)
		out = fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	}
	if tm == "" {
		return out, nil
	}
	if len(tm) != 4 || !ediDigits(tm) || ediAtoi(tm[:2]) > 24 || ediAtoi(tm[2:]) > 59 {
		return out, fmt.Errorf("time %q: want HHMM", tm)
	}
	if out == "" {
		return tm[:2] + ":" + tm[2:], nil
	}
	return out + "T" + tm[:2] + ":" + tm[2:], nil
}

// docs reads SSR DOCS into t. A second DOCS for the same traveller fills
// only what the first left empty.
func (p *pnrReader) docs(s *ediSegment, t *pnrTraveller) {
	// The free text is the last component of the first element; airline
	// systems put it eighth or ninth.
	text := ""
	for j := 7; j < len(s.elemsAt(0)); j++ {
		if v := s.el(0, j); v != "" {
			text = v
			break
		}
	}
	if text == "" {
		return
	}
	text = strings.TrimPrefix(text, "/")
	f := strings.Split(text, "/")
	get := func(i int) string {
		if i < len(f) {
			return strings.TrimSpace(f[i])
		}
		return ""
	}
	set := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	subj := &t.subj
	t.docs = true
	set(&subj.DocumentType, paxDocType(get(0)))
	set(&subj.DocumentCountry, paxCountry(get(1)))
	set(&subj.DocumentNumber, get(2))
	set(&subj.Nationality, paxCountry(get(3)))
	if v := get(4); v != "" {
		if d, err := pnrDate(v, ediBirth, p.ref); err != nil {
			p.problem(s, "SSR+DOCS birth date", err)
		} else {
			set(&subj.BirthDate, d)
		}
	}
	switch g := strings.ToUpper(get(5)); g {
	case "M", "MI":
		set(&subj.Gender, "male")
	case "F", "FI":
		set(&subj.Gender, "female")
	case "", "U", "X":
	default:
		p.problem(s, "SSR+DOCS gender", fmt.Errorf("gender %q: want M, F, MI, FI, U or X", g))
	}
	if v := get(6); v != "" {
		if d, err := pnrDate(v, ediNear, p.ref); err != nil {
			p.problem(s, "SSR+DOCS expiry", err)
		} else {
			set(&subj.DocumentExpiry, d)
		}
	}
	given := strings.TrimSpace(pnrStripTitle(get(8)) + " " + pnrStripTitle(get(9)))
	set(&t.docSurname, get(7))
	set(&t.docGiven, given)
}

var pnrMonths = map[string]int{
	"JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6,
	"JUL": 7, "AUG": 8, "SEP": 9, "OCT": 10, "NOV": 11, "DEC": 12,
}

// pnrDate reads a date as reservation systems write it, DDMMMYY or
// DDMMMYYYY ("12JUL64"), as YYYY-MM-DD.
func pnrDate(v string, rule int, ref time.Time) (string, error) {
	u := strings.ToUpper(v)
	if (len(u) != 7 && len(u) != 9) || !ediDigits(u[:2]) || !ediDigits(u[5:]) {
		return "", fmt.Errorf("date %q: want DDMMMYY", v)
	}
	m, ok := pnrMonths[u[2:5]]
	if !ok {
		return "", fmt.Errorf("date %q: no month %q", v, u[2:5])
	}
	d := ediAtoi(u[:2])
	var y int
	if len(u) == 9 {
		y = ediAtoi(u[5:])
	} else {
		if !ediValidDate(2000, m, d) {
			return "", fmt.Errorf("date %q: no such day", v)
		}
		y = ediYear(ediAtoi(u[5:]), m, d, rule, ref)
	}
	if !ediValidDate(y, m, d) {
		return "", fmt.Errorf("date %q: no such day", v)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), nil
}

// pnrName joins given names and surname.
func pnrName(given, surname string) string {
	return strings.TrimSpace(strings.Join(strings.Fields(pnrStripTitle(given)+" "+surname), " "))
}

// pnrTitles are the titles and passenger-type codes reservation systems
// append to given names, longest first so that MRS is tried before MR.
var pnrTitles = []string{"MSTR", "MISS", "MRS", "CHD", "INF", "MR", "MS", "DR"}

// pnrTitleNames are given names that end in a title but are names:
// ALEKSANDR is not ALEKSAN + DR, ADAMS not ADA + MS.
var pnrTitleNames = map[string]bool{
	"ADAMS": true, "WILLIAMS": true, "ABRAMS": true, "WILMS": true,
	"HELMS": true, "SIMS": true, "NIMR": true, "AMR": true,
}

// pnrStripTitle removes one title from the end of given names. A title
// standing alone as the last word goes when another word remains ("NINA
// MS" is NINA). A title glued to the last word ("MOLLYMRS", "JOHNMR") goes
// only when what remains is a plausible name: it has a vowel and at least
// two letters, three for the two-letter titles MR, MS and DR, which short
// names do end in (NIMR, AMR); names that end in such letters (ADAMS,
// WILLIAMS, and ALEKSANDR and every other -ANDR) are kept whole. A glued
// title on a short name is therefore left in place (EDMR stays EDMR):
// screening tolerates a few extra letters better than a lost name.
func pnrStripTitle(given string) string {
	w := strings.Fields(given)
	if len(w) == 0 {
		return ""
	}
	last := strings.ToUpper(w[len(w)-1])
	for _, t := range pnrTitles {
		if last == t {
			if len(w) > 1 {
				return strings.Join(w[:len(w)-1], " ")
			}
			return strings.Join(w, " ")
		}
	}
	if pnrTitleNames[last] || len(last) != len(w[len(w)-1]) {
		return strings.Join(w, " ")
	}
	for _, t := range pnrTitles {
		if !strings.HasSuffix(last, t) {
			continue
		}
		rest := last[:len(last)-len(t)]
		minLen := 2
		if len(t) == 2 {
			minLen = 3
		}
		if len(rest) < minLen || !strings.ContainsAny(rest, "AEIOUY") || !pnrLetters(rest) {
			break
		}
		if t == "DR" && strings.HasSuffix(rest, "AN") {
			break
		}
		orig := w[len(w)-1]
		w[len(w)-1] = orig[:len(rest)]
		break
	}
	return strings.Join(w, " ")
}

func pnrLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
