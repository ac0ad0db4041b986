package lists

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/countries"
	"github.com/akascreen/aka/names"
)

// The UK OFSI Consolidated List of Financial Sanctions Targets ("ConList"),
// as OFSI publishes it in xlsx and CSV: a "Last Updated" line, a header line,
// then one row per name of a designated person, entity or ship. The rows of
// one designation share a "Group ID" and repeat its other details; a group
// with several addresses or birth dates repeats its names for each.
//
// The rows of a group are not adjacent in OFSI's files (they are sorted by
// name: in the 14/04/2025 list, 3,818 of 4,688 groups come back after other
// groups' rows), so the UK readers, unlike the others, read the whole list
// before they emit its entities, in the order of each group's first row.

// ukCol is a column of the ConList, by its header name.
type ukCol int

const (
	ukName6 ukCol = iota
	ukName1
	ukName2
	ukName3
	ukName4
	ukName5
	ukTitle
	ukNonLatin
	ukNonLatinType
	ukNonLatinLang
	ukDOB
	ukTownOfBirth
	ukCountryOfBirth
	ukNationality
	ukPassportNumber
	ukPassportDetails
	ukNationalIDNumber
	ukNationalIDDetails
	ukPosition
	ukAddress1
	ukAddress2
	ukAddress3
	ukAddress4
	ukAddress5
	ukAddress6
	ukPostCode
	ukCountry
	ukOtherInfo
	ukGroupType
	ukAliasType
	ukAliasQuality
	ukRegime
	ukListedOn
	ukGroupID
	ukNCols
)

// ukHeaders are the header names of the columns, as OFSI writes them.
var ukHeaders = [ukNCols]string{
	ukName6: "Name 6", ukName1: "Name 1", ukName2: "Name 2", ukName3: "Name 3",
	ukName4: "Name 4", ukName5: "Name 5", ukTitle: "Title",
	ukNonLatin: "Name Non-Latin Script", ukNonLatinType: "Non-Latin Script Type",
	ukNonLatinLang: "Non-Latin Script Language", ukDOB: "DOB",
	ukTownOfBirth: "Town of Birth", ukCountryOfBirth: "Country of Birth",
	ukNationality: "Nationality", ukPassportNumber: "Passport Number",
	ukPassportDetails: "Passport Details", ukNationalIDNumber: "National Identification Number",
	ukNationalIDDetails: "National Identification Details", ukPosition: "Position",
	ukAddress1: "Address 1", ukAddress2: "Address 2", ukAddress3: "Address 3",
	ukAddress4: "Address 4", ukAddress5: "Address 5", ukAddress6: "Address 6",
	ukPostCode: "Post/Zip Code", ukCountry: "Country", ukOtherInfo: "Other Information",
	ukGroupType: "Group Type", ukAliasType: "Alias Type", ukAliasQuality: "Alias Quality",
	ukRegime: "Regime", ukListedOn: "Listed On", ukGroupID: "Group ID",
}

// ukRequired are the columns without which a row cannot be read; the others
// may be absent.
var ukRequired = []ukCol{ukName6, ukName1, ukGroupType, ukAliasType, ukGroupID}

// ukHeaderRows is how many rows may come before the header row.
const ukHeaderRows = 10

// sniffUK recognizes the ConList's header line, in CSV or in a workbook's
// first rows: "Name 6" (the surname column) and "Group ID" are OFSI's own.
func sniffUK(head []byte) bool {
	return bytes.Contains(head, []byte("Name 6")) && bytes.Contains(head, []byte("Group ID"))
}

