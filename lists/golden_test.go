package lists

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// sharedData returns the path of a file under ../shared/data/lists, skipping
// the test when the shared folder is absent (a clone of the project alone).
func sharedData(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "shared", "data", "lists", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	return p
}

// checkGolden loads testdata/IN, and compares its entities and version, as
// JSON, with testdata/IN.golden.json, rewriting that file with -update.
func checkGolden(t *testing.T, in string) *List {
	t.Helper()
	l, err := Load(filepath.Join("testdata", in))
	if err != nil {
		t.Fatalf("Load(%s): %v", in, err)
	}
	got := struct {
		Format   string `json:"format"`
		Version  string `json:"version"`
		Entities any    `json:"entities"`
	}{l.Format, l.Version, l.Entities}
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
		return l
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), buf.String()); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
	}
	return l
}
