package resolve

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/lists"
)

// The real lists, in ../shared beside the repository.
var (
	unFile   = filepath.Join("..", "..", "shared", "data", "lists", "un", "un_consolidated_2026-01-28.xml")
	unOld    = filepath.Join("..", "..", "shared", "data", "lists", "un", "un_consolidated_2025-04-19.xml")
	ukFile   = filepath.Join("..", "..", "shared", "data", "lists", "uk", "ofsi_ConList_2025-04-14.xlsx")
	ofacFile = filepath.Join("..", "..", "shared", "data", "lists", "ofac", "sdn_2024-05-03.csv")
)

var (
	loadOnce sync.Once
	loaded   map[string][]*aka.Entity
	loadErr  error
)

// load returns the entities of the named list files, loading them once per
// test binary; it skips the test when ../shared is missing.
func load(t testing.TB, files ...string) []*aka.Entity {
	t.Helper()
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			t.Skipf("%s: %v (the shared data sets are not here)", f, err)
		}
	}
	loadOnce.Do(func() {
		loaded = make(map[string][]*aka.Entity)
		all := []string{unFile, unOld, ukFile, ofacFile}
		var mu sync.Mutex
		var wg sync.WaitGroup
		for _, f := range all {
			wg.Go(func() {
				l, err := lists.Load(f)
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					loadErr = err
					return
				}
				loaded[f] = l.Entities
			})
		}
		wg.Wait()
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	var out []*aka.Entity
	for _, f := range files {
		out = append(out, loaded[f]...)
	}
	return out
}

// crossRefFigures measures a resolution made without cross-references
// against the UK's published UN references: of the UK individuals whose
// UN reference names an entity on the loaded UN list, how many share that
// entity's cluster (found), and how many sit in a cluster with another UN
// entity instead (wrong).
func crossRefFigures(t *testing.T, ents []*aka.Entity, cs *Clusters, typ aka.EntityType) (total, found, wrong int) {
	t.Helper()
	byID := make(map[string]*aka.Entity, len(ents))
	for _, e := range ents {
		byID[e.ID] = e
	}
	prof := cs.Profiles()
	unIn := make(map[string]bool) // profiles with a UN member
	for _, c := range cs.Clusters {
		for _, m := range c.Members {
			if strings.HasPrefix(m, "un:") {
				unIn[c.ID] = true
			}
		}
	}
	for _, e := range ents {
		if e.Source != "uk" || e.Type != typ {
			continue
		}
		for _, ref := range e.CrossRefs {
			if byID[ref] == nil {
				continue
			}
			total++
			p, ok := prof[e.ID]
			switch {
			case ok && p == prof[ref]:
				found++
			case ok && unIn[p]:
				wrong++
				t.Logf("wrong cluster: %s %q with %s, its UN reference is %s %q", e.ID, e.PrimaryName(), p, ref, byID[ref].PrimaryName())
			default:
				t.Logf("missed: %s %q %v, UN reference %s %q %v", e.ID, e.PrimaryName(), e.BirthDates, ref, byID[ref].PrimaryName(), byID[ref].BirthDates)
			}
		}
	}
	return total, found, wrong
}

// TestFullLists is the measure: with cross-references ignored, the
// UK individuals that publish a UN reference must land in that UN entity's
// cluster (recall at least 0.95), and at most 1% of them in a cluster with
// another UN entity. It then adds OFAC's SDN list and reports how many OFAC
// individuals join a UN cluster, by the evidence of their links.
func TestFullLists(t *testing.T) {
	if testing.Short() {
		t.Skip("full lists")
	}
	ctx := context.Background()
	ents := load(t, unFile, ukFile)
	r := New()
	r.IgnoreCrossRefs = true
	start := time.Now()
	cs, err := r.Resolve(ctx, ents)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("UN + UK: %d entities, %d clusters in %v", len(ents), len(cs.Clusters), time.Since(start).Round(time.Millisecond))
	total, found, wrong := crossRefFigures(t, ents, cs, aka.Person)
	recall, wrongRate := float64(found)/float64(total), float64(wrong)/float64(total)
	t.Logf("UN + UK: %d UK individuals with a UN reference on the list; in its cluster %d (recall %.4f); with another UN entity %d (%.4f)",
		total, found, recall, wrong, wrongRate)
	if recall < 0.95 {
		t.Errorf("recall %.4f, want at least 0.95", recall)
	}
	if wrongRate > 0.01 {
		t.Errorf("wrong-cluster rate %.4f, want at most 0.01", wrongRate)
	}
	// Organizations are linked by their names alone: the UK's that publish
	// a UN reference measure those links the same way.
	total, found, wrong = crossRefFigures(t, ents, cs, aka.Organization)
	t.Logf("UN + UK: %d UK organizations with a UN reference on the list; in its cluster %d (recall %.4f); with another UN entity %d",
		total, found, float64(found)/float64(total), wrong)
	if total == 0 || float64(found)/float64(total) < 0.95 || wrong > 0 {
		t.Errorf("organizations: %d of %d in their UN entity's cluster, %d with another", found, total, wrong)
	}

	ents = load(t, unFile, ukFile, ofacFile)
	start = time.Now()
	cs, err = r.Resolve(ctx, ents)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("UN + UK + OFAC: %d entities, %d clusters in %v", len(ents), len(cs.Clusters), time.Since(start).Round(time.Millisecond))
	total, found, wrong = crossRefFigures(t, ents, cs, aka.Person)
	t.Logf("UN + UK + OFAC: %d UK individuals with a UN reference; in its cluster %d (recall %.4f); with another UN entity %d",
		total, found, float64(found)/float64(total), wrong)
	if float64(found)/float64(total) < 0.95 || float64(wrong)/float64(total) > 0.01 {
		t.Errorf("adding OFAC: recall %d/%d, wrong %d", found, total, wrong)
	}
	joins, persons := ofacJoins(cs, ents)
	var kinds []string
	for k := range joins {
		kinds = append(kinds, string(k))
	}
	sort.Strings(kinds)
	n := 0
	for _, k := range kinds {
		n += joins[Evidence(k)]
		t.Logf("OFAC individuals joining a UN cluster by %s: %d", k, joins[Evidence(k)])
	}
	t.Logf("OFAC individuals joining a UN cluster: %d of %d OFAC individuals", n, persons)
}

