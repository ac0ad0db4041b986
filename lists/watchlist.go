package lists

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/countries"
	"github.com/akascreen/aka/names"
)

// A CSV watchlist is an agency's own list: a header row, then one person or
// organization per row. Its columns are known by name, in any order and any
// case, with spaces and hyphens read as underscores ("Date of Birth" is
// date_of_birth). wlColumns maps each accepted name to the field it fills.
//
// Cells that hold several values (aliases, birth dates, nationalities,
// document numbers, programs) separate them with ";" or "|". In a file
// delimited by semicolons such a cell must be quoted, as CSV quotes any cell
// that holds its delimiter.
//
// Columns the reader does not know are kept, as "column: value", in Remarks.
var wlColumns = map[string]string{
	"id": "id", "ref": "id", "reference": "id", "record_id": "id", "entry_id": "id",
	"name": "name", "full_name": "name", "fullname": "name", "whole_name": "name",
	"aliases": "aliases", "alias": "aliases", "aka": "aliases", "other_names": "aliases", "also_known_as": "aliases",
	"birth_date": "birth_date", "dob": "birth_date", "date_of_birth": "birth_date", "birthdate": "birth_date", "birth_dates": "birth_date",
	"birth_place": "birth_place", "place_of_birth": "birth_place", "pob": "birth_place",
	"nationality": "nationality", "nationalities": "nationality", "citizenship": "nationality",
	"gender": "gender", "sex": "gender",
	"document_number": "document_number", "document": "document_number", "document_numbers": "document_number",
	"passport": "passport", "passport_number": "passport", "passport_no": "passport",
	"id_number": "id_number", "national_id": "id_number",
	"document_type":    "document_type",
	"document_country": "document_country", "document_issuer": "document_country", "issuing_country": "document_country",
	"type": "type", "schema": "type", "entity_type": "type",
	"program": "program", "programs": "program", "programme": "program", "list": "program", "regime": "program",
	"remarks": "remarks", "remark": "remarks", "notes": "remarks", "comment": "remarks", "comments": "remarks",
	"address":  "address",
	"position": "position", "function": "position",
	"title":     "title",
	"listed_on": "listed_on", "listing_date": "listed_on", "date_listed": "listed_on",
}

// sniffWatchlist reports whether head starts a CSV watchlist: its first line
// is a header row, delimited by commas, semicolons or tabs, with a name or
// full_name column. It leaves OFAC's sdn.csv (no header, a numeric first
// field) and the UK OFSI CSV (a "Last Updated" line, then "Name 6" and "Group
// ID" columns) to their own readers.
func sniffWatchlist(head []byte) bool {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	line, _, _ := bytes.Cut(head, []byte("\n"))
	line = bytes.TrimSpace(line)
	if len(line) == 0 || line[0] == '<' || line[0] == '{' || line[0] == '[' {
		return false
	}
	if bytes.HasPrefix(bytes.ToLower(line), []byte("last updated")) {
		return false
	}
	cols := wlSplitHeader(string(line), wlDelimiter(line))
	if len(cols) == 0 {
		return false
	}
	if _, err := strconv.Atoi(cols[0]); err == nil {
		return false // OFAC: ent_num first, no header
	}
	named := false
	for _, c := range cols {
		switch c {
		case "name_6", "group_id", "group_type":
			return false // UK OFSI
		}
		if wlColumns[c] == "name" {
			named = true
		}
	}
	return named
}

// wlDelimiter picks the delimiter of a header line: the most frequent of
// comma, semicolon and tab outside quotes, comma on a tie.
func wlDelimiter(line []byte) rune {
	var n [3]int
	quoted := false
	for _, c := range line {
		switch c {
		case '"':
			quoted = !quoted
		case ',':
			if !quoted {
				n[0]++
			}
		case ';':
			if !quoted {
				n[1]++
			}
		case '\t':
			if !quoted {
				n[2]++
			}
		}
	}
	switch {
	case n[1] > n[0] && n[1] >= n[2]:
		return ';'
	case n[2] > n[0] && n[2] > n[1]:
		return '\t'
	}
	return ','
}

// wlSplitHeader splits a header line and folds each column name: lower
// case, spaces and hyphens as underscores.
func wlSplitHeader(line string, delim rune) []string {
	r := csv.NewReader(strings.NewReader(line))
	r.Comma = delim
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	rec, err := r.Read()
	if err != nil {
		return nil
	}
	for i, c := range rec {
		rec[i] = wlFold(c)
	}
	return rec
}

func wlFold(c string) string {
	c = strings.ToLower(strings.TrimSpace(c))
	c = strings.NewReplacer(" ", "_", "-", "_").Replace(c)
	return c
}

