package lists

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/countries"
	"github.com/akascreen/aka/names"
)

// ftmMaxLine is the longest line ReadFTM accepts. OpenSanctions entities with
// hundreds of names and notes run to a few hundred kilobytes.
const ftmMaxLine = 16 << 20

// sniffFTM reports whether head starts FollowTheMoney JSON lines: its first
// non-blank line is a JSON object with "schema" and "properties" keys.
func sniffFTM(head []byte) bool {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	for len(head) > 0 {
		line := head
		i := bytes.IndexByte(head, '\n')
		if i >= 0 {
			line, head = head[:i], head[i+1:]
		} else {
			head = nil
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		if line[0] != '{' {
			return false
		}
		// The first line may be cut off by the end of head, so look for the
		// keys rather than decoding it.
		return bytes.Contains(line, []byte(`"schema"`)) && bytes.Contains(line, []byte(`"properties"`))
	}
	return false
}

// ftmEntity is one line of a FollowTheMoney export, as OpenSanctions
// publishes it (entities.ftm.json): the statement-free "nested" form with
// each property a list of strings.
type ftmEntity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Caption    string              `json:"caption"`
	Properties map[string][]string `json:"properties"`
	Datasets   []string            `json:"datasets"`
	Referents  []string            `json:"referents"`
	FirstSeen  string              `json:"first_seen"`
	LastSeen   string              `json:"last_seen"`
	LastChange string              `json:"last_change"`
}

// ftmTypes are the schemata ReadFTM turns into entities. Every other schema
// (Sanction, Address, Passport, Identification, Family, Ownership...) holds
// facts about these entities, not entities one screens against.
var ftmTypes = map[string]aka.EntityType{
	"Person":       aka.Person,
	"Organization": aka.Organization,
	"Company":      aka.Organization,
	"LegalEntity":  aka.Organization,
	"PublicBody":   aka.Organization,
	"Vessel":       aka.Vessel,
	"Airplane":     aka.Aircraft,
}

// ReadFTM reads FollowTheMoney JSON lines, one entity per line, as
// OpenSanctions exports them. Entity ids are "<dataset>:<id>" with the
// entity's first dataset, or "ftm:<id>" when it has none; Source is that
// dataset.
//
// Only the schemata in ftmTypes become entities. The others are skipped
// and counted in Header.Skipped; ReadFTMCounted also returns the counts. A FollowTheMoney file has no version of its own, so Header.Version is
// the newest last_change or last_seen date of any entity (YYYY-MM-DD), known
// only once the whole file has been read.
func ReadFTM(r io.Reader, src Source, emit func(*aka.Entity) error) (Header, error) {
	h, skipped, err := ReadFTMCounted(r, src, emit)
	schemas := make([]string, 0, len(skipped))
	for k := range skipped {
		schemas = append(schemas, k)
	}
	slices.Sort(schemas)
	for _, k := range schemas {
		h.Skipped = append(h.Skipped, fmt.Sprintf("%d %s records (not a person, organization, vessel or aircraft)", skipped[k], k))
	}
	return h, err
}

// ReadFTMCounted is ReadFTM that also returns the number of entities
// skipped, by schema.
func ReadFTMCounted(r io.Reader, src Source, emit func(*aka.Entity) error) (Header, map[string]int, error) {
	var h Header
	skipped := make(map[string]int)
	var newest string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), ftmMaxLine)
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if line == 1 {
			b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		pos := fmt.Sprintf("line %d", line)
		var x ftmEntity
		if err := json.Unmarshal(b, &x); err != nil {
			return h, skipped, &aka.ParseError{File: src.File, Pos: pos, Err: err}
		}
		for _, d := range []string{x.LastChange, x.LastSeen} {
			if d == "" {
				continue
			}
			v, err := ftmDate(d)
			if err != nil {
				return h, skipped, &aka.ParseError{File: src.File, Pos: pos, Field: "last_seen", Err: err}
			}
			if s := v.String(); len(s) == 10 && s > newest {
				newest = s
			}
		}
		if x.Schema == "" {
			return h, skipped, &aka.ParseError{File: src.File, Pos: pos, Field: "schema", Err: errors.New("missing")}
		}
		typ, ok := ftmTypes[x.Schema]
		if !ok {
			skipped[x.Schema]++
			continue
		}
		e, err := ftmConvert(&x, typ)
		if err != nil {
			var pe *aka.ParseError
			if errors.As(err, &pe) {
				pe.File, pe.Pos = src.File, pos
				return h, skipped, pe
			}
			return h, skipped, &aka.ParseError{File: src.File, Pos: pos, Err: err}
		}
		if err := emit(e); err != nil {
			return h, skipped, &aka.ParseError{File: src.File, Pos: pos, Err: err}
		}
	}
	if err := sc.Err(); err != nil {
		return h, skipped, &aka.ParseError{File: src.File, Pos: fmt.Sprintf("line %d", line+1), Err: err}
	}
	h.Version = newest
	return h, skipped, nil
}

