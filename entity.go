package aka

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// EntityType says what kind of thing a list entry is.
type EntityType string

// Entity types.
const (
	Person       EntityType = "person"
	Organization EntityType = "organization"
	Vessel       EntityType = "vessel"
	Aircraft     EntityType = "aircraft"
)

// Entity is one person, organization, vessel or aircraft as one list publishes
// it. Its ID is "<source>:<the source's own id>", as in "un:QDi.017",
// "ofac:44603", "uk:13378", "au:2", "eu:13", or "<dataset>:<id>" for
// FollowTheMoney entities.
type Entity struct {
	ID          string     `json:"id"`
	Type        EntityType `json:"type"`
	Source      string     `json:"source"`       // "un", "ofac", "uk", "au", "eu", or an FtM dataset
	SourceID    string     `json:"source_id"`    // the source's own id: REFERENCE_NUMBER, ent_num, Group ID...
	ListVersion string     `json:"list_version"` // the list's own version or date, "2026-01-28"

	Names         []Name      `json:"names"` // Names[0] is the primary name
	Gender        Gender      `json:"gender,omitempty"`
	BirthDates    []BirthDate `json:"birth_dates,omitempty"`
	BirthPlaces   []Place     `json:"birth_places,omitempty"`
	Nationalities []string    `json:"nationalities,omitempty"` // ISO 3166 alpha-2, lower case
	Citizenships  []string    `json:"citizenships,omitempty"`  // ISO 3166 alpha-2, lower case
	Documents     []Document  `json:"documents,omitempty"`
	Addresses     []Address   `json:"addresses,omitempty"`
	Titles        []string    `json:"titles,omitempty"`
	Positions     []string    `json:"positions,omitempty"`
	Programs      []string    `json:"programs,omitempty"` // programs or regimes: "SDGT", "Al-Qaida", "ISIL (Da'esh) and Al-Qaida"
	ListedOn      PartialDate `json:"listed_on,omitzero"`
	Remarks       string      `json:"remarks,omitempty"`

	// CrossRefs are ids of the same entity on other lists, as the source
	// publishes them: the UK's "(UN Ref):QDi.nnn" gives "un:QDi.nnn".
	CrossRefs []string `json:"cross_refs,omitempty"`
}

// PrimaryName returns the entity's first name, or "" when it has none.
func (e *Entity) PrimaryName() string {
	if len(e.Names) == 0 {
		return ""
	}
	return e.Names[0].Full
}

// NameKind says what role a name plays for its entity.
type NameKind string

// Name kinds.
const (
	Primary NameKind = "primary"
	Alias   NameKind = "alias"
	Former  NameKind = "former" // a formerly known as name (f.k.a.)
)

// Quality is how much a list trusts an alias: the UN's "Good" and "Low", OFAC's
// strong and weak a.k.a.
type Quality string

// Alias qualities.
const (
	Strong Quality = "strong"
	Weak   Quality = "weak"
)

// Name is one name of an entity, as written by the list.
type Name struct {
	Full    string     `json:"full"`
	Kind    NameKind   `json:"kind"`
	Quality Quality    `json:"quality"`
	Script  string     `json:"script,omitempty"` // dominant Unicode script: "Latin", "Arabic", "Cyrillic"...
	Parts   []NamePart `json:"parts,omitempty"`  // where the list gives the name in parts
	Note    string     `json:"note,omitempty"`
}

// NamePartKind is the role of one part of a name.
type NamePartKind string

// Name part kinds. Lists that number their parts without saying what they are
// (the UN's FIRST_NAME...FOURTH_NAME, the UK's Name 1...Name 5) give "given"
// for the first and "other" for the rest, except that a part the list marks as
// the surname (the UK's Name 6) is "family".
const (
	GivenName      NamePartKind = "given"
	MiddleName     NamePartKind = "middle"
	FamilyName     NamePartKind = "family"
	PatronymicName NamePartKind = "patronymic"
	OtherName      NamePartKind = "other"
)

// NamePart is one part of a name that a list publishes separately.
type NamePart struct {
	Kind  NamePartKind `json:"kind"`
	Value string       `json:"value"`
}

// Gender is what a list or document says of a person's gender.
type Gender string

// Genders. The empty Gender means unknown.
const (
	Male   Gender = "male"
	Female Gender = "female"
)

// ParseGender reads the usual spellings ("M", "Male", "F", "female"...). It
// returns "" for anything else.
func ParseGender(s string) Gender {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "m", "male", "man":
		return Male
	case "f", "female", "woman":
		return Female
	}
	return ""
}

