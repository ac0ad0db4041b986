package screening

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/akascreen/aka"
)

func TestOpen(t *testing.T) {
	paxlst, err := os.ReadFile("../documents/testdata/paxlst_gtas_apisMessage_D05B_multileg.edi")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, in, format string
		subjects         int
	}{
		{"csv", "name,birth_date\nJohn Smith,1971\nJane Doe,\n", "csv", 2},
		{"jsonl", `{"name":"John Smith"}` + "\n", "jsonl", 1},
		{"paxlst", string(paxlst), "paxlst", 2},
	} {
		sr, format, err := Open(strings.NewReader(tc.in), tc.name, nil)
		if err != nil {
			t.Fatalf("Open(%s): %v", tc.name, err)
		}
		if format != tc.format {
			t.Errorf("Open(%s) format = %q, want %q", tc.name, format, tc.format)
		}
		n := 0
		for {
			rec, err := sr.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			if rec.Err == nil {
				n++
			}
		}
		if n != tc.subjects {
			t.Errorf("Open(%s) gave %d subjects, want %d", tc.name, n, tc.subjects)
		}
	}
	for _, in := range []string{"", "just some words\n"} {
		_, _, err := Open(strings.NewReader(in), "bad", nil)
		var pe *aka.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Open(%q) error = %v, want an *aka.ParseError", in, err)
		}
	}
}
