package lists

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestSkippedIsReported checks that what a reader reads but does not load
// is said in the list's Skipped and in its stats, not dropped silently.
func TestSkippedIsReported(t *testing.T) {
	for _, tt := range []struct{ file, want string }{
		{"ftm_sample.jsonl", "Sanction records"},
		{"ofac_set/sdn.csv", "alt.csv rows for entries not in sdn.csv"},
	} {
		l, err := Load(filepath.Join("testdata", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(l.Stats().Skipped, "; "); !strings.Contains(got, tt.want) {
			t.Errorf("%s: skipped = %q, want it to say %q", tt.file, got, tt.want)
		}
	}
	l, err := Load(filepath.Join("testdata", "un_excerpt.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Skipped) != 0 {
		t.Errorf("un_excerpt.xml: skipped %q, want nothing", l.Skipped)
	}
}
