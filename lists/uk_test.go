package lists

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/akascreen/aka"
	"github.com/xuri/excelize/v2"
)

func TestUKGolden(t *testing.T) {
	for _, in := range []string{"uk_conlist.xlsx", "uk_conlist.csv"} {
		t.Run(in, func(t *testing.T) {
			l := checkGolden(t, in)
			want := map[string]string{"uk_conlist.xlsx": "uk-ofsi-xlsx", "uk_conlist.csv": "uk-ofsi-csv"}[in]
			if l.Format != want {
				t.Errorf("format = %q, want %q", l.Format, want)
			}
		})
	}
}

// TestUKCSVMatchesXLSX checks that the two forms of the same rows give the
// same entities.
func TestUKCSVMatchesXLSX(t *testing.T) {
	x, err := Load(filepath.Join("testdata", "uk_conlist.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := Load(filepath.Join("testdata", "uk_conlist.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Entities) != len(c.Entities) {
		t.Fatalf("xlsx has %d entities, csv %d", len(x.Entities), len(c.Entities))
	}
	for i := range x.Entities {
		if !ukEqualJSON(t, x.Entities[i], c.Entities[i]) {
			t.Errorf("entity %d differs: xlsx %s, csv %s", i, x.Entities[i].ID, c.Entities[i].ID)
		}
	}
}

func TestUKExcerpt(t *testing.T) {
	l, err := Load(filepath.Join("testdata", "uk_conlist.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	byID := make(map[string]*aka.Entity)
	var ids []string
	for _, e := range l.Entities {
		byID[e.ID] = e
		ids = append(ids, e.ID)
	}
	// Emitted in the order of each group's first row.
	wantIDs := []string{"uk:15672", "uk:13189", "uk:12862", "uk:14143", "uk:16662", "uk:15444", "uk:7164", "uk:13655", "uk:13343"}
	if !slices.Equal(ids, wantIDs) {
		t.Errorf("ids = %v, want %v", ids, wantIDs)
	}
	if l.Version != "2025-04-14" {
		t.Errorf("version = %q, want 2025-04-14", l.Version)
	}
	// Al-Ghamari: a UN reference, two birth years on different rows, an
	// Arabic-script name, "(Gender):Male".
	g := byID["uk:14143"]
	if g == nil {
		t.Fatal("no uk:14143")
	}
	if !slices.Equal(g.CrossRefs, []string{"un:YEi.008"}) {
		t.Errorf("cross refs = %v", g.CrossRefs)
	}
	var dates []string
	for _, d := range g.BirthDates {
		dates = append(dates, d.String())
	}
	if len(dates) != 2 {
		t.Errorf("birth dates = %v, want two", dates)
	}
	if !slices.ContainsFunc(g.Names, func(n aka.Name) bool { return n.Script == "Arabic" }) {
		t.Errorf("no Arabic-script name in %v", g.Names)
	}
	if g.Gender != aka.Male {
		t.Errorf("gender = %q", g.Gender)
	}
	if ship := byID["uk:13655"]; ship == nil || ship.Type != aka.Vessel || len(ship.CrossRefs) != 0 {
		t.Errorf("ship uk:13655 = %+v, want a vessel without the owner's UN reference", ship)
	}
	if adf := byID["uk:13189"]; adf == nil || !slices.ContainsFunc(adf.Names, func(n aka.Name) bool { return n.Kind == aka.Former }) {
		t.Errorf("uk:13189 has no former name")
	}
}

// TestUKShared reads the full 14/04/2025 list: the counts are those of
// shared/data/PROVENANCE.md.
func TestUKShared(t *testing.T) {
	p := sharedData(t, "uk/ofsi_ConList_2025-04-14.xlsx")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	head, err := sheetHead(data)
	if err != nil {
		t.Fatal(err)
	}
	if !sniffUK(head) || sniffAU(head) {
		t.Errorf("sniffUK = %v, sniffAU = %v on the ConList", sniffUK(head), sniffAU(head))
	}
	f, _ := FormatByName("uk-ofsi-xlsx")
	l, err := ReadFormat(bytes.NewReader(data), f, Source{File: p})
	if err != nil {
		t.Fatal(err)
	}
	s := l.Stats()
	if s.Version != "2025-04-14" || s.Persons != 3663 || s.Organizations != 1010 || s.Vessels != 15 {
		t.Errorf("stats = %+v, want version 2025-04-14, 3663 persons, 1010 organizations, 15 vessels", s)
	}
	unPersons := 0
	for _, e := range l.Entities {
		if e.Type == aka.Person && slices.ContainsFunc(e.CrossRefs, func(r string) bool { return strings.HasPrefix(r, "un:") }) {
			unPersons++
		}
		if len(e.Names) == 0 || e.Names[0].Full == "" {
			t.Errorf("%s: no name", e.ID)
		}
	}
	if unPersons != 674 {
		t.Errorf("%d persons with a UN reference, want 674", unPersons)
	}
	t.Logf("%+v", s)
}

func TestUKErrors(t *testing.T) {
	const head = "Last Updated,14/04/2025\n" +
		"Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,DOB,Group Type,Alias Type,Listed On,Group ID\n"
	tests := []struct {
		name, in      string
		pos, field    string
		wantInMessage string
	}{
		{"missing column", "Last Updated,14/04/2025\nName 6,Name 1,Alias Type,Group ID\n", "line 2", "Group Type", "missing column"},
		{"bad group id", head + "DOE,John,,,,,,Individual,Primary name,01/01/2020,12x4\n", "line 3", "Group ID", `"12x4"`},
		{"empty group id", head + "DOE,John,,,,,,Individual,Primary name,01/01/2020,\n", "line 3", "Group ID", "not a group id"},
		{"bad group type", head + "DOE,John,,,,,,Alien,Primary name,01/01/2020,1\n", "line 3", "Group Type", `"Alien"`},
		{"bad listed on", head + "DOE,John,,,,,,Individual,Primary name,31/02/2020,1\n", "line 3", "Listed On", "not a date"},
		{"bad last updated", "Last Updated,yesterday\n" + head[len("Last Updated,14/04/2025\n"):], "line 1", "Last Updated", "not a date"},
		{"no header", "a,b,c\n1,2,3\n", "", "Group ID", "no header row"},
		{"no name", head + ",,,,,,,Individual,Primary name,01/01/2020,1\n", "line 3", "Name 6", "no name"},
		{"bad quote", head + "DOE,\"John\"x\"\n", "line 3", "", "quote"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadUKCSV(strings.NewReader(tt.in), Source{File: "x.csv"}, func(*aka.Entity) error { return nil })
			var pe *aka.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *aka.ParseError", err)
			}
			if pe.File != "x.csv" || pe.Pos != tt.pos || pe.Field != tt.field || !strings.Contains(err.Error(), tt.wantInMessage) {
				t.Errorf("err = %q (pos %q, field %q), want pos %q, field %q, mentioning %q",
					err, pe.Pos, pe.Field, tt.pos, tt.field, tt.wantInMessage)
			}
		})
	}
}

func TestUKXLSXCorrupt(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "uk_conlist.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	truncated := data[:len(data)/2]
	_, err = ReadUKXLSX(bytes.NewReader(truncated), Source{File: "t.xlsx"}, func(*aka.Entity) error { return nil })
	var pe *aka.ParseError
	if !errors.As(err, &pe) || pe.File != "t.xlsx" || !strings.Contains(err.Error(), "xlsx") {
		t.Errorf("truncated workbook: err = %v, want a *aka.ParseError about the workbook", err)
	}
	if _, err := Read(bytes.NewReader(truncated), Source{File: "t.xlsx"}); err == nil {
		t.Error("Read(truncated workbook) succeeded")
	}
	// A workbook that is not the ConList.
	_, err = ReadUKXLSX(bytes.NewReader(ukWorkbook(t, [][]string{{"a", "b"}, {"1", "2"}})), Source{File: "o.xlsx"},
		func(*aka.Entity) error { return nil })
	if !errors.As(err, &pe) || pe.Field != "Group ID" {
		t.Errorf("other workbook: err = %v, want a *aka.ParseError on Group ID", err)
	}
}

func TestUKEmitError(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "uk_conlist.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	stop := errors.New("stop")
	n := 0
	_, err = ReadUKCSV(f, Source{}, func(*aka.Entity) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err = %v after %d entities, want stop after 1", err, n)
	}
}

func TestUKSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Russia", []string{"Russia"}},
		{"(1) Germany. (2) Morocco", []string{"Germany", "Morocco"}},
		{"(1) Tunis (2) - (3) -", []string{"Tunis"}},
		{"(1) 223611 (2) C00146605", []string{"223611", "C00146605"}},
	}
	for _, tt := range tests {
		if got := ukSplit(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("ukSplit(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUKUNRefs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"(UK Sanctions List Ref):AQD0194. (UN Ref):QDi.042 and SOi.002. Listed", []string{"un:QDi.042", "un:SOi.002"}},
		{"(UN Ref):CDi. 038. Listed", []string{"un:CDi.038"}},
		{"(UN Ref):QDE.145. Associated", []string{"un:QDe.145"}},
		{"(OFSI ID: 13641, UN Reference Number: UN Ref KPe.070) (IMO number):8898740", nil},
		{"no reference", nil},
	}
	for _, tt := range tests {
		if got := ukUNRefs(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("ukUNRefs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUKNameKind(t *testing.T) {
	tests := []struct {
		aliasType, quality string
		kind               aka.NameKind
		q                  aka.Quality
	}{
		{"Primary name", "", aka.Primary, aka.Strong},
		{"Primary name variation", "", aka.Alias, aka.Strong},
		{"AKA", "Good quality", aka.Alias, aka.Strong},
		{"AKA", "Low quality", aka.Alias, aka.Weak},
		{"AKA", "", aka.Alias, aka.Strong},
		{"FKA", "", aka.Former, aka.Strong},
	}
	for _, tt := range tests {
		var n aka.Name
		ukNameKind(&n, tt.aliasType, tt.quality)
		if n.Kind != tt.kind || n.Quality != tt.q {
			t.Errorf("ukNameKind(%q, %q) = %s/%s, want %s/%s", tt.aliasType, tt.quality, n.Kind, n.Quality, tt.kind, tt.q)
		}
	}
}

func ukEqualJSON(t *testing.T, a, b any) bool {
	t.Helper()
	ja, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	jb, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Equal(ja, jb)
}

// ukWorkbook returns an xlsx workbook whose first sheet holds rows.
func ukWorkbook(t *testing.T, rows [][]string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cells := make([]any, len(r))
		for j := range r {
			cells[j] = r[j]
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &cells); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// checkUKParseError fails unless err is nil or an *aka.ParseError that says
// where the input is bad.
func checkUKParseError(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var pe *aka.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("err = %v (%T), want a *aka.ParseError", err, err)
	}
	if pe.Pos == "" && pe.Field == "" {
		t.Fatalf("err = %v: no position or field", err)
	}
}

func FuzzReadUKCSV(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("testdata", "uk_conlist.csv"))
	if err != nil {
		f.Fatal(err)
	}
	// Big inputs make the fuzzer slow (it minimizes each new one), so the
	// seeds are the excerpt's first rows with their cells cut short.
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	recs, err := cr.ReadAll()
	if err != nil || len(recs) < 6 {
		f.Fatalf("%d records, %v", len(recs), err)
	}
	var small bytes.Buffer
	w := csv.NewWriter(&small)
	for _, r := range recs[:6] {
		for i := range r {
			if i > 0 && len(r[i]) > 40 && !strings.Contains(r[i], "UN Ref") {
				r[i] = r[i][:40]
			}
		}
		w.Write(r)
	}
	w.Flush()
	f.Add(small.Bytes())
	f.Add([]byte("Last Updated,14/04/2025\nName 6,Name 1,Group Type,Alias Type,Group ID,DOB\nX,Y,Ship,AKA,7,00/13/2000\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		_, err := ReadUKCSV(bytes.NewReader(in), Source{File: "f.csv"}, func(e *aka.Entity) error {
			if e.ID == "" || e.Type == "" {
				t.Fatalf("entity without id or type: %+v", e)
			}
			return nil
		})
		checkUKParseError(t, err)
	})
}

// FuzzUKRow feeds one row, its cells separated by tabs, under the real
// header: row parsing never panics and refuses bad input with a position.
func FuzzUKRow(f *testing.F) {
	f.Add("AG GHALI\tIyad\t\t\t\t\t\tإياد أغ غالي\t\t\t00/00/1958\tKidal\tMali\tMali\tA1037434\tIssued on 10 Aug. 2001\t012546\tNational identification card\t\t\t\t\t\t\t\t\tMali\t(UN Ref):QDi.316. (Gender):Male\tIndividual\tPrimary name\t\tISIL (Da'esh) and Al-Qaida\t07/03/2013\t\t\t12862")
	f.Add("X\t\t\t\t\t\t(1) Mr (2) Dr\t\t\t\t1958 to 1960\t(1) a (2) b\t(1) Iraq\t(1) Germany. (2) Morocco\t(1) 1 (2) 2 (3) 3\t(1) x (2) y\t\t\t\t\t\t\t\t\t\t\t\t(UN Ref):QDE.145 and XXi. 4\tShip\tFKA\tLow quality\tR\t00/00/2000\t\t\t1")
	f.Add("\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t")
	f.Fuzz(func(t *testing.T, line string) {
		u := ukNewReader("f")
		if err := u.header(ukRealHeader, "row 2"); err != nil {
			t.Fatal(err)
		}
		err := u.row(strings.Split(line, "\t"), "row 3")
		checkUKParseError(t, err)
		for _, g := range u.order {
			e := g.finish()
			if !strings.HasPrefix(e.ID, "uk:") || e.Type == "" || len(e.Names) == 0 {
				t.Fatalf("bad entity %+v", e)
			}
		}
	})
}

// ukRealHeader is the header row of the 14/04/2025 ConList.
var ukRealHeader = strings.Split("Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,Name Non-Latin Script,"+
	"Non-Latin Script Type,Non-Latin Script Language,DOB,Town of Birth,Country of Birth,Nationality,"+
	"Passport Number,Passport Details,National Identification Number,National Identification Details,"+
	"Position,Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,Post/Zip Code,Country,"+
	"Other Information,Group Type,Alias Type,Alias Quality,Regime,Listed On,"+
	"UK Sanctions List Date Designated,Last Updated,Group ID", ",")

func BenchmarkReadUK(b *testing.B) {
	data, err := os.ReadFile(sharedData(b, "uk/ofsi_ConList_2025-04-14.xlsx"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadUKXLSX(bytes.NewReader(data), Source{}, func(*aka.Entity) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

func TestUKIDs(t *testing.T) {
	got := ukIDs("(UK Sanctions List Ref):RUS1405. Organization Established Date 03 Sep 1964. Government Gazette Number 92611467 (Russia) Tax ID No. 7735579027 (Russia). INN: 7704366170 OGRN: 1167700061540. TINICHNYI")
	want := []aka.Document{
		{Type: aka.OtherDoc, TypeText: "Government Gazette Number", Number: "92611467", Normalized: "92611467"},
		{Type: aka.TaxID, TypeText: "Tax ID No", Number: "7735579027", Normalized: "7735579027"},
		{Type: aka.TaxID, TypeText: "INN", Number: "7704366170", Normalized: "7704366170"},
		{Type: aka.OtherDoc, TypeText: "OGRN", Number: "1167700061540", Normalized: "1167700061540"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ukIDs = %+v\nwant %+v", got, want)
	}
	if got := ukIDs("Established 1990 (UN Ref):QDe.121"); got != nil {
		t.Errorf("ukIDs of no number = %+v", got)
	}
}
