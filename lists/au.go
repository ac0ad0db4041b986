package lists

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/countries"
	"github.com/akascreen/aka/names"
	"github.com/xuri/excelize/v2"
)

// The Australian DFAT Consolidated List, as DFAT publishes it in xlsx: a
// header row, then one row per name. A designation's rows share the number of
// its "Reference": "2" is the primary name, "2a", "2b"... its aliases and its
// name in original script ("34c1" also belongs to 34). Each row repeats the
// designation's other details.
//
// DFAT's rows are in reference order but for strays (the 2024-12 list has
// "2940j" between 2989 and 2997), so the reader reads the whole list before
// it emits its entities, in the order of each designation's first row.
//
// Some cells are typed dates (birth dates, control dates, some listing
// dates), which excelize would render as "mm-dd-yy" and lose the century of
// a birth date; the reader takes those cells' raw serial numbers instead.

// auCol is a column of the DFAT list, by its header name.
type auCol int

const (
	auReference auCol = iota
	auName
	auType
	auNameType
	auDOB
	auPlaceOfBirth
	auCitizenship
	auAddress
	auAdditionalInfo
	auListingInfo
	auCommittees
	auControlDate
	auNCols
)

// auHeaders are the header names of the columns, as DFAT writes them.
var auHeaders = [auNCols]string{
	auReference: "Reference", auName: "Name of Individual or Entity", auType: "Type",
	auNameType: "Name Type", auDOB: "Date of Birth", auPlaceOfBirth: "Place of Birth",
	auCitizenship: "Citizenship", auAddress: "Address", auAdditionalInfo: "Additional Information",
	auListingInfo: "Listing Information", auCommittees: "Committees", auControlDate: "Control Date",
}

// auRequired are the columns without which a row cannot be read.
var auRequired = []auCol{auReference, auName, auType, auNameType}

// auHeaderRows is how many rows may come before the header row.
const auHeaderRows = 5

// sniffAU recognizes the DFAT list's header row in a workbook's first rows.
func sniffAU(head []byte) bool {
	return bytes.Contains(head, []byte("Name of Individual or Entity")) && bytes.Contains(head, []byte("Name Type"))
}

// ReadAUXLSX reads the Australian DFAT Consolidated List. The header's
// version is the latest "Control Date" of its rows.
func ReadAUXLSX(r io.Reader, src Source, emit func(*aka.Entity) error) (Header, error) {
	rows, err := openSheet(r)
	if err != nil {
		return Header{}, &aka.ParseError{File: src.File, Err: err}
	}
	defer rows.Close()
	a := auNewReader(src.File)
	for i := 0; ; i++ {
		cells, err := auNext(rows)
		pos := fmt.Sprintf("row %d", rows.Row())
		if err == io.EOF || (err == nil && i >= auHeaderRows) {
			return Header{}, &aka.ParseError{File: src.File, Field: auHeaders[auName],
				Err: errors.New("no header row with a \"Name of Individual or Entity\" column: not the DFAT Consolidated List")}
		}
		if err != nil {
			return Header{}, &aka.ParseError{File: src.File, Pos: pos, Err: err}
		}
		if slices.ContainsFunc(cells, func(c string) bool { return strings.TrimSpace(c) == auHeaders[auName] }) {
			if err := a.header(cells, pos); err != nil {
				return Header{}, err
			}
			break
		}
	}
	for {
		cells, err := auNext(rows)
		pos := fmt.Sprintf("row %d", rows.Row())
		if err == io.EOF {
			break
		}
		if err != nil {
			return Header{}, &aka.ParseError{File: src.File, Pos: pos, Err: err}
		}
		if err := a.row(cells, pos); err != nil {
			return Header{}, err
		}
	}
	for _, g := range a.order {
		if err := emit(g.finish()); err != nil {
			return Header{}, err
		}
	}
	return Header{Version: a.version.String()}, nil
}

// auNext is sheetRows.Next with the cells' raw values: a typed date comes
// back as its serial number, not as the text of its number format.
func auNext(s *sheetRows) ([]string, error) {
	if !s.rows.Next() {
		if err := s.rows.Error(); err != nil {
			return nil, err
		}
		return nil, io.EOF
	}
	s.n++
	return s.rows.Columns(excelize.Options{RawCellValue: true})
}

// auReader gathers the rows of the list into designations.
type auReader struct {
	file    string
	col     [auNCols]int // cell index of each column, -1 when absent
	groups  map[string]*auGroup
	order   []*auGroup
	version aka.PartialDate // the latest control date
	// badDates counts the Date of Birth cells with a date that could not
	// be read; their text is kept in the entity's Remarks.
	badDates int
}

