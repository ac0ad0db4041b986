package lists

// OFAC's legacy CSV files: sdn.csv, alt.csv and add.csv, as described in
// OFAC's "SDN List - Data Specification for the Legacy Flat Files" and as the
// files are actually written:
//
//   - No header row (a copy of alt.csv that gained one, "ent_num,alt_num,...",
//     is accepted: the row is skipped).
//   - Every field is either a quoted string or the empty marker -0-, which the
//     files write with a trailing space ("-0- "), so a strict csv.Reader
//     reads them as they are.
//   - The files end with a DOS end-of-file byte (0x1A, Ctrl-Z) on a line of
//     its own, sometimes followed by empty fields ("\x1a,,,,"); that record is
//     skipped.
//   - Remarks are cut at 1,000 characters, so the last item of a long Remarks
//     can be truncated ("a.k.a. 'WHOIS HACKIN"); a truncated alias is left in
//     the text only.
//   - The files seen so far are plain ASCII; a field that is not valid UTF-8
//     is read as Windows-1252, which older OFAC files and spreadsheet
//     re-exports use.

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/countries"
	"github.com/akascreen/aka/names"
)

// The columns of the three files, as OFAC's data specification names them.
var (
	ofacSDNColumns = []string{"ent_num", "SDN_Name", "SDN_Type", "Program", "Title", "Call_Sign",
		"Vess_type", "Tonnage", "GRT", "Vess_flag", "Vess_owner", "Remarks"}
	ofacAltColumns = []string{"ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks"}
	ofacAddColumns = []string{"ent_num", "add_num", "address", "city_state_postal", "country", "add_remarks"}
)

// sniffOFAC reports whether head starts with an sdn.csv row: twelve fields, a
// numeric ent_num, and an SDN_Type that is one of OFAC's values or -0-; or
// with the header row "ent_num,SDN_Name,..." that some copies gained. A CSV
// watchlist with its own header fails both tests.
func sniffOFAC(head []byte) bool {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	line, _, _ := bytes.Cut(head, []byte("\n"))
	cr := csv.NewReader(bytes.NewReader(line))
	cr.FieldsPerRecord = -1
	rec, err := cr.Read()
	if err != nil || len(rec) != len(ofacSDNColumns) {
		return false
	}
	_, ok := ofacEntNum(rec[0])
	if !ok {
		// A copy that gained a header row, as alt.csv copies do.
		return strings.EqualFold(rec[0], "ent_num") && strings.EqualFold(rec[1], "SDN_Name")
	}
	_, ok = ofacEntityType(rec[2])
	return ok
}

// ReadOFAC reads OFAC's legacy sdn.csv. When src names a file called sdn*.csv
// (any case) and src.Open is set, it also reads alt.csv (strong aliases) and
// add.csv (addresses) beside it, by those exact names or their upper-case
// forms ALT.CSV and ADD.CSV, as OFAC publishes them; Header.Companions lists
// the ones found. Companion rows are keyed by ent_num and read whole before
// sdn.csv is streamed: they are small (about 1 MB each).
//
// The legacy files carry no date, so Header.Version is the YYYY-MM-DD date in
// the file's base name ("sdn_2024-05-03.csv" gives "2024-05-03"), or "".
//
// Only structural problems are errors: a wrong number of columns, a bad
// ent_num, an unknown SDN_Type or alt_type, an empty name, broken quoting.
// What cannot be understood in Remarks stays in Entity.Remarks, which always
// holds the full original text.
func ReadOFAC(r io.Reader, src Source, emit func(*aka.Entity) error) (Header, error) {
	var or ofacReader
	return or.read(r, src, emit)
}

// ofacReader holds one read's companion rows and counts what it could not
// place, for tests and reports.
type ofacReader struct {
	alts map[int][]aka.Name
	adds map[int][]aka.Address
	// orphanAlts and orphanAdds count companion rows whose ent_num is not
	// in sdn.csv: a companion from another date. They are dropped.
	orphanAlts, orphanAdds int
	// badDOBs counts DOB items in Remarks that aka.ParseBirthDate could not
	// read; they remain in the Remarks text only.
	badDOBs int
	seen    map[int]bool // ent_nums read from sdn.csv
	cc      ofacCountries
}

