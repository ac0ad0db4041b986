package documents

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestPNRGOVGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "pnrgov_*.edi"))
	if len(files) == 0 {
		t.Fatal("no testdata/pnrgov_*.edi")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if !SniffPNRGOV(data[:min(len(data), 512)]) {
				t.Errorf("SniffPNRGOV = false")
			}
			if SniffPAXLST(data[:min(len(data), 512)]) {
				t.Errorf("SniffPAXLST = true")
			}
			subjects, problems, err := ReadPNRGOV(bytes.NewReader(data), filepath.Base(f))
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

func TestPNRStripTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"JOHNMR", "JOHN"},
		{"MOLLYMRS", "MOLLY"},
		{"LIYAMRS", "LIYA"},
		{"ANNMISS", "ANN"},
		{"TOMMSTR", "TOM"},
		{"JANEMS", "JANE"},
		{"PAULDR", "PAUL"},
		{"AMYCHD", "AMY"},
		{"NINA MS", "NINA"},
		{"JOHN WILLIAM MR", "JOHN WILLIAM"},
		{"Jane Mrs", "Jane"},
		{"LUCAMR", "LUCA"},
		{"IANMR", "IAN"},
		// Names, not titles.
		{"MR", "MR"},
		{"NIMR", "NIMR"},
		{"AMR", "AMR"},
		{"EDMR", "EDMR"},
		{"ALEKSANDR", "ALEKSANDR"},
		{"ALEXANDR", "ALEXANDR"},
		{"OLEKSANDR", "OLEKSANDR"},
		{"WILLIAMS", "WILLIAMS"},
		{"ADAMS", "ADAMS"},
		{"THOMAS", "THOMAS"},
		{"MS", "MS"},
		{"", ""},
		{"ŞÜKRÜMR", "ŞÜKRÜMR"},
	}
	for _, tt := range tests {
		if got := pnrStripTitle(tt.in); got != tt.want {
			t.Errorf("pnrStripTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// pnrMessage wraps PNR segments in an interchange of 2018-09-28 for flight
// UA988 FRA-IAD.
func pnrMessage(pnrs string) string {
	return "UNB+IATA:1+UA++180928:1120+1'\nUNH+1+PNRGOV:13:1:IA+1'\nMSG+:22'\nORG+UA:DJE'\n" +
		"TVL+280918:1220:280918:1505+FRA+IAD+UA+988'\nEQN+1'\n" + pnrs + "UNT+9+1'\nUNZ+1+1'\n"
}

func TestPNRGOVFields(t *testing.T) {
	in := pnrMessage("SRC'\nRCI+UA:ABC123:230818:1220'\nTIF+SMITHJR+JOHNMR:A:1'\n" +
		"SSR+DOCS:HK::DL:::::/P/USA/123456789/USA/12JUL64/M/23AUG19/SMITHJR/JOHNMR/WILLIAM'\n" +
		"TIF+DOE+JANE MS:A:2'\nTVL+270918:1420::2120+WDH+ADD+ET+834:B'\nTIF+DOE+JANE MS:A:2'\n" +
		"SRC'\nRCI+1A:XYZ789'\nTIF+ROE+RICHARDMR'\n")
	subjects, problems, err := ReadPNRGOV(strings.NewReader(in), "p.edi")
	if err != nil || len(problems) > 0 {
		t.Fatalf("ReadPNRGOV: %v %v", err, problems)
	}
	if len(subjects) != 3 {
		t.Fatalf("got %d subjects, want 3: %+v", len(subjects), subjects)
	}
	s := subjects[0]
	checks := []struct{ field, got, want string }{
		{"Name", s.Name, "JOHN WILLIAM SMITHJR"},
		{"BirthDate", s.BirthDate, "1964-07-12"},
		{"Gender", s.Gender, "male"},
		{"Nationality", s.Nationality, "us"},
		{"DocumentType", s.DocumentType, "passport"},
		{"DocumentNumber", s.DocumentNumber, "123456789"},
		{"DocumentCountry", s.DocumentCountry, "us"},
		{"DocumentExpiry", s.DocumentExpiry, "2019-08-23"},
		{"Origin", s.Origin, "segment 9 (TIF), line 9"},
		{"Flight", s.Travel.Flight, "UA988"},
		{"DepartureTime", s.Travel.DepartureTime, "2018-09-28T12:20"},
		{"ArrivalTime", s.Travel.ArrivalTime, "2018-09-28T15:05"},
		{"Reference", s.Travel.Reference, "ABC123"},
		{"Role", s.Travel.Role, "passenger"},
		{"second Name", subjects[1].Name, "JANE DOE"},
		{"second Reference", subjects[1].Travel.Reference, "ABC123"},
		{"third Name", subjects[2].Name, "RICHARD ROE"},
		{"third Reference", subjects[2].Travel.Reference, "XYZ789"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
}

func TestPNRGOVProblems(t *testing.T) {
	in := pnrMessage("SRC'\nRCI+UA:ABC123'\nTIF+SMITH+JOHN:A:1'\n" +
		"SSR+DOCS:HK::DL:::::/P/USA/123/USA/31FEB64/Q/23XYZ19/SMITH/JOHN'\n")
	subjects, problems, err := ReadPNRGOV(strings.NewReader(in), "p.edi")
	if err != nil {
		t.Fatal(err)
	}
	if len(subjects) != 1 || subjects[0].BirthDate != "" || subjects[0].DocumentNumber != "123" {
		t.Errorf("subjects = %+v", subjects)
	}
	fields := []string{"SSR+DOCS birth date", "SSR+DOCS gender", "SSR+DOCS expiry"}
	if len(problems) != len(fields) {
		t.Fatalf("problems = %v, want %d", problems, len(fields))
	}
	for i, f := range fields {
		pe := ediCheckError(t, problems[i])
		if pe.Pos != "segment 10 (SSR), line 10" || pe.Field != f {
			t.Errorf("problem %d = %v, want segment 10 (SSR), line 10: %s", i, pe, f)
		}
	}
}

func TestPNRGOVErrors(t *testing.T) {
	full := pnrMessage("SRC'\nRCI+UA:ABC123'\nTIF+SMITH+JOHN:A:1'\n")
	tests := []struct{ name, in, pos, field, msg string }{
		{"truncated", full[:strings.Index(full, "UNT")], "segment 9 (TIF), line 9", "UNT", "truncated"},
		{"missing UNH", strings.Replace(full, "UNH+1+PNRGOV:13:1:IA+1'\n", "", 1), "segment 2 (MSG), line 2", "UNH", "UNH missing"},
		{"unterminated release", strings.Replace(full, "JOHN:A:1'\n", "JOHN?", 1)[:strings.Index(full, "JOHN")+5], "segment 9 (TIF), line 9", "", "release character"},
		{"paxlst", "UNH+1+PAXLST:D:05B:UN:IATA'UNT+1+1'", "segment 1 (UNH)", "UNH", "want PNRGOV"},
	}
	for _, tt := range tests {
		subjects, _, err := ReadPNRGOV(strings.NewReader(tt.in), "p.edi")
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		pe := ediCheckError(t, err)
		if pe.Pos != tt.pos || pe.Field != tt.field || !strings.Contains(pe.Err.Error(), tt.msg) {
			t.Errorf("%s: error %q, want %s: %s: ...%s...", tt.name, err, tt.pos, tt.field, tt.msg)
		}
		if subjects != nil {
			t.Errorf("%s: subjects with an error", tt.name)
		}
	}
}

func TestSniffPNRGOV(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"UNB+IATA:1+UA++180928:1120+1'\nUNH+1+PNRGOV:13:1:IA+1'", true},
		{"UNA:+.? 'UNB+IATA:1+TZ'UNG+PNRGOV+TZ'", true},
		{"UNB+UNOA:4+A'UNH+1+PAXLST:D:05B:UN:IATA'", false},
		{"PNRGOV", false},
	}
	for _, tt := range tests {
		if got := SniffPNRGOV([]byte(tt.in)); got != tt.want {
			t.Errorf("SniffPNRGOV(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzReadPNRGOV(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "pnrgov_*.edi"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(pnrMessage("SRC'\nTIF+A+BMR:A:1'\nSSR+DOCS:HK::DL:::::/P/USA/1/USA/31FEB64/M/1/A/BMRS/C'\n")))
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		subjects, problems, err := ReadPNRGOV(bytes.NewReader(data), "f.edi")
		if d := time.Since(start); d > time.Second {
			t.Errorf("ReadPNRGOV took %v on %d bytes", d, len(data))
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
