package documents

// The machine-readable zone (MRZ) of ICAO Doc 9303 travel documents.
//
// Layouts (Doc 9303 Part 4 for TD3 passports, Part 5 for TD1 and Part 6 for
// TD2 identity cards, Part 7 for MRV-A and MRV-B visas), positions 0-based:
//
//	TD1 (3x30)  line 1: code 0-1, state 2-4, document number 5-13, check 14, optional data 15-29
//	            line 2: birth 0-5, check 6, sex 7, expiry 8-13, check 14, nationality 15-17,
//	                    optional data 18-28, composite check 29
//	            line 3: name
//	TD2 (2x36)  line 1: code 0-1, state 2-4, name 5-35
//	            line 2: document number 0-8, check 9, nationality 10-12, birth 13-18, check 19,
//	                    sex 20, expiry 21-26, check 27, optional data 28-34, composite check 35
//	TD3 (2x44)  line 1: code 0-1, state 2-4, name 5-43
//	            line 2: as TD2 to position 27, personal number 28-41, check 42, composite check 43
//	MRV-A (2x44), MRV-B (2x36): as TD3 and TD2 to position 27, then optional data to the end
//	            and no composite check digit (Part 7).
//
// Check digits use the weights 7, 3, 1 repeated, with '<' as 0, digits as
// themselves and A-Z as 10-35, modulo 10 (Part 3, section 4.9).

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/countries"
	"github.com/akascreen/aka/names"
)

// MRZ formats, as DocumentCheck.Format gives them.
const (
	FormatTD1  = "TD1"
	FormatTD2  = "TD2"
	FormatTD3  = "TD3"
	FormatMRVA = "MRV-A"
	FormatMRVB = "MRV-B"
)

// MRZ is one machine-readable zone, read. Text fields have their '<'
// fillers removed: trailing fillers dropped, and in names fillers read as
// spaces. Dates are ISO 8601 ("1974-08-12"; "1974-08" or "1974" when the
// document fills unknown parts with '<'), or "" when unreadable.
type MRZ struct {
	Format         string // FormatTD1, FormatTD2, FormatTD3, FormatMRVA or FormatMRVB
	DocumentCode   string // "P", "I", "ID", "AC", "V", "VD"...
	IssuingState   string // as written: "UTO", "D", "GBR"
	Surname        string // primary identifier: "ERIKSSON", "ESPANOLA ESPANOLA"
	GivenNames     string // secondary identifier: "ANNA MARIA"
	DocumentNumber string // including a TD1 or TD2 long number's overflow into the optional data
	Nationality    string // as written: "UTO", "D", "XXA"
	BirthDate      string // ISO 8601, century chosen as MRZReader documents
	Sex            string // "M", "F", "X", or "" for '<'
	ExpiryDate     string // ISO 8601
	// OptionalData is the personal number of a TD3, the optional data of
	// the other formats (line 1 for a TD1), without the fillers around it.
	OptionalData string
	// OptionalData2 is a TD1's line-2 optional data.
	OptionalData2 string

	// Valid reports that every check digit verified and the dates read.
	Valid bool
	// Failures name each check that failed, as in "document number check
	// digit: got 5, want 6" or "birth date: not a date: 740230".
	Failures []string
}

// MRZReader reads machine-readable zones. Its zero value is ready to use.
type MRZReader struct {
	// Now gives today's date, from which the century of a two-digit year
	// is chosen. Nil means time.Now.
	Now func() time.Time
}

// ParseMRZ reads the lines of one machine-readable zone with the zero
// MRZReader; see MRZReader.Parse.
func ParseMRZ(lines []string) (MRZ, error) { return MRZReader{}.Parse(lines) }

// ReadMRZ reads a text file of machine-readable zones with the zero
// MRZReader; see MRZReader.Read.
func ReadMRZ(r io.Reader, file string) ([]aka.Subject, error) { return MRZReader{}.Read(r, file) }

