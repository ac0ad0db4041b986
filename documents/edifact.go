package documents

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/akascreen/aka"
)

// This file is a small UN/EDIFACT tokenizer (ISO 9735) for the passenger
// messages PAXLST and PNRGOV, and the envelope walk both readers share.
//
// Syntax rules followed, and the tolerances chosen for what airline systems
// actually send:
//
//   - A UNA service string advice, when present, gives six service
//     characters in order: component separator, element separator, decimal
//     mark, release character, repetition separator (a space in syntax
//     versions 1 to 3: not used), segment terminator. Without UNA the
//     defaults are ":+.? '". A space as release character means none.
//   - The release character makes the next character data: "O?'BRIEN" is
//     O'BRIEN. A release character at the very end of the input is an error.
//   - Carriage returns and line feeds are not data: they are skipped between
//     segments and inside them (the PNRGOV guide's examples wrap segments
//     over lines), unless one of them is the segment terminator. Spaces
//     before a segment tag are skipped.
//   - Repetitions are not split: PAXLST and PNRGOV do not use them, and
//     the repetition character stays in the value.
//   - Segments are numbered in file order from 1, UNA included, so
//     "segment 17 (DTM)" is the 17th; when the input has more than one line
//     the position also gives the line the segment starts on.

// ediMaxBytes bounds the input read: PAXLST and PNRGOV messages are split
// by their senders far below this.
const ediMaxBytes = 64 << 20

// ediSyntax holds the service characters of an interchange.
type ediSyntax struct {
	component, element, decimal, release, repetition, terminator byte
}

// ediDefaultSyntax is the service string that applies without UNA.
var ediDefaultSyntax = ediSyntax{':', '+', '.', '?', ' ', '\''}

// ediSegment is one segment: its tag and its data elements, each a list of
// components with release characters removed.
type ediSegment struct {
	tag   string
	elems [][]string
	n     int  // number of the segment in the input, from 1
	line  int  // line the segment starts on, from 1
	lines bool // the input has more than one line
}

// el returns component j of data element i (both from 0, the tag not
// counted), trimmed of spaces, or "" when the segment has no such component.
func (s *ediSegment) el(i, j int) string {
	if i < 0 || i >= len(s.elems) || j < 0 || j >= len(s.elems[i]) {
		return ""
	}
	return strings.TrimSpace(s.elems[i][j])
}

// elemsAt returns the components of data element i, or nil.
func (s *ediSegment) elemsAt(i int) []string {
	if i < 0 || i >= len(s.elems) {
		return nil
	}
	return s.elems[i]
}

// pos describes where the segment is: "segment 17 (DTM)", with ", line 18"
// when the input has several lines.
func (s *ediSegment) pos() string {
	tag := s.tag
	if len(tag) > 8 {
		tag = tag[:8] + "..."
	}
	if tag == "" {
		tag = "?"
	}
	if s.lines {
		return fmt.Sprintf("segment %d (%s), line %d", s.n, tag, s.line)
	}
	return fmt.Sprintf("segment %d (%s)", s.n, tag)
}

// ediTagOK reports whether tag looks like a segment tag: three upper-case
// letters or digits.
func ediTagOK(tag string) bool {
	if len(tag) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		c := tag[i]
		if (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// ediTokenError is a syntax error found by the tokenizer.
type ediTokenError struct {
	pos string
	err error
}

// ediRead reads all of r, at most ediMaxBytes.
func ediRead(r io.Reader, file string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, ediMaxBytes+1))
	if err != nil {
		return nil, &aka.ParseError{File: file, Pos: "end of input", Err: err}
	}
	if len(data) > ediMaxBytes {
		return nil, &aka.ParseError{File: file, Pos: fmt.Sprintf("byte %d", ediMaxBytes),
			Err: fmt.Errorf("message larger than %d bytes", ediMaxBytes)}
	}
	return data, nil
}