func auNewReader(file string) *auReader {
	a := &auReader{file: file, groups: make(map[string]*auGroup)}
	for i := range a.col {
		a.col[i] = -1
	}
	return a
}

// header finds the columns in the header row.
func (a *auReader) header(cells []string, pos string) error {
	return findColumns(a.col[:], auHeaders[:], auRequired, cells, a.file, pos)
}

// auGroup is one designation being gathered from its rows.
type auGroup = rowGroup

// auReferenceRE splits a reference into the designation's number and the
// name's suffix: "2", "2a", "34c1".
var auReferenceRE = regexp.MustCompile(`^(\d+)([a-z]{0,3}\d{0,2})$`)

// auTypes maps "Type" to entity types.
var auTypes = map[string]aka.EntityType{
	"individual": aka.Person,
	"entity":     aka.Organization,
}

// row adds one row to its designation.
func (a *auReader) row(cells []string, pos string) error {
	get := func(k auCol) string {
		i := a.col[k]
		if i < 0 || i >= len(cells) {
			return ""
		}
		return strings.TrimSpace(strings.ReplaceAll(cells[i], "\u00a0", " "))
	}
	if !slices.ContainsFunc(cells, func(c string) bool { return strings.TrimSpace(c) != "" }) {
		return nil // an empty row
	}
	bad := func(k auCol, err error) error {
		return &aka.ParseError{File: a.file, Pos: pos, Field: auHeaders[k], Err: err}
	}
	m := auReferenceRE.FindStringSubmatch(get(auReference))
	if m == nil {
		return bad(auReference, fmt.Errorf("%q is not a reference", get(auReference)))
	}
	id := m[1]
	full := auSpaces(get(auName))
	if full == "" {
		return bad(auName, errors.New("empty name"))
	}
	typ := strings.ToLower(get(auType))
	g := a.groups[id]
	if g == nil {
		t, ok := auTypes[typ]
		if !ok {
			return bad(auType, fmt.Errorf("%q is not Individual or Entity", get(auType)))
		}
		g = &auGroup{
			e:    &aka.Entity{ID: "au:" + id, Type: t, Source: "au", SourceID: id},
			seen: make(map[string]bool),
		}
		a.groups[id] = g
		a.order = append(a.order, g)
	} else if _, ok := auTypes[typ]; !ok && typ != "" {
		return bad(auType, fmt.Errorf("%q is not Individual or Entity", get(auType)))
	}
	e := g.e

	for _, n := range auNames(full, get(auNameType), g.e.Type != aka.Person) {
		auAddName(g, n)
	}

	if s := get(auDOB); s != "" && g.add("d\x00"+s) {
		dates, ok := auBirthDates(s)
		for _, d := range dates {
			if g.add("D\x00" + d.String()) {
				e.BirthDates = append(e.BirthDates, d)
			}
		}
		if !ok {
			a.badDates++
			g.remark("Date of Birth: " + auSpaces(s))
		}
	}
	for _, p := range auItems(get(auPlaceOfBirth)) {
		if g.add("b\x00" + p) {
			e.BirthPlaces = append(e.BirthPlaces, aka.Place{Text: p, Country: auCountryIn(p)})
		}
	}
	if s := get(auCitizenship); s != "" && g.add("c\x00"+s) {
		for _, p := range auItems(s) {
			cs := auCountries(p)
			if cs == nil {
				g.remark("Citizenship: " + p)
			}
			for _, c := range cs {
				if g.add("C\x00" + c) {
					e.Citizenships = append(e.Citizenships, c)
				}
			}
		}
	}
	for _, p := range auItems(get(auAddress)) {
		if strings.EqualFold(p, "na") || strings.EqualFold(p, "n/a") {
			continue
		}
		if g.add("a\x00" + p) {
			e.Addresses = append(e.Addresses, aka.Address{Text: p, Country: auCountryIn(p)})
		}
	}
	if s := get(auAdditionalInfo); s != "" && g.add("i\x00"+s) {
		g.remark(s)
		if e.Gender == "" {
			if m := auGenderRE.FindStringSubmatch(s); m != nil {
				e.Gender = aka.ParseGender(m[1])
			}
		}
		for _, d := range auPassports(s) {
			if g.add("P\x00" + d.Normalized) {
				e.Documents = append(e.Documents, d)
			}
		}
	}
	if s := get(auListingInfo); s != "" && g.add("l\x00"+s) {
		d, ok := auListedOn(s)
		if ok && (e.ListedOn.IsZero() || auBefore(d, e.ListedOn)) {
			e.ListedOn = d
		}
		if d, err := auSerialDate(s); err == nil {
			g.remark("Listing information: " + d.String())
		} else {
			g.remark("Listing information: " + auSpaces(s))
		}
	}
	if s := auSpaces(get(auCommittees)); s != "" && g.add("p\x00"+s) {
		e.Programs = append(e.Programs, s)
	}
	if s := get(auControlDate); s != "" {
		d, err := auDate(s)
		if err != nil {
			return bad(auControlDate, err)
		}
		if auBefore(a.version, d) {
			a.version = d
		}
	}
	return nil
}

