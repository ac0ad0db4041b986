package screening

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/index"
	"github.com/akascreen/aka/lists"
)

// caseFile is a relevance case file in testdata/cases: queries with the
// entity that must come first, entities that must be among the matches at
// the default threshold, entities that must be among the ranked results
// (whatever their score), entities that must not be matched, and queries
// that must raise no match at all.
// Relevance is data: every miss or false alarm found becomes a case first.
type caseFile struct {
	About string `json:"about"`
	Cases []struct {
		Query   aka.Subject `json:"query"`
		First   string      `json:"first"`    // the best-ranked entity
		Match   []string    `json:"match"`    // at or above the threshold
		Hits    []string    `json:"hits"`     // among the ranked results
		NoMatch bool        `json:"no_match"` // nothing at or above the threshold
		// NotMatch are entities that must stay under the threshold: a
		// listed relative or namesake of the query.
		NotMatch []string `json:"not_match"`
	} `json:"cases"`
}

var (
	embeddedOnce     sync.Once
	embeddedScreener *Screener
	embeddedErr      error
)

// embedded returns a screener over the embedded UN list, built once.
func embedded(t testing.TB) *Screener {
	t.Helper()
	embeddedOnce.Do(func() {
		l, err := lists.Embedded()
		if err != nil {
			embeddedErr = err
			return
		}
		embeddedScreener = New(index.Build(l.Entities))
	})
	if embeddedErr != nil {
		t.Fatal(embeddedErr)
	}
	return embeddedScreener
}

func TestRelevanceCases(t *testing.T) {
	s := embedded(t)
	files, err := filepath.Glob("testdata/cases/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no case files: %v", err)
	}
	ctx := context.Background()
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var cf caseFile
		if err := json.Unmarshal(b, &cf); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		for _, c := range cf.Cases {
			name := filepath.Base(file) + "/" + c.Query.Name
			ranked, err := s.Rank(ctx, c.Query, 10)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			matched, err := s.Screen(ctx, c.Query)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			if c.First != "" {
				if len(ranked.Matches) == 0 || ranked.Matches[0].EntityID != c.First {
					t.Errorf("%s: first = %v, want %s", name, ids(ranked.Matches, 3), c.First)
				}
			}
			for _, id := range c.Match {
				if !has(matched.Matches, id) {
					t.Errorf("%s: %s not matched at threshold %.2f (ranked %v)", name, id, s.Threshold, scores(ranked.Matches, 3))
				}
			}
			for _, id := range c.Hits {
				if !has(ranked.Matches, id) {
					t.Errorf("%s: %s not among ranked %v", name, id, ids(ranked.Matches, 10))
				}
			}
			for _, id := range c.NotMatch {
				if has(matched.Matches, id) {
					t.Errorf("%s: false alarm on %s (matched %v)", name, id, scores(matched.Matches, 5))
				}
			}
			if c.NoMatch && len(matched.Matches) > 0 {
				t.Errorf("%s: false alarm %v", name, scores(matched.Matches, 3))
			}
		}
	}
}

func has(ms []aka.Match, id string) bool {
	for _, m := range ms {
		if m.EntityID == id {
			return true
		}
	}
	return false
}

func ids(ms []aka.Match, n int) []string {
	var out []string
	for i, m := range ms {
		if i == n {
			break
		}
		out = append(out, m.EntityID)
	}
	return out
}

func scores(ms []aka.Match, n int) []string {
	var out []string
	for i, m := range ms {
		if i == n {
			break
		}
		b, _ := json.Marshal(struct {
			ID    string
			Score float64
		}{m.EntityID, m.Score})
		out = append(out, string(b))
	}
	return out
}

func TestScreenNoName(t *testing.T) {
	s := embedded(t)
	_, err := s.Screen(context.Background(), aka.Subject{BirthDate: "1971"})
	if aka.ErrorCode(err) != aka.EINVALID {
		t.Errorf("Screen without a name: err = %v, want %s", err, aka.EINVALID)
	}
}

func TestScreenExplains(t *testing.T) {
	s := embedded(t)
	res, err := s.Screen(context.Background(), aka.Subject{Name: "Abou Bakr Al Bagdadi", BirthDate: "1971", Nationality: "IQ"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Matches) == 0 {
		t.Fatal("no match")
	}
	m := res.Matches[0]
	if m.Score < 0 || m.Score > 1 {
		t.Errorf("score %v out of [0, 1]", m.Score)
	}
	ex := m.Explanation
	if len(ex.Name.Tokens) == 0 {
		t.Errorf("no token evidence: %+v", ex.Name)
	}
	var feats []string
	for _, f := range ex.Features {
		feats = append(feats, f.Feature+"="+f.Level)
	}
	want := map[string]bool{"birth_date=year": true, "nationality=match": true}
	for _, f := range feats {
		delete(want, f)
	}
	if len(want) > 0 {
		t.Errorf("features %v lack %v", feats, want)
	}
}