// Parse reads the lines of one machine-readable zone: 3 lines of 30
// characters (TD1), 2 of 36 (TD2, or MRV-B when the code starts with V) or
// 2 of 44 (TD3, or MRV-A). Trailing spaces and carriage returns are
// ignored.
//
// Every check digit is verified; a failed check does not stop reading, it
// is listed in MRZ.Failures, because forged and mistyped documents are
// what screening is for. The error, an *aka.ParseError with Pos "line N"
// (counting from 1 in lines), is only for a zone that cannot be read: a
// wrong number of lines, a wrong length, a character other than A-Z, 0-9
// and '<', or a document code that does not start with a letter.
//
// Two-digit years: a birth year is put in the latest century that does not
// make the date later than today (so a holder is taken to be under 100);
// an expiry year is put within 50 years before and 49 after this year
// (documents are valid ten years at most, expired ones are seen for a
// while, and none expired half a century ago).
func (p MRZReader) Parse(lines []string) (MRZ, error) {
	pos := make([]int, len(lines))
	for i := range pos {
		pos[i] = i + 1
	}
	trimmed := make([]string, len(lines))
	for i, l := range lines {
		trimmed[i] = strings.TrimRight(l, " \t\r\n")
	}
	m, err := p.parse(trimmed, pos)
	if err != nil {
		return MRZ{}, err
	}
	return m, nil
}

// Read reads a text file of one or more machine-readable zones and returns
// a subject for each, with Origin "line N", the zone's first line. Zones
// are separated by blank lines; lines starting with '#' are comments;
// surrounding spaces and CRLF line ends are ignored. A zone that cannot be
// read (see Parse) is an *aka.ParseError naming the file, the line and,
// for a bad character, the field; Read stops at the first.
func (p MRZReader) Read(r io.Reader, file string) ([]aka.Subject, error) {
	var out []aka.Subject
	err := p.Each(r, file, func(s aka.Subject, err error) error {
		if err != nil {
			return err
		}
		out = append(out, s)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Each reads zones as Read does, calling fn for each zone with its subject
// or with the *aka.ParseError that kept it from being read, so that one bad
// zone does not cost the others. An error from fn stops the reading and is
// returned; so is an error reading r.
func (p MRZReader) Each(r io.Reader, file string, fn func(aka.Subject, error) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<16)
	var (
		block []string
		pos   []int
		n     int
	)
	flush := func() error {
		if len(block) == 0 {
			return nil
		}
		defer func() { block, pos = block[:0], pos[:0] }()
		m, err := p.parse(block, pos)
		if err != nil {
			var pe *aka.ParseError
			if errors.As(err, &pe) {
				pe.File = file
			}
			return fn(aka.Subject{Origin: "line " + strconv.Itoa(pos[0])}, err)
		}
		s := m.Subject()
		s.Origin = "line " + strconv.Itoa(pos[0])
		return fn(s, nil)
	}
	for sc.Scan() {
		n++
		line := sc.Text()
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "#"):
			continue
		case line == "":
			if err := flush(); err != nil {
				return err
			}
			continue
		}
		block = append(block, line)
		pos = append(pos, n)
	}
	if err := sc.Err(); err != nil {
		return &aka.ParseError{File: file, Pos: "line " + strconv.Itoa(n+1), Err: err}
	}
	return flush()
}

// SniffMRZ reports whether head, the start of a file, looks like
// machine-readable zones: its first line that is neither blank nor a '#'
// comment has 30, 36 or 44 characters, only A-Z, 0-9 and '<', and starts
// with P, I, A, C or V, the first letters Doc 9303 gives passports,
// identity cards and visas.
func SniffMRZ(head []byte) bool {
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	for len(head) > 0 {
		line := head
		rest := []byte(nil)
		if i := bytes.IndexByte(head, '\n'); i >= 0 {
			line, rest = head[:i], head[i+1:]
		}
		head = rest
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		switch len(line) {
		case 30, 36, 44:
		default:
			return false
		}
		if !strings.ContainsRune("PIACV", rune(line[0])) {
			return false
		}
		for _, c := range line {
			if !mrzChar(c) {
				return false
			}
		}
		return true
	}
	return false
}

// mrzChar reports whether c may appear in a machine-readable zone.
func mrzChar(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '<'
}

// mrzField is a run of one line of a format, for naming the field a bad
// character is in.
type mrzField struct {
	line, from, to int // to is exclusive
	name           string
}