func (or *ofacReader) read(r io.Reader, src Source, emit func(*aka.Entity) error) (Header, error) {
	h := Header{Version: ofacVersion(src.File)}
	or.cc = make(ofacCountries)
	if src.Open != nil && ofacIsSDN(src.File) {
		upper := filepath.Base(src.File) == strings.ToUpper(filepath.Base(src.File))
		name, err := or.companion(src, "alt.csv", upper, ofacAltColumns, or.addAlt)
		if err != nil {
			return h, err
		}
		if name != "" {
			h.Companions = append(h.Companions, name)
		}
		name, err = or.companion(src, "add.csv", upper, ofacAddColumns, or.addAdd)
		if err != nil {
			return h, err
		}
		if name != "" {
			h.Companions = append(h.Companions, name)
		}
	}
	err := ofacRows(r, src.File, ofacSDNColumns, func(rec []string, pos func(int) string) error {
		e, err := or.entity(rec, pos, h.Version, src.File)
		if err != nil {
			return err
		}
		return emit(e)
	})
	for _, ns := range or.alts {
		or.orphanAlts += len(ns)
	}
	for _, as := range or.adds {
		or.orphanAdds += len(as)
	}
	if or.orphanAlts > 0 {
		h.Skipped = append(h.Skipped, fmt.Sprintf("%d alt.csv rows for entries not in %s", or.orphanAlts, filepath.Base(src.File)))
	}
	if or.orphanAdds > 0 {
		h.Skipped = append(h.Skipped, fmt.Sprintf("%d add.csv rows for entries not in %s", or.orphanAdds, filepath.Base(src.File)))
	}
	return h, err
}

// companion reads the companion file base (or its upper-case form) when it
// exists, and returns the name it was read by, or "" when there is none.
func (or *ofacReader) companion(src Source, base string, upper bool, cols []string,
	add func(rec []string, pos func(int) string, file string) error) (string, error) {
	tries := []string{base, strings.ToUpper(base)}
	if upper {
		tries[0], tries[1] = tries[1], tries[0]
	}
	for _, name := range tries {
		f, err := src.Open(name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		file := filepath.Join(filepath.Dir(src.File), name)
		if err != nil {
			return "", &aka.ParseError{File: file, Err: err}
		}
		err = ofacRows(f, file, cols, func(rec []string, pos func(int) string) error {
			return add(rec, pos, file)
		})
		f.Close()
		if err != nil {
			return "", err
		}
		return name, nil
	}
	return "", nil
}

func (or *ofacReader) addAlt(rec []string, pos func(int) string, file string) error {
	id, ok := ofacEntNum(rec[0])
	if !ok {
		return &aka.ParseError{File: file, Pos: pos(0), Field: "ent_num", Err: fmt.Errorf("%q is not a positive number", rec[0])}
	}
	text := ofacField(rec[3])
	if text == "" {
		return &aka.ParseError{File: file, Pos: pos(3), Field: "alt_name", Err: errors.New("empty")}
	}
	n := aka.Name{Full: text, Quality: aka.Strong}
	switch strings.ToLower(ofacField(rec[2])) {
	case "aka":
		n.Kind = aka.Alias
	case "fka":
		n.Kind = aka.Former
	case "nka":
		n.Kind, n.Note = aka.Alias, "n.k.a."
	default:
		return &aka.ParseError{File: file, Pos: pos(2), Field: "alt_type", Err: fmt.Errorf("%q: want aka, fka or nka", rec[2])}
	}
	if rm := ofacField(rec[4]); rm != "" {
		n.Note = strings.TrimSpace(n.Note + " " + rm)
	}
	if or.alts == nil {
		or.alts = make(map[int][]aka.Name)
	}
	or.alts[id] = append(or.alts[id], n)
	return nil
}

func (or *ofacReader) addAdd(rec []string, pos func(int) string, file string) error {
	id, ok := ofacEntNum(rec[0])
	if !ok {
		return &aka.ParseError{File: file, Pos: pos(0), Field: "ent_num", Err: fmt.Errorf("%q is not a positive number", rec[0])}
	}
	// OFAC gives city, state or province and postal code in one column
	// ("London EC3N 1DY", "Zurich CH-8022"), which cannot be split
	// reliably: it goes to City whole.
	a := aka.Address{
		Street: ofacField(rec[2]),
		City:   ofacField(rec[3]),
		Note:   ofacField(rec[5]),
	}
	country := ofacField(rec[4])
	a.Country = or.cc.code(country)
	var parts []string
	for _, p := range []string{a.Street, a.City, country} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return nil // an address row with nothing in it
	}
	a.Text = strings.Join(parts, ", ")
	if or.adds == nil {
		or.adds = make(map[int][]aka.Address)
	}
	or.adds[id] = append(or.adds[id], a)
	return nil
}

