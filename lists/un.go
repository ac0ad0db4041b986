package lists

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/countries"
	"github.com/akascreen/aka/names"
)

// The UN Security Council consolidated list is one XML document,
// CONSOLIDATED_LIST (dateGenerated) holding INDIVIDUALS/INDIVIDUAL and
// ENTITIES/ENTITY; its schema is https://www.un.org/sc/resources/sc-sanctions.xsd.
// ReadUN decodes one INDIVIDUAL or ENTITY element at a time, emits it and
// forgets it.
//
// The list writes more into its name fields than names. What this reader makes
// of them, from reading the 2025-04-19, 2026-01-28 and 2026-02-27 files:
//
//   - An ALIAS_NAME may hold several spellings: separated by ";" (or the
//     Arabic comma "،"), by " / ", or enumerated "a) ... b) ...". Each is a name.
//   - A parenthesized group at the end of an ALIAS_NAME (or of an entity's
//     FIRST_NAME) holds names when it is in another script than the text
//     before it ("حسن غول (Hassan Ghul; Hassan Gul)", "Jin Tiesan (金铁三)"),
//     when it is a list separated by ";" without digits, when it starts with
//     "original script:", or, for entities, when it is an acronym of the words
//     before it ("Al-Qaida in Yemen (AQY)"). Any other such group is not a name
//     ("(previously listed as)", "(birth name)", "(PAKISTAN)", "(martyrs)"): it
//     is cut from the name and kept in the name's Note. Groups elsewhere in the
//     name ("Leader (Hong Kong) International Trading Limited", "(Sheikh) Musa
//     Hilal") stay as written.
//   - A name written in two scripts one after the other ("Agha Jan Alizai اغا
//     جان عالیزی") gives one name per script.
//   - An alias NOTE gives names from text after "original script:", "in
//     Arabic:", "in Arabic script:" or "transliterations:"; from a
//     parenthesized list separated by ";" ("(Abu Du’a; Abu Duaa’) prominently
//     known by this nom de guerre"); from a parenthesized group in another
//     script than the Latin note around it; and from a note that is itself a
//     list of names (";"-separated, or ","-separated when followed by
//     "(transliterations ...)"), with no digits or ":" in it. The note stays on
//     the alias it belongs to. Names found this way share the alias's kind and
//     quality.
//
// An entity's FIRST_NAME is kept whole as its primary name; the names the
// rules above find in it are added as strong aliases.
//
// QUALITY: "Good" and "a.k.a." are strong aliases, "Low" weak ones, "f.k.a."
// a strong former name; an alias with a name but no quality is strong.

// sniffUN reports whether head starts a CONSOLIDATED_LIST document, after an
// optional byte order mark, XML declaration, comments or DOCTYPE.
func sniffUN(head []byte) bool {
	b := bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	for {
		b = bytes.TrimLeft(b, " \t\r\n")
		var end []byte
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(b, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(b, []byte("<!")):
			end = []byte(">")
		default:
			rest, ok := bytes.CutPrefix(b, []byte("<CONSOLIDATED_LIST"))
			if !ok {
				return false
			}
			return len(rest) == 0 || bytes.IndexByte([]byte(" \t\r\n>/"), rest[0]) >= 0
		}
		i := bytes.Index(b[2:], end)
		if i < 0 {
			return false
		}
		b = b[2+i+len(end):]
	}
}

// ReadUN reads the UN Security Council consolidated list XML.
func ReadUN(r io.Reader, src Source, emit func(*aka.Entity) error) (Header, error) {
	d := xml.NewDecoder(r)
	var h Header
	rd := unReader{src: src, d: d}
	depth := 0
	rootSeen := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			if !rootSeen {
				return Header{}, rd.errorf("", "no CONSOLIDATED_LIST element")
			}
			return h, nil
		}
		if err != nil {
			return Header{}, rd.xmlError(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 1 {
				if rootSeen {
					return Header{}, rd.errorf(t.Name.Local, "a second root element after CONSOLIDATED_LIST")
				}
				if t.Name.Local != "CONSOLIDATED_LIST" {
					return Header{}, rd.errorf(t.Name.Local, "root element is %s, want CONSOLIDATED_LIST", t.Name.Local)
				}
				rootSeen = true
				v, err := unVersion(t)
				if err != nil {
					return Header{}, rd.wrap("CONSOLIDATED_LIST/@dateGenerated", err)
				}
				h.Version = v
				rd.version = v
				continue
			}
			if t.Name.Local != "INDIVIDUAL" && t.Name.Local != "ENTITY" {
				continue
			}
			e, err := rd.record(t)
			if err != nil {
				return Header{}, err
			}
			depth-- // DecodeElement consumed the end element
			if err := emit(e); err != nil {
				var pe *aka.ParseError
				if errors.As(err, &pe) {
					return Header{}, err
				}
				return Header{}, rd.wrap("", err)
			}
			rd.elem, rd.ref = "", ""
		case xml.EndElement:
			depth--
		case xml.CharData:
			if depth == 0 && len(bytes.TrimSpace(t)) > 0 {
				return Header{}, rd.errorf("", "text outside the root element")
			}
		}
	}
}

// unVersion reads the dateGenerated attribute ("2026-01-28T00:00:11.197Z")
// as YYYY-MM-DD. A list without one has no version.
func unVersion(t xml.StartElement) (string, error) {
	for _, a := range t.Attr {
		if a.Name.Local != "dateGenerated" {
			continue
		}
		v := strings.TrimSpace(a.Value)
		if v == "" {
			return "", nil
		}
		d, err := unParseDate(v)
		if err != nil {
			return "", err
		}
		if d.Day == 0 {
			return "", fmt.Errorf("date %q: want YYYY-MM-DD", v)
		}
		return d.String(), nil
	}
	return "", nil
}