var mrzFields = map[string][]mrzField{
	FormatTD1: {
		{0, 0, 2, "document code"}, {0, 2, 5, "issuing state"}, {0, 5, 14, "document number"},
		{0, 14, 15, "document number check digit"}, {0, 15, 30, "optional data"},
		{1, 0, 6, "birth date"}, {1, 6, 7, "birth date check digit"}, {1, 7, 8, "sex"},
		{1, 8, 14, "expiry date"}, {1, 14, 15, "expiry date check digit"}, {1, 15, 18, "nationality"},
		{1, 18, 29, "optional data"}, {1, 29, 30, "composite check digit"}, {2, 0, 30, "name"},
	},
	FormatTD2: {
		{0, 0, 2, "document code"}, {0, 2, 5, "issuing state"}, {0, 5, 36, "name"},
		{1, 0, 9, "document number"}, {1, 9, 10, "document number check digit"}, {1, 10, 13, "nationality"},
		{1, 13, 19, "birth date"}, {1, 19, 20, "birth date check digit"}, {1, 20, 21, "sex"},
		{1, 21, 27, "expiry date"}, {1, 27, 28, "expiry date check digit"}, {1, 28, 35, "optional data"},
		{1, 35, 36, "composite check digit"},
	},
	FormatTD3: {
		{0, 0, 2, "document code"}, {0, 2, 5, "issuing state"}, {0, 5, 44, "name"},
		{1, 0, 9, "document number"}, {1, 9, 10, "document number check digit"}, {1, 10, 13, "nationality"},
		{1, 13, 19, "birth date"}, {1, 19, 20, "birth date check digit"}, {1, 20, 21, "sex"},
		{1, 21, 27, "expiry date"}, {1, 27, 28, "expiry date check digit"}, {1, 28, 42, "personal number"},
		{1, 42, 43, "personal number check digit"}, {1, 43, 44, "composite check digit"},
	},
	FormatMRVA: {
		{0, 0, 2, "document code"}, {0, 2, 5, "issuing state"}, {0, 5, 44, "name"},
		{1, 0, 9, "document number"}, {1, 9, 10, "document number check digit"}, {1, 10, 13, "nationality"},
		{1, 13, 19, "birth date"}, {1, 19, 20, "birth date check digit"}, {1, 20, 21, "sex"},
		{1, 21, 27, "expiry date"}, {1, 27, 28, "expiry date check digit"}, {1, 28, 44, "optional data"},
	},
	FormatMRVB: {
		{0, 0, 2, "document code"}, {0, 2, 5, "issuing state"}, {0, 5, 36, "name"},
		{1, 0, 9, "document number"}, {1, 9, 10, "document number check digit"}, {1, 10, 13, "nationality"},
		{1, 13, 19, "birth date"}, {1, 19, 20, "birth date check digit"}, {1, 20, 21, "sex"},
		{1, 21, 27, "expiry date"}, {1, 27, 28, "expiry date check digit"}, {1, 28, 36, "optional data"},
	},
}

func mrzFieldAt(format string, line, col int) string {
	for _, f := range mrzFields[format] {
		if f.line == line && col >= f.from && col < f.to {
			return f.name
		}
	}
	return ""
}

