package lists

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"

	"github.com/akascreen/aka"
	"github.com/google/go-cmp/cmp"
)

var referenceNumber = regexp.MustCompile(`<REFERENCE_NUMBER>\s*([^<\s]+)\s*</REFERENCE_NUMBER>`)

// referenceNumbers scans a UN file for its REFERENCE_NUMBERs, without the
// reader, as the independent expectation of the diff.
func referenceNumbers(t *testing.T, file string) map[string]bool {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, m := range referenceNumber.FindAllSubmatch(b, -1) {
		out["un:"+string(m[1])] = true
	}
	return out
}

func minus(a, b map[string]bool) []string {
	out := []string{}
	for k := range a {
		if !b[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// TestDiffUN diffs the real UN versions and checks the added and removed ids
// against the REFERENCE_NUMBERs the files hold, scanned with a regexp.
func TestDiffUN(t *testing.T) {
	versions := []string{"2025-04-19", "2026-01-28", "2026-02-27"}
	files := make([]string, len(versions))
	for i, v := range versions {
		files[i] = sharedData(t, "un/un_consolidated_"+v+".xml")
	}
	loaded, err := LoadAll(files)
	if err != nil {
		t.Fatal(err)
	}
	for i := range files {
		for j := i + 1; j < len(files); j++ {
			old, new := loaded[i], loaded[j]
			if err := SameSource(old, new); err != nil {
				t.Fatal(err)
			}
			d := Diff(old, new)
			refOld, refNew := referenceNumbers(t, files[i]), referenceNumbers(t, files[j])
			if diff := cmp.Diff(minus(refNew, refOld), d.Added); diff != "" {
				t.Errorf("%s -> %s: added (-want +got):\n%s", versions[i], versions[j], diff)
			}
			if diff := cmp.Diff(minus(refOld, refNew), d.Removed); diff != "" {
				t.Errorf("%s -> %s: removed (-want +got):\n%s", versions[i], versions[j], diff)
			}
			fields := map[string]int{}
			for _, c := range d.Changed {
				if len(c.Fields) == 0 {
					t.Errorf("%s: changed with no field", c.ID)
				}
				for _, f := range c.Fields {
					fields[f]++
				}
			}
			t.Logf("%s -> %s: %d added, %d removed, %d changed; fields changed: %v",
				versions[i], versions[j], len(d.Added), len(d.Removed), len(d.Changed), fields)
		}
	}
	// A version against itself is no change.
	if d := Diff(loaded[1], loaded[1]); !d.Empty() {
		t.Errorf("Diff(v, v) = %+v, want nothing", d)
	}
}

func TestDiff(t *testing.T) {
	person := func(id, name string) *aka.Entity {
		return &aka.Entity{ID: id, Type: aka.Person, Source: "x", SourceID: id, ListVersion: "1",
			Names: []aka.Name{{Full: name, Kind: aka.Primary, Quality: aka.Strong}}}
	}
	a, b, c := person("x:1", "A"), person("x:2", "B"), person("x:3", "C")
	b2 := person("x:2", "B")
	b2.ListVersion = "2" // not a change
	b2.Programs = []string{}
	c2 := person("x:3", "C Renamed")
	c2.Nationalities = []string{"fr"}
	d2 := person("x:4", "D")
	old := &List{Source: "x", Entities: []*aka.Entity{a, b, c}}
	new := &List{Source: "x", Entities: []*aka.Entity{d2, c2, b2}}
	want := DiffResult{
		Added:   []string{"x:4"},
		Removed: []string{"x:1"},
		Changed: []Change{{ID: "x:3", Fields: []string{"names", "nationalities"}}},
	}
	if diff := cmp.Diff(want, Diff(old, new)); diff != "" {
		t.Errorf("Diff (-want +got):\n%s", diff)
	}
	if err := SameSource(old, &List{Source: "y"}); aka.ErrorCode(err) != aka.EINVALID {
		t.Errorf("SameSource(x, y) = %v, want EINVALID", err)
	}
}

// TestSHA256 checks that a list's digest is its file's, and that a companion
// file is part of it.
func TestSHA256(t *testing.T) {
	file := filepath.Join("testdata", "un_excerpt.xml")
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	l, err := Load(file)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	if want := hex.EncodeToString(sum[:]); l.SHA256 != want {
		t.Errorf("SHA256 = %s, want sha256sum's %s", l.SHA256, want)
	}
	if info := l.Info(); info.SHA256 != l.SHA256 || info.Entities != len(l.Entities) || info.Source != "un" {
		t.Errorf("Info() = %+v", info)
	}

	// OFAC's sdn.csv with alt.csv and add.csv: a change in a companion
	// is a change of the list.
	dir := t.TempDir()
	for _, name := range []string{"sdn.csv", "alt.csv", "add.csv"} {
		b, err := os.ReadFile(filepath.Join("testdata", "ofac_set", name))
		if err != nil {
			t.Skip(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	first, err := Load(filepath.Join(dir, "sdn.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Companions) == 0 {
		t.Fatalf("no companions read")
	}
	same, err := Load(filepath.Join(dir, "sdn.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if same.SHA256 != first.SHA256 {
		t.Errorf("same files, different digests")
	}
	alt, err := os.ReadFile(filepath.Join(dir, "alt.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "alt.csv"), append(alt, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	changed, err := Load(filepath.Join(dir, "sdn.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if changed.SHA256 == first.SHA256 {
		t.Errorf("alt.csv changed, digest did not")
	}
}