// unReader holds what errors need to say where they are.
type unReader struct {
	src         Source
	d           *xml.Decoder
	version     string
	individuals int
	entities    int
	// The record being read: its element, number, reference and line.
	elem string
	n    int
	ref  string
	line int
}

// pos says where the reader is: the line, and the record when inside one.
func (rd *unReader) pos(line int) string {
	if line == 0 {
		line, _ = rd.d.InputPos()
	}
	s := fmt.Sprintf("line %d", line)
	if rd.elem != "" {
		s += fmt.Sprintf(", %s %d", rd.elem, rd.n)
		if rd.ref != "" {
			s += " (" + rd.ref + ")"
		}
	}
	return s
}

func (rd *unReader) errorf(field, format string, args ...any) *aka.ParseError {
	return &aka.ParseError{File: rd.src.File, Pos: rd.pos(0), Field: field, Err: fmt.Errorf(format, args...)}
}

func (rd *unReader) wrap(field string, err error) *aka.ParseError {
	return &aka.ParseError{File: rd.src.File, Pos: rd.pos(0), Field: field, Err: err}
}

// fieldError reports a bad value at a line (0: the record's line).
func (rd *unReader) fieldError(line int, field string, err error) *aka.ParseError {
	if line == 0 {
		line = rd.line
	}
	return &aka.ParseError{File: rd.src.File, Pos: rd.pos(line), Field: field, Err: err}
}

func (rd *unReader) xmlError(err error) *aka.ParseError {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return &aka.ParseError{File: rd.src.File, Pos: rd.pos(se.Line), Err: fmt.Errorf("XML syntax error: %s", se.Msg)}
	}
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	return rd.wrap("", err)
}

// The XML elements, as the schema names them. Fields that need a line number
// for errors decode through unmarshalers that record it.
type unRecord struct {
	First          string       `xml:"FIRST_NAME"`
	Second         string       `xml:"SECOND_NAME"`
	Third          string       `xml:"THIRD_NAME"`
	Fourth         string       `xml:"FOURTH_NAME"`
	OriginalScript string       `xml:"NAME_ORIGINAL_SCRIPT"`
	ListType       string       `xml:"UN_LIST_TYPE"`
	Ref            string       `xml:"REFERENCE_NUMBER"`
	ListedOn       unLineText   `xml:"LISTED_ON"`
	Gender         string       `xml:"GENDER"`
	Comments       string       `xml:"COMMENTS1"`
	Titles         []string     `xml:"TITLE>VALUE"`
	Designations   []string     `xml:"DESIGNATION>VALUE"`
	Nationalities  []string     `xml:"NATIONALITY>VALUE"`
	Aliases        []unAlias    `xml:"INDIVIDUAL_ALIAS"`
	EntityAliases  []unAlias    `xml:"ENTITY_ALIAS"`
	Addresses      []unAddress  `xml:"INDIVIDUAL_ADDRESS"`
	EntityAddrs    []unAddress  `xml:"ENTITY_ADDRESS"`
	BirthDates     []unDOB      `xml:"INDIVIDUAL_DATE_OF_BIRTH"`
	BirthPlaces    []unPOB      `xml:"INDIVIDUAL_PLACE_OF_BIRTH"`
	Documents      []unDocument `xml:"INDIVIDUAL_DOCUMENT"`
}

type unLineText struct {
	Line int
	Text string
}

func (v *unLineText) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	v.Line, _ = d.InputPos()
	return d.DecodeElement(&v.Text, &start)
}

type unAlias struct {
	Line int
	unAliasFields
}

type unAliasFields struct {
	Quality      string `xml:"QUALITY"`
	Name         string `xml:"ALIAS_NAME"`
	DateOfBirth  string `xml:"DATE_OF_BIRTH"`
	CityOfBirth  string `xml:"CITY_OF_BIRTH"`
	CountryBirth string `xml:"COUNTRY_OF_BIRTH"`
	Note         string `xml:"NOTE"`
}

func (v *unAlias) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	v.Line, _ = d.InputPos()
	return d.DecodeElement(&v.unAliasFields, &start)
}

type unDOB struct {
	Line int
	unDOBFields
}

type unDOBFields struct {
	Type     string `xml:"TYPE_OF_DATE"`
	Date     string `xml:"DATE"`
	Year     string `xml:"YEAR"`
	FromYear string `xml:"FROM_YEAR"`
	ToYear   string `xml:"TO_YEAR"`
	Note     string `xml:"NOTE"`
}

func (v *unDOB) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	v.Line, _ = d.InputPos()
	return d.DecodeElement(&v.unDOBFields, &start)
}

type unPOB struct {
	Street   string `xml:"STREET"`
	City     string `xml:"CITY"`
	Province string `xml:"STATE_PROVINCE"`
	Country  string `xml:"COUNTRY"`
	Note     string `xml:"NOTE"`
}

type unAddress struct {
	Street   string `xml:"STREET"`
	City     string `xml:"CITY"`
	Province string `xml:"STATE_PROVINCE"`
	Zip      string `xml:"ZIP_CODE"`
	Country  string `xml:"COUNTRY"`
	Note     string `xml:"NOTE"`
}

type unDocument struct {
	Line int
	unDocumentFields
}

type unDocumentFields struct {
	Type           string `xml:"TYPE_OF_DOCUMENT"`
	Type2          string `xml:"TYPE_OF_DOCUMENT2"`
	Number         string `xml:"NUMBER"`
	IssuingCountry string `xml:"ISSUING_COUNTRY"`
	CountryOfIssue string `xml:"COUNTRY_OF_ISSUE"`
	DateOfIssue    string `xml:"DATE_OF_ISSUE"`
	CityOfIssue    string `xml:"CITY_OF_ISSUE"`
	Note           string `xml:"NOTE"`
}