// parse reads one zone whose lines are trimmed; pos holds their line
// numbers for errors.
func (p MRZReader) parse(lines []string, pos []int) (MRZ, error) {
	perr := func(i int, field string, format string, args ...any) error {
		n := 1
		if i < len(pos) {
			n = pos[i]
		} else if len(pos) > 0 {
			n = pos[len(pos)-1]
		}
		return &aka.ParseError{Pos: "line " + strconv.Itoa(n), Field: field, Err: fmt.Errorf(format, args...)}
	}
	if len(lines) == 0 {
		return MRZ{}, perr(0, "", "no lines")
	}
	width := len(lines[0])
	want := 2
	switch width {
	case 30:
		want = 3
	case 36, 44:
	default:
		return MRZ{}, perr(0, "", "length %d, want 30 (TD1), 36 (TD2, MRV-B) or 44 (TD3, MRV-A)", width)
	}
	if len(lines) < want {
		return MRZ{}, perr(len(lines)-1, "", "%d line(s) of %d characters, want %d", len(lines), width, want)
	}
	if len(lines) > want {
		return MRZ{}, perr(want, "", "extra line: a zone of %d-character lines has %d", width, want)
	}
	for i, l := range lines[1:] {
		if len(l) != width {
			return MRZ{}, perr(i+1, "", "length %d, want %d like line 1", len(l), width)
		}
	}
	var format string
	switch {
	case width == 30:
		format = FormatTD1
	case width == 36 && lines[0][0] == 'V':
		format = FormatMRVB
	case width == 36:
		format = FormatTD2
	case lines[0][0] == 'V':
		format = FormatMRVA
	default:
		format = FormatTD3
	}
	for i, l := range lines {
		for j := 0; j < len(l); j++ {
			if !mrzChar(l[j]) {
				return MRZ{}, perr(i, mrzFieldAt(format, i, j), "character %q at position %d: want A-Z, 0-9 or <", mrzRuneAt(l, j), j+1)
			}
		}
	}
	if c := lines[0][0]; c < 'A' || c > 'Z' {
		return MRZ{}, perr(0, "document code", "%q: unknown document, want a letter first", lines[0][:2])
	}

	m := MRZ{Format: format}
	l1, l2 := lines[0], lines[1]
	m.DocumentCode = strings.TrimRight(l1[0:2], "<")
	m.IssuingState = strings.TrimRight(l1[2:5], "<")
	now := time.Now
	if p.Now != nil {
		now = p.Now
	}
	today := now()

	var (
		docNum, docCheck         string // as written, with fillers
		birth, expiry            string
		birthCheck, expiryCheck  byte
		optional, name           string
		composite                string
		compositeCheck, optCheck byte
	)
	switch format {
	case FormatTD1:
		l3 := lines[2]
		docNum, docCheck = l1[5:14], l1[14:15]
		optional = l1[15:30]
		// A number longer than 9 characters: '<' in the check digit's
		// place, the rest of the number and then its check digit at the
		// start of the optional data, ended by a filler (Part 5, 4.2.2,
		// note j).
		if docCheck == "<" && optional[0] != '<' {
			docNum, docCheck, optional = mrzOverflow(docNum, optional)
		}
		birth, birthCheck = l2[0:6], l2[6]
		m.Sex = mrzSex(l2[7])
		expiry, expiryCheck = l2[8:14], l2[14]
		m.Nationality = strings.TrimRight(l2[15:18], "<")
		m.OptionalData2 = strings.Trim(l2[18:29], "<")
		composite, compositeCheck = l1[5:30]+l2[0:7]+l2[8:15]+l2[18:29], l2[29]
		name = l3
	default:
		name = l1[5:]
		docNum, docCheck = l2[0:9], l2[9:10]
		m.Nationality = strings.TrimRight(l2[10:13], "<")
		birth, birthCheck = l2[13:19], l2[19]
		m.Sex = mrzSex(l2[20])
		expiry, expiryCheck = l2[21:27], l2[27]
		switch format {
		case FormatTD3:
			optional, optCheck = l2[28:42], l2[42]
			composite, compositeCheck = l2[0:10]+l2[13:20]+l2[21:43], l2[43]
		case FormatTD2:
			optional = l2[28:35]
			// TD2 long numbers overflow like TD1 ones (Part 6, 4.2.2).
			if docCheck == "<" && optional[0] != '<' {
				docNum, docCheck, optional = mrzOverflow(docNum, optional)
			}
			composite, compositeCheck = l2[0:10]+l2[13:20]+l2[21:35], l2[35]
		default: // visas: no composite check digit
			optional = l2[28:]
		}
	}
	m.DocumentNumber = strings.ReplaceAll(docNum, "<", "")
	m.OptionalData = strings.Trim(optional, "<")
	m.Surname, m.GivenNames = mrzSplitName(name)

	fail := func(s string) { m.Failures = append(m.Failures, s) }
	check := func(what, data string, got byte) {
		want := MRZCheckDigit(data)
		if got != want {
			fail(fmt.Sprintf("%s check digit: got %c, want %c", what, got, want))
		}
	}
	check("document number", docNum, docCheck[0])
	check("birth date", birth, birthCheck)
	check("expiry date", expiry, expiryCheck)
	if format == FormatTD3 {
		// An unused personal number may have '<' as its check digit
		// (Part 4, 4.2.2, note g).
		if !(optCheck == '<' && strings.Trim(optional, "<") == "") {
			check("personal number", optional, optCheck)
		}
	}
	if composite != "" {
		check("composite", composite, compositeCheck)
	}
	var err error
	if m.BirthDate, err = mrzDate(birth, today, false); err != nil {
		fail("birth date: " + err.Error())
	}
	if m.ExpiryDate, err = mrzDate(expiry, today, true); err != nil {
		fail("expiry date: " + err.Error())
	}
	m.Valid = len(m.Failures) == 0
	return m, nil
}