// ediSplit splits an interchange into segments.
func ediSplit(data []byte) ([]ediSegment, *ediTokenError) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	lines := false
	if i := bytes.IndexByte(data, '\n'); i >= 0 && len(bytes.TrimSpace(data[i:])) > 0 {
		lines = true
	}
	s := string(data) // components without release characters are slices of s
	syn := ediDefaultSyntax
	var segs []ediSegment
	var buf []byte
	line, n := 1, 0
	i := 0
	for {
		// Skip what lies between segments.
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n') {
			if s[i] == '\n' {
				line++
			}
			i++
		}
		if i >= len(s) {
			return segs, nil
		}
		n++
		seg := ediSegment{n: n, line: line, lines: lines}
		if strings.HasPrefix(s[i:], "UNA") {
			seg.tag = "UNA"
			if len(s)-i < 9 {
				return segs, &ediTokenError{seg.pos(), errors.New("service string advice cut short: want UNA and six characters")}
			}
			u := s[i+3 : i+9]
			syn = ediSyntax{u[0], u[1], u[2], u[3], u[4], u[5]}
			if syn.release == ' ' {
				syn.release = 0
			}
			if err := syn.check(); err != nil {
				return segs, &ediTokenError{seg.pos(), err}
			}
			segs = append(segs, seg)
			i += 9
			continue
		}
		var elems [][]string
		var comps []string
		start, dirty, done := i, false, false
		endComp := func(j int) {
			if dirty {
				comps = append(comps, string(buf))
			} else {
				comps = append(comps, s[start:j])
			}
			buf, dirty = buf[:0], false
		}
		j := i
		for ; j < len(s); j++ {
			c := s[j]
			switch {
			case syn.release != 0 && c == syn.release:
				if !dirty {
					buf, dirty = append(buf[:0], s[start:j]...), true
				}
				j++
				if j >= len(s) {
					seg.tag = ediTagOf(elems, comps, buf, dirty, s[start:j-1])
					return segs, &ediTokenError{seg.pos(), errors.New("release character at end of input")}
				}
				if s[j] == '\n' {
					line++
				}
				if s[j] != '\r' && s[j] != '\n' {
					buf = append(buf, s[j])
				}
			case c == syn.terminator:
				if c == '\n' {
					line++
				}
				done = true
			case c == '\r' || c == '\n':
				if c == '\n' {
					line++
				}
				if !dirty {
					buf, dirty = append(buf[:0], s[start:j]...), true
				}
			case c == syn.element:
				endComp(j)
				elems = append(elems, comps)
				comps = nil
				start = j + 1
			case c == syn.component:
				endComp(j)
				start = j + 1
			default:
				if dirty {
					buf = append(buf, c)
				}
			}
			if done {
				break
			}
		}
		endComp(j)
		elems = append(elems, comps)
		i = j + 1
		seg.tag = strings.TrimSpace(elems[0][0])
		seg.elems = elems[1:]
		if seg.tag == "" && len(seg.elems) == 0 && len(elems[0]) == 1 {
			n-- // an empty segment, as in "''": nothing to number
			continue
		}
		segs = append(segs, seg)
	}
}

// ediTagOf guesses the tag of a segment cut short, for its position.
func ediTagOf(elems [][]string, comps []string, buf []byte, dirty bool, rest string) string {
	switch {
	case len(elems) > 0:
		return strings.TrimSpace(elems[0][0])
	case len(comps) > 0:
		return strings.TrimSpace(comps[0])
	case dirty:
		return strings.TrimSpace(string(buf))
	}
	return strings.TrimSpace(rest)
}

// check reports service characters that would make the message ambiguous.
func (syn ediSyntax) check() error {
	chars := []byte{syn.component, syn.element, syn.terminator}
	if syn.release != 0 {
		chars = append(chars, syn.release)
	}
	for a := range chars {
		c := chars[a]
		if c == ' ' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
			return fmt.Errorf("service string advice: %q cannot be a separator", c)
		}
		for b := a + 1; b < len(chars); b++ {
			if chars[b] == c {
				return fmt.Errorf("service string advice: %q used for two purposes", c)
			}
		}
	}
	return nil
}

