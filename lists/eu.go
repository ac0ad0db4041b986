package lists

import (
	"bytes"
	"encoding/xml"
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

// euNamespace is the default namespace of the EU Financial Sanctions File
// (FSF) XML export, "xmlFullSanctionsList_1_1".
const euNamespace = "http://eu.europa.ec/fpi/fsd/export"

// sniffEU reports whether head starts an EU FSF XML export: the export
// namespace, or an <export> root holding <sanctionEntity> elements.
func sniffEU(head []byte) bool {
	if bytes.Contains(head, []byte(euNamespace)) {
		return true
	}
	return bytes.Contains(head, []byte("<export")) && bytes.Contains(head, []byte("<sanctionEntity"))
}

// The element and attribute names below are those of the FSF XML export as the
// European Commission publishes it (webgate.ec.europa.eu/fsd/fsf, file
// "xmlFullSanctionsList_1_1"). Struct tags carry no namespace, so they match
// the elements whatever prefix the file binds the export namespace to.

type euEntity struct {
	LogicalID          string             `xml:"logicalId,attr"`
	EUReferenceNumber  string             `xml:"euReferenceNumber,attr"`
	UnitedNationID     string             `xml:"unitedNationId,attr"`
	DesignationDetails string             `xml:"designationDetails,attr"`
	DesignationDate    string             `xml:"designationDate,attr"`
	Remarks            []string           `xml:"remark"`
	Regulations        []euRegulation     `xml:"regulation"`
	SubjectType        euSubjectType      `xml:"subjectType"`
	NameAliases        []euNameAlias      `xml:"nameAlias"`
	Citizenships       []euCitizenship    `xml:"citizenship"`
	BirthDates         []euBirthDate      `xml:"birthdate"`
	Identifications    []euIdentification `xml:"identification"`
	Addresses          []euAddress        `xml:"address"`
}

type euRegulation struct {
	NumberTitle        string `xml:"numberTitle,attr"`
	Programme          string `xml:"programme,attr"`
	PublicationDate    string `xml:"publicationDate,attr"`
	EntryIntoForceDate string `xml:"entryIntoForceDate,attr"`
	PublicationURL     string `xml:"publicationUrl"`
}

type euSubjectType struct {
	Code               string `xml:"code,attr"`
	ClassificationCode string `xml:"classificationCode,attr"`
}

type euNameAlias struct {
	FirstName    string   `xml:"firstName,attr"`
	MiddleName   string   `xml:"middleName,attr"`
	LastName     string   `xml:"lastName,attr"`
	WholeName    string   `xml:"wholeName,attr"`
	Function     string   `xml:"function,attr"`
	Gender       string   `xml:"gender,attr"`
	Title        string   `xml:"title,attr"`
	NameLanguage string   `xml:"nameLanguage,attr"`
	Strong       string   `xml:"strong,attr"`
	LogicalID    string   `xml:"logicalId,attr"`
	Remarks      []string `xml:"remark"`
}

type euCitizenship struct {
	Region             string   `xml:"region,attr"`
	CountryIso2Code    string   `xml:"countryIso2Code,attr"`
	CountryDescription string   `xml:"countryDescription,attr"`
	Remarks            []string `xml:"remark"`
}

type euBirthDate struct {
	BirthDate          string   `xml:"birthdate,attr"`
	DayOfMonth         string   `xml:"dayOfMonth,attr"`
	MonthOfYear        string   `xml:"monthOfYear,attr"`
	Day                string   `xml:"day,attr"`
	Month              string   `xml:"month,attr"`
	Year               string   `xml:"year,attr"`
	YearRangeFrom      string   `xml:"yearRangeFrom,attr"`
	YearRangeTo        string   `xml:"yearRangeTo,attr"`
	Circa              string   `xml:"circa,attr"`
	CalendarType       string   `xml:"calendarType,attr"`
	City               string   `xml:"city,attr"`
	ZipCode            string   `xml:"zipCode,attr"`
	Region             string   `xml:"region,attr"`
	Place              string   `xml:"place,attr"`
	CountryIso2Code    string   `xml:"countryIso2Code,attr"`
	CountryDescription string   `xml:"countryDescription,attr"`
	Remarks            []string `xml:"remark"`
}

type euIdentification struct {
	Number                        string   `xml:"number,attr"`
	LatinNumber                   string   `xml:"latinNumber,attr"`
	IdentificationTypeCode        string   `xml:"identificationTypeCode,attr"`
	IdentificationTypeDescription string   `xml:"identificationTypeDescription,attr"`
	IssuedBy                      string   `xml:"issuedBy,attr"`
	NameOnDocument                string   `xml:"nameOnDocument,attr"`
	Diplomatic                    string   `xml:"diplomatic,attr"`
	KnownExpired                  string   `xml:"knownExpired,attr"`
	KnownFalse                    string   `xml:"knownFalse,attr"`
	ReportedLost                  string   `xml:"reportedLost,attr"`
	RevokedByIssuer               string   `xml:"revokedByIssuer,attr"`
	CountryIso2Code               string   `xml:"countryIso2Code,attr"`
	CountryDescription            string   `xml:"countryDescription,attr"`
	Remarks                       []string `xml:"remark"`
}

type euAddress struct {
	Street             string   `xml:"street,attr"`
	City               string   `xml:"city,attr"`
	ZipCode            string   `xml:"zipCode,attr"`
	PoBox              string   `xml:"poBox,attr"`
	Region             string   `xml:"region,attr"`
	Place              string   `xml:"place,attr"`
	AsAtListingTime    string   `xml:"asAtListingTime,attr"`
	ContactInfo        string   `xml:"contactInfo,attr"`
	CountryIso2Code    string   `xml:"countryIso2Code,attr"`
	CountryDescription string   `xml:"countryDescription,attr"`
	Remarks            []string `xml:"remark"`
}

// ReadEU reads the EU Financial Sanctions File XML export. Entity ids are
// "eu:<logicalId>"; the version is the export's generationDate as
// YYYY-MM-DD. The FSF's citizenship elements become Citizenships, as the
// list names them. A UN reference (unitedNationId) becomes the cross
// reference "un:<id>". Country codes the FSF does not know ("00") or that
// are not ISO codes fall back to the country description; what still names
// no country is kept in Remarks.
func ReadEU(r io.Reader, src Source, emit func(*aka.Entity) error) (Header, error) {
	var h Header
	d := xml.NewDecoder(r)
	n := 0
	sawRoot := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := d.InputPos()
			return h, &aka.ParseError{File: src.File, Pos: fmt.Sprintf("line %d", line), Err: err}
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "export":
			sawRoot = true
			for _, a := range se.Attr {
				if a.Name.Local != "generationDate" || strings.TrimSpace(a.Value) == "" {
					continue
				}
				v, err := euISODate(a.Value)
				if err != nil {
					line, _ := d.InputPos()
					return h, &aka.ParseError{File: src.File, Pos: fmt.Sprintf("line %d", line), Field: "export/@generationDate", Err: err}
				}
				h.Version = v.String()
			}
		case "sanctionEntity":
			n++
			line, _ := d.InputPos()
			var x euEntity
			if err := d.DecodeElement(&x, &se); err != nil {
				return h, &aka.ParseError{File: src.File, Pos: fmt.Sprintf("sanctionEntity %d (line %d)", n, line), Err: err}
			}
			e, err := euConvert(&x)
			if err != nil {
				var pe *aka.ParseError
				if errors.As(err, &pe) {
					pe.File = src.File
					pe.Pos = euPos(n, x.LogicalID)
					return h, pe
				}
				return h, &aka.ParseError{File: src.File, Pos: euPos(n, x.LogicalID), Err: err}
			}
			if err := emit(e); err != nil {
				return h, &aka.ParseError{File: src.File, Pos: euPos(n, x.LogicalID), Err: err}
			}
		}
	}
	if !sawRoot {
		line, _ := d.InputPos()
		return h, &aka.ParseError{File: src.File, Pos: fmt.Sprintf("line %d", line), Err: errors.New("no <export> element: not an EU FSF XML export")}
	}
	return h, nil
}