// mrzOverflow joins a long document number: the 9 characters in the
// number field and, from the optional data, the characters up to the first
// filler, of which the last is the check digit. It returns the number, its
// check digit and the optional data after the filler.
func mrzOverflow(docNum, optional string) (string, string, string) {
	end := strings.IndexByte(optional, '<')
	if end < 0 {
		end = len(optional)
	}
	run := optional[:end]
	rest := ""
	if end < len(optional) {
		rest = optional[end+1:]
	}
	return docNum + run[:len(run)-1], run[len(run)-1:], rest
}

// mrzRuneAt returns the character at byte i of s, decoded when it is not
// ASCII, for error messages.
func mrzRuneAt(s string, i int) string {
	for j, r := range s {
		if j >= i {
			return string(r)
		}
	}
	return s[i : i+1]
}

func mrzSex(c byte) string {
	switch c {
	case 'M', 'F', 'X':
		return string(c)
	}
	return ""
}

// mrzSplitName splits a name field at its first "<<" into the primary
// identifier (surname) and the secondary identifier (given names), with
// fillers read as spaces (Part 3, 4.6).
func mrzSplitName(field string) (surname, given string) {
	field = strings.TrimRight(field, "<")
	if i := strings.Index(field, "<<"); i >= 0 {
		surname, given = field[:i], field[i+2:]
	} else {
		surname = field
	}
	return mrzSpaces(surname), mrzSpaces(given)
}

// mrzSpaces turns fillers into single spaces and trims.
func mrzSpaces(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '<' || r == ' ' }), " ")
}

// MRZCheckDigit returns the Doc 9303 check digit of s (Part 3, 4.9): each
// character's value ('<' 0, '0'-'9' themselves, 'A'-'Z' 10-35) times the
// weights 7, 3, 1 repeated, summed, modulo 10. Characters outside the MRZ
// set count as 0.
func MRZCheckDigit(s string) byte {
	weights := [3]int{7, 3, 1}
	sum := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		v := 0
		switch {
		case c >= '0' && c <= '9':
			v = int(c - '0')
		case c >= 'A' && c <= 'Z':
			v = int(c-'A') + 10
		}
		sum += v * weights[i%3]
	}
	return byte('0' + sum%10)
}

// mrzDate reads a YYMMDD date, where '<' marks unknown parts ("74<<<<",
// "7408<<"). It returns "" with a nil error when the year is unknown.
func mrzDate(s string, today time.Time, expiry bool) (string, error) {
	if len(s) != 6 {
		return "", fmt.Errorf("not a date: %s", s)
	}
	if strings.Trim(s, "<") == "" {
		return "", nil
	}
	part := func(t string) (int, bool, error) {
		if t == "<<" {
			return 0, false, nil
		}
		if t[0] < '0' || t[0] > '9' || t[1] < '0' || t[1] > '9' {
			return 0, false, fmt.Errorf("not a date: %s", s)
		}
		return int(t[0]-'0')*10 + int(t[1]-'0'), true, nil
	}
	yy, okY, err := part(s[0:2])
	if err != nil {
		return "", err
	}
	mm, okM, err := part(s[2:4])
	if err != nil {
		return "", err
	}
	dd, okD, err := part(s[4:6])
	if err != nil {
		return "", err
	}
	if !okY || (!okM && okD) {
		return "", fmt.Errorf("not a date: %s", s)
	}
	year := MRZYear(yy, mm, dd, today, expiry)
	d := aka.PartialDate{Year: year, Month: mm, Day: dd}
	if err := d.Validate(); err != nil || (okM && mm == 0) || (okD && dd == 0) {
		return "", fmt.Errorf("not a date: %s", s)
	}
	return d.String(), nil
}

// MRZYear gives the four-digit year of a two-digit MRZ year yy, for a date
// with month mm and day dd (0 when unknown), as of today. A birth date is
// put in the latest century that does not make it later than today; an
// expiry date (expiry true) within 50 years before and 49 years after
// today's year.
func MRZYear(yy, mm, dd int, today time.Time, expiry bool) int {
	ty := today.Year()
	if expiry {
		y := ty - ty%100 + yy
		switch {
		case y < ty-50:
			y += 100
		case y > ty+49:
			y -= 100
		}
		return y
	}
	y := ty - ty%100 + yy
	tm, td := int(today.Month()), today.Day()
	if y > ty || y == ty && (mm > tm || mm == tm && dd > td) {
		y -= 100
	}
	return y
}