// ReadUKCSV reads the CSV form of the UK OFSI Consolidated List: a first line
// "Last Updated,14/04/2025", then the same columns as the xlsx form.
func ReadUKCSV(r io.Reader, src Source, emit func(*aka.Entity) error) (Header, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	first := true
	next := func() ([]string, string, error) {
		rec, err := cr.Read()
		if err != nil {
			if err == io.EOF {
				return nil, "", io.EOF
			}
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fmt.Sprintf("line %d", pe.Line), pe.Err
			}
			return nil, "", err
		}
		line, _ := cr.FieldPos(0)
		if first && len(rec) > 0 {
			rec[0] = strings.TrimPrefix(rec[0], "\ufeff")
			first = false
		}
		return rec, fmt.Sprintf("line %d", line), nil
	}
	return ukRead(next, src, emit)
}

// ReadUKXLSX reads the xlsx form of the UK OFSI Consolidated List.
func ReadUKXLSX(r io.Reader, src Source, emit func(*aka.Entity) error) (Header, error) {
	rows, err := openSheet(r)
	if err != nil {
		return Header{}, &aka.ParseError{File: src.File, Err: err}
	}
	defer rows.Close()
	next := func() ([]string, string, error) {
		cells, err := rows.Next()
		return cells, fmt.Sprintf("row %d", rows.Row()), err
	}
	return ukRead(next, src, emit)
}

// ukRead reads the list's rows from next, which returns each row's cells and
// position, and io.EOF after the last.
func ukRead(next func() ([]string, string, error), src Source, emit func(*aka.Entity) error) (Header, error) {
	u := ukNewReader(src.File)
	var h Header
	// The header row, after an optional "Last Updated" row.
	for i := 0; ; i++ {
		cells, pos, err := next()
		if err == io.EOF || (err == nil && i >= ukHeaderRows) {
			return h, &aka.ParseError{File: src.File, Field: ukHeaders[ukGroupID],
				Err: errors.New("no header row with a \"Group ID\" column: not the UK OFSI Consolidated List")}
		}
		if err != nil {
			return h, &aka.ParseError{File: src.File, Pos: pos, Err: err}
		}
		if len(cells) >= 2 && strings.EqualFold(strings.TrimSpace(cells[0]), "Last Updated") {
			d, err := ukParseDate(cells[1])
			if err != nil {
				return h, &aka.ParseError{File: src.File, Pos: pos, Field: "Last Updated", Err: err}
			}
			h.Version = d.String()
			continue
		}
		if slices.ContainsFunc(cells, func(c string) bool { return strings.TrimSpace(c) == ukHeaders[ukGroupID] }) {
			if err := u.header(cells, pos); err != nil {
				return h, err
			}
			break
		}
	}
	for {
		cells, pos, err := next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return h, &aka.ParseError{File: src.File, Pos: pos, Err: err}
		}
		if err := u.row(cells, pos); err != nil {
			return h, err
		}
	}
	for _, g := range u.order {
		if err := emit(g.finish()); err != nil {
			return h, err
		}
	}
	return h, nil
}

// ukReader gathers the rows of the list into groups.
type ukReader struct {
	file   string
	col    [ukNCols]int // cell index of each column, -1 when absent
	groups map[string]*ukGroup
	order  []*ukGroup
	// BadDates counts DOB values that aka.ParseBirthDate could not read;
	// they are kept in the entity's Remarks.
	badDates int
}

func ukNewReader(file string) *ukReader {
	u := &ukReader{file: file, groups: make(map[string]*ukGroup)}
	for i := range u.col {
		u.col[i] = -1
	}
	return u
}

// header finds the columns in the header row.
func (u *ukReader) header(cells []string, pos string) error {
	return findColumns(u.col[:], ukHeaders[:], ukRequired, cells, u.file, pos)
}

// ukGroup is one designation being gathered from its rows.
type ukGroup = rowGroup

// ukGroupTypes maps "Group Type" to entity types.
var ukGroupTypes = map[string]aka.EntityType{
	"individual": aka.Person,
	"entity":     aka.Organization,
	"ship":       aka.Vessel,
}