// entity builds the entity of one sdn.csv row.
func (or *ofacReader) entity(rec []string, pos func(int) string, version, file string) (*aka.Entity, error) {
	id, ok := ofacEntNum(rec[0])
	if !ok {
		return nil, &aka.ParseError{File: file, Pos: pos(0), Field: "ent_num", Err: fmt.Errorf("%q is not a positive number", rec[0])}
	}
	if or.seen == nil {
		or.seen = make(map[int]bool)
	}
	if or.seen[id] {
		return nil, &aka.ParseError{File: file, Pos: pos(0), Field: "ent_num", Err: fmt.Errorf("%d appears twice", id)}
	}
	or.seen[id] = true
	typ, ok := ofacEntityType(rec[2])
	if !ok {
		return nil, &aka.ParseError{File: file, Pos: pos(2), Field: "SDN_Type", Err: fmt.Errorf("%q: want individual, vessel, aircraft or -0-", rec[2])}
	}
	name := ofacField(rec[1])
	if name == "" {
		return nil, &aka.ParseError{File: file, Pos: pos(1), Field: "SDN_Name", Err: errors.New("empty")}
	}
	person := typ == aka.Person
	e := &aka.Entity{
		ID:          "ofac:" + strconv.Itoa(id),
		Type:        typ,
		Source:      "ofac",
		SourceID:    strconv.Itoa(id),
		ListVersion: version,
		Programs:    ofacPrograms(ofacField(rec[3])),
	}
	e.Names = append(e.Names, ofacName(name, aka.Primary, aka.Strong, person))
	for _, n := range or.alts[id] {
		ofacAddName(e, ofacName(n.Full, n.Kind, n.Quality, person), n.Note)
	}
	delete(or.alts, id)
	if t := ofacField(rec[4]); t != "" {
		e.Titles = []string{t}
	}

	remarks := ofacField(rec[11])
	facts := ofacParseRemarks(remarks, or.cc)
	or.badDOBs += facts.badDOBs
	for _, n := range facts.names {
		ofacAddName(e, ofacName(n.Full, n.Kind, n.Quality, person), n.Note)
	}
	e.BirthDates = facts.birthDates
	e.BirthPlaces = facts.birthPlaces
	e.Nationalities = facts.nationalities
	e.Citizenships = facts.citizenships
	if person {
		e.Gender = facts.gender
	}
	e.Documents = facts.documents

	// Vessel columns. The call sign is a document of type other; the flag
	// is the vessel's nationality ("ships have the nationality of the
	// State whose flag they are entitled to fly", UNCLOS article 91);
	// type, tonnage, gross registered tonnage and owner have no field in
	// aka.Entity and are appended to Remarks after the list's own text.
	if cs := ofacField(rec[5]); cs != "" {
		e.Documents = append(e.Documents, ofacDoc(aka.OtherDoc, "Call Sign", cs, "", ""))
	}
	var vessel []string
	for i, label := range []string{6: "Vessel Type", 7: "Tonnage", 8: "GRT", 9: "Vessel Flag", 10: "Vessel Owner"} {
		if label == "" {
			continue
		}
		v := ofacField(rec[i])
		if v == "" {
			continue
		}
		vessel = append(vessel, label+" "+v)
		if i == 9 {
			if c := or.cc.code(v); c != "" {
				e.Nationalities = ofacAppendOnce(e.Nationalities, c)
			}
		}
	}
	e.Remarks = remarks
	if len(vessel) > 0 {
		switch {
		case strings.HasSuffix(e.Remarks, "."):
			e.Remarks += " "
		case e.Remarks != "":
			e.Remarks += "; "
		}
		e.Remarks += strings.Join(vessel, "; ")
	}
	e.Addresses = or.adds[id]
	delete(or.adds, id)
	return e, nil
}

// ofacName makes a Name from the list's text. Individuals' names are written
// "SURNAME, Given Names[, Suffix]"; Full puts them in reading order, "Given
// Names SURNAME Suffix", and Parts keeps the given and family names.
func ofacName(text string, kind aka.NameKind, q aka.Quality, person bool) aka.Name {
	n := aka.Name{Full: text, Kind: kind, Quality: q}
	if person {
		if fam, given, ok := strings.Cut(text, ","); ok {
			fam, given = strings.TrimSpace(fam), strings.TrimSpace(given)
			suffix := ""
			if g, s, ok := strings.Cut(given, ","); ok {
				given, suffix = strings.TrimSpace(g), strings.TrimSpace(s)
			}
			if fam != "" && given != "" {
				n.Full = given + " " + fam
				n.Parts = []aka.NamePart{{Kind: aka.GivenName, Value: given}, {Kind: aka.FamilyName, Value: fam}}
				if suffix != "" {
					n.Full += " " + suffix
					n.Parts = append(n.Parts, aka.NamePart{Kind: aka.OtherName, Value: suffix})
				}
			}
		}
	}
	n.Script = names.Script(n.Full)
	return n
}

