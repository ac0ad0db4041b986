package lists

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/akascreen/aka"
	"github.com/google/go-cmp/cmp"
)

func TestAUGolden(t *testing.T) {
	l := checkGolden(t, "au_dfat.xlsx")
	if l.Format != "au-dfat-xlsx" {
		t.Errorf("format = %q", l.Format)
	}
}

func TestAUExcerpt(t *testing.T) {
	l, err := Load(filepath.Join("testdata", "au_dfat.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	byID := make(map[string]*aka.Entity)
	var ids []string
	for _, e := range l.Entities {
		byID[e.ID] = e
		ids = append(ids, e.ID)
	}
	wantIDs := []string{"au:2", "au:3", "au:184", "au:2580", "au:2940", "au:2954", "au:3243", "au:6740"}
	if !slices.Equal(ids, wantIDs) {
		t.Errorf("ids = %v, want %v", ids, wantIDs)
	}
	if l.Version != "2023-10-11" {
		t.Errorf("version = %q, want the latest control date, 2023-10-11", l.Version)
	}
	dates := func(e *aka.Entity) []string {
		var s []string
		for _, d := range e.BirthDates {
			s = append(s, d.String())
		}
		return s
	}
	tests := []struct {
		id    string
		dates []string
	}{
		{"au:2", []string{"~1955/1958", "~1945/1950"}},
		{"au:184", []string{"1967-06-26"}},  // a typed date, shown as 26-Jun-67
		{"au:6740", []string{"2000-02-29"}}, // a typed date, shown as 29-Feb-00
		{"au:2954", []string{"1981", "1982"}},
	}
	for _, tt := range tests {
		e := byID[tt.id]
		if e == nil {
			t.Errorf("no %s", tt.id)
			continue
		}
		if got := dates(e); !slices.Equal(got, tt.dates) {
			t.Errorf("%s birth dates = %v, want %v", tt.id, got, tt.dates)
		}
	}
	if e := byID["au:2"]; e != nil {
		if len(e.Names) != 2 || e.Names[0].Kind != aka.Primary || e.Names[1].Script != "Arabic" {
			t.Errorf("au:2 names = %+v, want the primary name and its Arabic original", e.Names)
		}
	}
	// "2940j" comes after other designations' rows.
	if e := byID["au:2940"]; e == nil || e.Type != aka.Organization ||
		!slices.ContainsFunc(e.Names, func(n aka.Name) bool { return n.Full == "Chernomorneftegaz CJSC" }) {
		t.Errorf("au:2940 lacks its stray alias 2940j")
	}
	if e := byID["au:2954"]; e == nil || !slices.ContainsFunc(e.Names, func(n aka.Name) bool { return n.Kind == aka.Former }) {
		t.Errorf("au:2954 lacks its previously listed name")
	}
	if e := byID["au:3243"]; e == nil || e.Gender != aka.Male || len(e.Documents) != 1 || e.Documents[0].Normalized != "08210124" {
		t.Errorf("au:3243 = %+v, want a male with passport 08210124", e)
	}
}

// TestAUShared reads the full 2024-12 list: the counts are those of
// shared/data/PROVENANCE.md.
func TestAUShared(t *testing.T) {
	p := sharedData(t, "au/dfat_consolidated_2024-12.xlsx")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	head, err := sheetHead(data)
	if err != nil {
		t.Fatal(err)
	}
	if !sniffAU(head) || sniffUK(head) {
		t.Errorf("sniffAU = %v, sniffUK = %v on the DFAT list", sniffAU(head), sniffUK(head))
	}
	f, _ := FormatByName("au-dfat-xlsx")
	l, err := ReadFormat(bytes.NewReader(data), f, Source{File: p})
	if err != nil {
		t.Fatal(err)
	}
	s := l.Stats()
	if s.Version != "2024-11-11" || s.Persons != 2316 {
		t.Errorf("stats = %+v, want version 2024-11-11 and 2316 persons", s)
	}
	script := 0
	for _, e := range l.Entities {
		for _, n := range e.Names {
			if n.Note == "original script" {
				script++
			}
		}
	}
	if script < 400 {
		t.Errorf("%d original-script names, want over 400", script)
	}
	t.Logf("%+v; %d original-script names", s, script)
}

func TestAUErrors(t *testing.T) {
	header := []string{"Reference", "Name of Individual or Entity", "Type", "Name Type", "Date of Birth", "Control Date"}
	tests := []struct {
		name       string
		rows       [][]string
		pos, field string
		msg        string
	}{
		{"missing column", [][]string{{"Reference", "Name of Individual or Entity", "Type"}}, "row 1", "Name Type", "missing column"},
		{"bad reference", [][]string{header, {"x2", "A B", "Individual", "Primary Name"}}, "row 2", "Reference", `"x2"`},
		{"no reference", [][]string{header, {"", "A B", "Individual", "Primary Name"}}, "row 2", "Reference", "not a reference"},
		{"bad type", [][]string{header, {"2", "A B", "Vessel", "Primary Name"}}, "row 2", "Type", `"Vessel"`},
		{"empty name", [][]string{header, {"2", "A B", "Individual", "Primary Name"}, {"2a", " ", "Individual", "aka"}}, "row 3", "Name of Individual or Entity", "empty"},
		{"bad control date", [][]string{header, {"2", "A B", "Individual", "Primary Name", "", "someday"}}, "row 2", "Control Date", "not a date"},
		{"no header", [][]string{{"a", "b"}, {"1", "2"}}, "", "Name of Individual or Entity", "no header row"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadAUXLSX(bytes.NewReader(ukWorkbook(t, tt.rows)), Source{File: "x.xlsx"}, func(*aka.Entity) error { return nil })
			var pe *aka.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *aka.ParseError", err)
			}
			if pe.File != "x.xlsx" || pe.Pos != tt.pos || pe.Field != tt.field || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %q (pos %q, field %q), want pos %q, field %q, mentioning %q", err, pe.Pos, pe.Field, tt.pos, tt.field, tt.msg)
			}
		})
	}
}

