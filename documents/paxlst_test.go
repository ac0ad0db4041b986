package documents

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestPAXLSTGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "paxlst_*.edi"))
	if len(files) == 0 {
		t.Fatal("no testdata/paxlst_*.edi")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if !SniffPAXLST(data[:min(len(data), 512)]) {
				t.Errorf("SniffPAXLST = false")
			}
			if SniffPNRGOV(data[:min(len(data), 512)]) {
				t.Errorf("SniffPNRGOV = true")
			}
			subjects, problems, err := ReadPAXLST(bytes.NewReader(data), filepath.Base(f))
			if err != nil {
				t.Fatal(err)
			}
			if len(subjects) == 0 {
				t.Errorf("no subjects")
			}
			ediGolden(t, filepath.Base(f), subjects, problems)
		})
	}
}

// paxMessage wraps passenger segments in an interchange of 2014-02-02 with
// one flight.
func paxMessage(persons string) string {
	return "UNA:+.? '\nUNB+UNOA:4+AIR1+DHS+140202:1545+1++DHS'\nUNH+M1+PAXLST:D:05B:UN:IATA'\nBGM+745'\n" +
		"TDT+20+AA123+++AA'\nLOC+125+ATL'\nDTM+189:1402031540:201'\nLOC+87+JFK'\nDTM+232:1402031740:201'\n" +
		persons + "CNT+42:1'\nUNT+9+M1'\nUNZ+1+1'\n"
}