// ofacRows reads a legacy CSV file with want columns, calling row for each
// record with a function giving the position of a field. It skips the DOS
// end-of-file record and a header row that starts with "ent_num".
func ofacRows(r io.Reader, file string, cols []string, row func(rec []string, pos func(int) string) error) error {
	tr := &ofacTracker{r: r, line: 1}
	cr := csv.NewReader(tr)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	pos := func(i int) string {
		line, _ := cr.FieldPos(i)
		return "line " + strconv.Itoa(line)
	}
	first := true
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var ce *csv.ParseError
			if errors.As(err, &ce) {
				return &aka.ParseError{File: file, Pos: "line " + strconv.Itoa(ce.Line),
					Field: tr.field(ce, cols), Err: fmt.Errorf("column %d: %w", ce.Column, ce.Err)}
			}
			return &aka.ParseError{File: file, Err: err}
		}
		if ofacEOFRecord(rec) {
			continue
		}
		if first && strings.EqualFold(strings.TrimSpace(rec[0]), "ent_num") {
			first = false
			continue
		}
		first = false
		if len(rec) != len(cols) {
			line, _ := cr.FieldPos(0)
			return &aka.ParseError{File: file, Pos: "line " + strconv.Itoa(line),
				Err: fmt.Errorf("%d fields, want %d (%s)", len(rec), len(cols), strings.Join(cols, ", "))}
		}
		for i, f := range rec {
			if !utf8.ValidString(f) {
				rec[i], _ = charmap.Windows1252.NewDecoder().String(f)
			}
		}
		if err := row(rec, pos); err != nil {
			return err
		}
	}
}

// ofacEOFRecord reports whether rec is the DOS end-of-file marker: a first
// field of Ctrl-Z bytes and nothing else.
func ofacEOFRecord(rec []string) bool {
	if !strings.HasPrefix(rec[0], "\x1a") {
		return false
	}
	for i, f := range rec {
		if i == 0 {
			f = strings.Trim(f, "\x1a")
		}
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// ofacTrackSize is how much of the input ofacTracker keeps: csv.Reader reads
// at most 4 KiB ahead of the record it reports on, and OFAC records are
// shorter than 2 KiB.
const ofacTrackSize = 16 << 10

// ofacTracker passes reads through and keeps the last bytes read, so that a
// csv.ParseError, which gives a line and a byte column, can be turned into
// the name of the field it is in.
type ofacTracker struct {
	r     io.Reader
	buf   []byte // the last bytes read
	line  int    // line number of buf[0]
	fresh bool   // whether buf[0] starts its line
}

func (t *ofacTracker) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	if t.buf == nil {
		t.fresh = true
	}
	t.buf = append(t.buf, p[:n]...)
	if over := len(t.buf) - ofacTrackSize; over > 0 {
		drop := t.buf[:over]
		t.line += bytes.Count(drop, []byte("\n"))
		t.fresh = drop[len(drop)-1] == '\n'
		t.buf = t.buf[:copy(t.buf, t.buf[over:])]
	}
	return n, err
}

// field returns the name of the column that the error ce is in, or "" when
// the record is no longer in the buffer.
func (t *ofacTracker) field(ce *csv.ParseError, cols []string) string {
	start := ce.StartLine
	if start < t.line || (start == t.line && !t.fresh) {
		return ""
	}
	// Find the start of line StartLine and of line Line in buf.
	b := t.buf
	line := t.line
	off := 0
	for line < start {
		i := bytes.IndexByte(b[off:], '\n')
		if i < 0 {
			return ""
		}
		off += i + 1
		line++
	}
	recStart := off
	for line < ce.Line {
		i := bytes.IndexByte(b[off:], '\n')
		if i < 0 {
			return ""
		}
		off += i + 1
		line++
	}
	end := off + ce.Column - 1
	if ce.Column < 1 || end > len(b) {
		return ""
	}
	// Count the fields before end, outside quotes.
	field, quoted, atStart := 0, false, true
	for i := recStart; i < end; i++ {
		c := b[i]
		switch {
		case quoted:
			if c == '"' {
				if i+1 < end && b[i+1] == '"' {
					i++
				} else {
					quoted = false
				}
			}
		case c == '"' && atStart:
			quoted = true
		case c == ',':
			field++
			atStart = true
			continue
		}
		atStart = false
	}
	if field < len(cols) {
		return cols[field]
	}
	return "field " + strconv.Itoa(field+1)
}

// ofacField returns a field's text, or "" for the empty marker -0-.
func ofacField(s string) string {
	s = strings.TrimSpace(s)
	if s == "-0-" {
		return ""
	}
	return s
}

// ofacEntNum reads an ent_num: a positive decimal number.
func ofacEntNum(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 9 {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, _ := strconv.Atoi(s)
	return n, n > 0
}

func ofacEntityType(s string) (aka.EntityType, bool) {
	switch strings.ToLower(ofacField(s)) {
	case "individual":
		return aka.Person, true
	case "vessel":
		return aka.Vessel, true
	case "aircraft":
		return aka.Aircraft, true
	case "":
		return aka.Organization, true
	}
	return "", false
}

// ofacPrograms splits the Program column, "SDGT] [IRGC" as the file writes
// "[SDGT] [IRGC]" without its outer brackets.
func ofacPrograms(s string) []string {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	var ps []string
	for _, p := range strings.Split(s, "] [") {
		if p = strings.TrimSpace(p); p != "" {
			ps = append(ps, p)
		}
	}
	return ps
}

var ofacDateInName = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)

// ofacVersion returns the date in the file's base name, or "".
func ofacVersion(file string) string {
	base := filepath.Base(file)
	for _, m := range ofacDateInName.FindAllString(base, -1) {
		if _, err := aka.ParseISODate(m); err == nil {
			return m
		}
	}
	return ""
}

// ofacIsSDN reports whether file is named sdn*.csv, in any case.
func ofacIsSDN(file string) bool {
	base := strings.ToLower(filepath.Base(file))
	return strings.HasPrefix(base, "sdn") && strings.HasSuffix(base, ".csv")
}

// ofacCountry reads a country as OFAC writes it. Besides what countries.Code
// knows, OFAC inverts some names ("Man, Isle of", "Virgin Islands, British"),
// which are tried the other way round.
func ofacCountry(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, "0123456789") {
		return ""
	}
	if c := countries.Code(s); c != "" {
		return c
	}
	if a, b, ok := strings.Cut(s, ", "); ok && !strings.Contains(b, ",") {
		return countries.Code(b + " " + a)
	}
	return ""
}