// ReadWatchlist reads a CSV watchlist (see wlColumns). Entity ids are
// "watchlist:<id>" from the id column or, when the file has none, the
// 1-based number of the data row (the header excluded). Every row needs a
// name. Birth dates take the forms aka.ParseBirthDate reads; a birth date,
// nationality, document country, gender or type that cannot be read is an
// error naming its line and column, since an agency's own list is expected
// to be clean. The file has no version: Header.Version is "".
func ReadWatchlist(r io.Reader, src Source, emit func(*aka.Entity) error) (Header, error) {
	var h Header
	br := bufio.NewReaderSize(r, 64<<10)
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
		_, _ = br.Discard(3) // cannot fail: the bytes are buffered
	}
	head, _ := br.Peek(64 << 10) // a short read is fine: the delimiter needs only the header line
	head, _, _ = bytes.Cut(head, []byte("\n"))
	cr := csv.NewReader(br)
	cr.Comma = wlDelimiter(head)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err == io.EOF {
		return h, &aka.ParseError{File: src.File, Pos: "line 1", Err: errors.New("empty file: want a header row")}
	}
	if err != nil {
		return h, wlCSVError(src.File, err)
	}
	hl, _ := cr.FieldPos(0)
	headerPos := fmt.Sprintf("line %d", hl)
	field := make([]string, len(header)) // what each column fills, "" for an unknown column
	cols := make([]string, len(header))  // the column names as written
	seenField := make(map[string]int)
	for i, c := range header {
		cols[i] = strings.TrimSpace(c)
		if cols[i] == "" {
			cols[i] = fmt.Sprintf("column %d", i+1)
		}
		f := wlColumns[wlFold(c)]
		if f == "" {
			continue
		}
		if j, dup := seenField[f]; dup && f != "remarks" {
			return h, &aka.ParseError{File: src.File, Pos: headerPos, Field: cols[i],
				Err: fmt.Errorf("column %q fills the same field as column %q", cols[i], cols[j])}
		}
		seenField[f] = i
		field[i] = f
	}
	if _, ok := seenField["name"]; !ok {
		return h, &aka.ParseError{File: src.File, Pos: headerPos, Err: errors.New("no name column (name or full_name)")}
	}
	_, hasID := seenField["id"]

	ids := make(map[string]int) // id -> line, to report a repeated id where it repeats
	row := 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return h, wlCSVError(src.File, err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line
		}
		row++
		if len(rec) > len(header) {
			return h, &aka.ParseError{File: src.File, Pos: fmt.Sprintf("line %d", line),
				Err: fmt.Errorf("%d fields, the header has %d", len(rec), len(header))}
		}
		e, col, err := wlConvert(rec, field, cols, row, hasID)
		if err != nil {
			if col >= 0 && col < len(rec) {
				line, _ = cr.FieldPos(col)
			}
			fieldName := ""
			if col >= 0 {
				fieldName = cols[col]
			}
			return h, &aka.ParseError{File: src.File, Pos: fmt.Sprintf("line %d", line), Field: fieldName, Err: err}
		}
		if prev, dup := ids[e.ID]; dup {
			return h, &aka.ParseError{File: src.File, Pos: fmt.Sprintf("line %d", line), Field: cols[seenField["id"]],
				Err: fmt.Errorf("id %q already used on line %d", e.SourceID, prev)}
		}
		ids[e.ID] = line
		if err := emit(e); err != nil {
			return h, &aka.ParseError{File: src.File, Pos: fmt.Sprintf("line %d", line), Err: err}
		}
	}
	return h, nil
}

func wlCSVError(file string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &aka.ParseError{File: file, Pos: fmt.Sprintf("line %d", pe.Line), Err: pe.Err}
	}
	return &aka.ParseError{File: file, Err: err}
}