func (v *unDocument) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	v.Line, _ = d.InputPos()
	return d.DecodeElement(&v.unDocumentFields, &start)
}

// record decodes one INDIVIDUAL or ENTITY element and converts it.
func (rd *unReader) record(start xml.StartElement) (*aka.Entity, error) {
	rd.elem = start.Name.Local
	rd.ref = ""
	rd.line, _ = rd.d.InputPos()
	if rd.elem == "INDIVIDUAL" {
		rd.individuals++
		rd.n = rd.individuals
	} else {
		rd.entities++
		rd.n = rd.entities
	}
	var rec unRecord
	if err := rd.d.DecodeElement(&rec, &start); err != nil {
		return nil, rd.xmlError(err)
	}
	rd.ref = unClean(rec.Ref)
	e, err := rd.entity(&rec)
	if err != nil {
		return nil, err
	}
	return e, nil
}

func (rd *unReader) entity(rec *unRecord) (*aka.Entity, error) {
	if rd.ref == "" {
		return nil, rd.fieldError(0, "REFERENCE_NUMBER", errors.New("missing"))
	}
	e := &aka.Entity{
		ID:          "un:" + rd.ref,
		Type:        aka.Person,
		Source:      "un",
		SourceID:    rd.ref,
		ListVersion: rd.version,
	}
	org := rd.elem == "ENTITY"
	if org {
		e.Type = aka.Organization
	}
	var remarks []string
	if c := unClean(rec.Comments); c != "" {
		remarks = append(remarks, c)
	}
	ns := unNames{}
	seen := make(map[string]bool) // see unAppendNew

	// The primary name.
	if org {
		full := unClean(rec.First)
		if !unHasLetter(full) {
			return nil, rd.fieldError(0, "FIRST_NAME", unNoName(full))
		}
		ns.add(aka.Name{Full: full, Kind: aka.Primary, Quality: aka.Strong})
		if split, _ := unSplitName(full, true); len(split) > 1 || (len(split) == 1 && !strings.EqualFold(split[0], full)) {
			for _, s := range split {
				ns.add(aka.Name{Full: s, Kind: aka.Alias, Quality: aka.Strong})
			}
		}
	} else {
		var parts []aka.NamePart
		var words []string
		for i, p := range []string{rec.First, rec.Second, rec.Third, rec.Fourth} {
			p = unClean(p)
			if p == "" {
				continue
			}
			kind := aka.OtherName
			if i == 0 {
				kind = aka.GivenName
			}
			parts = append(parts, aka.NamePart{Kind: kind, Value: p})
			words = append(words, p)
		}
		if full := strings.Join(words, " "); !unHasLetter(full) {
			return nil, rd.fieldError(0, "FIRST_NAME", unNoName(full))
		}
		ns.add(aka.Name{Full: strings.Join(words, " "), Kind: aka.Primary, Quality: aka.Strong, Parts: parts})
	}
	if s := unClean(rec.OriginalScript); s != "" {
		ns.add(aka.Name{Full: s, Kind: aka.Alias, Quality: aka.Strong})
	}

	// Aliases.
	aliasElem := "INDIVIDUAL_ALIAS"
	if org {
		aliasElem = "ENTITY_ALIAS"
	}
	for _, a := range append(rec.Aliases, rec.EntityAliases...) {
		if err := rd.alias(e, &ns, seen, a, org, aliasElem); err != nil {
			return nil, err
		}
	}
	e.Names = ns.list

	// Birth dates, places, nationalities.
	for _, b := range rec.BirthDates {
		bd, ok, remark, err := unBirthDate(b)
		if err != nil {
			return nil, rd.fieldError(b.Line, "INDIVIDUAL_DATE_OF_BIRTH/"+err.field, err.err)
		}
		if ok {
			e.BirthDates = unAppendNew(e.BirthDates, seen, "d"+bd.String(), bd)
		}
		if remark != "" {
			remarks = append(remarks, remark)
		}
	}
	for _, p := range rec.BirthPlaces {
		if pl, ok := unPlace(p.Street, p.City, p.Province, p.Country, p.Note); ok {
			e.BirthPlaces = unAppendNew(e.BirthPlaces, seen, "p"+strings.ToLower(pl.Text), pl)
		}
	}
	for _, v := range rec.Nationalities {
		v = unClean(v)
		if unAbsent(v) {
			continue
		}
		if c := countries.Code(v); c != "" {
			e.Nationalities = unAppendNew(e.Nationalities, seen, "n"+c, c)
		} else {
			remarks = append(remarks, "nationality: "+v)
		}
	}
	e.Gender = aka.ParseGender(rec.Gender)
	for _, v := range rec.Titles {
		if v = unClean(v); !unAbsent(v) {
			e.Titles = unAppendNew(e.Titles, seen, "t"+v, v)
		}
	}
	for _, v := range rec.Designations {
		if v = unClean(v); !unAbsent(v) {
			e.Positions = unAppendNew(e.Positions, seen, "o"+v, v)
		}
	}
	if v := unClean(rec.ListType); v != "" {
		e.Programs = []string{v}
	}
	if v := unClean(rec.ListedOn.Text); v != "" {
		d, err := unParseDate(v)
		if err != nil {
			return nil, rd.fieldError(rec.ListedOn.Line, "LISTED_ON", err)
		}
		e.ListedOn = d
	}

	// Documents and addresses.
	for _, doc := range rec.Documents {
		dd, ok, remark, err := unDoc(doc.unDocumentFields)
		if err != nil {
			return nil, rd.fieldError(doc.Line, "INDIVIDUAL_DOCUMENT/DATE_OF_ISSUE", err)
		}
		if ok {
			e.Documents = append(e.Documents, dd)
		}
		if remark != "" {
			remarks = append(remarks, remark)
		}
	}
	for _, a := range append(rec.Addresses, rec.EntityAddrs...) {
		if ad, ok := unAddr(a); ok {
			e.Addresses = append(e.Addresses, ad)
		}
	}
	e.Remarks = strings.Join(remarks, "\n")
	return e, nil
}