// ofacCountries memoizes ofacCountry for one read: a few hundred country
// names recur thousands of times, and countries.Code normalizes its input
// each time. A nil map memoizes nothing.
type ofacCountries map[string]string

func (m ofacCountries) code(s string) string {
	if c, ok := m[s]; ok {
		return c
	}
	c := ofacCountry(s)
	if m != nil && len(m) < 1<<14 {
		m[s] = c
	}
	return c
}

func ofacAppendOnce(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

func ofacDoc(t aka.DocumentType, typeText, number, country, note string) aka.Document {
	return aka.Document{Type: t, TypeText: typeText, Number: number,
		Normalized: aka.NormalizeDocumentNumber(number), Country: country, Note: note}
}

// ofacAddName adds n to e's names unless e already has that name (ignoring
// case), as when a weak alias in Remarks repeats an alt.csv alias.
func ofacAddName(e *aka.Entity, n aka.Name, note string) {
	n.Note = note
	for _, m := range e.Names {
		if strings.EqualFold(m.Full, n.Full) {
			return
		}
	}
	e.Names = append(e.Names, n)
}

// ofacFacts is what ofacParseRemarks finds in a Remarks text.
type ofacFacts struct {
	names         []aka.Name // weak aliases, with their list spelling
	birthDates    []aka.BirthDate
	birthPlaces   []aka.Place
	nationalities []string
	citizenships  []string
	gender        aka.Gender
	documents     []aka.Document
	badDOBs       int // DOB items aka.ParseBirthDate could not read
}

// ofacDocKeys are the identifying numbers Remarks carry, by the words OFAC
// puts before the number, each with its document type. Registration numbers
// of companies and the identifiers of vessels and aircraft are documents of
// type other: they identify the entity as a passport number does a person.
// Keys are matched longest first, after an optional "alt.".
var ofacDocKeys = ofacSortKeys([]ofacDocKey{
	// Passports and travel documents.
	{"Passport", aka.Passport},
	{"Passport No.", aka.Passport},
	{"Passport Booklet", aka.Passport},
	{"Diplomatic Passport", aka.Passport},
	{"British National Overseas Passport", aka.Passport},
	{"Stateless Person Passport", aka.Passport},
	{"Travel Document Number", aka.Passport},

	// National identity numbers and cards.
	{"National ID No.", aka.NationalID},
	{"Identification Number", aka.NationalID},
	{"Cedula No.", aka.NationalID},
	{"C.U.R.P.", aka.NationalID},
	{"D.N.I.", aka.NationalID},
	{"Personal ID Card", aka.NationalID},
	{"Citizen's Card Number", aka.NationalID},
	{"Turkish Identification Number", aka.NationalID},
	{"Numero de Identidad", aka.NationalID},
	{"C.U.I.", aka.NationalID},
	{"LE Number", aka.NationalID},
	{"Kenyan ID No.", aka.NationalID},
	{"Tazkira National ID Card", aka.NationalID},
	{"Moroccan Personal ID No.", aka.NationalID},
	{"Bosnian Personal ID No.", aka.NationalID},
	{"CNP (Personal Numerical Code)", aka.NationalID},
	{"National Foreign ID Number", aka.NationalID},
	{"Credencial electoral", aka.NationalID},
	{"I.F.E.", aka.NationalID},
	{"Electoral Registry No.", aka.NationalID},
	{"Refugee ID Card", aka.NationalID},
	{"Stateless Person ID Card", aka.NationalID},
	{"UAE Identification", aka.NationalID},
	{"N.I.E.", aka.NationalID},
	{"SSN", aka.NationalID},

	// Tax numbers.
	{"Tax ID No.", aka.TaxID},
	{"R.F.C.", aka.TaxID},
	{"RFC", aka.TaxID},
	{"NIT #", aka.TaxID},
	{"RUC #", aka.TaxID},
	{"RIF #", aka.TaxID},
	{"RTN", aka.TaxID},
	{"C.U.I.T.", aka.TaxID},
	{"Italian Fiscal Code", aka.TaxID},
	{"Fiscal Code", aka.TaxID},
	{"US FEIN", aka.TaxID},
	{"V.A.T. Number", aka.TaxID},
	{"C.I.F.", aka.TaxID},
	{"N.I.F.", aka.TaxID},
	{"Paraguayan tax identification number", aka.TaxID},
	{"Romanian Tax Registration", aka.TaxID},
	{"Numero Unico de Identificacao Tributaria (NUIT)", aka.TaxID},

	// Other personal documents.
	{"Birth Certificate Number", aka.OtherDoc},
	{"Driver's License No.", aka.OtherDoc},
	{"Residency Number", aka.OtherDoc},
	{"Military Registration Number", aka.OtherDoc},
	{"Cartilla de Servicio Militar Nacional", aka.OtherDoc},
	{"C.U.I.P.", aka.OtherDoc},
	{"VisaNumberID", aka.OtherDoc},
	{"Immigration No.", aka.OtherDoc},
	{"Seafarer's Identification Document", aka.OtherDoc},
	{"Pilot License Number", aka.OtherDoc},
	{"Romanian Permanent Resident CAN", aka.OtherDoc},
	{"Public Security and Immigration No.", aka.OtherDoc},
	{"SRE Permit No.", aka.OtherDoc},

	// Registration numbers of organizations.
	{"Registration Number", aka.OtherDoc},
	{"Registration ID", aka.OtherDoc},
	{"Business Registration Number", aka.OtherDoc},
	{"Business Registration Document #", aka.OtherDoc},
	{"Business Number", aka.OtherDoc},
	{"Company Number", aka.OtherDoc},
	{"UK Company Number", aka.OtherDoc},
	{"Commercial Registry Number", aka.OtherDoc},
	{"C.R. No.", aka.OtherDoc},
	{"Romanian C.R.", aka.OtherDoc},
	{"Government Gazette Number", aka.OtherDoc},
	{"Unified Social Credit Code (USCC)", aka.OtherDoc},
	{"United Social Credit Code Certificate (USCCC)", aka.OtherDoc},
	{"Legal Entity Number", aka.OtherDoc},
	{"Economic Register Number (CBLS)", aka.OtherDoc},
	{"Trade License No.", aka.OtherDoc},
	{"Folio Mercantil No.", aka.OtherDoc},
	{"Matricula Mercantil No", aka.OtherDoc},
	{"Chamber of Commerce Number", aka.OtherDoc},
	{"D-U-N-S Number", aka.OtherDoc},
	{"Central Registration System Number", aka.OtherDoc},
	{"Istanbul Chamber of Comm. No.", aka.OtherDoc},
	{"Dubai Chamber of Commerce Membership No.", aka.OtherDoc},
	{"Enterprise Number", aka.OtherDoc},
	{"Branch Unit Number", aka.OtherDoc},
	{"Certificate of Incorporation Number", aka.OtherDoc},
	{"Registration Certificate Number (Dubai)", aka.OtherDoc},
	{"Registered Charity No.", aka.OtherDoc},
	{"Public Registration Number", aka.OtherDoc},
	{"Organization Code", aka.OtherDoc},
	{"MSB Registration Number", aka.OtherDoc},
	{"C.I.N.", aka.OtherDoc},
	{"SWIFT/BIC", aka.OtherDoc},
	{"BIK (RU)", aka.OtherDoc},
	{"License", aka.OtherDoc},
	{"Permit Number", aka.OtherDoc},

	// Vessels and aircraft.
	{"Vessel Registration Identification", aka.OtherDoc},
	{"MMSI", aka.OtherDoc},
	{"Other Vessel Call Sign", aka.OtherDoc},
	{"Aircraft Manufacturer's Serial Number (MSN)", aka.OtherDoc},
	{"Aircraft Construction Number (also called L/N or S/N or F/N)", aka.OtherDoc},
	{"Aircraft Serial Identification", aka.OtherDoc},
	{"Aircraft Tail Number", aka.OtherDoc},
	{"Previous Aircraft Tail Number", aka.OtherDoc},
	{"Aircraft Mode S Transponder Code", aka.OtherDoc},
})

type ofacDocKey struct {
	key string
	typ aka.DocumentType
}

func ofacSortKeys(keys []ofacDocKey) []ofacDocKey {
	slices.SortStableFunc(keys, func(a, b ofacDocKey) int { return len(b.key) - len(a.key) })
	return keys
}

// ofacParseRemarks reads the identity details in an sdn.csv Remarks text:
// items separated by ";" such as "DOB 21 Jul 1997", "alt. DOB 1993", "POB
// Baghdad, Iraq", "nationality Iraq", "citizen Iraq", "Gender Male",
// "Passport AB850901 (Tanzania) issued 2010", "a.k.a. 'ABU X'". Items it does
// not know, and values it cannot read, are left to the Remarks text, which
// the entity keeps whole; it never fails. cc may be nil.
func ofacParseRemarks(s string, cc ofacCountries) ofacFacts {
	var f ofacFacts
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	for _, item := range strings.Split(s, ";") {
		item = strings.TrimSpace(item)
		if len(item) > 5 && strings.EqualFold(item[:5], "alt. ") {
			item = strings.TrimSpace(item[5:])
		}
		if n, ok := ofacWeakName(item); ok {
			f.names = append(f.names, n)
			continue
		}
		if v, ok := ofacKey(item, "DOB"); ok {
			b, err := aka.ParseBirthDate(v)
			if err != nil {
				f.badDOBs++
				continue
			}
			if !slices.Contains(f.birthDates, b) {
				f.birthDates = append(f.birthDates, b)
			}
			continue
		}
		if v, ok := ofacKey(item, "POB"); ok {
			if v != "" {
				f.birthPlaces = append(f.birthPlaces, aka.Place{Text: v, Country: ofacPlaceCountry(v, cc)})
			}
			continue
		}
		if v, ok := ofacKey(item, "Nationality of Registration"); ok {
			if c := cc.code(v); c != "" {
				f.nationalities = ofacAppendOnce(f.nationalities, c)
			}
			continue
		}
		if v, ok := ofacKey(item, "nationality"); ok {
			if c := cc.code(v); c != "" {
				f.nationalities = ofacAppendOnce(f.nationalities, c)
			}
			continue
		}
		if v, ok := ofacKey(item, "citizen"); ok {
			if c := cc.code(v); c != "" {
				f.citizenships = ofacAppendOnce(f.citizenships, c)
			}
			continue
		}
		if v, ok := ofacKey(item, "Gender"); ok {
			if g := aka.ParseGender(v); g != "" {
				f.gender = g
			}
			continue
		}
		for _, k := range ofacDocKeys {
			v, ok := ofacKey(item, k.key)
			if !ok {
				continue
			}
			if d, ok := ofacParseDoc(k, v, cc); ok {
				f.documents = append(f.documents, d)
			}
			break
		}
	}
	return f
}

// ofacKey reports whether item starts with key as whole words (compared
// ignoring case), and returns the rest without a leading ":".
func ofacKey(item, key string) (string, bool) {
	if len(item) < len(key) || !strings.EqualFold(item[:len(key)], key) {
		return "", false
	}
	rest := item[len(key):]
	if rest != "" && rest[0] != ' ' && rest[0] != ':' && !strings.HasSuffix(key, "#") {
		return "", false
	}
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":")), true
}