// Subject returns the document's holder as a subject to screen:
//
//   - Name is the given names then the surname, as the MRZ writes them.
//     An MRZ name is the Doc 9303 transliteration (MÜLLER is written
//     MUELLER), which name matching already expects. When the name uses
//     Doc 9303's reversible transliteration of Arabic (Part 3, section 6:
//     XH for ح, XKH for خ, E for ع...; see MRZNameVariants), Name is
//     instead the usual romanization of the Arabic it encodes.
//   - BirthDate, DocumentExpiry ISO 8601; Gender "male", "female" or "".
//   - Nationality and DocumentCountry are ISO 3166 alpha-2 codes in lower
//     case; Doc 9303's own codes are read too ("D" and "GBD", "GBN"... are
//     Germany and the United Kingdom); codes that name no state (the
//     United Nations' UNO, UNA, UNK, the stateless XXA, XXB, XXC, XXX,
//     specimen Utopia's UTO) give "".
//   - DocumentType "passport" for P, "national_id" for I, A and C, "visa"
//     for V; DocumentCheck the checks' result.
func (m MRZ) Subject() aka.Subject {
	s := aka.Subject{
		Name:            mrzJoin(m.GivenNames, m.Surname),
		BirthDate:       m.BirthDate,
		Nationality:     MRZCountry(m.Nationality),
		DocumentNumber:  m.DocumentNumber,
		DocumentCountry: MRZCountry(m.IssuingState),
		DocumentExpiry:  m.ExpiryDate,
		DocumentCheck: &aka.DocumentCheck{
			Format:   m.Format,
			Valid:    m.Valid,
			Failures: m.Failures,
		},
	}
	switch m.Sex {
	case "M":
		s.Gender = string(aka.Male)
	case "F":
		s.Gender = string(aka.Female)
	}
	if m.DocumentCode != "" {
		switch m.DocumentCode[0] {
		case 'P':
			s.DocumentType = string(aka.Passport)
		case 'I', 'A', 'C':
			s.DocumentType = string(aka.NationalID)
		case 'V':
			s.DocumentType = "visa"
		}
	}
	// Albanian writes the sound of the Arabic-scheme XH with the letters
	// XH (Xhaka, Hoxha): leave names from Albanian-speaking states as
	// written.
	if !mrzAlbanian[m.IssuingState] && !mrzAlbanian[m.Nationality] {
		if v := mrzArabic(m.Surname, m.GivenNames); v.ok {
			s.Name = v.latin
		}
	}
	return s
}

// mrzAlbanian are the Doc 9303 codes of states where Albanian is an
// official language.
var mrzAlbanian = map[string]bool{"ALB": true, "RKS": true, "MKD": true, "MNE": true}

func mrzJoin(given, surname string) string {
	switch {
	case given == "":
		return surname
	case surname == "":
		return given
	}
	return given + " " + surname
}

// MRZCountry returns the ISO 3166 alpha-2 code, in lower case, of a
// Doc 9303 state or nationality code, or "" when it names no state
// (Part 3, section 5).
func MRZCountry(code string) string {
	code = strings.TrimRight(code, "<")
	switch code {
	case "D":
		return "de"
	case "GBD", "GBN", "GBO", "GBP", "GBS": // British nationals of other kinds
		return "gb"
	case "RKS": // Kosovo; ISO's user-assigned XK
		return "xk"
	case "UNO", "UNA", "UNK", "EUE", "UTO":
		return ""
	}
	if len(code) != 3 || code[0] == 'X' { // XXA, XXB, XXC, XXX, XOM, XPO...: no state
		return ""
	}
	return countries.Code(code)
}

// mrzArabicLetters is the Doc 9303 transliteration of Arabic (Part 3,
// section 6), read back: MRZ letters to Arabic script. The scheme is
// reversible; X starts a multi-letter sequence for a letter that has no
// Latin one of its own. Source: the Doc 9303 table as rendered by
// interscript's icao-*-Arab-Latn-9303 maps and Arg0s1080/mrz; checked
// against the ASU specimen in testdata/mrz_samples.txt.
var mrzArabicLetters = map[string]string{
	"A": "ا", "B": "ب", "T": "ت", "J": "ج", "D": "د", "R": "ر", "Z": "ز", "S": "س",
	"E": "ع", "G": "غ", "F": "ف", "Q": "ق", "K": "ك", "L": "ل", "M": "م", "N": "ن",
	"H": "ه", "W": "و", "Y": "ي", "U": "ؤ", "I": "إ",
	"XE": "ء", "XAA": "آ", "XAE": "أ", "XI": "ئ", "XTH": "ث", "XH": "ح", "XKH": "خ",
	"XDH": "ذ", "XSH": "ش", "XSS": "ص", "XDZ": "ض", "XTT": "ط", "XZZ": "ظ", "XAY": "ى",
}