func euPos(n int, logicalID string) string {
	if logicalID == "" {
		return fmt.Sprintf("sanctionEntity %d", n)
	}
	return fmt.Sprintf("sanctionEntity %d (logicalId %s)", n, logicalID)
}

// euFieldError is a ParseError whose file and position ReadEU fills in.
func euFieldError(field string, err error) error {
	return &aka.ParseError{Field: field, Err: err}
}

func euConvert(x *euEntity) (*aka.Entity, error) {
	id := strings.TrimSpace(x.LogicalID)
	if id == "" {
		return nil, euFieldError("logicalId", errors.New("missing"))
	}
	e := &aka.Entity{ID: "eu:" + id, Source: "eu", SourceID: id}
	switch strings.ToLower(strings.TrimSpace(x.SubjectType.Code)) {
	case "person":
		e.Type = aka.Person
	case "enterprise":
		e.Type = aka.Organization
	case "":
		// The classification code alone: P or E.
		switch strings.ToUpper(strings.TrimSpace(x.SubjectType.ClassificationCode)) {
		case "P":
			e.Type = aka.Person
		case "E":
			e.Type = aka.Organization
		default:
			return nil, euFieldError("subjectType", errors.New("missing"))
		}
	default:
		return nil, euFieldError("subjectType/@code", fmt.Errorf("unknown subject type %q", x.SubjectType.Code))
	}
	var remarks []string
	addRemark := func(s string) {
		s = strings.TrimSpace(s)
		if s != "" && !slices.Contains(remarks, s) {
			remarks = append(remarks, s)
		}
	}

	for _, a := range x.NameAliases {
		full := euSpace(a.WholeName)
		if full == "" {
			full = euSpace(strings.Join([]string{a.FirstName, a.MiddleName, a.LastName}, " "))
		}
		if full == "" {
			continue
		}
		if g := strings.TrimSpace(a.Gender); g != "" {
			if pg := aka.ParseGender(g); pg != "" {
				if e.Gender == "" {
					e.Gender = pg
				}
			} else {
				addRemark("gender: " + g)
			}
		}
		if t := euSpace(a.Title); t != "" && !slices.Contains(e.Titles, t) {
			e.Titles = append(e.Titles, t)
		}
		if f := euSpace(a.Function); f != "" && !slices.Contains(e.Positions, f) {
			e.Positions = append(e.Positions, f)
		}
		if slices.ContainsFunc(e.Names, func(n aka.Name) bool { return n.Full == full }) {
			continue
		}
		n := aka.Name{Full: full, Kind: aka.Alias, Quality: aka.Strong, Script: names.Script(full)}
		if len(e.Names) == 0 {
			n.Kind = aka.Primary
		}
		if strings.EqualFold(strings.TrimSpace(a.Strong), "false") {
			n.Quality = aka.Weak
		}
		for _, p := range []struct {
			kind aka.NamePartKind
			v    string
		}{{aka.GivenName, a.FirstName}, {aka.MiddleName, a.MiddleName}, {aka.FamilyName, a.LastName}} {
			if v := euSpace(p.v); v != "" {
				n.Parts = append(n.Parts, aka.NamePart{Kind: p.kind, Value: v})
			}
		}
		var notes []string
		if l := strings.TrimSpace(a.NameLanguage); l != "" {
			notes = append(notes, "language: "+l)
		}
		for _, r := range a.Remarks {
			if r = euSpace(r); r != "" {
				notes = append(notes, r)
			}
		}
		n.Note = strings.Join(notes, "; ")
		e.Names = append(e.Names, n)
	}
	if len(e.Names) == 0 {
		return nil, euFieldError("nameAlias", errors.New("no name"))
	}

	for _, c := range x.Citizenships {
		code, ok := euCountry(c.CountryIso2Code, c.CountryDescription)
		switch {
		case code != "":
			if !slices.Contains(e.Citizenships, code) {
				e.Citizenships = append(e.Citizenships, code)
			}
		case ok:
			addRemark("citizenship: " + euJoin(c.CountryDescription, c.CountryIso2Code, c.Region))
		}
	}

	for i, b := range x.BirthDates {
		bd, ok, err := euBirth(b)
		if err != nil {
			return nil, euFieldError(fmt.Sprintf("birthdate %d", i+1), err)
		}
		if ok && !slices.Contains(e.BirthDates, bd) {
			e.BirthDates = append(e.BirthDates, bd)
		}
		code, named := euCountry(b.CountryIso2Code, b.CountryDescription)
		text := euJoin(b.Place, b.City, b.Region, b.ZipCode)
		switch {
		case code == "" && named:
			// Keep a country the reader cannot code as text.
			text = euJoin(text, euFirst(b.CountryDescription, b.CountryIso2Code))
		case code != "" && text == "":
			text = euFirst(euSpace(b.CountryDescription), countries.Name(code))
		}
		if text != "" {
			p := aka.Place{Text: text, Country: code}
			if !slices.Contains(e.BirthPlaces, p) {
				e.BirthPlaces = append(e.BirthPlaces, p)
			}
		}
	}

	for _, id := range x.Identifications {
		number := euSpace(id.Number)
		if aka.NormalizeDocumentNumber(number) == "" && euSpace(id.LatinNumber) != "" {
			number = euSpace(id.LatinNumber)
		}
		if number == "" {
			continue
		}
		doc := aka.Document{
			Type:       euDocType(id.IdentificationTypeCode),
			TypeText:   euSpace(id.IdentificationTypeDescription),
			Number:     number,
			Normalized: aka.NormalizeDocumentNumber(number),
		}
		if doc.TypeText == "" {
			doc.TypeText = euSpace(id.IdentificationTypeCode)
		}
		code, named := euCountry(id.CountryIso2Code, id.CountryDescription)
		doc.Country = code
		var notes []string
		if code == "" && named {
			notes = append(notes, "country: "+euJoin(id.CountryDescription, id.CountryIso2Code))
		}
		if v := euSpace(id.IssuedBy); v != "" {
			notes = append(notes, "issued by "+v)
		}
		if v := euSpace(id.NameOnDocument); v != "" {
			notes = append(notes, "name on document: "+v)
		}
		if v := euSpace(id.LatinNumber); v != "" && v != number {
			notes = append(notes, "latin number: "+v)
		}
		for _, f := range []struct{ v, say string }{
			{id.Diplomatic, "diplomatic"}, {id.KnownExpired, "known expired"},
			{id.KnownFalse, "known false"}, {id.ReportedLost, "reported lost"},
			{id.RevokedByIssuer, "revoked by issuer"},
		} {
			if strings.EqualFold(strings.TrimSpace(f.v), "true") {
				notes = append(notes, f.say)
			}
		}
		for _, r := range id.Remarks {
			if r = euSpace(r); r != "" {
				notes = append(notes, r)
			}
		}
		doc.Note = strings.Join(notes, "; ")
		e.Documents = append(e.Documents, doc)
	}

	for _, a := range x.Addresses {
		code, named := euCountry(a.CountryIso2Code, a.CountryDescription)
		addr := aka.Address{
			Street:     euSpace(a.Street),
			City:       euSpace(a.City),
			Region:     euSpace(a.Region),
			PostalCode: euSpace(a.ZipCode),
			Country:    code,
			Text:       euJoin(a.Place, euPrefix("PO Box ", a.PoBox)),
		}
		var notes []string
		if code == "" && named {
			if addr.Text == "" {
				addr.Text = euSpace(a.CountryDescription)
			} else {
				notes = append(notes, "country: "+euJoin(a.CountryDescription, a.CountryIso2Code))
			}
		}
		if v := euSpace(a.ContactInfo); v != "" {
			notes = append(notes, v)
		}
		if strings.EqualFold(strings.TrimSpace(a.AsAtListingTime), "true") {
			notes = append(notes, "as at listing time")
		}
		for _, r := range a.Remarks {
			if r = euSpace(r); r != "" {
				notes = append(notes, r)
			}
		}
		addr.Note = strings.Join(notes, "; ")
		if addr == (aka.Address{}) {
			continue
		}
		e.Addresses = append(e.Addresses, addr)
	}

	// The listing date: the designation date where the file gives one, else
	// the earliest publication of an entity-level regulation.
	if v := strings.TrimSpace(x.DesignationDate); v != "" {
		d, err := euISODate(v)
		if err != nil {
			return nil, euFieldError("designationDate", err)
		}
		e.ListedOn = d
	}
	for i, reg := range x.Regulations {
		if p := euSpace(reg.Programme); p != "" && !slices.Contains(e.Programs, p) {
			e.Programs = append(e.Programs, p)
		}
		if strings.TrimSpace(reg.PublicationDate) == "" || x.DesignationDate != "" {
			continue
		}
		d, err := euISODate(reg.PublicationDate)
		if err != nil {
			return nil, euFieldError(fmt.Sprintf("regulation %d/@publicationDate", i+1), err)
		}
		if e.ListedOn.IsZero() || euBefore(d, e.ListedOn) {
			e.ListedOn = d
		}
	}

	if v := euSpace(x.EUReferenceNumber); v != "" {
		addRemark("EU reference number: " + v)
	}
	addRemark(euSpace(x.DesignationDetails))
	for _, r := range x.Remarks {
		addRemark(euSpace(r))
	}
	e.Remarks = strings.Join(remarks, "; ")
	if v := strings.TrimSpace(x.UnitedNationID); v != "" {
		e.CrossRefs = []string{"un:" + v}
	}
	return e, nil
}