// ofacWeakName reads "a.k.a. 'NAME'", "f.k.a. 'NAME'" and "n.k.a. 'NAME'",
// OFAC's weak aliases. Names may hold apostrophes ("a.k.a. 'ABU 'ABDALLAH'"),
// so the name runs from the first quote to the last; an item without its
// closing quote was cut short by the 1,000-character limit and is skipped.
func ofacWeakName(item string) (aka.Name, bool) {
	if len(item) < 7 {
		return aka.Name{}, false
	}
	n := aka.Name{Quality: aka.Weak}
	switch strings.ToLower(item[:7]) {
	case "a.k.a. ":
		n.Kind = aka.Alias
	case "f.k.a. ":
		n.Kind = aka.Former
	case "n.k.a. ":
		n.Kind, n.Note = aka.Alias, "n.k.a."
	default:
		return aka.Name{}, false
	}
	v := strings.TrimSpace(item[7:])
	if len(v) < 2 || v[0] != '\'' || v[len(v)-1] != '\'' {
		return aka.Name{}, false
	}
	v = v[1 : len(v)-1]
	// ''NAME'': a nickname quoted within the quotes.
	if len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'' {
		v = v[1 : len(v)-1]
	}
	n.Full = strings.TrimSpace(v)
	return n, n.Full != ""
}