// ediHandler reads the segments of each message of one type.
type ediHandler interface {
	// begin starts a message at its UNH; ref is the reference date of the
	// interchange (see ediRefDate).
	begin(unh *ediSegment, ref time.Time) error
	// segment reads one segment between UNH and UNT.
	segment(s *ediSegment) error
	// end finishes the message at its UNT.
	end(unt *ediSegment) error
}

// ediWalk checks the envelope of an interchange and hands each message of
// type want to h. Structural breakage is an error: a segment outside any
// message (a missing UNH), a message without UNT (a truncated message), a
// message of another type, a segment whose tag is not a tag. The UNB and
// UNZ envelope itself is optional, and text after UNZ is ignored (GTAS's
// samples end with a date after it). Control counts (CNT, UNT, UNZ) are
// not checked: the readers screen what is there.
func ediWalk(file string, segs []ediSegment, want string, h ediHandler) error {
	var (
		ref      time.Time
		refFixed bool // a UNB date, not to be replaced by UNG's
		open     *ediSegment
		messages int
		closed   bool // after UNZ
	)
	for k := range segs {
		s := &segs[k]
		if closed && s.tag != "UNA" && s.tag != "UNB" {
			break
		}
		switch s.tag {
		case "UNA":
			continue
		case "UNB", "UNG", "UNE", "UNZ":
			if open != nil {
				return ediErrorf(file, s, "UNT", "%s before the end of the message begun at %s: message truncated", s.tag, open.pos())
			}
			switch s.tag {
			case "UNB":
				closed = false
				ref, refFixed = time.Time{}, false
				if t, ok := ediEnvelopeDate(s.el(3, 0)); ok {
					ref, refFixed = t, true
				}
			case "UNG":
				if t, ok := ediEnvelopeDate(s.el(3, 0)); ok && !refFixed {
					ref = t
				}
			case "UNZ":
				closed = true
			}
		case "UNH":
			if open != nil {
				return ediErrorf(file, s, "UNT", "UNH before the end of the message begun at %s: message truncated", open.pos())
			}
			if typ := s.el(1, 0); typ != want {
				if typ == "" {
					return ediErrorf(file, s, "UNH", "no message type, want %s", want)
				}
				return ediErrorf(file, s, "UNH", "message type %s, want %s", typ, want)
			}
			open = s
			messages++
			if err := h.begin(s, ref); err != nil {
				return err
			}
		case "UNT":
			if open == nil {
				return ediErrorf(file, s, "UNH", "UNT without UNH")
			}
			open = nil
			if err := h.end(s); err != nil {
				return err
			}
		default:
			if open == nil {
				return ediErrorf(file, s, "UNH", "segment outside a message: UNH missing")
			}
			if !ediTagOK(s.tag) {
				return ediErrorf(file, s, "", "segment tag %q is not three letters", s.tag)
			}
			if err := h.segment(s); err != nil {
				return err
			}
		}
	}
	if open != nil {
		last := &segs[len(segs)-1]
		return ediErrorf(file, last, "UNT", "input ends inside the message begun at %s: message truncated", open.pos())
	}
	if messages == 0 {
		pos := "end of input"
		if len(segs) > 0 {
			pos = segs[len(segs)-1].pos()
		}
		return &aka.ParseError{File: file, Pos: pos, Field: "UNH", Err: fmt.Errorf("no %s message", want)}
	}
	return nil
}

// ediParse tokenizes data and walks it with h.
func ediParse(file string, data []byte, want string, h ediHandler) error {
	segs, terr := ediSplit(data)
	if terr != nil {
		return &aka.ParseError{File: file, Pos: terr.pos, Err: terr.err}
	}
	return ediWalk(file, segs, want, h)
}

// ediErrorf returns a *aka.ParseError at segment s.
func ediErrorf(file string, s *ediSegment, field, format string, args ...any) *aka.ParseError {
	return &aka.ParseError{File: file, Pos: s.pos(), Field: field, Err: fmt.Errorf(format, args...)}
}

// ediSniff reports whether head starts an EDIFACT interchange carrying a
// message of type typ.
func ediSniff(head []byte, typ string) bool {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) < 3 {
		return false
	}
	switch string(head[:3]) {
	case "UNA", "UNB", "UNG", "UNH":
	default:
		return false
	}
	return bytes.Contains(head, []byte(typ))
}