// euCountry returns the country an FSF element names, trying the ISO code
// first and the description when the code is missing, "00" (the FSF's
// unknown) or not a code. named reports whether the element names any
// country at all, so that a caller can keep an unreadable one.
func euCountry(iso, desc string) (code string, named bool) {
	iso, desc = strings.TrimSpace(iso), strings.TrimSpace(desc)
	if iso != "" && iso != "00" {
		if c := countries.Code(iso); c != "" {
			return c, true
		}
	}
	if desc != "" && !strings.EqualFold(desc, "unknown") {
		if c := countries.Code(desc); c != "" {
			return c, true
		}
		return "", true
	}
	return "", iso != "" && iso != "00"
}

// euBirth reads one birthdate element: the full date, else its year, month
// and day, else its year range. ok is false when the element holds only a
// place.
func euBirth(b euBirthDate) (bd aka.BirthDate, ok bool, err error) {
	bd.Approximate = strings.EqualFold(strings.TrimSpace(b.Circa), "true")
	if v := strings.TrimSpace(b.BirthDate); v != "" {
		d, err := euISODate(v)
		if err != nil {
			return bd, false, err
		}
		bd.Date = d
		return bd, true, nil
	}
	if v := strings.TrimSpace(b.Year); v != "" {
		var d aka.PartialDate
		var err error
		if d.Year, err = euInt("year", v); err != nil {
			return bd, false, err
		}
		if d.Month, err = euInt("month", euFirst(b.MonthOfYear, b.Month)); err != nil {
			return bd, false, err
		}
		if d.Day, err = euInt("day", euFirst(b.DayOfMonth, b.Day)); err != nil {
			return bd, false, err
		}
		if d.Month == 0 {
			d.Day = 0
		}
		if err := d.Validate(); err != nil {
			return bd, false, fmt.Errorf("birth date %s: %w", v, err)
		}
		bd.Date = d
		return bd, true, nil
	}
	from, to := strings.TrimSpace(b.YearRangeFrom), strings.TrimSpace(b.YearRangeTo)
	if from == "" && to == "" {
		return bd, false, nil
	}
	if from == "" {
		from = to
	}
	if to == "" {
		to = from
	}
	a, err := euInt("yearRangeFrom", from)
	if err != nil {
		return bd, false, err
	}
	z, err := euInt("yearRangeTo", to)
	if err != nil {
		return bd, false, err
	}
	bd.Date = aka.PartialDate{Year: a}
	if err := bd.Date.Validate(); err != nil {
		return bd, false, fmt.Errorf("yearRangeFrom %s: %w", from, err)
	}
	if z != a {
		bd.To = aka.PartialDate{Year: z}
		if err := bd.To.Validate(); err != nil {
			return bd, false, fmt.Errorf("yearRangeTo %s: %w", to, err)
		}
		if z < a {
			return bd, false, fmt.Errorf("year range %s to %s ends before it starts", from, to)
		}
	}
	return bd, true, nil
}