// ofacPlaceCountry finds the country of a place of birth: a country in
// parentheses at the end, its last two parts ("Pyongyang, Korea, North"),
// its last part, or the whole text. Places given without a country
// ("Monterrey, Nuevo Leon", "Kaliningrad") get none.
func ofacPlaceCountry(s string, cc ofacCountries) string {
	parts := strings.Split(s, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	// "Tunisi (Tunisia)", "Yubna, Gaza (Palestinian Authority)".
	if last := parts[len(parts)-1]; strings.HasSuffix(last, ")") {
		if i := strings.LastIndexByte(last, '('); i >= 0 {
			if c := cc.code(last[i+1 : len(last)-1]); c != "" {
				return c
			}
			parts[len(parts)-1] = strings.TrimSpace(last[:i])
		}
	}
	if n := len(parts); n >= 2 {
		if c := cc.code(parts[n-2] + ", " + parts[n-1]); c != "" {
			return c
		}
		return cc.code(parts[n-1])
	}
	return cc.code(s)
}

// ofacNumberEnds mark the end of a document number.
var ofacNumberEnds = []string{"(", " issued", " expires", " expired", " Issue Date", ", "}

// ofacParseDoc reads what follows a document key: "AB850901 (Tanzania)
// issued 2010 expires 2020" gives the number, the issuing country from the
// parenthesis, and the rest as a note.
func ofacParseDoc(k ofacDocKey, v string, cc ofacCountries) (aka.Document, bool) {
	v = strings.TrimSpace(strings.TrimLeft(v, " :#"))
	end := len(v)
	for _, m := range ofacNumberEnds {
		if i := strings.Index(v, m); i >= 0 && i < end {
			end = i
		}
	}
	number, rest := strings.TrimSpace(v[:end]), v[end:]
	typeText := k.key
	// "Vessel Registration Identification IMO 9187629", "Identification
	// Number IMO 5342883": IMO ship and company numbers, whatever the key.
	if after, ok := strings.CutPrefix(number, "IMO "); ok {
		typeText, number = "IMO", strings.TrimSpace(after)
		k.typ = aka.OtherDoc
	}
	if aka.NormalizeDocumentNumber(number) == "" {
		return aka.Document{}, false
	}
	var country string
	var notes []string
	for rest != "" {
		open := strings.IndexByte(rest, '(')
		text := rest
		if open >= 0 {
			text = rest[:open]
		}
		for _, p := range strings.Split(text, ",") {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			if c := cc.code(p); country == "" && c != "" {
				country = c
			} else {
				notes = append(notes, p)
			}
		}
		if open < 0 {
			break
		}
		closing := strings.IndexByte(rest[open:], ')')
		if closing < 0 {
			notes = append(notes, strings.TrimSpace(rest[open:]))
			break
		}
		g := rest[open+1 : open+closing]
		if c := cc.code(g); country == "" && c != "" {
			country = c
		} else if g = strings.TrimSpace(g); g != "" {
			notes = append(notes, "("+g+")")
		}
		rest = rest[open+closing+1:]
	}
	return ofacDoc(k.typ, typeText, number, country, strings.Join(notes, ", ")), true
}
