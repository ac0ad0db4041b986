package lists

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akascreen/aka"
)

// testdata/eu_sample.xml is hand-written after the published FSF export
// format; see the comment at its top.

func TestEUGolden(t *testing.T) {
	l := checkGolden(t, "eu_sample.xml")
	if l.Format != "eu-fsf-xml" || l.Version != "2025-03-14" {
		t.Errorf("format %q version %q, want eu-fsf-xml 2025-03-14", l.Format, l.Version)
	}
}

func TestEUErrors(t *testing.T) {
	const head = `<?xml version="1.0" encoding="UTF-8"?>
<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2025-03-14T18:02:11.417+01:00">
`
	person := `<subjectType code="person" classificationCode="P"/><nameAlias wholeName="Test Person" strong="true"/>`
	tests := []struct {
		name, in, pos, field, msg string
	}{
		{"bad birthdate", head + `<sanctionEntity logicalId="7">` + person + `<birthdate birthdate="1971-13-01"/></sanctionEntity></export>`,
			"sanctionEntity 1 (logicalId 7)", "birthdate 1", "month 13"},
		{"bad year", head + `<sanctionEntity logicalId="7">` + person + `<birthdate year="19x1"/></sanctionEntity></export>`,
			"sanctionEntity 1 (logicalId 7)", "birthdate 1", "not a number"},
		{"backwards range", head + `<sanctionEntity logicalId="7">` + person + `<birthdate yearRangeFrom="1970" yearRangeTo="1960"/></sanctionEntity></export>`,
			"sanctionEntity 1 (logicalId 7)", "birthdate 1", "ends before"},
		{"no logicalId", head + `<sanctionEntity>` + person + `</sanctionEntity></export>`,
			"sanctionEntity 1", "logicalId", "missing"},
		{"unknown subject", head + `<sanctionEntity logicalId="8"><subjectType code="vessel"/><nameAlias wholeName="X"/></sanctionEntity></export>`,
			"sanctionEntity 1 (logicalId 8)", "subjectType/@code", "unknown subject type"},
		{"no name", head + `<sanctionEntity logicalId="9"><subjectType code="person"/><nameAlias wholeName=" "/></sanctionEntity></export>`,
			"sanctionEntity 1 (logicalId 9)", "nameAlias", "no name"},
		{"bad regulation date", head + `<sanctionEntity logicalId="10">` + person + `<regulation publicationDate="08/07/2003"/></sanctionEntity></export>`,
			"sanctionEntity 1 (logicalId 10)", "regulation 1/@publicationDate", "want YYYY"},
		{"bad generationDate", `<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="yesterday"></export>`,
			"line 1", "export/@generationDate", "want YYYY"},
		{"syntax", head + `<sanctionEntity logicalId="11">` + person + `</sanctionEntity>` + "\n<sanctionEntity", "line 4", "", "unexpected EOF"},
		{"not an export", `<CONSOLIDATED_LIST/>`, "line 1", "", "no <export>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadEU(strings.NewReader(tt.in), Source{File: "eu.xml"}, func(*aka.Entity) error { return nil })
			var pe *aka.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want *aka.ParseError", err)
			}
			if pe.File != "eu.xml" || pe.Pos != tt.pos || pe.Field != tt.field || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %q (pos %q field %q), want pos %q field %q and %q", err, pe.Pos, pe.Field, tt.pos, tt.field, tt.msg)
			}
		})
	}
}

// TestEUSecondEntityPosition checks that errors count entities from one.
func TestEUSecondEntityPosition(t *testing.T) {
	in := `<export xmlns="http://eu.europa.ec/fpi/fsd/export">
<sanctionEntity logicalId="1"><subjectType code="person"/><nameAlias wholeName="A B"/></sanctionEntity>
<sanctionEntity logicalId="2"><subjectType code="person"/><nameAlias wholeName="C D"/><birthdate birthdate="1971-02-30"/></sanctionEntity>
</export>`
	n := 0
	_, err := ReadEU(strings.NewReader(in), Source{}, func(*aka.Entity) error { n++; return nil })
	var pe *aka.ParseError
	if !errors.As(err, &pe) || pe.Pos != "sanctionEntity 2 (logicalId 2)" || n != 1 {
		t.Errorf("err = %v after %d entities, want sanctionEntity 2 (logicalId 2) after 1", err, n)
	}
}

func TestEUSniff(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "eu_sample.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if !sniffEU(data) {
		t.Error("sniffEU(eu_sample.xml) = false")
	}
	for _, in := range []string{
		`<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="2026-01-28T00:00:00"><INDIVIDUALS/></CONSOLIDATED_LIST>`,
		`36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA"`,
		`{"id":"x","schema":"Person","properties":{}}`,
	} {
		if sniffEU([]byte(in)) {
			t.Errorf("sniffEU(%.40q) = true", in)
		}
	}
}

func FuzzReadEU(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("testdata", "eu_sample.xml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`<export><sanctionEntity logicalId="1"><subjectType code="person"/><nameAlias wholeName="A"/><birthdate yearRangeFrom="1960" yearRangeTo="1965"/></sanctionEntity></export>`))
	f.Fuzz(func(t *testing.T, in []byte) {
		euFuzzCheck(t, ReadEU, in)
	})
}

// euFuzzCheck, shared by the EU, FollowTheMoney and watchlist fuzz tests, reads in with read and checks that an error is an
// *aka.ParseError with a position and that entities have ids and names.
func euFuzzCheck(t *testing.T, read ReadFunc, in []byte) {
	t.Helper()
	_, err := read(strings.NewReader(string(in)), Source{File: "fuzz"}, func(e *aka.Entity) error {
		if e.ID == "" || len(e.Names) == 0 || e.Names[0].Kind != aka.Primary {
			t.Errorf("entity %+v: want an id and a primary name", e)
		}
		for _, d := range e.Documents {
			if d.Normalized != aka.NormalizeDocumentNumber(d.Number) {
				t.Errorf("document %+v: normalized wrong", d)
			}
		}
		return nil
	})
	if err == nil {
		return
	}
	var pe *aka.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("err = %v (%T), want *aka.ParseError", err, err)
	}
	if pe.Pos == "" {
		t.Fatalf("err = %v: no position", err)
	}
}