func euInt(field, s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%s %q: not a number", field, s)
	}
	return n, nil
}

// euISODate reads a date or a date-time ("2024-12-11T21:24:35.826+01:00")
// and keeps its date.
func euISODate(s string) (aka.PartialDate, error) {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, 'T'); i >= 0 {
		s = s[:i]
	}
	return aka.ParseISODate(s)
}

func euBefore(a, b aka.PartialDate) bool {
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	if a.Month != b.Month {
		return a.Month < b.Month
	}
	return a.Day < b.Day
}

// euDocType maps the FSF's identificationTypeCode. The codes seen in the
// export are passport, id, fiscalcode, regnumber, ssn, birthcert, drivinglic,
// tradelic, other and a few more; only the first three map to a specific type.
func euDocType(code string) aka.DocumentType {
	switch strings.ToLower(strings.TrimSpace(code)) {
	case "passport":
		return aka.Passport
	case "id", "nationalid", "nid":
		return aka.NationalID
	case "fiscalcode", "taxid", "tin", "inn":
		return aka.TaxID
	}
	return aka.OtherDoc
}

// euSpace trims s and collapses its runs of white space.
func euSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func euFirst(vs ...string) string {
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

func euPrefix(prefix, s string) string {
	if s = euSpace(s); s == "" {
		return ""
	}
	return prefix + s
}

// euJoin joins the non-empty parts with ", ".
func euJoin(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = euSpace(p); p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return strings.Join(out, ", ")
}
