package screening

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/akascreen/aka"
)

// pruneSample is how many queries of each set the test screens both ways;
// run with -prune-all for every one.
var (
	pruneSample = 3000
	pruneAll    = flag.Bool("prune-all", false, "screen every shared query both ways")
)

// TestPruningLosesNothing checks that Screen, which skips candidates that
// cannot reach the threshold, reports exactly the matches of Rank at or
// above the threshold, on the shared evaluation queries.
func TestPruningLosesNothing(t *testing.T) {
	s := embedded(t)
	ctx := context.Background()
	n := 0
	if *pruneAll {
		pruneSample = 1 << 30
	}
	for _, set := range []string{"un_positives_plain", "un_positives_mangled", "uk_crosslist", "negatives_global", "negatives_us"} {
		f, err := os.Open(filepath.Join("..", "..", "shared", "eval", set+".jsonl"))
		if err != nil {
			t.Skipf("shared eval not available: %v", err)
		}
		sc := bufio.NewScanner(f)
		for i := 0; sc.Scan() && i < pruneSample; i++ {
			var c struct {
				Query aka.Subject `json:"query"`
			}
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatal(err)
			}
			got, err1 := s.Screen(ctx, c.Query)
			all, err2 := s.Rank(ctx, c.Query, 0)
			if err1 != nil || err2 != nil {
				t.Fatal(err1, err2)
			}
			var want []string
			for _, m := range all.Matches {
				if m.Score >= s.Threshold {
					want = append(want, m.EntityID)
				}
			}
			if g := ids(got.Matches, 100); len(g) != len(want) || (len(g) > 0 && g[0] != want[0]) {
				t.Errorf("%s %q: Screen %v, Rank above threshold %v", set, c.Query.Name, g, want)
			}
			n++
		}
		f.Close()
	}
	t.Logf("%d queries", n)
}