func ftmFieldError(field string, err error) error {
	return &aka.ParseError{Field: field, Err: err}
}

func ftmConvert(x *ftmEntity, typ aka.EntityType) (*aka.Entity, error) {
	id := strings.TrimSpace(x.ID)
	if id == "" {
		return nil, ftmFieldError("id", errors.New("missing"))
	}
	source := "ftm"
	if len(x.Datasets) > 0 && strings.TrimSpace(x.Datasets[0]) != "" {
		source = strings.TrimSpace(x.Datasets[0])
	}
	e := &aka.Entity{ID: source + ":" + id, Type: typ, Source: source, SourceID: id}
	p := x.Properties
	var remarks []string
	addRemark := func(s string) {
		if s = ftmSpace(s); s != "" && !slices.Contains(remarks, s) {
			remarks = append(remarks, s)
		}
	}

	// Names. The caption, when it is one of the names, comes first: it is
	// the name OpenSanctions displays.
	all := ftmValues(p["name"])
	if c := ftmSpace(x.Caption); c != "" && slices.Contains(all, c) {
		all = append([]string{c}, slices.DeleteFunc(all, func(s string) bool { return s == c })...)
	}
	if len(all) == 0 {
		// A name from its parts, then the caption.
		parts := []string{ftmFirst(p["firstName"]), ftmFirst(p["middleName"]), ftmFirst(p["lastName"])}
		if full := ftmSpace(strings.Join(parts, " ")); full != "" {
			all = []string{full}
		} else if c := ftmSpace(x.Caption); c != "" {
			all = []string{c}
		}
	}
	addName := func(full string, kind aka.NameKind, q aka.Quality) {
		if full == "" || slices.ContainsFunc(e.Names, func(n aka.Name) bool { return n.Full == full }) {
			return
		}
		if len(e.Names) == 0 {
			kind = aka.Primary
		}
		e.Names = append(e.Names, aka.Name{Full: full, Kind: kind, Quality: q, Script: names.Script(full)})
	}
	for _, n := range all {
		addName(n, aka.Alias, aka.Strong)
	}
	for _, n := range ftmValues(p["alias"]) {
		addName(n, aka.Alias, aka.Strong)
	}
	for _, n := range ftmValues(p["previousName"]) {
		addName(n, aka.Former, aka.Strong)
	}
	for _, n := range ftmValues(p["weakAlias"]) {
		addName(n, aka.Alias, aka.Weak)
	}
	if len(e.Names) == 0 {
		return nil, ftmFieldError("name", errors.New("no name"))
	}
	// FollowTheMoney gives name parts per entity, not per name; they go with
	// the primary name when it contains them.
	primary := strings.ToLower(e.Names[0].Full)
	for _, part := range []struct {
		prop string
		kind aka.NamePartKind
	}{
		{"firstName", aka.GivenName}, {"secondName", aka.MiddleName}, {"middleName", aka.MiddleName},
		{"fatherName", aka.PatronymicName}, {"lastName", aka.FamilyName},
	} {
		for _, v := range ftmValues(p[part.prop]) {
			if strings.Contains(primary, strings.ToLower(v)) {
				e.Names[0].Parts = append(e.Names[0].Parts, aka.NamePart{Kind: part.kind, Value: v})
			}
		}
	}

	for _, g := range ftmValues(p["gender"]) {
		if pg := aka.ParseGender(g); pg != "" && e.Gender == "" {
			e.Gender = pg
		}
	}

	for _, v := range ftmValues(p["birthDate"]) {
		d, err := ftmDate(v)
		if err != nil {
			return nil, ftmFieldError("birthDate", err)
		}
		bd := aka.BirthDate{Date: d}
		if !slices.Contains(e.BirthDates, bd) {
			e.BirthDates = append(e.BirthDates, bd)
		}
	}
	for _, v := range ftmValues(p["birthPlace"]) {
		e.BirthPlaces = append(e.BirthPlaces, aka.Place{Text: v, Country: ftmPlaceCountry(v)})
	}
	for _, v := range ftmValues(p["birthCountry"]) {
		if c := countries.Code(v); c != "" {
			e.BirthPlaces = append(e.BirthPlaces, aka.Place{Text: countries.Name(c), Country: c})
		} else {
			addRemark("birth country: " + v)
		}
	}

	e.Nationalities = ftmCountries(p["nationality"], "nationality", addRemark)
	e.Citizenships = ftmCountries(p["citizenship"], "citizenship", addRemark)
	// An organization's or a vessel's country, jurisdiction or flag is not a
	// nationality in aka's model; keep it readable in Remarks.
	for _, prop := range []string{"country", "jurisdiction", "flag"} {
		for _, v := range ftmValues(p[prop]) {
			name := v
			if c := countries.Code(v); c != "" {
				name = countries.Name(c)
			}
			addRemark(prop + ": " + name)
		}
	}

	for _, d := range []struct {
		prop string
		typ  aka.DocumentType
	}{
		{"passportNumber", aka.Passport},
		{"idNumber", aka.NationalID},
		{"taxNumber", aka.TaxID},
		{"innCode", aka.TaxID},
		{"vatCode", aka.TaxID},
		{"socialSecurityNumber", aka.OtherDoc},
		{"registrationNumber", aka.OtherDoc},
		{"ogrnCode", aka.OtherDoc},
		{"leiCode", aka.OtherDoc},
		{"swiftBic", aka.OtherDoc},
		{"imoNumber", aka.OtherDoc},
		{"mmsi", aka.OtherDoc},
		{"callSign", aka.OtherDoc},
		{"serialNumber", aka.OtherDoc},
	} {
		for _, v := range ftmValues(p[d.prop]) {
			e.Documents = append(e.Documents, aka.Document{
				Type: d.typ, TypeText: d.prop, Number: v, Normalized: aka.NormalizeDocumentNumber(v),
			})
		}
	}

	for _, v := range ftmValues(p["address"]) {
		e.Addresses = append(e.Addresses, aka.Address{Text: v})
	}
	e.Titles = ftmValues(p["title"])
	e.Positions = ftmValues(p["position"])
	for _, prop := range []string{"programId", "program"} {
		for _, v := range ftmValues(p[prop]) {
			if !slices.Contains(e.Programs, v) {
				e.Programs = append(e.Programs, v)
			}
		}
	}
	for _, v := range ftmValues(p["createdAt"]) {
		d, err := ftmDate(v)
		if err != nil {
			return nil, ftmFieldError("createdAt", err)
		}
		if e.ListedOn.IsZero() || d.String() < e.ListedOn.String() {
			e.ListedOn = d
		}
	}
	for _, v := range ftmValues(p["unscId"]) {
		e.CrossRefs = append(e.CrossRefs, "un:"+v)
	}
	if t := ftmValues(p["topics"]); len(t) > 0 {
		addRemark("topics: " + strings.Join(t, ", "))
	}
	for _, v := range ftmValues(p["notes"]) {
		addRemark(v)
	}
	for _, v := range ftmValues(p["summary"]) {
		addRemark(v)
	}
	e.Remarks = strings.Join(remarks, "; ")
	return e, nil
}

