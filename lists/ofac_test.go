package lists

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/akascreen/aka"
)

func TestOFACGolden(t *testing.T) {
	l := checkGolden(t, "ofac_sdn_2024-05-03.csv")
	if l.Format != "ofac-csv" || l.Version != "2024-05-03" || len(l.Companions) != 0 {
		t.Errorf("format %q, version %q, companions %q; want ofac-csv, 2024-05-03, none", l.Format, l.Version, l.Companions)
	}
}

func TestOFACGoldenSet(t *testing.T) {
	l := checkGolden(t, filepath.Join("ofac_set", "sdn.csv"))
	if diff := cmp.Diff([]string{"alt.csv", "add.csv"}, l.Companions); diff != "" {
		t.Errorf("companions (-want +got):\n%s", diff)
	}
	// The excerpt's alt.csv holds two aliases of ent_num 555 and its add.csv
	// two addresses of ent_num 475, neither of which is in its sdn.csv.
	or := readOFACFile(t, filepath.Join("testdata", "ofac_set", "sdn.csv"))
	if or.orphanAlts != 2 || or.orphanAdds != 2 {
		t.Errorf("orphan alt rows %d, add rows %d; want 2, 2", or.orphanAlts, or.orphanAdds)
	}
}

// readOFACFile reads file with an ofacReader, for its counts.
func readOFACFile(t testing.TB, file string) *ofacReader {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dir := filepath.Dir(file)
	src := Source{File: file, Open: func(name string) (io.ReadCloser, error) { return os.Open(filepath.Join(dir, name)) }}
	var or ofacReader
	if _, err := or.read(f, src, func(*aka.Entity) error { return nil }); err != nil {
		t.Fatal(err)
	}
	return &or
}

func findEntity(t *testing.T, l *List, id string) *aka.Entity {
	t.Helper()
	for _, e := range l.Entities {
		if e.ID == id {
			return e
		}
	}
	t.Fatalf("%s: no entity %s", l.File, id)
	return nil
}

