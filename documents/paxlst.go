package documents

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/countries"
)

// PAXLST is the UN/EDIFACT passenger list message carriers send as Advance
// Passenger Information (API). The segments read follow the WCO/IATA/ICAO
// PAXLST implementation guide for the D02B and D05B directories:
//
//	BGM+745 (passenger list) or BGM+250 (crew list)
//	RFF+TN:ref                  transaction reference of the message
//	TDT+20+flight+++carrier     one per leg, followed by
//	  LOC+125/87/92 + DTM+189/232  departure and arrival airports and times
//	NAD+FL|FM|DDU|DDT+++surname:given:given  one person: passenger, crew,
//	                            in-transit passenger, in-transit crew; then
//	  ATT+2++M|F                gender
//	  DTM+329:YYMMDD            birth date
//	  LOC+178/179/180/174       embarkation, debarkation, place of birth, residence
//	  NAT+2+XXX                 nationality
//	  RFF+AVF:locator           booking reference
//	  DOC+P+number              a travel document, followed by
//	    DTM+36/182              its expiry and issue dates
//	    LOC+91+XXX              its issuing country
//
// NAD+MS is the party that sent the message, not a traveller. Unknown
// segments and qualifiers are skipped.

// ReadPAXLST reads the persons of the PAXLST messages in r as subjects, in
// message order. file names the input in errors.
//
// A field that cannot be read (a birth date of 991399, a month of 13 in an
// expiry date) leaves that field of the subject empty and is reported in
// problems as an *aka.ParseError naming the segment and field; the subject is
// kept, since the other fields can still be screened. Breakage of the message
// itself is the returned error, an *aka.ParseError, with no subjects: input
// cut off before UNT, a release character at the end, a segment outside a
// message, a message of another type, a bad UNA.
//
// Each subject's Travel is its journey in the message. When the message has
// several legs, the passenger's own ports of embarkation and debarkation
// (LOC+178 and LOC+179) pick the leg the journey starts on and the leg it
// ends on; without them it starts on the first leg and ends on the last.
// Carrier and Flight are those of the leg it starts on. Reference is the
// passenger's booking reference (RFF+AVF), else the message's transaction
// reference (RFF+TN), else the UNH message reference.
//
// When a person has several documents, the subject carries the first that
// is not a visa. Two-digit years are read as described at ediYear: a birth
// date is never after the interchange date in UNB.
func ReadPAXLST(r io.Reader, file string) (subjects []aka.Subject, problems []error, err error) {
	data, err := ediRead(r, file)
	if err != nil {
		return nil, nil, err
	}
	p := &paxReader{file: file}
	if err := ediParse(file, data, "PAXLST", p); err != nil {
		return nil, p.problems, err
	}
	return p.subjects, p.problems, nil
}

// SniffPAXLST reports whether head, the start of a file, is a UN/EDIFACT
// interchange carrying a PAXLST message.
func SniffPAXLST(head []byte) bool { return ediSniff(head, "PAXLST") }

type paxLeg struct {
	carrier, flight string
	dep, depTime    string
	arr, arrTime    string
}

type paxDoc struct {
	typ, number, country, expiry string
}

type paxPerson struct {
	subj           aka.Subject
	qualifier      string
	embark, debark string
	booking        string
	docs           []paxDoc
}

type paxReader struct {
	file     string
	subjects []aka.Subject
	problems []error

	// The message being read.
	ref     time.Time // reference date for two-digit years
	unhRef  string
	tnRef   string
	role    string // from BGM
	legs    []paxLeg
	persons []*paxPerson
	person  *paxPerson // the person whose group is being read; nil outside
	inParty bool       // inside a NAD group that is not a person (NAD+MS)
}

func (p *paxReader) begin(unh *ediSegment, ref time.Time) error {
	p.ref, p.unhRef, p.tnRef, p.role = ref, unh.el(0, 0), "", ""
	p.legs, p.persons, p.person, p.inParty = nil, nil, nil, false
	return nil
}

// problem records a field that could not be read.
func (p *paxReader) problem(s *ediSegment, field string, err error) {
	p.problems = append(p.problems, &aka.ParseError{File: p.file, Pos: s.pos(), Field: field, Err: err})
}