// row adds one row to its group.
func (u *ukReader) row(cells []string, pos string) error {
	get := func(k ukCol) string {
		i := u.col[k]
		if i < 0 || i >= len(cells) {
			return ""
		}
		return strings.TrimSpace(cells[i])
	}
	if !slices.ContainsFunc(cells, func(c string) bool { return strings.TrimSpace(c) != "" }) {
		return nil // an empty row
	}
	bad := func(k ukCol, err error) error {
		return &aka.ParseError{File: u.file, Pos: pos, Field: ukHeaders[k], Err: err}
	}
	id := get(ukGroupID)
	if !ukDigits(id) {
		return bad(ukGroupID, fmt.Errorf("%q is not a group id", id))
	}
	latin := get(ukName1) + get(ukName2) + get(ukName3) + get(ukName4) + get(ukName5) + get(ukName6)
	if strings.TrimSpace(latin) == "" && get(ukNonLatin) == "" {
		return bad(ukName6, errors.New("no name"))
	}
	g := u.groups[id]
	if g == nil {
		t, ok := ukGroupTypes[strings.ToLower(get(ukGroupType))]
		if !ok {
			return bad(ukGroupType, fmt.Errorf("%q is not Individual, Entity or Ship", get(ukGroupType)))
		}
		g = &ukGroup{
			e:    &aka.Entity{ID: "uk:" + id, Type: t, Source: "uk", SourceID: id},
			seen: make(map[string]bool),
		}
		u.groups[id] = g
		u.order = append(u.order, g)
	}
	e := g.e

	// The name in Latin script, and its form in another script.
	if n, ok := ukName(e.Type == aka.Person, get(ukName1), get(ukName2), get(ukName3), get(ukName4), get(ukName5), get(ukName6)); ok {
		ukNameKind(&n, get(ukAliasType), get(ukAliasQuality))
		ukAddName(g, n)
	}
	if s := get(ukNonLatin); s != "" {
		n := aka.Name{Full: ukSpaces(s), Kind: aka.Alias, Quality: aka.Strong, Script: names.Script(s)}
		n.Note = get(ukNonLatinLang)
		if n.Note == "" {
			n.Note = get(ukNonLatinType)
		}
		ukAddName(g, n)
	}
	for _, t := range ukSplit(get(ukTitle)) {
		if g.add("t\x00" + t) {
			e.Titles = append(e.Titles, t)
		}
	}

	// Birth: dates, places.
	if s := get(ukDOB); s != "" && g.add("d\x00"+s) {
		if d, err := aka.ParseBirthDate(s); err == nil {
			e.BirthDates = append(e.BirthDates, d)
		} else {
			u.badDates++
			g.remark("DOB: " + s)
		}
	}
	towns, lands := ukSplit(get(ukTownOfBirth)), ukSplit(get(ukCountryOfBirth))
	for i := range max(len(towns), len(lands)) {
		var town, land string
		if i < len(towns) {
			town = towns[i]
		}
		if i < len(lands) {
			land = lands[i]
		}
		p := aka.Place{Text: ukJoin(", ", town, land), Country: ukCountryCode(land)}
		if p.Text != "" && g.add("b\x00"+p.Text) {
			e.BirthPlaces = append(e.BirthPlaces, p)
		}
	}

	for _, s := range ukSplit(get(ukNationality)) {
		cs := ukCountries(s)
		if cs == nil {
			g.remark("Nationality: " + s)
		}
		for _, c := range cs {
			if g.add("n\x00" + c) {
				e.Nationalities = append(e.Nationalities, c)
			}
		}
	}
	ukDocuments(g, aka.Passport, ukHeaders[ukPassportNumber], get(ukPassportNumber), get(ukPassportDetails))
	ukDocuments(g, aka.NationalID, ukHeaders[ukNationalIDNumber], get(ukNationalIDNumber), get(ukNationalIDDetails))
	for _, p := range ukSplit(get(ukPosition)) {
		if g.add("o\x00" + p) {
			e.Positions = append(e.Positions, p)
		}
	}

	// The address: OFSI's Address 1-6 carry no fixed roles, so they are kept
	// as one line; the postal code and country are split out.
	land := get(ukCountry)
	a := aka.Address{
		PostalCode: get(ukPostCode),
		Country:    ukCountryCode(land),
		Text: ukJoin(", ", get(ukAddress1), get(ukAddress2), get(ukAddress3), get(ukAddress4),
			get(ukAddress5), get(ukAddress6), get(ukPostCode), land),
	}
	if a.Text != "" && g.add("a\x00"+a.Text) {
		e.Addresses = append(e.Addresses, a)
	}

	if s := get(ukOtherInfo); s != "" && g.add("i\x00"+s) {
		g.remark(s)
		if e.Gender == "" {
			if m := ukGenderRE.FindStringSubmatch(s); m != nil {
				e.Gender = aka.ParseGender(m[1])
			}
		}
		for _, ref := range ukUNRefs(s) {
			if g.add("x\x00" + ref) {
				e.CrossRefs = append(e.CrossRefs, ref)
			}
		}
		for _, d := range ukIDs(s) {
			if g.add("d\x00" + string(d.Type) + "\x00" + d.Normalized) {
				e.Documents = append(e.Documents, d)
			}
		}
	}
	if s := get(ukRegime); s != "" && g.add("p\x00"+s) {
		e.Programs = append(e.Programs, s)
	}
	if s := get(ukListedOn); s != "" {
		d, err := ukParseDate(s)
		if err != nil {
			return bad(ukListedOn, err)
		}
		// A group listed under several regimes has several dates: the
		// earliest is when it was first listed.
		if e.ListedOn.IsZero() || ukBefore(d, e.ListedOn) {
			e.ListedOn = d
		}
	}
	return nil
}