// auNameOf makes the name of a row from its "Name Type": DFAT writes
// "Primary Name", "aka", "Original Script", "Formerly known as" and
// "Previously listed as", in varying case. DFAT does not grade its aliases.
func auNameOf(full, nameType string) aka.Name {
	n := aka.Name{Full: full, Kind: aka.Alias, Quality: aka.Strong, Script: names.Script(full)}
	switch t := strings.ToLower(auSpaces(nameType)); t {
	case "primary name":
		n.Kind = aka.Primary
	case "aka":
	case "original script":
		n.Note = "original script"
	case "formerly known as", "fka":
		n.Kind = aka.Former
	case "previously listed as":
		n.Kind = aka.Former
		n.Note = "previously listed as"
	default:
		n.Note = auSpaces(nameType)
	}
	return n
}

// auNames makes the names of a row's name cell. DFAT writes notes in the
// cell, as the UN writes them in its aliases, and it reads them the same way
// (unSplitName): "Nik Mohammad (previously listed as)" is Nik Mohammad,
// "Rashid Al-Maghribi (The Moroccan)" is Rashid Al-Maghribi with a note, and
// "Ri'ad ... Hijazi (Previously listed as. In Arabic: رياض ... الحجازي)" is
// also the Arabic name. The first name keeps the row's kind; the others,
// an acronym or a name in another script, are aliases of it.
func auNames(full, nameType string, org bool) []aka.Name {
	split, notes := unSplitName(full, org)
	for _, note := range notes {
		for _, s := range unNoteNames(note) {
			n, _ := unSplitName(s, org)
			split = append(split, n...)
		}
	}
	if len(split) == 0 {
		split = []string{full} // all note: keep it whole
	}
	first := auNameOf(split[0], nameType)
	if first.Note != "" {
		notes = append(notes, first.Note)
	}
	first.Note = strings.Join(notes, "; ")
	if first.Kind != aka.Primary && strings.Contains(strings.ToLower(first.Note), "listed as") {
		first.Kind = aka.Former // "(formerly listed as)", "(previously listed as)"
	}
	out := []aka.Name{first}
	for _, s := range split[1:] {
		n := auNameOf(s, nameType)
		if n.Kind == aka.Primary {
			n.Kind = aka.Alias
		}
		out = append(out, n)
	}
	return out
}

// auAddName adds a name unless the designation has it already.
func auAddName(g *auGroup, n aka.Name) {
	for i := range g.e.Names {
		if g.e.Names[i].Full == n.Full {
			if n.Kind == aka.Primary && g.e.Names[i].Kind != aka.Primary {
				g.e.Names[i] = n
			}
			return
		}
	}
	g.e.Names = append(g.e.Names, n)
}

// auMarkerRE finds the "a)", "b)", "(c)" that letter the items of a cell.
var auMarkerRE = regexp.MustCompile(`(?:^|[\s;,.])\(?[a-z]\)\s*`)

// auItems splits a cell into its lettered items, "a) Syria b) Lebanon", or
// its items separated by semicolons.
func auItems(s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range auMarkerRE.Split(s, -1) {
		for _, q := range strings.Split(p, ";") {
			q = auSpaces(strings.Trim(q, " \t\r\n.,;"))
			if q != "" {
				out = append(out, q)
			}
		}
	}
	return out
}

// auDateSepRE separates the dates of a Date of Birth cell: ";", ">>", " or ".
var auDateSepRE = regexp.MustCompile(`\s*(?:;|>>|\bor\b|\band\b)\s*`)

// auBetweenToRE finds "Between 1963 to", which reads as "1963 to".
var auBetweenToRE = regexp.MustCompile(`(?i)^between\s+(\d{4})\s+to\b`)

// auNumericDateRE matches one date in digits, "15/06/1953".
var auNumericDateRE = regexp.MustCompile(`^\d{1,2}/\d{1,2}/\d{4}$`)

// auYearRE finds a year in a piece of text.
var auYearRE = regexp.MustCompile(`\b\d{4}\b`)