// alias adds the names of one INDIVIDUAL_ALIAS or ENTITY_ALIAS, and the birth
// date and place it carries.
func (rd *unReader) alias(e *aka.Entity, ns *unNames, seen map[string]bool, a unAlias, org bool, elem string) error {
	kind, quality := unQuality(a.Quality)
	note := unClean(a.Note)
	split, notes := unSplitName(a.Name, org)
	if note != "" {
		for _, s := range unNoteNames(note) {
			n, _ := unSplitName(s, org)
			split = append(split, n...)
		}
		notes = append(notes, note)
	}
	for i, s := range split {
		n := aka.Name{Full: s, Kind: kind, Quality: quality}
		if i == 0 {
			n.Note = strings.Join(notes, "; ")
		}
		ns.add(n)
	}
	if len(split) == 0 && len(notes) > 0 && unClean(a.Name) != "" {
		// A name that is all note, such as "(birth name)": keep it whole.
		ns.add(aka.Name{Full: unClean(a.Name), Kind: kind, Quality: quality, Note: note})
	}
	if v := unClean(a.DateOfBirth); v != "" {
		d, err := unParseDate(v)
		if err != nil {
			return rd.fieldError(a.Line, elem+"/DATE_OF_BIRTH", err)
		}
		bd := aka.BirthDate{Date: d}
		e.BirthDates = unAppendNew(e.BirthDates, seen, "d"+bd.String(), bd)
	}
	if pl, ok := unPlace("", a.CityOfBirth, "", a.CountryBirth, ""); ok {
		e.BirthPlaces = unAppendNew(e.BirthPlaces, seen, "p"+strings.ToLower(pl.Text), pl)
	}
	return nil
}

// unNoName is the error for a primary name with no letter in it, which
// would leave the entity named only by its aliases.
func unNoName(full string) error {
	if full == "" {
		return errors.New("no name")
	}
	return fmt.Errorf("no name: %q has no letter", full)
}

// unQuality maps an alias QUALITY to a name kind and quality.
func unQuality(q string) (aka.NameKind, aka.Quality) {
	switch strings.ToLower(unClean(q)) {
	case "low", "weak":
		return aka.Alias, aka.Weak
	case "f.k.a.", "fka":
		return aka.Former, aka.Strong
	}
	return aka.Alias, aka.Strong // "Good", "a.k.a.", or none
}

// unNames collects an entity's names, dropping repeats (compared without case
// and extra space) and keeping the strongest of them.
type unNames struct {
	list []aka.Name
	seen map[string]int
}

func (ns *unNames) add(n aka.Name) {
	n.Full = unClean(n.Full)
	if !unHasLetter(n.Full) {
		return
	}
	n.Script = names.Script(n.Full)
	k := strings.ToLower(n.Full)
	if ns.seen == nil {
		ns.seen = make(map[string]int)
	}
	if i, ok := ns.seen[k]; ok {
		old := &ns.list[i]
		if old.Quality == aka.Weak && n.Quality == aka.Strong {
			old.Quality = aka.Strong
			old.Kind = n.Kind
		}
		if old.Note == "" {
			old.Note = n.Note
		}
		return
	}
	ns.seen[k] = len(ns.list)
	ns.list = append(ns.list, n)
}

// unFieldErr is a bad value in a child element of the one being converted.
type unFieldErr struct {
	field string
	err   error
}

// unBirthDate reads one INDIVIDUAL_DATE_OF_BIRTH. ok is false for an empty
// one. A NOTE that is a date ("August 1961") is read when the element has no
// other date; a NOTE saying "Approximately" marks the date approximate; any
// other note becomes a remark so that it is not lost.
func unBirthDate(b unDOB) (bd aka.BirthDate, ok bool, remark string, ferr *unFieldErr) {
	typ := strings.ToUpper(unClean(b.Type))
	note := unClean(b.Note)
	date, year, from, to := unClean(b.Date), unClean(b.Year), unClean(b.FromYear), unClean(b.ToYear)
	bd.Approximate = typ == "APPROXIMATELY"
	if strings.EqualFold(strings.TrimSuffix(note, "."), "approximately") {
		bd.Approximate = true
		note = ""
	}
	var err error
	switch {
	case date != "":
		if bd.Date, err = unParseDate(date); err != nil {
			return bd, false, "", &unFieldErr{"DATE", err}
		}
	case year != "":
		if bd.Date, err = unParseYear(year); err != nil {
			return bd, false, "", &unFieldErr{"YEAR", err}
		}
	case from != "" || to != "":
		if from != "" {
			if bd.Date, err = unParseYear(from); err != nil {
				return bd, false, "", &unFieldErr{"FROM_YEAR", err}
			}
		}
		if to != "" {
			if bd.To, err = unParseYear(to); err != nil {
				return bd, false, "", &unFieldErr{"TO_YEAR", err}
			}
		}
		switch {
		case bd.Date.IsZero():
			bd.Date, bd.To = bd.To, aka.PartialDate{}
		case bd.To.IsZero() || bd.To == bd.Date:
			bd.To = aka.PartialDate{}
		case bd.To.Year < bd.Date.Year:
			return bd, false, "", &unFieldErr{"TO_YEAR", fmt.Errorf("range %s to %s ends before it starts", from, to)}
		}
	case note != "" && !strings.ContainsAny(note, "()"):
		// "Nov. 1973", "August 1961": a date written only in the note.
		if p, err := aka.ParseBirthDate(strings.ReplaceAll(note, ".", "")); err == nil {
			p.Approximate = p.Approximate || bd.Approximate
			return p, true, "", nil
		}
		return bd, false, "date of birth: " + note, nil
	default:
		if note != "" {
			return bd, false, "date of birth: " + note, nil
		}
		return bd, false, "", nil
	}
	if note != "" {
		remark = "date of birth " + bd.String() + ": " + note
	}
	return bd, true, remark, nil
}