// ukCountryNames are OFSI's spellings of countries that countries.Code does
// not know.
var ukCountryNames = map[string]string{
	"congo (democratic republic)":      "cd",
	"dprk":                             "kp",
	"occupied palestinian territories": "ps",
}

// ukCountryCode returns the country code of a country as OFSI writes it, or "".
func ukCountryCode(s string) string {
	if c := countries.Code(s); c != "" {
		return c
	}
	return ukCountryNames[strings.ToLower(strings.TrimSpace(s))]
}

// ukListSepRE separates the countries of an unnumbered list: "Estonia,
// Russia", "Germany. Russia".
var ukListSepRE = regexp.MustCompile(`\s*[.,;/]\s*`)

// ukCountries returns the codes of the one or more countries s names, or nil
// when any part of it is not a country.
func ukCountries(s string) []string {
	if c := ukCountryCode(s); c != "" {
		return []string{c}
	}
	var cs []string
	for _, p := range ukListSepRE.Split(s, -1) {
		if p == "" {
			continue
		}
		c := ukCountryCode(p)
		if c == "" {
			return nil
		}
		cs = append(cs, c)
	}
	return cs
}

// ukName builds the name of a row from Name 1-5 (given, then other parts)
// and Name 6 (the surname), written in that order. Only a person's name is
// given in parts: an organization's or a ship's sits in Name 6 whole.
func ukName(person bool, n1, n2, n3, n4, n5, n6 string) (aka.Name, bool) {
	var n aka.Name
	var full []string
	for i, p := range []string{n1, n2, n3, n4, n5, n6} {
		p = ukSpaces(p)
		if p == "" {
			continue
		}
		kind := aka.OtherName
		switch i {
		case 0:
			kind = aka.GivenName
		case 5:
			kind = aka.FamilyName
		}
		if person {
			n.Parts = append(n.Parts, aka.NamePart{Kind: kind, Value: p})
		}
		full = append(full, p)
	}
	n.Full = strings.Join(full, " ")
	n.Script = names.Script(n.Full)
	return n, n.Full != ""
}

