package documents

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/akascreen/aka"
	"github.com/google/go-cmp/cmp"
)

// ediGolden compares subjects and problems, as JSON, with in.golden.json
// in testdata, rewriting it with -update.
func ediGolden(t *testing.T, in string, subjects []aka.Subject, problems []error) {
	t.Helper()
	got := struct {
		Subjects []aka.Subject `json:"subjects"`
		Problems []string      `json:"problems,omitempty"`
	}{Subjects: subjects}
	for _, p := range problems {
		got.Problems = append(got.Problems, p.Error())
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(got); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", in+".golden.json")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), buf.String()); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
	}
}

// ediSegs renders segments compactly for comparison: tag, then elements
// joined by | and components by ^.
func ediSegs(segs []ediSegment) []string {
	var out []string
	for _, s := range segs {
		parts := []string{s.tag}
		for _, e := range s.elems {
			parts = append(parts, strings.Join(e, "^"))
		}
		out = append(out, strings.Join(parts, "|"))
	}
	return out
}

func TestEdifactSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"defaults", "UNB+UNOA:4+A'UNH+1+PAXLST:D:05B:UN:IATA'",
			[]string{"UNB|UNOA^4|A", "UNH|1|PAXLST^D^05B^UN^IATA"}},
		{"release", "NAD+FL+++O?'BRIEN:ANN?+MARIE:??X'",
			[]string{"NAD|FL|||O'BRIEN^ANN+MARIE^?X"}},
		{"UNA custom", "UNA:*.? $UNB*UNOA:4*SDT$NAD*FL***BETTON:DAVID:$",
			[]string{"UNA", "UNB|UNOA^4|SDT", "NAD|FL|||BETTON^DAVID^"}},
		{"UNA custom release", "UNA#|.! ~NAD|FL|||A!~B!|C#D!!~",
			[]string{"UNA", "NAD|FL|||A~B|C^D!"}},
		{"UNA no release", "UNA:+.  'NAD+FL+++A?B'",
			[]string{"UNA", "NAD|FL|||A?B"}},
		{"whitespace between segments", "  UNA:+.?*'\r\n UNB+X'\n\n UNH+1'\r\n",
			[]string{"UNA", "UNB|X", "UNH|1"}},
		{"newline inside a segment", "UNH+1+PNRGOV:11:1:IA+AUTZ2013\n28'",
			[]string{"UNH|1|PNRGOV^11^1^IA|AUTZ201328"}},
		{"newline terminator", "UNA:+.? \nUNB+X\nUNH+1\n",
			[]string{"UNA", "UNB|X", "UNH|1"}},
		{"tag spaces", "UNA:*.? $UNG *PAXLST$", []string{"UNA", "UNG|PAXLST"}},
		{"empty segments", "UNB+X'''UNH+1'", []string{"UNB|X", "UNH|1"}},
		{"unterminated last", "UNB+X'UNZ+1+2", []string{"UNB|X", "UNZ|1|2"}},
		{"empty", "  \n", nil},
	}
	for _, tt := range tests {
		segs, err := ediSplit([]byte(tt.in))
		if err != nil {
			t.Errorf("%s: ediSplit(%q): %v", tt.name, tt.in, err.err)
			continue
		}
		if diff := cmp.Diff(tt.want, ediSegs(segs)); diff != "" {
			t.Errorf("%s: ediSplit(%q) mismatch (-want +got):\n%s", tt.name, tt.in, diff)
		}
	}
}

func TestEdifactPositions(t *testing.T) {
	segs, _ := ediSplit([]byte("UNA:+.? '\nUNB+X'\nUNH+1'DTM+329:991399'\n"))
	var got []string
	for i := range segs {
		got = append(got, segs[i].pos())
	}
	want := []string{"segment 1 (UNA), line 1", "segment 2 (UNB), line 2", "segment 3 (UNH), line 3", "segment 4 (DTM), line 3"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("positions = %q, want %q", got, want)
	}
	segs, _ = ediSplit([]byte("UNB+X'UNH+1'DTM+329:991399'\n"))
	if got := segs[2].pos(); got != "segment 3 (DTM)" {
		t.Errorf("one-line position = %q, want %q", got, "segment 3 (DTM)")
	}
}

func TestEdifactSplitErrors(t *testing.T) {
	tests := []struct{ in, pos, msg string }{
		{"UNB+X'NAD+FL+++SMITH?", "segment 2 (NAD)", "release character at end of input"},
		{"UNA:+.", "segment 1 (UNA)", "cut short"},
		{"UNA::.? 'UNB'", "segment 1 (UNA)", "two purposes"},
		{"UNAA+.? 'UNB'", "segment 1 (UNA)", "cannot be a separator"},
	}
	for _, tt := range tests {
		_, err := ediSplit([]byte(tt.in))
		if err == nil {
			t.Errorf("ediSplit(%q): no error", tt.in)
			continue
		}
		if err.pos != tt.pos || !strings.Contains(err.err.Error(), tt.msg) {
			t.Errorf("ediSplit(%q) = %s: %v, want %s: ...%s...", tt.in, err.pos, err.err, tt.pos, tt.msg)
		}
	}
}

func TestEdifactDateTime(t *testing.T) {
	ref, _ := ediEnvelopeDate("140202")
	tests := []struct {
		in   string
		rule int
		want string
	}{
		{"780706", ediBirth, "1978-07-06"},
		{"130101", ediBirth, "2013-01-01"},
		{"140202", ediBirth, "2014-02-02"},
		{"140203", ediBirth, "1914-02-03"},
		{"19780706", ediBirth, "1978-07-06"},
		{"610218", ediNear, "2061-02-18"},
		{"650218", ediNear, "1965-02-18"},
		{"1701271725", ediNear, "2017-01-27T17:25"},
		{"201701271725", ediNear, "2017-01-27T17:25"},
	}
	for _, tt := range tests {
		got, err := ediDateTime(tt.in, tt.rule, ref)
		if err != nil || got != tt.want {
			t.Errorf("ediDateTime(%q, %d) = %q, %v, want %q", tt.in, tt.rule, got, err, tt.want)
		}
	}
	for _, in := range []string{"991399", "780230", "7807", "78O706", "1701272561", ""} {
		if got, err := ediDateTime(in, ediBirth, ref); err == nil {
			t.Errorf("ediDateTime(%q) = %q, want an error", in, got)
		}
	}
}

// ediCheckError checks that err is an *aka.ParseError with a position.
func ediCheckError(t testing.TB, err error) *aka.ParseError {
	t.Helper()
	var pe *aka.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("error %v (%T) is not an *aka.ParseError", err, err)
	}
	if pe.Pos == "" {
		t.Fatalf("error %v has no position", err)
	}
	return pe
}