// unParseDate reads a date as the list writes it: "1971-03-05", sometimes
// with a time or time zone after it ("2015-04-07-04:00"), or a year.
func unParseDate(s string) (aka.PartialDate, error) {
	if len(s) > 10 && s[4] == '-' && s[7] == '-' && strings.IndexByte("T+-Z ", s[10]) >= 0 {
		s = s[:10]
	}
	return aka.ParseISODate(s)
}

func unParseYear(s string) (aka.PartialDate, error) {
	d, err := aka.ParseISODate(s)
	if err != nil {
		return d, err
	}
	if d.Month != 0 {
		return aka.PartialDate{}, fmt.Errorf("year %q: want YYYY", s)
	}
	return d, nil
}

// unPlace joins the parts of a place of birth, "Street, City, State,
// Country (note)", dropping a part that repeats the one before it.
func unPlace(street, city, province, country, note string) (aka.Place, bool) {
	country = unClean(country)
	if unAbsent(country) {
		country = ""
	}
	var parts []string
	for _, p := range []string{street, city, province, country} {
		p = unClean(p)
		if p == "" || (len(parts) > 0 && strings.EqualFold(parts[len(parts)-1], p)) {
			continue
		}
		parts = append(parts, p)
	}
	text := strings.Join(parts, ", ")
	if note = unClean(note); note != "" {
		if text == "" {
			text = note
		} else {
			text += " (" + strings.TrimSuffix(strings.TrimPrefix(note, "("), ")") + ")"
		}
	}
	if text == "" {
		return aka.Place{}, false
	}
	return aka.Place{Text: text, Country: countries.Code(country)}, true
}

// unAppendNew appends v to list unless key is in seen, so that an entity's
// repeated dates, places and values are kept once.
func unAppendNew[T any](list []T, seen map[string]bool, key string, v T) []T {
	if seen[key] {
		return list
	}
	seen[key] = true
	return append(list, v)
}

// unAbsent reports whether a value says nothing: "", "na", "n/a".
func unAbsent(s string) bool {
	switch strings.ToLower(s) {
	case "", "na", "n/a", "n.a.", "-", "none", "unknown":
		return true
	}
	return false
}

// unDoc converts one INDIVIDUAL_DOCUMENT. A document with no number keeps
// its number when its note gives one after a word such as "number" ("Tunisian
// passport number L 191609 issued on..."); otherwise it is not a document
// that can be matched, and its text becomes a remark.
func unDoc(f unDocumentFields) (doc aka.Document, ok bool, remark string, err error) {
	typ, typ2 := unClean(f.Type), unClean(f.Type2)
	number, note := unClean(f.Number), unClean(f.Note)
	country := unClean(f.IssuingCountry)
	if unAbsent(country) {
		country = unClean(f.CountryOfIssue)
	}
	if unAbsent(country) {
		country = ""
	}
	city := unClean(f.CityOfIssue)
	date := unClean(f.DateOfIssue)
	if typ == "" && typ2 == "" && number == "" && note == "" && country == "" && city == "" && date == "" {
		return doc, false, "", nil
	}
	doc.TypeText = typ
	if typ2 != "" && !strings.EqualFold(strings.TrimRight(typ2, ": "), typ) {
		if typ == "" {
			doc.TypeText = typ2
		} else {
			doc.TypeText = typ + " (" + strings.TrimRight(typ2, ": ") + ")"
		}
	}
	doc.Type = unDocType(typ, typ2)
	doc.Country = countries.Code(country)
	if doc.Country == "" && country == "" && city != "" {
		// CITY_OF_ISSUE sometimes holds the country.
		if c := countries.Code(city); c != "" {
			doc.Country, city = c, ""
		}
	}
	var notes []string
	if country != "" && doc.Country == "" {
		notes = append(notes, "issued by "+country)
	}
	if date != "" {
		d, err := unParseDate(date)
		if err != nil {
			return doc, false, "", err
		}
		notes = append(notes, "issued on "+d.String())
	}
	if city != "" {
		notes = append(notes, "issued in "+city)
	}
	if number != "" {
		doc.Number = number
		core, rest := unDocNumber(number, false)
		doc.Normalized = aka.NormalizeDocumentNumber(core)
		if c := countries.Code(rest); c != "" && doc.Country == "" {
			doc.Country = c // "403062567 (US)"
		} else if rest != "" {
			notes = append(notes, rest)
		}
		if note != "" {
			notes = append(notes, note)
		}
	} else if core, _ := unDocNumber(note, true); core != "" {
		doc.Number = core
		doc.Normalized = aka.NormalizeDocumentNumber(core)
		notes = append(notes, note)
	} else if core, _ := unDocNumber(typ2, true); core != "" {
		// "Afghan national identification card (tazkira) number 545167"
		doc.Number = core
		doc.Normalized = aka.NormalizeDocumentNumber(core)
		if note != "" {
			notes = append(notes, note)
		}
	}
	if doc.Normalized == "" {
		text := doc.TypeText
		if text == "" {
			text = "document"
		}
		all := notes
		if number != "" {
			all = append([]string{number}, all...)
		} else if note != "" && !unContains(all, note) {
			all = append(all, note)
		}
		return aka.Document{}, false, text + ": " + strings.Join(all, "; "), nil
	}
	doc.Note = strings.Join(notes, "; ")
	return doc, true, "", nil
}

func unContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// unDocType reads the document type from TYPE_OF_DOCUMENT and the more
// specific TYPE_OF_DOCUMENT2 ("National Identification Number" / "Birth
// certificate").
func unDocType(typ, typ2 string) aka.DocumentType {
	for _, t := range []string{typ2, typ} {
		t = strings.ToLower(t)
		if t == "" {
			continue
		}
		switch {
		case strings.Contains(t, "passport"), strings.Contains(t, "pasaporte"), strings.Contains(t, "passeport"):
			return aka.Passport
		case strings.Contains(t, "fiscal"), strings.Contains(t, "tax"):
			return aka.TaxID
		case strings.Contains(t, "certificate"), strings.Contains(t, "ration"), strings.Contains(t, "driv"),
			strings.Contains(t, "student"), strings.Contains(t, "voter"), strings.Contains(t, "military"),
			strings.Contains(t, "serviceman"), strings.Contains(t, "residen"), strings.Contains(t, "fardc"),
			strings.Contains(t, "other"):
			return aka.OtherDoc
		case strings.Contains(t, "national"), strings.Contains(t, "identi"), strings.Contains(t, "civil"),
			strings.Contains(t, "tazkira"), strings.Contains(t, "social security"), strings.Contains(t, "id card"):
			return aka.NationalID
		}
	}
	return aka.OtherDoc
}

// unNumberWords are the words after which a note gives a document number.
var unNumberWords = map[string]bool{
	"number": true, "number:": true, "no.": true, "no": true, "no.:": true, "nr.": true,
	"code:": true, "card": true, "ssn": true, "n°": true,
}

// unDocNumber finds the number in a NUMBER field or note that also holds
// words: "Libyan passport No. 513519", "563210184 (Expires 18 Jun. 2018)",
// "PS 472330208". The number runs from the first word with a digit, taking
// one short capital prefix before it ("PS", "DE-"), to the first word with a
// lower-case letter. rest is the parenthesized text cut from it. With
// keyword, the number must follow one of unNumberWords or open the text.
func unDocNumber(s string, keyword bool) (core, rest string) {
	rest = strings.Join(unGroups(s), "; ")
	words := strings.Fields(unOutsideGroups(s))
	start := -1
	for i, w := range words {
		if strings.ContainsAny(w, "0123456789") {
			start = i
			break
		}
	}
	if start < 0 {
		return "", rest
	}
	if start > 0 && unIsPrefixCode(words[start-1]) {
		start--
	}
	if keyword && start > 0 && !unNumberWords[strings.ToLower(words[start-1])] {
		return "", rest
	}
	var kept []string
	for i := start; i < len(words); i++ {
		w := words[i]
		if unHasLower(w) {
			// "8208 No. 555627": a series, then the number.
			if unNumberWords[strings.ToLower(w)] && i+1 < len(words) && unHasDigit(words[i+1]) {
				continue
			}
			break
		}
		kept = append(kept, w)
	}
	core = strings.TrimRight(strings.Join(kept, " "), ",;.")
	return core, rest
}

// unIsPrefixCode reports whether w is a short capital prefix of a document
// number ("PS", "BN", "DE-", "TR-P"), not a word like "SSN" or "No.".
func unIsPrefixCode(w string) bool {
	if len(w) > 4 || unNumberWords[strings.ToLower(w)] {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '-':
		default:
			return false
		}
	}
	return letters > 0
}

func unAddr(a unAddress) (aka.Address, bool) {
	ad := aka.Address{
		Street:     unClean(a.Street),
		City:       unClean(a.City),
		Region:     unClean(a.Province),
		PostalCode: unClean(a.Zip),
		Note:       unClean(a.Note),
	}
	country := unClean(a.Country)
	if unAbsent(country) {
		country = ""
	}
	ad.Country = countries.Code(country)
	var parts []string
	for _, p := range []string{ad.Street, ad.City, strings.TrimSpace(ad.Region + " " + ad.PostalCode), country} {
		if p != "" && (len(parts) == 0 || !strings.EqualFold(parts[len(parts)-1], p)) {
			parts = append(parts, p)
		}
	}
	ad.Text = strings.Join(parts, ", ")
	if ad.Text == "" && ad.Note == "" {
		return aka.Address{}, false
	}
	return ad, true
}