func (p *paxReader) segment(s *ediSegment) error {
	switch s.tag {
	case "BGM":
		switch s.el(0, 0) {
		case "745":
			p.role = "passenger"
		case "250":
			p.role = "crew"
		}
	case "RFF":
		if p.person != nil {
			if s.el(0, 0) == "AVF" && p.person.booking == "" {
				p.person.booking = s.el(0, 1)
			}
		} else if s.el(0, 0) == "TN" && p.tnRef == "" && len(p.legs) == 0 {
			p.tnRef = s.el(0, 1)
		}
	case "NAD":
		p.nad(s)
	case "TDT":
		p.person, p.inParty = nil, false
		leg := paxLeg{flight: s.el(1, 0), carrier: s.el(4, 0)}
		if leg.carrier == "" {
			leg.carrier = paxCarrierOf(leg.flight)
		}
		p.legs = append(p.legs, leg)
	case "LOC":
		p.loc(s)
	case "DTM":
		p.dtm(s)
	case "ATT":
		if p.person != nil && s.el(0, 0) == "2" {
			switch g := strings.ToUpper(s.el(2, 0)); g {
			case "M":
				p.person.subj.Gender = "male"
			case "F":
				p.person.subj.Gender = "female"
			case "", "U", "X":
			default:
				p.problem(s, "ATT+2", fmt.Errorf("gender %q: want M, F, U or X", g))
			}
		}
	case "NAT":
		if p.person != nil && p.person.subj.Nationality == "" {
			p.person.subj.Nationality = paxCountry(s.el(1, 0))
		}
	case "DOC":
		if p.person != nil {
			p.person.docs = append(p.person.docs, paxDoc{typ: s.el(0, 0), number: s.el(1, 0)})
		}
	case "CNT":
		p.person, p.inParty = nil, false
	}
	return nil
}

// nad starts a party: a person to screen, or the sender (NAD+MS).
func (p *paxReader) nad(s *ediSegment) {
	q := s.el(0, 0)
	known := q == "FL" || q == "FM" || q == "DDU" || q == "DDT"
	if q == "MS" || (!known && len(p.legs) == 0) {
		// The reporting party, or another party before the flight
		// details: not a traveller.
		p.person, p.inParty = nil, true
		return
	}
	p.inParty = false
	var given []string
	for j := 1; j < len(s.elemsAt(3)); j++ {
		if g := s.el(3, j); g != "" {
			given = append(given, g)
		}
	}
	name := strings.Join(given, " ")
	if sn := s.el(3, 0); sn != "" {
		name = strings.TrimSpace(name + " " + sn)
	}
	if name == "" {
		p.problem(s, "NAD+"+q, fmt.Errorf("no name"))
	}
	per := &paxPerson{qualifier: q, subj: aka.Subject{Name: name, Origin: s.pos()}}
	p.persons = append(p.persons, per)
	p.person = per
}

func (p *paxReader) loc(s *ediSegment) {
	q, v := s.el(0, 0), s.el(1, 0)
	if p.person != nil {
		per := p.person
		switch q {
		case "178":
			per.embark = v
		case "179":
			per.debark = v
		case "180":
			// The place of birth is often free text: LOC+180+:::Hartford USA.
			pl := s.el(1, 3)
			if pl == "" {
				pl = v
			}
			if pl != "" && per.subj.PlaceOfBirth == "" {
				per.subj.PlaceOfBirth = pl
			}
		case "91":
			if n := len(per.docs); n > 0 && per.docs[n-1].country == "" {
				per.docs[n-1].country = paxCountry(v)
			}
		}
		return
	}
	if p.inParty || len(p.legs) == 0 {
		return
	}
	leg := &p.legs[len(p.legs)-1]
	switch q {
	case "125":
		leg.dep = v
	case "87":
		leg.arr = v
	case "92":
		// A routing port: the first of a leg is where it departs, the
		// second where it arrives.
		if leg.dep == "" {
			leg.dep = v
		} else {
			leg.arr = v
		}
	}
}

func (p *paxReader) dtm(s *ediSegment) {
	q, v := s.el(0, 0), s.el(0, 1)
	field := "DTM+" + q
	if p.person != nil {
		per := p.person
		switch q {
		case "329":
			d, err := ediDateTime(v, ediBirth, p.ref)
			if err != nil {
				p.problem(s, field, fmt.Errorf("birth %w", err))
				return
			}
			per.subj.BirthDate = d[:min(len(d), 10)]
		case "36":
			d, err := ediDateTime(v, ediNear, p.ref)
			if err != nil {
				p.problem(s, field, fmt.Errorf("expiry %w", err))
				return
			}
			if n := len(per.docs); n > 0 && per.docs[n-1].expiry == "" {
				per.docs[n-1].expiry = d[:min(len(d), 10)]
			}
		case "182":
			// The issue date has no place in a subject; it is still
			// checked so that a garbled one is reported.
			if _, err := ediDateTime(v, ediNear, p.ref); err != nil {
				p.problem(s, field, fmt.Errorf("issue %w", err))
			}
		}
		return
	}
	if p.inParty || len(p.legs) == 0 || (q != "189" && q != "232") {
		return
	}
	leg := &p.legs[len(p.legs)-1]
	d, err := ediDateTime(v, ediNear, p.ref)
	if err != nil {
		p.problem(s, field, err)
		return
	}
	if q == "189" {
		leg.depTime = d
		if p.ref.IsZero() {
			// No interchange date: the first departure dates the message.
			if t, err := time.Parse("2006-01-02", d[:10]); err == nil {
				p.ref = t
			}
		}
	} else {
		leg.arrTime = d
	}
}