// auYearRangeRE finds "1955- 1958", "1955 - 1958", "1955–1958".
var auYearRangeRE = regexp.MustCompile(`\b(\d{4})\s*[-–]\s*(\d{4})\b`)

// auDashDateRE finds "20-Sep-1992".
var auDashDateRE = regexp.MustCompile(`^(\d{1,2})-([A-Za-z]{3,9})-(\d{4})$`)

// auLabelRE strips the labels DFAT puts before a date: "alt DOB:", "DOB:".
var auLabelRE = regexp.MustCompile(`(?i)^(?:alt\.?\s*)?(?:dob|date of birth)\s*:?\s*|^alt\.?\s+`)

// auParenRE finds a parenthetical remark after a date.
var auParenRE = regexp.MustCompile(`\s*\([^)]*\)\s*$`)

// auBirthDates reads a Date of Birth cell: a typed date (its serial number),
// or text with one or more dates ("a) 01/01/1970; b) 1971", "Approximately
// 1955- 1958", "19 Jun. 1951"). ok is false when some date in it could not
// be read.
func auBirthDates(s string) (dates []aka.BirthDate, ok bool) {
	if d, err := auSerialDate(s); err == nil {
		return []aka.BirthDate{{Date: d}}, true
	}
	s = auSpaces(s)
	if strings.EqualFold(s, "na") || strings.EqualFold(s, "n/a") || strings.EqualFold(s, "unknown") {
		return nil, true
	}
	ok = true
	var items []string
	for _, it := range auItems(s) {
		// "Between 1963 to 1968".
		it = auBetweenToRE.ReplaceAllString(it, "$1 to")
		// "Between 1965 and 1969" keeps its "and".
		if strings.HasPrefix(strings.ToLower(it), "between ") {
			items = append(items, it)
			continue
		}
		for _, p := range auDateSepRE.Split(it, -1) {
			// "5/06/1953 15/06/1953": dates separated by spaces only.
			if f := strings.Fields(p); len(f) > 1 && !slices.ContainsFunc(f, func(x string) bool { return !auNumericDateRE.MatchString(x) }) {
				items = append(items, f...)
				continue
			}
			// "1961, 1962": commas separate dates only when the
			// pieces on both sides hold a year ("March 5, 1971").
			parts := strings.Split(p, ",")
			if len(parts) > 1 && !slices.ContainsFunc(parts, func(x string) bool { return !auYearRE.MatchString(x) }) {
				items = append(items, parts...)
			} else {
				items = append(items, p)
			}
		}
	}
	for _, it := range items {
		it = strings.Trim(it, " .,;")
		it = auLabelRE.ReplaceAllString(it, "")
		it = auParenRE.ReplaceAllString(it, "")
		if it == "" {
			continue
		}
		it = auYearRangeRE.ReplaceAllString(it, "$1 to $2")
		if m := auDashDateRE.FindStringSubmatch(it); m != nil {
			it = m[1] + " " + m[2] + " " + m[3]
		}
		d, err := aka.ParseBirthDate(strings.ReplaceAll(it, ".", " "))
		if err != nil {
			d, err = aka.ParseBirthDate(it)
		}
		if err != nil {
			ok = false
			continue
		}
		dates = append(dates, d)
	}
	return dates, ok
}

// auSerialDate reads a typed date cell's raw value: the days since 30
// December 1899 (Excel's epoch, past its 1900 leap-year bug).
func auSerialDate(s string) (aka.PartialDate, error) {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '.'); i > 0 {
		s = s[:i]
	}
	if len(s) != 5 || !auDigits(s) {
		return aka.PartialDate{}, fmt.Errorf("%q is not a date serial number", s)
	}
	n, _ := strconv.Atoi(s)
	t := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	return aka.PartialDate{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}, nil
}

// auShortYearRE finds a date with a two-digit year, "31-Mar-23".
var auShortYearRE = regexp.MustCompile(`^(\d{1,2})[-/ ]([A-Za-z]{3,9}|\d{1,2})[-/ ](\d{2})$`)

// auDate reads a control or listing date: a typed date, "11/11/2024",
// "16-Sep-2024", or "31-Mar-23" (a two-digit year is this century's: the
// list began in 2001).
func auDate(s string) (aka.PartialDate, error) {
	if d, err := auSerialDate(s); err == nil {
		return d, nil
	}
	t := strings.TrimSpace(s)
	if m := auShortYearRE.FindStringSubmatch(t); m != nil {
		t = m[1] + " " + m[2] + " 20" + m[3]
		if auDigits(m[2]) {
			t = m[1] + "/" + m[2] + "/20" + m[3]
		}
	} else if m := auDashDateRE.FindStringSubmatch(t); m != nil {
		t = m[1] + " " + m[2] + " " + m[3]
	}
	b, err := aka.ParseBirthDate(t)
	if err != nil || b.Approximate || b.IsRange() || b.Date.Day == 0 {
		return aka.PartialDate{}, fmt.Errorf("%q is not a date", s)
	}
	return b.Date, nil
}