func TestOFACFull(t *testing.T) {
	file := sharedData(t, "ofac/sdn_2024-05-03.csv")
	l, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	s := l.Stats()
	want := Stats{File: file, Format: "ofac-csv", Version: "2024-05-03", Persons: 6854, Organizations: 6884,
		Vessels: 851, Aircraft: 376, Names: s.Names, Documents: s.Documents}
	if diff := cmp.Diff(want, s); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}

	// "DOB 1966; alt. DOB 27 Oct 1969; nationality Libya; Passport 203037
	// (Libya); a.k.a. 'ABU ANAS'; a.k.a. ''ABD AL-MUHSI'; a.k.a. ''ABD
	// AL-RAHMAN'."
	e := findEntity(t, l, "ofac:7150")
	if diff := cmp.Diff([]aka.BirthDate{
		{Date: aka.PartialDate{Year: 1966}},
		{Date: aka.PartialDate{Year: 1969, Month: 10, Day: 27}},
	}, e.BirthDates); diff != "" {
		t.Errorf("ofac:7150 birth dates (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]aka.Document{{Type: aka.Passport, TypeText: "Passport", Number: "203037", Normalized: "203037", Country: "ly"}}, e.Documents); diff != "" {
		t.Errorf("ofac:7150 documents (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"ly"}, e.Nationalities); diff != "" {
		t.Errorf("ofac:7150 nationalities (-want +got):\n%s", diff)
	}
	var got []string
	for _, n := range e.Names {
		got = append(got, string(n.Kind)+"/"+string(n.Quality)+": "+n.Full)
	}
	if diff := cmp.Diff([]string{
		"primary/strong: Abd al-Muhsin AL-LIBI",
		"alias/weak: ABU ANAS",
		"alias/weak: 'ABD AL-MUHSI",
		"alias/weak: 'ABD AL-RAHMAN",
	}, got); diff != "" {
		t.Errorf("ofac:7150 names (-want +got):\n%s", diff)
	}

	// "DOB 01 Jan 1953; alt. DOB 1952; POB Kandahar, Afghanistan; Passport
	// 306749 (Afghanistan) expires 28 Jun 2014; alt. Passport 47168
	// (Afghanistan)"
	e = findEntity(t, l, "ofac:13157")
	if diff := cmp.Diff([]aka.BirthDate{
		{Date: aka.PartialDate{Year: 1953, Month: 1, Day: 1}},
		{Date: aka.PartialDate{Year: 1952}},
	}, e.BirthDates); diff != "" {
		t.Errorf("ofac:13157 birth dates (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]aka.Document{
		{Type: aka.Passport, TypeText: "Passport", Number: "306749", Normalized: "306749", Country: "af", Note: "expires 28 Jun 2014"},
		{Type: aka.Passport, TypeText: "Passport", Number: "47168", Normalized: "47168", Country: "af"},
	}, e.Documents); diff != "" {
		t.Errorf("ofac:13157 documents (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]aka.Place{{Text: "Kandahar, Afghanistan", Country: "af"}}, e.BirthPlaces); diff != "" {
		t.Errorf("ofac:13157 birth places (-want +got):\n%s", diff)
	}

	// Every DOB in the file is one aka.ParseBirthDate reads.
	if or := readOFACFile(t, file); or.badDOBs != 0 {
		t.Errorf("%d DOBs could not be read, want 0", or.badDOBs)
	}
}

func TestOFACFullSet(t *testing.T) {
	file := sharedData(t, "ofac/set_2021-04-25/sdn.csv")
	l, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"alt.csv", "add.csv"}, l.Companions); diff != "" {
		t.Errorf("companions (-want +got):\n%s", diff)
	}
	s := l.Stats()
	if s.Persons != 4566 {
		t.Errorf("%d persons, want 4566", s.Persons)
	}
	// alt.csv: "16536,25093,"fka","KOSARIAN FARD"" and
	// "16536,25094,"aka","KOSARYANI-FARD, Pejman"".
	e := findEntity(t, l, "ofac:16536")
	wantNames := map[string]aka.NameKind{"KOSARIAN FARD": aka.Former, "Pejman KOSARYANI-FARD": aka.Alias}
	for _, n := range e.Names {
		if k, ok := wantNames[n.Full]; ok && k == n.Kind && n.Quality == aka.Strong {
			delete(wantNames, n.Full)
		}
	}
	if len(wantNames) > 0 {
		t.Errorf("ofac:16536 lacks strong names %v: %+v", wantNames, e.Names)
	}
	// add.csv: "16536,24990,"P.O. Box 52404","Dubai","United Arab Emirates"".
	if diff := cmp.Diff([]aka.Address{{Street: "P.O. Box 52404", City: "Dubai", Country: "ae",
		Text: "P.O. Box 52404, Dubai, United Arab Emirates"}}, e.Addresses); diff != "" {
		t.Errorf("ofac:16536 addresses (-want +got):\n%s", diff)
	}
	alts, adds := 0, 0
	for _, e := range l.Entities {
		for _, n := range e.Names {
			if n.Kind != aka.Primary && n.Quality == aka.Strong {
				alts++
			}
		}
		adds += len(e.Addresses)
	}
	// alt.csv has 11,742 rows; 10 repeat, ignoring case, a name the entity
	// already has ("BEHZAD, Ahmad Abdulla Mohammad Abdulla" is both SDN_Name
	// and an aka of ent_num 10594) and are dropped. add.csv has 13,761 rows,
	// of which 2,403 are -0- throughout and give no address.
	if alts != 11732 || adds != 11358 {
		t.Errorf("%d strong aliases and %d addresses arrived, want 11,732 and 11,358", alts, adds)
	}
	or := readOFACFile(t, file)
	if or.orphanAlts != 0 || or.orphanAdds != 0 || or.badDOBs != 0 {
		t.Errorf("orphan alts %d, orphan adds %d, bad DOBs %d; want none", or.orphanAlts, or.orphanAdds, or.badDOBs)
	}
}

func TestOFACName(t *testing.T) {
	for _, tc := range []struct {
		in     string
		person bool
		want   aka.Name
	}{
		{"BANCO NACIONAL DE CUBA", false, aka.Name{Full: "BANCO NACIONAL DE CUBA", Script: "Latin"}},
		{"ACME, LTD.", false, aka.Name{Full: "ACME, LTD.", Script: "Latin"}},
		{"AL-LIBI, Abd al-Muhsin", true, aka.Name{Full: "Abd al-Muhsin AL-LIBI", Script: "Latin",
			Parts: []aka.NamePart{{Kind: aka.GivenName, Value: "Abd al-Muhsin"}, {Kind: aka.FamilyName, Value: "AL-LIBI"}}}},
		{"DELOS REYES, Feliciano Semborio, Jr.", true, aka.Name{Full: "Feliciano Semborio DELOS REYES Jr.", Script: "Latin",
			Parts: []aka.NamePart{{Kind: aka.GivenName, Value: "Feliciano Semborio"}, {Kind: aka.FamilyName, Value: "DELOS REYES"}, {Kind: aka.OtherName, Value: "Jr."}}}},
		{"SANTOSO", true, aka.Name{Full: "SANTOSO", Script: "Latin"}},
		{"ABDILLAH, ", true, aka.Name{Full: "ABDILLAH, ", Script: "Latin"}},
	} {
		tc.want.Kind, tc.want.Quality = aka.Primary, aka.Strong
		got := ofacName(tc.in, aka.Primary, aka.Strong, tc.person)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("ofacName(%q, %v) (-want +got):\n%s", tc.in, tc.person, diff)
		}
	}
}