// ukNameKind sets a name's kind and quality from "Alias Type" and "Alias
// Quality". OFSI's alias types are "Primary name", "Primary name variation"
// (another spelling of the primary name), "AKA" and "FKA"; its qualities
// "Good quality" and "Low quality", or nothing, which is taken as good: OFSI
// marks the weak aliases it carries over from the UN list as low quality.
func ukNameKind(n *aka.Name, aliasType, quality string) {
	n.Quality = aka.Strong
	switch strings.ToLower(aliasType) {
	case "primary name":
		n.Kind = aka.Primary
	case "primary name variation":
		n.Kind = aka.Alias
		n.Note = "primary name variation"
	case "aka":
		n.Kind = aka.Alias
	case "fka":
		n.Kind = aka.Former
	default:
		n.Kind = aka.Alias
		n.Note = aliasType
	}
	switch strings.ToLower(quality) {
	case "", "good quality", "good":
	case "low quality", "low":
		n.Quality = aka.Weak
	default:
		n.Note = ukJoin("; ", n.Note, "alias quality: "+quality)
	}
}

// ukAddName adds a name unless the group has it already; a primary name
// seen before as an alias becomes primary.
func ukAddName(g *ukGroup, n aka.Name) {
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

// ukDocuments adds the documents of a number column and its details column,
// both possibly numbered lists: "(1) K048787 (2) 486298" with "(1) Issued in
// Jordan (2) Issued in Jordan".
func ukDocuments(g *ukGroup, t aka.DocumentType, typeText, numbers, details string) {
	nums, dets := ukSplit(numbers), ukSplit(details)
	if len(nums) != len(dets) && len(dets) > 0 {
		// Details that don't pair with the numbers go to each document whole.
		dets = []string{strings.TrimSpace(details)}
	}
	for i, num := range nums {
		d := aka.Document{Type: t, TypeText: typeText, Number: num, Normalized: aka.NormalizeDocumentNumber(num)}
		if d.Normalized == "" {
			continue
		}
		switch {
		case len(dets) == len(nums):
			d.Note = dets[i]
		case len(dets) == 1:
			d.Note = dets[0]
		}
		d.Country = ukDocCountry(d.Note)
		if t == aka.NationalID && ukTaxIDRE.MatchString(d.Note) {
			d.Type = aka.TaxID
		}
		if g.add("D\x00" + string(d.Type) + "\x00" + d.Normalized) {
			g.e.Documents = append(g.e.Documents, d)
		}
	}
}

// ukTaxIDRE recognizes tax numbers among the national identification numbers:
// Russia's INN, "Taxpayer ID", "TRN".
var ukTaxIDRE = regexp.MustCompile(`(?i)\b(INN|TIN|TRN|tax)`)

// ukIssuedRE takes the country out of "Issued in Iran", "Issued by the
// Democratic People's Republic of Korea".
var ukIssuedRE = regexp.MustCompile(`(?i)^issued (?:in|by) (?:the )?([^.,;()]+)`)

// ukDocCountry finds the issuing country in a document's details where they
// name it plainly: "Russia", "Iranian passport", "Issued in Iran".
func ukDocCountry(details string) string {
	if details == "" {
		return ""
	}
	if c := ukCountryCode(details); c != "" {
		return c
	}
	if m := ukIssuedRE.FindStringSubmatch(details); m != nil {
		if c := ukCountryCode(m[1]); c != "" {
			return c
		}
	}
	if f := strings.Fields(details); len(f) > 1 {
		return ukCountryCode(strings.Trim(f[0], ".,;:()"))
	}
	return ""
}

// ukGenderRE finds "(Gender):Male" in Other Information.
var ukGenderRE = regexp.MustCompile(`\(Gender\):\s*([A-Za-z]+)`)

// ukUNRefRE finds the UN reference numbers OFSI gives in Other Information
// as "(UN Ref):QDi.042", "(UN Ref):QDi.042 and SOi.002", "(UN Ref):CDi. 038"
// and "(UN Ref):QDE.145". Ships carry their owner's reference in a different
// form ("UN Reference Number: UN Ref KPe.064"), which is not theirs and is
// not taken.
var (
	ukUNRefRE  = regexp.MustCompile(`\(UN Ref\)\s*:\s*([A-Za-z]{2}[ieIE]\.\s?\d+(?:\s*(?:,|;|and|&)\s*[A-Za-z]{2}[ieIE]\.\s?\d+)*)`)
	ukUNRefOne = regexp.MustCompile(`([A-Za-z]{2})([ieIE])\.\s?(\d+)`)
)

// ukIDRE finds the registration and tax numbers OFSI gives companies (and
// some people) in Other Information, in OFAC's words or Russia's: "Tax ID
// No. 7735579027", "INN: 7704366170", "OGRN: 1167700061540", "Government
// Gazette Number 92611467", "Registration Number 1027700132195". The same
// numbers in OFAC's Remarks are documents there (lists/ofac.go), so a
// company both list is one by its number.
var ukIDRE = regexp.MustCompile(`\b(Tax ID No\.|Tax Identification Number|INN|OGRN|Government Gazette Number|Registration Number|Registration ID|Company Number|Business Registration Number)\s*:?\s*\(?([0-9][0-9-]{5,})`)

// ukIDs returns the documents ukIDRE finds in s. Tax numbers are of type
// TaxID; registration numbers, which say which register only by their
// label, of type OtherDoc.
func ukIDs(s string) []aka.Document {
	var out []aka.Document
	for _, m := range ukIDRE.FindAllStringSubmatch(s, -1) {
		t := aka.OtherDoc
		switch m[1] {
		case "Tax ID No.", "Tax Identification Number", "INN":
			t = aka.TaxID
		}
		n := strings.TrimRight(m[2], "-")
		out = append(out, aka.Document{Type: t, TypeText: strings.TrimSuffix(m[1], "."), Number: n, Normalized: aka.NormalizeDocumentNumber(n)})
	}
	return out
}

// ukUNRefs returns the UN list ids ("un:QDi.042") that s gives.
func ukUNRefs(s string) []string {
	var refs []string
	for _, m := range ukUNRefRE.FindAllStringSubmatch(s, -1) {
		for _, r := range ukUNRefOne.FindAllStringSubmatch(m[1], -1) {
			refs = append(refs, "un:"+strings.ToUpper(r[1])+strings.ToLower(r[2])+"."+r[3])
		}
	}
	return refs
}

// ukNumberRE finds the "(1) ", "(2) " that number the items of a cell.
var ukNumberRE = regexp.MustCompile(`\(\d{1,2}\)\s*`)

// ukSplit splits a cell that may hold a numbered list, "(1) Germany. (2)
// Morocco", into its items, dropping empty items and OFSI's "-" for none.
func ukSplit(s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range ukNumberRE.Split(s, -1) {
		p = ukSpaces(strings.TrimRight(strings.TrimSpace(p), ".;, "))
		if p != "" && p != "-" {
			out = append(out, p)
		}
	}
	return out
}

// ukSpaces trims s and collapses its runs of white space into one space.
func ukSpaces(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// ukJoin joins the non-empty strings with sep.
func ukJoin(sep string, parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(p)
	}
	return b.String()
}

// ukParseDate reads a full date as OFSI writes it, "14/04/2025".
func ukParseDate(s string) (aka.PartialDate, error) {
	b, err := aka.ParseBirthDate(s)
	if err != nil || b.Approximate || b.IsRange() {
		return aka.PartialDate{}, fmt.Errorf("%q is not a date (dd/mm/yyyy)", s)
	}
	return b.Date, nil
}

// ukBefore reports whether a is earlier than b.
func ukBefore(a, b aka.PartialDate) bool {
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	if a.Month != b.Month {
		return a.Month < b.Month
	}
	return a.Day < b.Day
}

// ukDigits reports whether s is a non-empty string of ASCII digits.
func ukDigits(s string) bool {
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
