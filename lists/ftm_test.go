package lists

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akascreen/aka"
	"github.com/google/go-cmp/cmp"
)

// testdata/ftm_sample.jsonl is hand-written after the shape of OpenSanctions'
// FollowTheMoney export; its records are invented (see
// testdata/ftm_sample.jsonl.README).

func TestFTMGolden(t *testing.T) {
	l := checkGolden(t, "ftm_sample.jsonl")
	if l.Format != "ftm-jsonl" || l.Version != "2025-03-14" {
		t.Errorf("format %q version %q, want ftm-jsonl 2025-03-14", l.Format, l.Version)
	}
}

func TestFTMSkipped(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "ftm_sample.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	_, skipped, err := ReadFTMCounted(f, Source{}, func(*aka.Entity) error { n++; return nil })
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"Sanction": 1, "Passport": 1, "Address": 1, "Family": 1}
	if diff := cmp.Diff(want, skipped); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}
	if n != 6 {
		t.Errorf("%d entities, want 6", n)
	}
}

func TestFTMErrors(t *testing.T) {
	const ok = `{"id":"a","schema":"Person","properties":{"name":["A B"]},"datasets":["x"]}` + "\n"
	tests := []struct {
		name, in, pos, field, msg string
	}{
		{"bad json", ok + `{"id":"b","schema":"Person",` + "\n", "line 2", "", "unexpected end"},
		{"bad birth date", ok + "\n" + `{"id":"b","schema":"Person","properties":{"name":["C"],"birthDate":["1971-02-30"]}}`, "line 3", "birthDate", "day 30"},
		{"no id", `{"schema":"Person","properties":{"name":["C"]}}`, "line 1", "id", "missing"},
		{"no schema", `{"id":"b","properties":{"name":["C"]}}`, "line 1", "schema", "missing"},
		{"no name", `{"id":"b","schema":"Company","properties":{"country":["ru"]}}`, "line 1", "name", "no name"},
		{"bad last_seen", `{"id":"b","schema":"Person","properties":{"name":["C"]},"last_seen":"last week"}`, "line 1", "last_seen", "want YYYY"},
		{"property not a list", `{"id":"b","schema":"Person","properties":{"name":"C"}}`, "line 1", "", "cannot unmarshal"},
		{"duplicate id", ok + ok, "line 2", "", "appears twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Through ReadFormat, so that its checks (a repeated id) get a position too.
			_, err := ReadFormat(strings.NewReader(tt.in), Format{Name: "ftm-jsonl", Read: ReadFTM}, Source{File: "x.jsonl"})
			var pe *aka.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want *aka.ParseError", err)
			}
			if pe.File != "x.jsonl" || pe.Pos != tt.pos || pe.Field != tt.field || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %q (pos %q field %q), want pos %q field %q and %q", err, pe.Pos, pe.Field, tt.pos, tt.field, tt.msg)
			}
		})
	}
}

func TestFTMLongLine(t *testing.T) {
	long := strings.Repeat("x", 1<<20)
	in := `{"id":"a","schema":"Person","properties":{"name":["A B"],"notes":["` + long + `"]}}`
	n := 0
	if _, err := ReadFTM(strings.NewReader(in), Source{}, func(*aka.Entity) error { n++; return nil }); err != nil || n != 1 {
		t.Errorf("1 MiB line: %d entities, err %v", n, err)
	}
}

func TestFTMSniff(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "ftm_sample.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if !sniffFTM(data) {
		t.Error("sniffFTM(ftm_sample.jsonl) = false")
	}
	for _, in := range []string{
		`id,name` + "\n" + `1,"{""schema"":1, ""properties"":2}"`,
		`[{"id":"x","schema":"Person","properties":{}}]`,
		`<export/>`,
	} {
		if sniffFTM([]byte(in)) {
			t.Errorf("sniffFTM(%.40q) = true", in)
		}
	}
}

func FuzzReadFTM(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("testdata", "ftm_sample.jsonl"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	for _, line := range strings.Split(string(data), "\n") {
		f.Add([]byte(line))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		euFuzzCheck(t, ReadFTM, in)
	})
}