func (p *paxReader) end(*ediSegment) error {
	// The first leg departing from each port and the last arriving at
	// each, so that long messages stay linear.
	firstDep, lastArr := map[string]int{}, map[string]int{}
	for k, l := range p.legs {
		if _, ok := firstDep[l.dep]; !ok {
			firstDep[l.dep] = k
		}
		lastArr[l.arr] = k
	}
	for _, per := range p.persons {
		s := per.subj
		if d, ok := paxPickDoc(per.docs); ok {
			s.DocumentNumber = d.number
			s.DocumentType = paxDocType(d.typ)
			s.DocumentCountry = d.country
			s.DocumentExpiry = d.expiry
		}
		t := &aka.Travel{Role: paxRole(per.qualifier, p.role)}
		if len(p.legs) > 0 {
			first, last := 0, len(p.legs)-1
			if k, ok := firstDep[per.embark]; ok && per.embark != "" {
				first = k
			}
			if k, ok := lastArr[per.debark]; ok && per.debark != "" && k >= first {
				last = k
			}
			if last < first {
				last = first
			}
			t.Carrier, t.Flight = p.legs[first].carrier, p.legs[first].flight
			t.DepartureAirport, t.DepartureTime = p.legs[first].dep, p.legs[first].depTime
			t.ArrivalAirport, t.ArrivalTime = p.legs[last].arr, p.legs[last].arrTime
		}
		switch {
		case per.booking != "":
			t.Reference = per.booking
		case p.tnRef != "":
			t.Reference = p.tnRef
		default:
			t.Reference = p.unhRef
		}
		s.Travel = t
		p.subjects = append(p.subjects, s)
	}
	p.persons, p.person = nil, nil
	return nil
}

// paxRole gives a person's role from the NAD qualifier, else from the BGM
// document code.
func paxRole(qualifier, bgm string) string {
	switch qualifier {
	case "FL", "DDU":
		return "passenger"
	case "FM", "DDT":
		return "crew"
	}
	return bgm
}

// paxPickDoc returns the first document that is not a visa, else the first.
func paxPickDoc(docs []paxDoc) (paxDoc, bool) {
	for _, d := range docs {
		if d.typ != "V" {
			return d, true
		}
	}
	if len(docs) > 0 {
		return docs[0], true
	}
	return paxDoc{}, false
}

// paxDocType names a document type code of PAXLST's DOC segment and of
// the SSR DOCS element, which share the ICAO Doc 9303 letters: P (and the
// P-prefixed passport kinds), I, A and C identity cards, IP a passport card,
// V a visa, AC a crew member certificate. Other codes are kept as sent.
func paxDocType(code string) string {
	c := strings.ToUpper(strings.TrimSpace(code))
	switch {
	case c == "":
		return ""
	case c == "IP":
		return "passport_card"
	case c == "AC":
		return "crew_member_certificate"
	case c == "V":
		return "visa"
	case c == "I" || c == "ID" || c == "A" || c == "C":
		return "national_id"
	case c[0] == 'P':
		return "passport"
	}
	return c
}

// paxCountry reads a country code as an ISO alpha-2 code in lower case,
// keeping what was sent when it names no country known.
func paxCountry(v string) string {
	if v == "" {
		return ""
	}
	if c := countries.Code(v); c != "" {
		return c
	}
	return v
}

// paxCarrierOf takes the airline designator from a flight designator such
// as TN506 or UA0989 when TDT does not name the carrier: two letters or
// digits, at least one of them a letter, then the flight number.
func paxCarrierOf(flight string) string {
	if len(flight) < 3 {
		return ""
	}
	a, b := flight[0], flight[1]
	isL := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	isD := func(c byte) bool { return c >= '0' && c <= '9' }
	if !(isL(a) || isD(a)) || !(isL(b) || isD(b)) || !(isL(a) || isL(b)) {
		return ""
	}
	if !isD(flight[2]) {
		return ""
	}
	return flight[:2]
}