// PartialDate is a calendar date of which the month and day may be unknown
// (zero). Its text form is "1971", "1971-03" or "1971-03-05".
type PartialDate struct {
	Year  int
	Month int
	Day   int
}

// IsZero reports whether the date is unknown.
func (d PartialDate) IsZero() bool { return d.Year == 0 }

// String formats the date as "YYYY", "YYYY-MM" or "YYYY-MM-DD".
func (d PartialDate) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// MarshalJSON writes the date as its text form.
func (d PartialDate) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads the text form.
func (d *PartialDate) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s == "" {
		*d = PartialDate{}
		return nil
	}
	p, err := ParseISODate(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// ParseISODate reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" and checks that the
// parts are in range.
func ParseISODate(s string) (PartialDate, error) {
	parts := strings.Split(strings.TrimSpace(s), "-")
	if len(parts) == 0 || len(parts) > 3 {
		return PartialDate{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		// Months and days may be written with one digit ("1969-7-16").
		if (i == 0 && len(p) != 4) || (i > 0 && (len(p) < 1 || len(p) > 2)) {
			return PartialDate{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return PartialDate{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	d := PartialDate{Year: n[0], Month: n[1], Day: n[2]}
	if err := d.Validate(); err != nil {
		return PartialDate{}, fmt.Errorf("date %q: %w", s, err)
	}
	return d, nil
}

// Validate checks that the year is plausible for a list entry and that the
// month and day exist. A day without a month is invalid.
func (d PartialDate) Validate() error {
	if d.Year < 1000 || d.Year > 2999 {
		return fmt.Errorf("year %d out of range", d.Year)
	}
	if d.Month < 0 || d.Month > 12 {
		return fmt.Errorf("month %d out of range", d.Month)
	}
	if d.Day != 0 && d.Month == 0 {
		return fmt.Errorf("day without month")
	}
	if d.Day < 0 || d.Day > daysIn(d.Year, d.Month) {
		return fmt.Errorf("day %d out of range", d.Day)
	}
	return nil
}

func daysIn(year, month int) int {
	switch month {
	case 0:
		return 0
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// BirthDate is one birth date a list gives: an exact or partial date, a range
// (Date to To, both inclusive), or an approximate date ("circa 1965").
type BirthDate struct {
	Date        PartialDate `json:"date"`
	To          PartialDate `json:"to,omitzero"` // set for a range
	Approximate bool        `json:"approximate,omitempty"`
}

// IsRange reports whether the birth date is a range.
func (b BirthDate) IsRange() bool { return !b.To.IsZero() }

// String formats the birth date: "1971", "1960/1965", "~1965".
func (b BirthDate) String() string {
	s := b.Date.String()
	if b.IsRange() {
		s += "/" + b.To.String()
	}
	if b.Approximate {
		s = "~" + s
	}
	return s
}

// Place is a place of birth: the text as the list gives it and, where known,
// the country as ISO 3166 alpha-2 in lower case.
type Place struct {
	Text    string `json:"text"`
	Country string `json:"country,omitempty"`
}

// DocumentType is a normalized kind of identity document.
type DocumentType string

// Document types.
const (
	Passport   DocumentType = "passport"
	NationalID DocumentType = "national_id"
	TaxID      DocumentType = "tax_id"
	OtherDoc   DocumentType = "other"
)

// Document is an identity document a list publishes.
type Document struct {
	Type       DocumentType `json:"type"`
	TypeText   string       `json:"type_text,omitempty"` // as the list writes it: "Passport", "National Identification Number"
	Number     string       `json:"number"`              // as written
	Normalized string       `json:"normalized"`          // NormalizeDocumentNumber(Number)
	Country    string       `json:"country,omitempty"`   // issuing country, ISO 3166 alpha-2, lower case
	Note       string       `json:"note,omitempty"`
}

// NormalizeDocumentNumber keeps only the letters and digits of a document
// number, in upper case, so that "AB 850-901" and "ab850901" compare equal.
func NormalizeDocumentNumber(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9', r >= 'A' && r <= 'Z':
			b.WriteRune(r)
		case r >= 'a' && r <= 'z':
			b.WriteRune(r - 'a' + 'A')
		}
	}
	return b.String()
}

// Address is a postal address, in the parts the list gives.
type Address struct {
	Street     string `json:"street,omitempty"`
	City       string `json:"city,omitempty"`
	Region     string `json:"region,omitempty"`
	PostalCode string `json:"postal_code,omitempty"`
	Country    string `json:"country,omitempty"` // ISO 3166 alpha-2, lower case, where known
	Text       string `json:"text,omitempty"`    // the address as one line, or what could not be split
	Note       string `json:"note,omitempty"`
}