// ofacJoins counts the OFAC individuals in a cluster with a UN entity, by
// the strongest evidence among their own links.
func ofacJoins(cs *Clusters, ents []*aka.Entity) (map[Evidence]int, int) {
	persons := 0
	isPerson := make(map[string]bool)
	for _, e := range ents {
		if e.Type == aka.Person {
			isPerson[e.ID] = true
			if e.Source == "ofac" {
				persons++
			}
		}
	}
	out := make(map[Evidence]int)
	for _, c := range cs.Clusters {
		un := false
		for _, m := range c.Members {
			un = un || strings.HasPrefix(m, "un:")
		}
		if !un {
			continue
		}
		for _, m := range c.Members {
			if !strings.HasPrefix(m, "ofac:") || !isPerson[m] {
				continue
			}
			var best *Link
			for i, l := range c.Links {
				if (l.A == m || l.B == m) && (best == nil || rank(l.Evidence) > rank(best.Evidence)) {
					best = &c.Links[i]
				}
			}
			out[best.Evidence]++
		}
	}
	return out, persons
}

// BenchmarkResolve resolves the UN, UK and OFAC lists (about 27,000
// entities) without cross-references.
func BenchmarkResolve(b *testing.B) {
	ents := load(b, unFile, ukFile, ofacFile)
	r := New()
	r.IgnoreCrossRefs = true
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Resolve(context.Background(), ents); err != nil {
			b.Fatal(err)
		}
	}
}

// TestJudgementsSurviveReload judges links on one version of the UN list
// and resolves again with the next: entity ids are stable across versions,
// so the rejected link stays gone and the confirmed one stays.
func TestJudgementsSurviveReload(t *testing.T) {
	if testing.Short() {
		t.Skip("full lists")
	}
	ctx := context.Background()
	older := load(t, unOld, ukFile)
	newer := load(t, unFile, ukFile)
	r := New()
	r.IgnoreCrossRefs = true
	before, err := r.Resolve(ctx, older)
	if err != nil {
		t.Fatal(err)
	}
	after, err := r.Resolve(ctx, newer)
	if err != nil {
		t.Fatal(err)
	}
	// Reject a name link that both versions make.
	linked := func(cs *Clusters, a, b string) *Link {
		for _, c := range cs.Clusters {
			for i, l := range c.Links {
				if l.A == a && l.B == b {
					return &c.Links[i]
				}
			}
		}
		return nil
	}
	var rejected *Link
	for _, c := range before.Clusters {
		for _, l := range c.Links {
			if l.Evidence == NameMatch && linked(after, l.A, l.B) != nil {
				rejected = &l
				break
			}
		}
		if rejected != nil {
			break
		}
	}
	if rejected == nil {
		t.Fatal("no name link in both versions")
	}
	// Confirm a pair that names alone miss: the UK's "FAIZ" is the UN's
	// TAi.036 (a one-word name).
	confirmed := Link{A: "uk:7134", B: "un:TAi.036"}
	if linked(after, confirmed.A, confirmed.B) != nil {
		t.Fatalf("%s and %s are linked without a judgement", confirmed.A, confirmed.B)
	}
	r.Judgements = []aka.LinkJudgement{
		{A: rejected.A, B: rejected.B, Verdict: aka.LinkRejected, Reason: "a namesake"},
		{A: confirmed.A, B: confirmed.B, Verdict: aka.LinkConfirmed, Reason: "the UK cites TAi.036"},
	}
	for _, v := range []struct {
		name string
		ents []*aka.Entity
	}{{"UN 2025-04-19", older}, {"UN 2026-01-28", newer}} {
		cs, err := r.Resolve(ctx, v.ents)
		if err != nil {
			t.Fatal(err)
		}
		prof := cs.Profiles()
		if p, ok := prof[rejected.A]; ok && p == prof[rejected.B] {
			t.Errorf("%s: rejected %s and %s share a cluster", v.name, rejected.A, rejected.B)
		}
		if l := linked(cs, confirmed.A, confirmed.B); l == nil || l.Evidence != Confirmed {
			t.Errorf("%s: confirmed link %s %s = %+v, want evidence confirmed", v.name, confirmed.A, confirmed.B, l)
		}
	}
}