// ftmCountries codes a country property's values. OpenSanctions writes ISO
// codes in lower case and a few codes of its own ("suhh" for the Soviet
// Union, "csxx", "zz"); those and any other value that names no country it
// knows go to Remarks.
func ftmCountries(vs []string, prop string, addRemark func(string)) []string {
	var out []string
	for _, v := range ftmValues(vs) {
		c := countries.Code(v)
		if c == "" {
			addRemark(prop + ": " + v)
			continue
		}
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// ftmValues returns the non-empty values of a property, with their white
// space collapsed and without repeats.
func ftmValues(vs []string) []string {
	var out []string
	for _, v := range vs {
		if v = ftmSpace(v); v != "" && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// ftmDate reads a FollowTheMoney date: an ISO 8601 prefix, "1971",
// "1971-05", "1971-05-02" or a date-time, of which the date is kept.
func ftmDate(s string) (aka.PartialDate, error) {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, 'T'); i >= 0 {
		s = s[:i]
	}
	return aka.ParseISODate(s)
}

// ftmPlaceCountry reads the country of a place from its last
// comma-separated part ("Mosul, Iraq"), or "" when it names none.
func ftmPlaceCountry(s string) string {
	if i := strings.LastIndexByte(s, ','); i >= 0 {
		s = s[i+1:]
	}
	return countries.Code(s)
}

// ftmFirst returns the first non-empty value of a property.
func ftmFirst(vs []string) string {
	if v := ftmValues(vs); len(v) > 0 {
		return v[0]
	}
	return ""
}

func ftmSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