// unClean trims s and collapses runs of white space, such as the line breaks
// the list keeps from its PDF origins, into one space.
func unClean(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c == '\n' || c == '\t' || c == '\r' ||
			(c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ')) {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

func unHasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func unHasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func unHasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// SplitName returns the names one name field holds, by the rules this
// package reads the UN list's name fields with (see ReadUN): names in two
// scripts, lists separated by ";" or " / ", and a trailing parenthesized
// group that holds names (another script, an organization's acronym or the
// words of one). Remarks ("(PAKISTAN)", "(birth name)") are left out. org
// says the name is an organization's. A field that holds one name gives it
// alone.
func SplitName(s string, org bool) []string {
	out, _ := unSplitName(s, org)
	return out
}

// unSplitName splits one name field into the names it holds and the text
// that is not a name (see the rules at the top of this file). org enables
// acronyms, which only entity names have.
func unSplitName(s string, org bool) (out, notes []string) {
	return unSplitNameDepth(s, org, 0)
}

// unMaxSplitDepth bounds how deep unSplitName looks into nested lists and
// parentheses; real names need three levels. It keeps hostile input linear.
const unMaxSplitDepth = 6

func unSplitNameDepth(s string, org bool, depth int) (out, notes []string) {
	s = unTrimName(s)
	if s == "" {
		return nil, nil
	}
	if depth >= unMaxSplitDepth {
		return []string{s}, nil
	}
	split := func(parts []string) {
		for _, p := range parts {
			n, no := unSplitNameDepth(p, org, depth+1)
			out = append(out, n...)
			notes = append(notes, no...)
		}
	}
	if parts := unSplitEnum(s); len(parts) > 1 {
		split(parts)
		return out, notes
	}
	if parts := unSplitTop(s, ";", "،", " / "); len(parts) > 1 {
		split(parts)
		return out, notes
	}
	if head, inner, ok := unTrailingGroup(s); ok {
		if head == "" {
			return unSplitNameDepth(inner, org, depth+1)
		}
		if unGroupHasNames(head, inner, org) {
			inner = unCutLabel(inner, "original script:")
			split([]string{head, inner})
			return out, notes
		}
		split([]string{head})
		if !strings.EqualFold(inner, "original script") {
			notes = append(notes, inner)
		}
		return out, notes
	}
	if i := unBornAt(s); i > 0 {
		notes = append(notes, strings.TrimLeft(s[i:], ", "))
		s = strings.TrimSpace(s[:i])
	}
	if i := strings.LastIndex(s, " - "); i > 0 && unIsLabel(s[i+3:]) {
		notes = append(notes, s[i+3:])
		s = strings.TrimSpace(s[:i])
	}
	return append(out, unSplitScripts(s)...), notes
}

// unBornAt returns where a birth date written into a name starts, or -1:
// "Safia Farkash Mohammed Al-Hadad, born 1 Jan. 1953 (...)", "Mohammad Ishaq
// Akhund born in 1963". A "born" with no digit after it is left alone.
func unBornAt(s string) int {
	for off := 0; ; {
		i := unIndexFold(s[off:], " born ")
		if i < 0 {
			return -1
		}
		i += off
		if unHasDigit(s[i:]) {
			if i > 0 && s[i-1] == ',' {
				i--
			}
			return i
		}
		off = i + len(" born ")
	}
}

// unTrimName trims space, stray separators and unbalanced parentheses at the
// ends of a name: ") Abdelrahman...", "... Noor Mohmad (...),".
func unTrimName(s string) string {
	s = unClean(s)
	for {
		t := strings.Trim(s, " ,;،")
		if strings.HasPrefix(t, ")") {
			t = t[1:]
		}
		if strings.HasSuffix(t, "(") {
			t = t[:len(t)-1]
		}
		if t == s {
			return s
		}
		s = t
	}
}

// unSplitEnum splits "a) X b) Y" and "X b) Y" at the enumeration letters.
func unSplitEnum(s string) []string {
	var parts []string
	last, open := 0, 0
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case '(':
			open++
		case ')':
			open--
		}
		if s[i+1] != ')' || s[i] < 'a' || s[i] > 'h' {
			continue
		}
		if (i > 0 && s[i-1] != ' ') || (i+2 < len(s) && s[i+2] != ' ') {
			continue
		}
		if open > 0 {
			continue // "(... b) ..." inside parentheses: not an enumeration we split
		}
		if p := strings.TrimSpace(s[last:i]); p != "" {
			parts = append(parts, p)
		}
		last = i + 2
	}
	if last == 0 {
		return nil
	}
	if p := strings.TrimSpace(s[last:]); p != "" {
		parts = append(parts, p)
	}
	return parts
}

// unSplitTop splits s at any of seps outside parentheses.
func unSplitTop(s string, seps ...string) []string {
	var parts []string
	depth, last := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
			continue
		case ')':
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth > 0 {
			continue
		}
		for _, sep := range seps {
			if strings.HasPrefix(s[i:], sep) {
				parts = append(parts, s[last:i])
				last = i + len(sep)
				i = last - 1
				break
			}
		}
	}
	if parts == nil {
		return nil
	}
	return append(parts, s[last:])
}

// unTrailingGroup splits "head (inner)" when s ends with a balanced
// parenthesized group.
func unTrailingGroup(s string) (head, inner string, ok bool) {
	if !strings.HasSuffix(s, ")") {
		return "", "", false
	}
	depth := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1 : len(s)-1]), true
			}
		}
	}
	return "", "", false
}

// unGroupHasNames decides whether the trailing group inner of a name holds
// names rather than a remark about head.
func unGroupHasNames(head, inner string, org bool) bool {
	if inner == "" {
		return false
	}
	if unCutLabel(inner, "original script:") != inner {
		return true
	}
	if unIsLabel(inner) || unLanguages[strings.ToLower(inner)] {
		return false // "(original script)", "(martyrs)", "(birth name)", "(Tigrinya)"
	}
	hs, is := names.Script(head), names.Script(inner)
	if hs != "" && is != "" && hs != is {
		return true
	}
	if len(unSplitTop(inner, ";")) > 1 && !unHasDigit(inner) {
		return true
	}
	// An acronym, or the words it stands for after it: "Al-Qaida in
	// Yemen (AQY)", "ADF (ALLIED DEMOCRATIC FORCES)".
	return org && (unIsAcronym(inner, head) || unIsAcronym(head, inner))
}

// unLanguages are languages that lists name after a name written in them,
// DFAT's "ኤርሚኣስ ግርማይ (Tigrinya)": a label, not a romanization.
var unLanguages = map[string]bool{
	"arabic": true, "persian": true, "farsi": true, "dari": true, "pashto": true, "urdu": true,
	"russian": true, "ukrainian": true, "belarusian": true, "chinese": true, "korean": true,
	"japanese": true, "hebrew": true, "georgian": true, "greek": true, "amharic": true,
	"tigrinya": true, "somali": true, "kurdish": true, "turkish": true, "serbian": true,
}