// TestAUNameNotes reads the notes DFAT writes into its name cells as the UN
// reader reads its aliases' notes: they are not name words.
func TestAUNameNotes(t *testing.T) {
	rows := [][]string{
		{"Reference", "Name of Individual or Entity", "Type", "Name Type"},
		{"199", "Raed Hijazi", "Individual", "Primary Name"},
		{"199a", "Ri'ad Hijazi (Previously listed as. In Arabic: رياض الحجازي)", "Individual", "aka"},
		{"199b", "Rashid Al-Maghribi (The Moroccan)", "Individual", "aka"},
		{"3580", "Ermias Alem", "Individual", "Primary Name"},
		{"3580a", "ኤርሚኣስ ግርማይ (Tigrinya)", "Individual", "Original Script"},
		{"295", "AFGHAN SUPPORT COMMITTEE (ASC)", "Entity", "Primary Name"},
	}
	var got []aka.Name
	_, err := ReadAUXLSX(bytes.NewReader(ukWorkbook(t, rows)), Source{File: "x.xlsx"}, func(e *aka.Entity) error {
		got = append(got, e.Names...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []aka.Name{
		{Full: "Raed Hijazi", Kind: aka.Primary, Quality: aka.Strong, Script: "Latin"},
		{Full: "Ri'ad Hijazi", Kind: aka.Former, Quality: aka.Strong, Script: "Latin", Note: "Previously listed as. In Arabic: رياض الحجازي"},
		{Full: "رياض الحجازي", Kind: aka.Alias, Quality: aka.Strong, Script: "Arabic"},
		{Full: "Rashid Al-Maghribi", Kind: aka.Alias, Quality: aka.Strong, Script: "Latin", Note: "The Moroccan"},
		{Full: "Ermias Alem", Kind: aka.Primary, Quality: aka.Strong, Script: "Latin"},
		{Full: "ኤርሚኣስ ግርማይ", Kind: aka.Alias, Quality: aka.Strong, Script: "Ethiopic", Note: "Tigrinya; original script"},
		{Full: "AFGHAN SUPPORT COMMITTEE", Kind: aka.Primary, Quality: aka.Strong, Script: "Latin"},
		{Full: "ASC", Kind: aka.Alias, Quality: aka.Strong, Script: "Latin"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("names (-want +got):\n%s", diff)
	}
}

func TestAUCorrupt(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "au_dfat.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range [][]byte{data[:len(data)/2], []byte("not a workbook"), nil} {
		_, err := ReadAUXLSX(bytes.NewReader(in), Source{File: "t.xlsx"}, func(*aka.Entity) error { return nil })
		var pe *aka.ParseError
		if !errors.As(err, &pe) || pe.File != "t.xlsx" || !strings.Contains(err.Error(), "xlsx") {
			t.Errorf("ReadAUXLSX(%d bytes): err = %v, want a *aka.ParseError about the workbook", len(in), err)
		}
	}
}

func TestAUBirthDates(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		ok   bool
	}{
		{"27395", []string{"1975-01-01"}, true}, // a typed date's serial number
		{"36585", []string{"2000-02-29"}, true},
		{"1965", []string{"1965"}, true},
		{"Approximately 1963", []string{"~1963"}, true},
		{"a) Approximately 1955- 1958 b) Approximately 1945-1950", []string{"~1955/1958", "~1945/1950"}, true},
		{"19 Jun. 1951", []string{"1951-06-19"}, true},
		{"20-Sep-1992", []string{"1992-09-20"}, true},
		{"a) 01/01/1970; b) 02/02/1971", []string{"1970-01-01", "1971-02-02"}, true},
		{"1961 or 1962 or 1963", []string{"1961", "1962", "1963"}, true},
		{"12 Mar 1971 >> 13 Mar 1971", []string{"1971-03-12", "1971-03-13"}, true},
		{"1970;1971;1972", []string{"1970", "1971", "1972"}, true},
		{"01/01/1970, 02/02/1971", []string{"1970-01-01", "1971-02-02"}, true},
		{"Between 1965 and 1969", []string{"1965/1969"}, true},
		{"Between 1963 to 1968", []string{"1963/1968"}, true},
		{"5/06/1953 15/06/1953", []string{"1953-06-05", "1953-06-15"}, true},
		{"01/01/1970; alt DOB: 02/02/1971", []string{"1970-01-01", "1971-02-02"}, true},
		{"1977 (as Muhammad Da'ud Salman)", []string{"1977"}, true},
		{"na", nil, true},
		{"29-Aprl-1967", nil, false},
		{"Approximately (30-35 years old)", nil, false},
		{"a) 1/01/1968 b) 23-Apr-68", []string{"1968-01-01"}, false},
	}
	for _, tt := range tests {
		got, ok := auBirthDates(tt.in)
		var s []string
		for _, d := range got {
			s = append(s, d.String())
		}
		if !slices.Equal(s, tt.want) || ok != tt.ok {
			t.Errorf("auBirthDates(%q) = %v, %v, want %v, %v", tt.in, s, ok, tt.want, tt.ok)
		}
	}
}

func TestAUDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"45607", "2024-11-11"},
		{"11/11/2024", "2024-11-11"},
		{"16-Sep-2024", "2024-09-16"},
		{"31-Mar-23", "2023-03-31"},
	}
	for _, tt := range tests {
		d, err := auDate(tt.in)
		if err != nil || d.String() != tt.want {
			t.Errorf("auDate(%q) = %v, %v, want %s", tt.in, d, err, tt.want)
		}
	}
	for _, in := range []string{"", "someday", "2024", "99999999"} {
		if d, err := auDate(in); err == nil {
			t.Errorf("auDate(%q) = %v, want an error", in, d)
		}
	}
}