func TestOFACRemarks(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want ofacFacts
	}{
		{"", ofacFacts{}},
		{"-0-", ofacFacts{}},
		{"DOB 21 Jul 1997; alt. DOB 1993; alt. DOB circa 1965; DOB 1960 to 1965; DOB Jul 1997; DOB 21 Jul 1997.", ofacFacts{birthDates: []aka.BirthDate{
			{Date: aka.PartialDate{Year: 1997, Month: 7, Day: 21}},
			{Date: aka.PartialDate{Year: 1993}},
			{Date: aka.PartialDate{Year: 1965}, Approximate: true},
			{Date: aka.PartialDate{Year: 1960}, To: aka.PartialDate{Year: 1965}},
			{Date: aka.PartialDate{Year: 1997, Month: 7}},
		}}},
		{"DOB 12 Ju; DOB unknown", ofacFacts{badDOBs: 2}},
		{"POB Baghdad, Iraq; alt. POB Pyongyang, Korea, North; Alt. POB: Keren Eritrea; POB Tunisi (Tunisia); POB Monterrey, Nuevo Leon", ofacFacts{birthPlaces: []aka.Place{
			{Text: "Baghdad, Iraq", Country: "iq"},
			{Text: "Pyongyang, Korea, North", Country: "kp"},
			{Text: "Keren Eritrea"},
			{Text: "Tunisi (Tunisia)", Country: "tn"},
			{Text: "Monterrey, Nuevo Leon"},
		}}},
		{"nationality Iraq; alt. nationality Korea, North; nationality possibly Palestinian; citizen Iraq; alt. citizen Man, Isle of; Nationality of Registration Virgin Islands, British", ofacFacts{
			nationalities: []string{"iq", "kp", "vg"},
			citizenships:  []string{"iq", "im"},
		}},
		{"Gender Female", ofacFacts{gender: aka.Female}},
		{"Gender Unknown", ofacFacts{}},
		{"a.k.a. 'ABU X'; f.k.a. 'OLD NAME'; n.k.a. 'NEW NAME'; a.k.a. 'ABU 'ABDALLAH'; a.k.a. ''FOOPIE''; a.k.a. 'WHOIS HACKIN", ofacFacts{names: []aka.Name{
			{Full: "ABU X", Kind: aka.Alias, Quality: aka.Weak},
			{Full: "OLD NAME", Kind: aka.Former, Quality: aka.Weak},
			{Full: "NEW NAME", Kind: aka.Alias, Quality: aka.Weak, Note: "n.k.a."},
			{Full: "ABU 'ABDALLAH", Kind: aka.Alias, Quality: aka.Weak},
			{Full: "FOOPIE", Kind: aka.Alias, Quality: aka.Weak},
		}}},
		{"Passport AB850901 (Tanzania) issued 2010 expires 2020; alt. Passport Booklet: A5199819 (Pakistan); National ID No. 123 (Iraq); Passport No.: 0310857, Eritrea, Issue Date 21 August 2006",
			ofacFacts{documents: []aka.Document{
				{Type: aka.Passport, TypeText: "Passport", Number: "AB850901", Normalized: "AB850901", Country: "tz", Note: "issued 2010 expires 2020"},
				{Type: aka.Passport, TypeText: "Passport Booklet", Number: "A5199819", Normalized: "A5199819", Country: "pk"},
				{Type: aka.NationalID, TypeText: "National ID No.", Number: "123", Normalized: "123", Country: "iq"},
				{Type: aka.Passport, TypeText: "Passport No.", Number: "0310857", Normalized: "0310857", Country: "er", Note: "Issue Date 21 August 2006"},
			}}},
		{"Cedula No. 6068015 (Colombia); Tax ID No. AABA 670850 Y; R.F.C. # PMA-910805 (Mexico); SSN 523-33-8386 (United States); Registration Number HRA 738077 (Stuttgart) (Germany)",
			ofacFacts{documents: []aka.Document{
				{Type: aka.NationalID, TypeText: "Cedula No.", Number: "6068015", Normalized: "6068015", Country: "co"},
				{Type: aka.TaxID, TypeText: "Tax ID No.", Number: "AABA 670850 Y", Normalized: "AABA670850Y"},
				{Type: aka.TaxID, TypeText: "R.F.C.", Number: "PMA-910805", Normalized: "PMA910805", Country: "mx"},
				{Type: aka.NationalID, TypeText: "SSN", Number: "523-33-8386", Normalized: "523338386", Country: "us"},
				{Type: aka.OtherDoc, TypeText: "Registration Number", Number: "HRA 738077", Normalized: "HRA738077", Country: "de", Note: "(Stuttgart)"},
			}}},
		{"Vessel Registration Identification IMO 7206512; Identification Number IMO 5848165; MMSI 572469210",
			ofacFacts{documents: []aka.Document{
				{Type: aka.OtherDoc, TypeText: "IMO", Number: "7206512", Normalized: "7206512"},
				{Type: aka.OtherDoc, TypeText: "IMO", Number: "5848165", Normalized: "5848165"},
				{Type: aka.OtherDoc, TypeText: "MMSI", Number: "572469210", Normalized: "572469210"},
			}}},
		{"U.S.A. Passport issued 21 Jun 1992 in Amman, Jordan; Passport; Passportless 12; Linked To: HIZBALLAH; Email Address x@y.z", ofacFacts{}},
	} {
		got := ofacParseRemarks(tc.in, nil)
		if got2 := ofacParseRemarks(tc.in, make(ofacCountries)); !cmp.Equal(got, got2, cmp.AllowUnexported(ofacFacts{})) {
			t.Errorf("ofacParseRemarks(%q) differs with a memo", tc.in)
		}
		if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(ofacFacts{})); diff != "" {
			t.Errorf("ofacParseRemarks(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestOFACVersion(t *testing.T) {
	for in, want := range map[string]string{
		"sdn_2024-05-03.csv":               "2024-05-03",
		"/x/2021-04-25/sdn.csv":            "",
		"sdn.csv":                          "",
		"SDN-2024-13-01.csv":               "",
		"sdn 2023-02-30 or 2023-03-01.csv": "2023-03-01",
	} {
		if got := ofacVersion(in); got != want {
			t.Errorf("ofacVersion(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSniffOFAC(t *testing.T) {
	head, err := os.ReadFile(filepath.Join("testdata", "ofac_sdn_2024-05-03.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		head string
		want bool
	}{
		{string(head), true},
		{"\xef\xbb\xbf" + string(head), true},
		{"12,\"NAME, Given\",\"individual\",\"SDGT\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\n", true},
		{"name,birth_date,country\nJohn Smith,1970,GB\n", false},
		{"id,name,type,program,title,a,b,c,d,e,f,remarks\n1,x,individual,,,,,,,,,\n", false},
		{"ent_num,alt_num,alt_type,alt_name,alt_remarks\n36,12,aka,AERO-CARIBBEAN,-0- \n", false},
		{"ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,Vess_owner,Remarks\n", true},
		{"36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n", false},
		{"36,25,-0- ,\"Havana\",\"Cuba\",-0- \r\n", false},
		{"12,\"X\",\"company\",\"SDGT\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\n", false},
		{"", false},
		{"<?xml version=\"1.0\"?>", false},
	} {
		if got := sniffOFAC([]byte(tc.head)); got != tc.want {
			t.Errorf("sniffOFAC(%.40q) = %v, want %v", tc.head, got, tc.want)
		}
	}
}

// memSource is a Source whose companions are in memory.
func memSource(file string, companions map[string]string) Source {
	return Source{File: file, Open: func(name string) (io.ReadCloser, error) {
		s, ok := companions[name]
		if !ok {
			return nil, fs.ErrNotExist
		}
		return io.NopCloser(strings.NewReader(s)), nil
	}}
}

func TestOFACCompanions(t *testing.T) {
	sdn := "10,\"M\xdcLLER, J\xfcrgen\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a"
	// alt.csv as the 2024-09-25 copy has it: a header row, unquoted
	// fields, and "\x1a,,,," at the end.
	alt := "ent_num,alt_num,alt_type,alt_name,alt_remarks\r\n10,1,aka,\"SCHMIDT, Hans\",-0- \r\n10,2,NKA,NEW CO,\"per 2020 notice\"\r\n\x1a,,,,"
	l, err := ReadFormat(strings.NewReader(sdn), Formats[2], memSource("/lists/SDN.CSV", map[string]string{"ALT.CSV": alt}))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"ALT.CSV"}, l.Companions); diff != "" {
		t.Errorf("companions (-want +got):\n%s", diff)
	}
	e := l.Entities[0]
	want := []aka.Name{
		{Full: "Jürgen MÜLLER", Kind: aka.Primary, Quality: aka.Strong, Script: "Latin",
			Parts: []aka.NamePart{{Kind: aka.GivenName, Value: "Jürgen"}, {Kind: aka.FamilyName, Value: "MÜLLER"}}},
		{Full: "Hans SCHMIDT", Kind: aka.Alias, Quality: aka.Strong, Script: "Latin",
			Parts: []aka.NamePart{{Kind: aka.GivenName, Value: "Hans"}, {Kind: aka.FamilyName, Value: "SCHMIDT"}}},
		{Full: "NEW CO", Kind: aka.Alias, Quality: aka.Strong, Script: "Latin", Note: "n.k.a. per 2020 notice"},
	}
	if diff := cmp.Diff(want, e.Names); diff != "" {
		t.Errorf("names (-want +got):\n%s", diff)
	}

	// A file not named sdn*.csv does not look for companions.
	l, err = ReadFormat(strings.NewReader(sdn), Formats[2], memSource("list.csv", map[string]string{"alt.csv": alt}))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Companions) != 0 || len(l.Entities[0].Names) != 1 {
		t.Errorf("list.csv read companions %v", l.Companions)
	}
}

func TestOFACVessel(t *testing.T) {
	in := `4238,"MAR AZUL","vessel","CUBA",-0- ,"CL2192","Tug",-0- ,"212","Cuba","Samir de Navegacion S.A.",-0- ` + "\r\n"
	l, err := ReadFormat(strings.NewReader(in), Formats[2], Source{File: "v.csv"})
	if err != nil {
		t.Fatal(err)
	}
	e := l.Entities[0]
	want := &aka.Entity{
		ID: "ofac:4238", Type: aka.Vessel, Source: "ofac", SourceID: "4238",
		Names:         []aka.Name{{Full: "MAR AZUL", Kind: aka.Primary, Quality: aka.Strong, Script: "Latin"}},
		Nationalities: []string{"cu"},
		Documents:     []aka.Document{{Type: aka.OtherDoc, TypeText: "Call Sign", Number: "CL2192", Normalized: "CL2192"}},
		Programs:      []string{"CUBA"},
		Remarks:       "Vessel Type Tug; GRT 212; Vessel Flag Cuba; Vessel Owner Samir de Navegacion S.A.",
	}
	if diff := cmp.Diff(want, e); diff != "" {
		t.Errorf("vessel (-want +got):\n%s", diff)
	}
}

func TestOFACErrors(t *testing.T) {
	const ok = `1,"A, B","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ` + "\r\n"
	for _, tc := range []struct {
		name       string
		file       string
		in         string
		companions map[string]string
		wantFile   string
		wantPos    string
		wantField  string
	}{
		{"columns", "sdn.csv", ok + `2,"C","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ` + "\r\n", nil, "sdn.csv", "line 2", ""},
		{"ent_num", "sdn.csv", ok + strings.Replace(ok, "1,", "2,", 1) + `x3,"C",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ` + "\r\n", nil, "sdn.csv", "line 3", "ent_num"},
		{"twice", "sdn.csv", ok + ok, nil, "sdn.csv", "line 2", "ent_num"},
		{"zero ent_num", "sdn.csv", `0,"C",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `, nil, "sdn.csv", "line 1", "ent_num"},
		{"SDN_Type", "sdn.csv", `4,"C","company","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `, nil, "sdn.csv", "line 1", "SDN_Type"},
		{"SDN_Name", "sdn.csv", ok + `4,-0- ,-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `, nil, "sdn.csv", "line 2", "SDN_Name"},
		{"bare quote", "sdn.csv", ok + `5,"C",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1970; a.k.a. "X"."` + "\r\n", nil, "sdn.csv", "line 2", "Remarks"},
		{"quote in name", "sdn.csv", `6,"C "D" E",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `, nil, "sdn.csv", "line 1", "SDN_Name"},
		{"unterminated", "sdn.csv", ok + `7,"C,-0- ,"SDGT"` + "\r\n", nil, "sdn.csv", "line 2", "SDN_Name"},
		{"alt ent_num", "/d/sdn.csv", ok, map[string]string{"alt.csv": "1,1,\"aka\",\"X\",-0- \r\nq,2,\"aka\",\"Y\",-0- \r\n"}, "/d/alt.csv", "line 2", "ent_num"},
		{"alt_type", "/d/sdn.csv", ok, map[string]string{"alt.csv": "1,1,\"aka\",\"X\",-0- \r\n1,2,\"xka\",\"Y\",-0- \r\n"}, "/d/alt.csv", "line 2", "alt_type"},
		{"add columns", "/d/sdn.csv", ok, map[string]string{"add.csv": "1,1,\"Street\",\"City\",\"Iraq\"\r\n"}, "/d/add.csv", "line 1", ""},
		{"add quote", "/d/sdn.csv", ok, map[string]string{"add.csv": "1,1,\"Street\",\"Ci\"ty\",\"Iraq\",-0- \r\n"}, "/d/add.csv", "line 1", "city_state_postal"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadFormat(strings.NewReader(tc.in), Formats[2], memSource(tc.file, tc.companions))
			var pe *aka.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v, want an *aka.ParseError", err)
			}
			if pe.File != tc.wantFile || pe.Pos != tc.wantPos || pe.Field != tc.wantField {
				t.Errorf("error %q: file %q, pos %q, field %q; want %q, %q, %q", err, pe.File, pe.Pos, pe.Field, tc.wantFile, tc.wantPos, tc.wantField)
			}
		})
	}
}