// unCutLabel returns s without a leading label, compared without case, or s
// unchanged when it does not start with it.
func unCutLabel(s, label string) string {
	if len(s) >= len(label) && strings.EqualFold(s[:len(label)], label) {
		return strings.TrimSpace(s[len(label):])
	}
	return s
}

// unIsAcronym reports whether a is an acronym of the words of name: "AQAP"
// for "Al-Qaida in the Arabian Peninsula", "ISIL-WA", "LRM/A", "JuA". Its
// letters must be initials of name's words, in order, starting with the
// first, so that "(PAKISTAN)" after "AL-HARAMAIN FOUNDATION" is not one.
func unIsAcronym(a, name string) bool {
	if len(a) < 2 || len(a) > 12 {
		return false
	}
	var letters []rune
	upper := 0
	for _, r := range a {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
			letters = append(letters, r+'a'-'A')
		case r >= 'a' && r <= 'z':
			letters = append(letters, r)
		case r == '-' || r == '/' || r == '&':
		default:
			return false
		}
	}
	if upper < 2 || upper*2 < len(letters) {
		return false
	}
	var initials []rune
	words := strings.FieldsFunc(name, func(r rune) bool {
		return r == ' ' || r == '-' || r == '–' || r == '/'
	})
	for _, w := range words {
		for _, r := range w {
			if unicode.IsLetter(r) {
				initials = append(initials, unicode.ToLower(r))
				break
			}
		}
	}
	// The acronym starts at the first word, or at the second after an
	// article: "Le Groupe Salafiste pour la Prédication et le Combat (GSPC)".
	if len(initials) > 1 && initials[0] != letters[0] && len(words[0]) <= 3 {
		initials = initials[1:]
	}
	if len(initials) == 0 || initials[0] != letters[0] {
		return false
	}
	j := 0
	for _, r := range initials {
		if j < len(letters) && r == letters[j] {
			j++
		}
	}
	return j == len(letters)
}

// unIsLabel reports whether s is a short lower-case remark such as
// "sub-unit name", not part of a name.
func unIsLabel(s string) bool {
	return strings.ContainsFunc(s, unicode.IsLower) && !strings.ContainsFunc(s, unicode.IsUpper) && len(strings.Fields(s)) <= 4
}

// unSplitScripts splits a name written in two scripts one after the other
// into one name per script: "Agha Jan Alizai اغا جان عالیزی".
func unSplitScripts(s string) []string {
	words := strings.Fields(s)
	var runs []string
	start, cur := 0, ""
	for i, w := range words {
		sc := names.Script(w)
		if sc == "" {
			continue
		}
		if cur != "" && sc != cur {
			runs = append(runs, strings.Join(words[start:i], " "))
			start = i
		}
		cur = sc
	}
	if runs == nil {
		return []string{s}
	}
	return append(runs, strings.Join(words[start:], " "))
}

// unNoteLabels introduce names in an alias NOTE.
var unNoteLabels = []string{"original script:", "in arabic script:", "in arabic:", "transliterations:"}

// unNoteNames returns the names an alias NOTE gives (see the rules at the top
// of this file).
func unNoteNames(note string) []string {
	var out []string
	for _, label := range unNoteLabels {
		i := unIndexFold(note, label)
		if i < 0 {
			continue
		}
		rest := note[i+len(label):]
		if j := strings.IndexAny(rest, "()"); j >= 0 {
			rest = rest[:j]
		}
		out = append(out, unSplitTop(rest, ";")...)
		if len(unSplitTop(rest, ";")) == 0 {
			out = append(out, rest)
		}
	}
	// Parenthesized groups: a list of spellings, or another script.
	outside := unOutsideGroups(note)
	for _, g := range unGroups(note) {
		switch {
		case len(unSplitTop(g, ";")) > 1 && !unHasDigit(g):
			out = append(out, unSplitTop(g, ";")...)
		case names.Script(g) != "" && names.Script(g) != "Latin" && names.Script(outside) == "Latin":
			out = append(out, g)
		}
	}
	// A note that is a list of names.
	t, sep := note, []string{";"}
	if head, inner, ok := unTrailingGroup(note); ok && strings.HasPrefix(strings.ToLower(inner), "transliteration") {
		t, sep = head, []string{";", ","}
	}
	if !unHasDigit(t) && !strings.ContainsAny(t, ":()") {
		if items := unSplitTop(t, sep...); len(items) > 1 && unAllNames(items) {
			out = append(out, items...)
		}
	}
	for i := range out {
		out[i] = strings.TrimSpace(out[i])
	}
	return out
}

// unAllNames reports whether every item looks like a name: it starts with a
// capital or a letter of a script without case, and has a few words.
func unAllNames(items []string) bool {
	for _, it := range items {
		it = strings.TrimSpace(it)
		r, _ := utf8.DecodeRuneInString(it)
		if !unicode.IsLetter(r) || unicode.IsLower(r) || len(strings.Fields(it)) > 6 {
			return false
		}
	}
	return true
}

// unGroups returns the contents of the balanced top-level parenthesized
// groups of s.
func unGroups(s string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			if depth == 0 {
				start = i + 1
			}
			depth++
		case ')':
			if depth == 0 {
				continue
			}
			depth--
			if depth == 0 {
				out = append(out, strings.TrimSpace(s[start:i]))
			}
		}
	}
	return out
}

// unOutsideGroups returns s without its parenthesized groups.
func unOutsideGroups(s string) string {
	var b strings.Builder
	depth := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '(':
			depth++
		case s[i] == ')' && depth > 0:
			depth--
			if depth == 0 {
				b.WriteByte(' ')
			}
		case depth == 0:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// unIndexFold is strings.Index ignoring ASCII case, for ASCII labels.
func unIndexFold(s, label string) int {
	for i := 0; i+len(label) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(label)], label) {
			return i
		}
	}
	return -1
}