func TestAUPassports(t *testing.T) {
	tests := []struct {
		in   string
		want []string // number/country
	}{
		{"Tunisian passport number L191609, issued 28 Feb. 1996", []string{"L191609/tn"}},
		{"Passport no: 645120196, issued in Democratic People's Republic of Korea.", []string{"645120196/"}},
		{"Passport P00018023 (Egypt)", []string{"P00018023/eg"}},
		{"Passport no.: a) Afghan passport number OR1961825 issued", []string{"OR1961825/af"}},
		{"Afghan passport number OA 454044", nil},
		{"Passport and Visa Department", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range auPassports(tt.in) {
			got = append(got, d.Normalized+"/"+d.Country)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("auPassports(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// auRealHeader is the header row of the 2024-12 DFAT list.
var auRealHeader = []string{"Reference", "Name of Individual or Entity", "Type", "Name Type", "Date of Birth",
	"Place of Birth", "Citizenship", "Address", "Additional Information", "Listing Information", "Committees", "Control Date"}

// FuzzAURow feeds one row, its cells separated by tabs, under the real
// header: row parsing never panics and refuses bad input with a position.
func FuzzAURow(f *testing.F) {
	f.Add("2\tMOHAMMAD HASSAN AKHUND\tIndividual\tPrimary Name\ta) Approximately 1955- 1958 b) Approximately 1945-1950\tPashmul village, Kandahar Province, Afghanistan\tAfghanistan\tNA\tTitle: a) Mullah b) Haji.\tListed by UN 1267 Committee on 25 January 2001\t1988 (Taliban)\t41988")
	f.Add("2a\tمحمد حسن أخوند\tindividual \tOriginal script\t24606\t\ta) Syria b) Lebanon\t\tPassport no: 645120196. Gender: male\t41340\t\t11/11/2024")
	f.Add("0\t\tindividuAl")
	f.Add("34c1\tX\tEntity\tPreviously listed as\tBetween 1963 to 1968\t\t\t\t\t\t\t31-Mar-23")
	f.Fuzz(func(t *testing.T, line string) {
		a := auNewReader("f")
		if err := a.header(auRealHeader, "row 1"); err != nil {
			t.Fatal(err)
		}
		err := a.row(strings.Split(line, "\t"), "row 2")
		checkUKParseError(t, err)
		for _, g := range a.order {
			e := g.finish()
			if !strings.HasPrefix(e.ID, "au:") || e.Type == "" || len(e.Names) == 0 {
				t.Fatalf("bad entity %+v", e)
			}
		}
	})
}

func BenchmarkReadAU(b *testing.B) {
	data, err := os.ReadFile(sharedData(b, "au/dfat_consolidated_2024-12.xlsx"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadAUXLSX(bytes.NewReader(data), Source{}, func(*aka.Entity) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}