// TestOFACTrackerLongInput checks that a quoting error far into a file still
// names its field, past the tracker's window.
func TestOFACTrackerLongInput(t *testing.T) {
	const row = `1,"A, B","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1970"` + "\r\n"
	var b strings.Builder
	for i := 1; i <= 2000; i++ {
		b.WriteString(strings.Replace(row, "1,", strconv.Itoa(i)+",", 1))
	}
	b.WriteString(`5,"C",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"x "y" z"` + "\r\n")
	_, err := ReadFormat(strings.NewReader(b.String()), Formats[2], Source{File: "big.csv"})
	var pe *aka.ParseError
	if !errors.As(err, &pe) || pe.Pos != "line 2001" || pe.Field != "Remarks" {
		t.Errorf("error %v, want big.csv: line 2001: Remarks", err)
	}
}

func FuzzReadOFAC(f *testing.F) {
	for _, name := range []string{"ofac_sdn_2024-05-03.csv", filepath.Join("ofac_set", "sdn.csv"), filepath.Join("ofac_set", "alt.csv")} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`1,"A "B",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ` + "\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		// The input is read both as sdn.csv and as its alt.csv companion.
		src := memSource("sdn.csv", map[string]string{"alt.csv": string(b), "add.csv": string(b)})
		for _, s := range []Source{{File: "x.csv"}, src} {
			_, err := ReadOFAC(strings.NewReader(string(b)), s, func(*aka.Entity) error { return nil })
			if err == nil {
				continue
			}
			var pe *aka.ParseError
			if !errors.As(err, &pe) || pe.Pos == "" {
				t.Fatalf("error %#v: want an *aka.ParseError with a position", err)
			}
		}
	})
}

func FuzzOFACRemarks(f *testing.F) {
	b, err := os.ReadFile(filepath.Join("testdata", "ofac_sdn_2024-05-03.csv"))
	if err != nil {
		f.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.LastIndex(line, ",\""); i >= 0 {
			f.Add(line[i+2:])
		}
	}
	f.Add("Passport (; POB , ; DOB circa ; a.k.a. '; National ID No. )(")
	f.Fuzz(func(t *testing.T, s string) {
		ofacParseRemarks(s, nil)
	})
}

func BenchmarkReadOFAC(b *testing.B) {
	data, err := os.ReadFile(sharedData(b, "ofac/sdn_2024-05-03.csv"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		if _, err := ReadOFAC(bytes.NewReader(data), Source{File: "sdn_2024-05-03.csv"}, func(*aka.Entity) error { n++; return nil }); err != nil {
			b.Fatal(err)
		}
		if n != 14965 {
			b.Fatalf("%d entities, want 14965", n)
		}
	}
}