// wlConvert turns one row into an entity. On error it returns the index of
// the bad column, or -1.
func wlConvert(rec, field, cols []string, row int, hasID bool) (*aka.Entity, int, error) {
	e := &aka.Entity{Type: aka.Person, Source: "watchlist"}
	var remarks []string
	var docNumbers []wlDocNumber
	docType, docTypeText, docCountry := aka.DocumentType(""), "", ""
	nameCol := -1
	for i, v := range rec {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		switch field[i] {
		case "id":
			e.SourceID = v
		case "name":
			nameCol = i
			full := wlSpace(v)
			e.Names = append([]aka.Name{{Full: full, Kind: aka.Primary, Quality: aka.Strong, Script: names.Script(full)}}, e.Names...)
		case "aliases":
			for _, a := range wlSplit(v) {
				e.Names = append(e.Names, aka.Name{Full: a, Kind: aka.Alias, Quality: aka.Strong, Script: names.Script(a)})
			}
		case "birth_date":
			for _, s := range wlSplit(v) {
				bd, err := aka.ParseBirthDate(s)
				if err != nil {
					return nil, i, err
				}
				if !slices.Contains(e.BirthDates, bd) {
					e.BirthDates = append(e.BirthDates, bd)
				}
			}
		case "birth_place":
			for _, s := range wlSplit(v) {
				e.BirthPlaces = append(e.BirthPlaces, aka.Place{Text: s, Country: wlPlaceCountry(s)})
			}
		case "nationality":
			for _, s := range wlSplit(v) {
				c := countries.Code(s)
				if c == "" {
					return nil, i, fmt.Errorf("%q names no country", s)
				}
				if !slices.Contains(e.Nationalities, c) {
					e.Nationalities = append(e.Nationalities, c)
				}
			}
		case "gender":
			g := aka.ParseGender(v)
			if g == "" {
				switch strings.ToLower(v) {
				case "u", "unknown", "x", "other", "-":
				default:
					return nil, i, fmt.Errorf("gender %q: want M, F, male, female, X or unknown", v)
				}
			}
			e.Gender = g
		case "document_number", "passport", "id_number":
			// A passport or id_number column says the type; a document_number
			// column takes it from document_type.
			typ := map[string]aka.DocumentType{"passport": aka.Passport, "id_number": aka.NationalID}[field[i]]
			for _, s := range wlSplit(v) {
				docNumbers = append(docNumbers, wlDocNumber{s, typ, cols[i]})
			}
		case "document_type":
			docType, docTypeText = wlDocType(v), v
		case "document_country":
			c := countries.Code(v)
			if c == "" {
				return nil, i, fmt.Errorf("%q names no country", v)
			}
			docCountry = c
		case "type":
			t, ok := wlType(v)
			if !ok {
				return nil, i, fmt.Errorf("type %q: want person, organization, vessel or aircraft", v)
			}
			e.Type = t
		case "program":
			for _, s := range wlSplit(v) {
				if !slices.Contains(e.Programs, s) {
					e.Programs = append(e.Programs, s)
				}
			}
		case "address":
			e.Addresses = append(e.Addresses, aka.Address{Text: wlSpace(v)})
		case "position":
			e.Positions = append(e.Positions, wlSplit(v)...)
		case "title":
			e.Titles = append(e.Titles, wlSplit(v)...)
		case "listed_on":
			bd, err := aka.ParseBirthDate(v) // the same date forms
			if err != nil || bd.IsRange() || bd.Approximate {
				return nil, i, fmt.Errorf("listing date %q: want one date", v)
			}
			e.ListedOn = bd.Date
		case "remarks":
			remarks = append(remarks, wlSpace(v))
		default:
			remarks = append(remarks, cols[i]+": "+wlSpace(v))
		}
	}
	if nameCol < 0 {
		return nil, slices.Index(field, "name"), errors.New("no name")
	}
	// Drop aliases that repeat the name or each other.
	var kept []aka.Name
	for _, n := range e.Names {
		if !slices.ContainsFunc(kept, func(k aka.Name) bool { return k.Full == n.Full }) {
			kept = append(kept, n)
		}
	}
	e.Names = kept
	if e.SourceID == "" {
		if hasID {
			return nil, slices.Index(field, "id"), errors.New("no id")
		}
		e.SourceID = strconv.Itoa(row)
	}
	e.ID = "watchlist:" + e.SourceID
	for _, d := range docNumbers {
		doc := aka.Document{Type: d.typ, TypeText: d.column, Number: d.number, Normalized: aka.NormalizeDocumentNumber(d.number), Country: docCountry}
		if doc.Type == "" {
			doc.Type, doc.TypeText = docType, docTypeText
			if doc.Type == "" {
				doc.Type = aka.OtherDoc
			}
		}
		e.Documents = append(e.Documents, doc)
	}
	e.Remarks = strings.Join(remarks, "; ")
	return e, -1, nil
}

type wlDocNumber struct {
	number string
	typ    aka.DocumentType // "" when the column does not say
	column string
}

// wlPlaceCountry reads the country of a place of birth from its last
// comma-separated part ("Mosul, Iraq"), or "" when it names none.
func wlPlaceCountry(s string) string {
	if i := strings.LastIndexByte(s, ','); i >= 0 {
		s = s[i+1:]
	}
	return countries.Code(s)
}

// wlDocType reads a document_type cell: "passport", "national ID card",
// "Tax identification number"...
func wlDocType(s string) aka.DocumentType {
	f := wlFold(s)
	switch {
	case strings.Contains(f, "passport") || f == "p":
		return aka.Passport
	case strings.Contains(f, "tax") || f == "tin" || f == "inn":
		return aka.TaxID
	case strings.Contains(f, "national") || strings.Contains(f, "identity") || f == "id" || f == "id_card" || f == "i":
		return aka.NationalID
	}
	return aka.OtherDoc
}

func wlType(s string) (aka.EntityType, bool) {
	switch wlFold(s) {
	case "person", "individual", "p", "i":
		return aka.Person, true
	case "organization", "organisation", "entity", "company", "enterprise", "legalentity", "legal_entity", "e", "o":
		return aka.Organization, true
	case "vessel", "ship":
		return aka.Vessel, true
	case "aircraft", "airplane":
		return aka.Aircraft, true
	}
	return "", false
}

// wlSplit splits a cell of several values at ";" and "|".
func wlSplit(s string) []string {
	var out []string
	for _, v := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' }) {
		if v = wlSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

func wlSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