// mrzArabicMarkers are the X sequences that no Latin-alphabet name writes
// (XI and XE do: Chinese Xie, Xi). One of them must occur for a name to be
// read as the Arabic scheme.
var mrzArabicMarkers = []string{"XTH", "XKH", "XDH", "XSH", "XSS", "XDZ", "XTT", "XZZ", "XH", "XAY", "XAA", "XAE"}

type mrzArabicName struct {
	ok     bool
	arabic string // given names then surname, in Arabic script
	latin  string // the same, romanized the usual way, upper case
}

// mrzArabic reads a name in the Doc 9303 Arabic scheme. It is recognized
// when one of mrzArabicMarkers occurs and every word reads back wholly
// into Arabic letters, with I (إ) only at the start of a word and P (ة)
// only at its end. Short vowels are not written in Arabic script, so O,
// and C and V, which the scheme does not use, rule it out.
func mrzArabic(surname, given string) mrzArabicName {
	all := given + " " + surname
	marked := false
	for _, x := range mrzArabicMarkers {
		if strings.Contains(all, x) {
			marked = true
			break
		}
	}
	if !marked {
		return mrzArabicName{}
	}
	read := func(part string) (ar, lat []string, ok bool) {
		for _, w := range strings.Fields(part) {
			a, ok := mrzArabicWord(w)
			if !ok {
				return nil, nil, false
			}
			ar = append(ar, a)
			r := names.Romanize(a)
			if len(r) == 0 {
				return nil, nil, false
			}
			lat = append(lat, strings.ToUpper(r[0]))
		}
		return ar, lat, true
	}
	ga, gl, ok1 := read(given)
	sa, sl, ok2 := read(surname)
	if !ok1 || !ok2 {
		return mrzArabicName{}
	}
	return mrzArabicName{
		ok:     true,
		arabic: strings.Join(append(ga, sa...), " "),
		latin:  strings.Join(append(gl, sl...), " "),
	}
}

// mrzArabicWord reads one word of the Doc 9303 Arabic scheme, longest
// sequence first.
func mrzArabicWord(w string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(w); {
		n := 0
		for l := 3; l >= 1; l-- {
			if i+l > len(w) {
				continue
			}
			seq := w[i : i+l]
			if l == 1 && (seq == "X" || seq == "I" && i > 0) {
				continue
			}
			if a, ok := mrzArabicLetters[seq]; ok {
				b.WriteString(a)
				n = l
				break
			}
		}
		if n == 0 {
			if w[i] == 'P' && i == len(w)-1 && i > 0 {
				b.WriteString("ة")
				n = 1
			} else {
				return "", false
			}
		}
		i += n
	}
	return b.String(), true
}

// MRZNameVariants returns the readings of an MRZ name: the name field as
// the MRZ writes it ("MXHMWD<<EBDALRXHYM<<<<", surname first, '<' fillers)
// or a name already in reading order. The first reading is the name as
// written, given names first, with fillers as spaces. When the name uses
// Doc 9303's reversible transliteration of Arabic (Part 3, section 6), two
// more follow: the usual romanization of the Arabic it encodes and the
// Arabic script itself:
//
//	MXHMWD<<EBDALRXHYM  ->  EBDALRXHYM MXHMWD, ABDALRAHIM MAHMOUD, عبدالرحيم محمود
//
// The scheme is recognized only when an X sequence that Latin-alphabet
// names do not write (XH, XKH, XSH...) occurs and every word reads back
// into Arabic letters, so ordinary names give one reading. Albanian
// names written with XH may still be taken for the scheme; Subject does
// not read names from Albanian-speaking states this way.
func MRZNameVariants(name string) []string {
	var surname, given string
	if strings.Contains(name, "<") {
		surname, given = mrzSplitName(strings.ToUpper(name))
	} else {
		surname = strings.Join(strings.Fields(strings.ToUpper(name)), " ")
	}
	out := []string{mrzJoin(given, surname)}
	if v := mrzArabic(surname, given); v.ok {
		out = append(out, v.latin, v.arabic)
	}
	return out
}