func TestPAXLSTFields(t *testing.T) {
	in := paxMessage("NAD+FL+++O?'BRIEN:ANNE:MARIE'\nATT+2++F'\nDTM+329:150101'\nLOC+180+:::Cork'\n" +
		"NAT+2+IRL'\nRFF+AVF:ABC123'\nDOC+V+V123'\nDOC+I+ID999'\nDTM+36:250101'\nLOC+91+IRL'\n" +
		"NAD+DDT+++DOE:JOHN'\nDTM+329:130101'\n")
	subjects, problems, err := ReadPAXLST(strings.NewReader(in), "t.edi")
	if err != nil || len(problems) > 0 {
		t.Fatalf("ReadPAXLST: %v %v", err, problems)
	}
	if len(subjects) != 2 {
		t.Fatalf("got %d subjects, want 2", len(subjects))
	}
	s := subjects[0]
	checks := []struct{ field, got, want string }{
		{"Name", s.Name, "ANNE MARIE O'BRIEN"},
		{"Gender", s.Gender, "female"},
		{"BirthDate", s.BirthDate, "1915-01-01"}, // 2015 would be after the message
		{"PlaceOfBirth", s.PlaceOfBirth, "Cork"},
		{"Nationality", s.Nationality, "ie"},
		{"DocumentType", s.DocumentType, "national_id"}, // the visa is passed over
		{"DocumentNumber", s.DocumentNumber, "ID999"},
		{"DocumentCountry", s.DocumentCountry, "ie"},
		{"DocumentExpiry", s.DocumentExpiry, "2025-01-01"},
		{"Origin", s.Origin, "segment 10 (NAD), line 10"},
		{"Role", s.Travel.Role, "passenger"},
		{"Reference", s.Travel.Reference, "ABC123"},
		{"Flight", s.Travel.Flight, "AA123"},
		{"DepartureTime", s.Travel.DepartureTime, "2014-02-03T15:40"},
		{"ArrivalAirport", s.Travel.ArrivalAirport, "JFK"},
		{"crew Role", subjects[1].Travel.Role, "crew"},
		{"crew BirthDate", subjects[1].BirthDate, "2013-01-01"},
		{"crew Reference", subjects[1].Travel.Reference, "M1"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
}

func TestPAXLSTMultiLeg(t *testing.T) {
	in := "UNB+UNOA:4+A+B+070218:1545+1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'" +
		"TDT+20+AA123+++AA'LOC+92+ATL'DTM+189:0702191540:201'LOC+92+ORD'DTM+232:0702191740:201'" +
		"TDT+20+AA124+++AA'LOC+92+ORD'DTM+189:0702191840:201'LOC+92+JFK'DTM+232:0702191955:201'" +
		"NAD+FL+++A:B'LOC+178+ORD'LOC+179+JFK'NAD+FL+++C:D'UNT+1+1'UNZ+1+1'"
	subjects, _, err := ReadPAXLST(strings.NewReader(in), "")
	if err != nil {
		t.Fatal(err)
	}
	a, c := subjects[0].Travel, subjects[1].Travel
	if a.Flight != "AA124" || a.DepartureAirport != "ORD" || a.DepartureTime != "2007-02-19T18:40" || a.ArrivalAirport != "JFK" {
		t.Errorf("embarking at ORD: travel = %+v", *a)
	}
	if c.Flight != "AA123" || c.DepartureAirport != "ATL" || c.ArrivalAirport != "JFK" || c.ArrivalTime != "2007-02-19T19:55" {
		t.Errorf("no ports: travel = %+v, want first leg's departure, last leg's arrival", *c)
	}
}

func TestPAXLSTProblems(t *testing.T) {
	in := paxMessage("NAD+FL+++SMITH:JOHN'\nATT+2++Q'\nDTM+329:991399'\nDOC+P+123'\nDTM+36:251340'\n")
	subjects, problems, err := ReadPAXLST(strings.NewReader(in), "t.edi")
	if err != nil {
		t.Fatal(err)
	}
	if len(subjects) != 1 || subjects[0].Name != "JOHN SMITH" || subjects[0].BirthDate != "" ||
		subjects[0].DocumentNumber != "123" || subjects[0].DocumentExpiry != "" {
		t.Errorf("subjects = %+v, want JOHN SMITH kept without birth date or expiry", subjects)
	}
	want := []struct{ pos, field string }{
		{"segment 11 (ATT), line 11", "ATT+2"},
		{"segment 12 (DTM), line 12", "DTM+329"},
		{"segment 14 (DTM), line 14", "DTM+36"},
	}
	if len(problems) != len(want) {
		t.Fatalf("problems = %v, want %d", problems, len(want))
	}
	for i, w := range want {
		pe := ediCheckError(t, problems[i])
		if pe.File != "t.edi" || pe.Pos != w.pos || pe.Field != w.field {
			t.Errorf("problem %d = %v, want at %s in %s", i, pe, w.pos, w.field)
		}
	}
}

func TestPAXLSTErrors(t *testing.T) {
	full := paxMessage("NAD+FL+++SMITH:JOHN'\nDTM+329:700101'\n")
	tests := []struct {
		name, in, pos, field, msg string
	}{
		{"truncated", full[:strings.Index(full, "CNT")], "segment 11 (DTM), line 11", "UNT", "truncated"},
		{"truncated mid-segment", full[:strings.Index(full, "DTM+329")+6], "segment 11 (DTM), line 11", "UNT", "truncated"},
		{"missing UNH", strings.Replace(full, "UNH+M1+PAXLST:D:05B:UN:IATA'\n", "", 1), "segment 3 (BGM), line 3", "UNH", "UNH missing"},
		{"unterminated release", full[:strings.Index(full, "SMITH")] + "SMITH?", "segment 10 (NAD), line 10", "", "release character"},
		{"second UNH", strings.Replace(full, "CNT+42:1'", "UNH+M2+PAXLST:D:05B:UN:IATA'", 1), "segment 12 (UNH), line 12", "UNT", "truncated"},
		{"UNZ inside", strings.Replace(full, "UNT+9+M1'\n", "", 1), "segment 13 (UNZ), line 13", "UNT", "truncated"},
		{"other message", strings.Replace(full, "PAXLST:D:05B", "PNRGOV:11:1", 1), "segment 3 (UNH), line 3", "UNH", "want PAXLST"},
		{"bad tag", strings.Replace(full, "BGM+745", "B?'M+745", 1), "segment 4 (B'M), line 4", "", "not three letters"},
		{"empty", "", "end of input", "UNH", "no PAXLST message"},
		{"envelope only", "UNB+UNOA:4+A+B'UNZ+0+1'", "segment 2 (UNZ)", "UNH", "no PAXLST message"},
	}
	for _, tt := range tests {
		subjects, _, err := ReadPAXLST(strings.NewReader(tt.in), "t.edi")
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		pe := ediCheckError(t, err)
		if pe.File != "t.edi" || pe.Pos != tt.pos || pe.Field != tt.field || !strings.Contains(pe.Err.Error(), tt.msg) {
			t.Errorf("%s: error %q, want %s: %s: ...%s...", tt.name, err, tt.pos, tt.field, tt.msg)
		}
		if subjects != nil {
			t.Errorf("%s: %d subjects with an error", tt.name, len(subjects))
		}
	}
}

func TestPAXLSTTolerated(t *testing.T) {
	// An unknown segment, a text after UNZ, no envelope, and no UNB date.
	in := "UNH+1+PAXLST:D:02B:UN:IATA'BGM+250'TDT+20+UA1+++UA'LOC+125+FRA'DTM+189:2001011200:201'" +
		"NAD+FM+++DOE:JANE'XYZ+1'DTM+329:991231'UNT+5+1'UNZ+1+1'13Nov09"
	subjects, problems, err := ReadPAXLST(strings.NewReader(in), "")
	if err != nil || len(problems) > 0 {
		t.Fatalf("ReadPAXLST: %v %v", err, problems)
	}
	// Without UNB, the first departure (2020-01-01) dates the message.
	if len(subjects) != 1 || subjects[0].BirthDate != "1999-12-31" || subjects[0].Travel.Role != "crew" {
		t.Errorf("subjects = %+v", subjects)
	}
}

func TestSniffPAXLST(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"UNA:+.? 'UNB+UNOA:4+A+B'UNH+1+PAXLST:D:05B:UN:IATA'", true},
		{"\ufeff\r\n UNB+UNOA:4+A+B'UNG+PAXLST+A'", true},
		{"UNB+IATA:1+UA'UNH+1+PNRGOV:13:1:IA'", false},
		{"name,birth_date\nPAXLST,1970\n", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := SniffPAXLST([]byte(tt.in)); got != tt.want {
			t.Errorf("SniffPAXLST(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzReadPAXLST(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "paxlst_*.edi"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(paxMessage("NAD+FL+++SMITH:JOHN'\nDTM+329:991399'\nDOC+P+1'\nDTM+36:1'\n")))
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		subjects, problems, err := ReadPAXLST(bytes.NewReader(data), "f.edi")
		if d := time.Since(start); d > time.Second {
			t.Errorf("ReadPAXLST took %v on %d bytes", d, len(data))
		}
		if err != nil {
			ediCheckError(t, err)
			if subjects != nil {
				t.Errorf("subjects with error %v", err)
			}
		}
		for _, p := range problems {
			ediCheckError(t, p)
		}
	})
}

func BenchmarkReadPAXLST(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "paxlst_gtas_airline2_D02B_altseparators.edi"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := ReadPAXLST(bytes.NewReader(data), ""); err != nil {
			b.Fatal(err)
		}
	}
}
