package screening

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/index"
	"github.com/akascreen/aka/lists"
)

// TestForeignTranscriptions measures names of people from Europe, the
// Americas and the Middle East as Russian, Hebrew, Japanese and Korean
// write them by ear (Джордж Буш, ג'ורג' בוש, ジョージ・ブッシュ, 조지 부시 for
// George Bush): the spellings of those countries' lists, press and
// registers, which follow how a name sounds, not how it is written. Each
// person is added to the embedded UN list under the English name and
// looked for by each transcription, by the name alone.
func TestForeignTranscriptions(t *testing.T) {
	f, err := os.Open("../compare/testdata/transcriptions.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l, err := lists.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ents := l.Entities
	var rows [][]string
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		row := strings.Split(sc.Text(), "\t")
		if len(row) != 6 {
			t.Fatalf("transcriptions.tsv:%d: %d fields, want 6", line, len(row))
		}
		rows = append(rows, row)
		ents = append(ents, &aka.Entity{ID: fmt.Sprintf("T.%d", len(rows)), Type: aka.Person,
			Names: []aka.Name{{Full: row[0], Kind: aka.Primary, Quality: aka.Strong}}})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	s := New(index.Build(ents))
	ctx := context.Background()
	// Floors a little under the figures measured on 2026-12-06 (in
	// docs/threshold.md). Before sound keys: 0.805, 0.494, 0.115, 0.023.
	for col, c := range []struct {
		script string
		min    float64
	}{{"Russian", 0.9}, {"Hebrew", 0.9}, {"Japanese", 0.58}, {"Korean", 0.41}, {"Chinese", 0.42}} {
		found := 0
		for i, row := range rows {
			id := fmt.Sprintf("T.%d", i+1)
			res, err := s.Rank(ctx, aka.Subject{Name: row[col+1]}, 10)
			if err != nil {
				t.Fatal(err)
			}
			if hit, _ := foundAt(res, id, s.Threshold); hit {
				found++
				continue
			}
			if testing.Verbose() {
				got := "not a candidate"
				for _, m := range res.Matches {
					if m.EntityID == id {
						got = fmt.Sprintf("%.3f %s", m.Score, tokensOf(m))
					}
				}
				t.Logf("%s: missed %q (%s): %s", c.script, row[col+1], row[0], got)
			}
		}
		recall := float64(found) / float64(len(rows))
		t.Logf("%s: %d names, recall %.3f", c.script, len(rows), recall)
		if recall < c.min {
			t.Errorf("%s: recall %.3f, want at least %.3f", c.script, recall, c.min)
		}
	}
}