// ediEnvelopeDate reads the date of preparation of UNB or UNG: YYMMDD
// (syntax versions 1 to 4 as sent) or CCYYMMDD. Interchanges are from this
// century.
func ediEnvelopeDate(v string) (time.Time, bool) {
	if !ediDigits(v) {
		return time.Time{}, false
	}
	var y, m, d int
	switch len(v) {
	case 6:
		y, m, d = 2000+ediAtoi(v[0:2]), ediAtoi(v[2:4]), ediAtoi(v[4:6])
	case 8:
		y, m, d = ediAtoi(v[0:4]), ediAtoi(v[4:6]), ediAtoi(v[6:8])
	default:
		return time.Time{}, false
	}
	if !ediValidDate(y, m, d) {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
}

// ediRefOrNow returns ref, or today when the interchange gave no date.
func ediRefOrNow(ref time.Time) time.Time {
	if ref.IsZero() {
		y, m, d := time.Now().UTC().Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return ref
}

// Two-digit years. A birth date is never after the message that carries
// it: YY is 20YY unless that falls after the reference date, then 19YY. So
// with a message of 2014-02-02, 130101 is 2013-01-01 and 150101 is
// 1915-01-01; a person over a hundred years old is read a century too young,
// the same ambiguity ICAO Doc 9303 machine-readable zones have. Other dates
// (document expiry and issue, flight times) take the century that puts them
// within fifty years of the reference date.
const (
	ediBirth = iota
	ediNear
)

// ediYear expands a two-digit year yy (month m, day d) by rule (ediBirth or
// ediNear) around ref.
func ediYear(yy, m, d, rule int, ref time.Time) int {
	ref = ediRefOrNow(ref)
	if rule == ediBirth {
		y := 2000 + yy
		if time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).After(ref) {
			y -= 100
		}
		return y
	}
	r := ref.Year()
	y := r/100*100 + yy
	switch {
	case y-r > 50:
		y -= 100
	case r-y > 50:
		y += 100
	}
	return y
}

// ediDateTime reads a DTM value by its length, as airline systems do not
// always send the format code to match: YYMMDD (101), CCYYMMDD (102),
// YYMMDDHHMM (201), CCYYMMDDHHMM (203). It returns "YYYY-MM-DD" or
// "YYYY-MM-DDTHH:MM".
func ediDateTime(v string, rule int, ref time.Time) (string, error) {
	if !ediDigits(v) {
		return "", fmt.Errorf("date %q: not digits", v)
	}
	var y, m, d, hh, mm int
	hasTime := false
	switch len(v) {
	case 6, 10:
		m, d = ediAtoi(v[2:4]), ediAtoi(v[4:6])
		y = ediYear(ediAtoi(v[0:2]), m, d, rule, ref)
		if len(v) == 10 {
			hh, mm, hasTime = ediAtoi(v[6:8]), ediAtoi(v[8:10]), true
		}
	case 8, 12:
		y, m, d = ediAtoi(v[0:4]), ediAtoi(v[4:6]), ediAtoi(v[6:8])
		if len(v) == 12 {
			hh, mm, hasTime = ediAtoi(v[8:10]), ediAtoi(v[10:12]), true
		}
	default:
		return "", fmt.Errorf("date %q: want YYMMDD, CCYYMMDD, YYMMDDHHMM or CCYYMMDDHHMM", v)
	}
	if !ediValidDate(y, m, d) {
		return "", fmt.Errorf("date %q: no such day", v)
	}
	if hasTime {
		if hh > 24 || mm > 59 || (hh == 24 && mm != 0) {
			return "", fmt.Errorf("date %q: no such time", v)
		}
		return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d", y, m, d, hh, mm), nil
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), nil
}

func ediValidDate(y, m, d int) bool {
	if y < 1 || m < 1 || m > 12 || d < 1 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d && int(t.Month()) == m
}

func ediDigits(s string) bool {
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

// ediAtoi converts a short string of digits, already checked.
func ediAtoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