// auListedOnRE finds the date in "Listed by UN 1267 Committee on 25 January
// 2001 (amended on ...)".
var auListedOnRE = regexp.MustCompile(`(?i)\bon:?\s*(\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})`)

// auListedOn finds the listing date in a Listing Information cell: a typed
// date, a date alone, or the first "on <date>" that is not "Last listed on".
func auListedOn(s string) (aka.PartialDate, bool) {
	if d, err := auDate(s); err == nil {
		return d, true
	}
	for _, m := range auListedOnRE.FindAllStringSubmatchIndex(s, -1) {
		// "Last listed on: 16/09/2022" is a re-listing, not the first.
		if strings.HasSuffix(strings.ToLower(strings.TrimSpace(s[max(0, m[0]-12):m[0]])), "last listed") {
			continue
		}
		if b, err := aka.ParseBirthDate(strings.ReplaceAll(s[m[2]:m[3]], ".", "")); err == nil && !b.Approximate && !b.IsRange() {
			return b.Date, true
		}
	}
	return aka.PartialDate{}, false
}

// auGenderRE finds "Gender: male" in Additional Information.
var auGenderRE = regexp.MustCompile(`(?i)\bgender\s*:\s*([a-z]+)`)

// auPassportRE finds the passport numbers that Additional Information states
// plainly: "Tunisian passport number L191609", "Passport No.: N4325853",
// "Passport P00018023 (Egypt)". The number must be one token with a digit;
// anything less plain ("Passport no.: a) ...", "OA 454044") stays in Remarks
// only.
var auPassportRE = regexp.MustCompile(`(?i)(?:\b([A-Za-z]+)\s+)?passport(?:\s+(?:no\.?|number|#))?\s*:?\s+([A-Z]{0,3}[0-9][A-Z0-9/-]{4,})\b(?:\s*\(([A-Za-z ]+)\))?`)

// auPassports returns the passports that Additional Information states.
func auPassports(s string) []aka.Document {
	var docs []aka.Document
	for _, m := range auPassportRE.FindAllStringSubmatch(s, -1) {
		num := strings.TrimRight(m[2], "/-")
		d := aka.Document{Type: aka.Passport, TypeText: "Passport", Number: num, Normalized: aka.NormalizeDocumentNumber(num)}
		if c := countries.Code(m[3]); c != "" {
			d.Country = c
		} else if c := countries.Code(m[1]); c != "" {
			d.Country = c
		}
		docs = append(docs, d)
	}
	return docs
}

// auCountryNames are DFAT's spellings of countries that countries.Code does
// not know.
var auCountryNames = map[string]string{
	"dprk":                             "kp",
	"occupied palestinian territories": "ps",
}

func auCountry(s string) string {
	if c := countries.Code(s); c != "" {
		return c
	}
	return auCountryNames[strings.ToLower(strings.TrimSpace(s))]
}

// auCountries returns the codes of the one or more countries s names ("Iraq",
// "Syria, Lebanon", "Russia and Israel"), or nil when some part of it is not
// a country.
func auCountries(s string) []string {
	if c := auCountry(s); c != "" {
		return []string{c}
	}
	var cs []string
	for _, p := range auListSepRE.Split(s, -1) {
		if p == "" {
			continue
		}
		c := auCountry(p)
		if c == "" {
			return nil
		}
		cs = append(cs, c)
	}
	return cs
}

var auListSepRE = regexp.MustCompile(`\s*(?:[,;/]|\band\b)\s*`)

// auCountryIn returns the country at the end of a place or address, "Kandahar
// Province, Afghanistan", or "".
func auCountryIn(s string) string {
	s = strings.TrimRight(s, " .")
	if i := strings.LastIndexByte(s, ','); i >= 0 {
		s = s[i+1:]
	}
	return auCountry(s)
}

// auSpaces trims s and collapses its runs of white space into one space.
func auSpaces(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// auBefore reports whether a is earlier than b.
func auBefore(a, b aka.PartialDate) bool {
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	if a.Month != b.Month {
		return a.Month < b.Month
	}
	return a.Day < b.Day
}

// auDigits reports whether s is a non-empty string of ASCII digits.
func auDigits(s string) bool {
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
