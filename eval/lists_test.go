package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/index"
	"github.com/akascreen/aka/lists"
	"github.com/akascreen/aka/names"
)

// sharedList loads a list from ../shared/data/lists, skipping the test
// without it.
func sharedList(t *testing.T, rel string) *lists.List {
	t.Helper()
	p := filepath.Join("..", "..", "shared", "data", "lists", filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	l, err := lists.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// wordsOf returns the distinct first forms of a name's words.
func wordsOf(name string) []string {
	var out []string
	for _, t := range names.Tokenize(name) {
		if t.Kind == names.Word && !slices.Contains(out, t.Forms[0]) {
			out = append(out, t.Forms[0])
		}
	}
	return out
}

// listRecord is an entity's name, first birth date and first nationality as
// a pair's side.
func listRecord(e *aka.Entity, name string) aka.Subject {
	s := aka.Subject{Name: name}
	if len(e.BirthDates) > 0 {
		s.BirthDate = e.BirthDates[0].String()
	}
	if len(e.Nationalities) > 0 {
		s.Nationality = e.Nationalities[0]
	}
	return s
}

// TestListPairs measures `aka eval pairs` on pairs of real list records,
// which the evaluation sets do not hold. Each person on the UK list with a
// UN reference gives a matching pair: the UK's primary name against the UN
// entity's, each with its list's first birth date and nationality. It also
// gives a hard non-matching pair: the UK name against the UN name of
// another person that shares the most words with it, most often a relative
// (the children of Saddam Hussein carry his whole name after their own) or
// a namesake.
func TestListPairs(t *testing.T) {
	un := sharedList(t, "un/un_consolidated_2026-01-28.xml")
	cases := crossRefPairs(un, sharedList(t, "uk/ofsi_ConList_2025-04-14.xlsx"), false)
	// Measured on 2026-12-05: precision 0.990, recall 1.000 (docs/threshold.md).
	checkPairs(t, cases, un, 600, 150, 0.985, 0.99)
}

// TestListOrganizationPairs is TestListPairs for organizations: the UK's
// and the UN's names of the organizations the UK gives a UN reference,
// and the UK name against the UN name of another organization that shares
// the most words with it (a branch of the same group: AL-QAIDA IN YEMEN,
// AL-QAIDA IN IRAQ). Lists give organizations their names alone.
func TestListOrganizationPairs(t *testing.T) {
	un := sharedList(t, "un/un_consolidated_2026-01-28.xml")
	cases := crossRefPairs(un, sharedList(t, "uk/ofsi_ConList_2025-04-14.xlsx"), true)
	// Measured on 2026-12-06: precision 0.955, recall 0.995; 0.959 and 0.984
	// at the session's start (docs/threshold.md). 0.960 and 1.000 since the
	// tenth session of 2026-12-07 ("branch" optional).
	checkPairs(t, cases, un, 180, 100, 0.95, 0.995)
}

// crossRefPairs pairs the UK's entities of one kind (organizations with
// org, people without) with the UN entities they cite, and each with the
// UN entity of that kind, other than those it cites, that shares the most
// words with it, two at least.
func crossRefPairs(un, uk *lists.List, org bool) []PairCase {
	inUN := make(map[string]*aka.Entity, len(un.Entities))
	for _, e := range un.Entities {
		inUN[e.ID] = e
	}
	kind := func(e *aka.Entity) bool { return (e.Type != aka.Person) == org }
	record := listRecord
	schema := ""
	if org {
		record = func(_ *aka.Entity, name string) aka.Subject { return aka.Subject{Name: name} }
		schema = "Organization"
	}
	// A hard non-matching pair shares words, not a score: the other UN
	// name with the most words in common with the UK name (two at least),
	// found by the words alone so that the engine does not pick its own
	// test. Ties go to the first name in the list's order.
	type listedName struct {
		e    *aka.Entity
		name string
	}
	var unNames []listedName
	byWord := map[string][]int{}
	for _, e := range un.Entities {
		if !kind(e) {
			continue
		}
		for _, n := range e.Names {
			k := len(unNames)
			unNames = append(unNames, listedName{e, n.Full})
			for _, w := range wordsOf(n.Full) {
				byWord[w] = append(byWord[w], k)
			}
		}
	}
	var cases []PairCase
	for _, e := range uk.Entities {
		if !kind(e) || len(e.Names) == 0 || names.Script(e.Names[0].Full) != "Latin" {
			continue
		}
		for _, ref := range e.CrossRefs {
			u := inUN[ref]
			if u == nil || !kind(u) {
				continue
			}
			a := record(e, e.Names[0].Full)
			cases = append(cases, PairCase{ID: fmt.Sprintf("%s=%s", e.ID, ref), A: a, B: record(u, u.PrimaryName()), Match: true, Schema: schema})
			shared := map[int]int{}
			for _, w := range wordsOf(a.Name) {
				for _, k := range byWord[w] {
					if !slices.Contains(e.CrossRefs, unNames[k].e.ID) {
						shared[k]++
					}
				}
			}
			best := -1
			for k, n := range shared {
				if n >= 2 && (best < 0 || n > shared[best] || n == shared[best] && k < best) {
					best = k
				}
			}
			if best >= 0 {
				o := unNames[best]
				cases = append(cases, PairCase{ID: fmt.Sprintf("%s~%s", e.ID, o.e.ID), A: a, B: record(o.e, o.name), Schema: schema})
			}
		}
	}
	return cases
}

// checkPairs scores cases with the words of l weighed by their frequency
// in it, logs the figures (and with -v each pair judged wrongly), and
// fails under minPos matching or minNeg non-matching pairs, or under the
// floors of precision and recall.
func checkPairs(t *testing.T, cases []PairCase, l *lists.List, minPos, minNeg int, precision, recall float64) {
	t.Helper()
	var pos int
	for _, c := range cases {
		if c.Match {
			pos++
		}
	}
	if pos < minPos || len(cases)-pos < minNeg {
		t.Fatalf("%d matching and %d non-matching pairs: too few", pos, len(cases)-pos)
	}
	scores := RunPairs(cases, index.NewRarity(l.Entities), compare.DefaultOffset)
	rep := SummarizePairs(scores, compare.DefaultThreshold)
	t.Logf("%d pairs (%d matching): precision %.4f, recall %.4f, f1 %.4f (best f1 %.4f at %.3f)",
		rep.Pairs, pos, rep.Precision, rep.Recall, rep.F1, rep.BestF1, rep.BestThreshold)
	if testing.Verbose() {
		for _, sc := range scores {
			if (sc.Score >= compare.DefaultThreshold) != sc.Case.Match {
				t.Logf("wrong: %s %q %s / %q %s: %.3f", sc.Case.ID, sc.Case.A.Name, sc.Case.A.BirthDate, sc.Case.B.Name, sc.Case.B.BirthDate, sc.Score)
			}
		}
	}
	if rep.Recall < recall || rep.Precision < precision {
		t.Errorf("precision %.4f, recall %.4f: want at least %.3f and %.3f", rep.Precision, rep.Recall, precision, recall)
	}
}

// TestNamesakePairs measures `aka eval pairs` where two lists' people share
// a name: pairs that a name alone cannot decide. Each UK individual whose
// passport or national identity number OFAC gives one individual makes a
// matching pair (the UK's primary name, first birth date and nationality
// against OFAC's). Every two OFAC individuals whose primary names begin and
// end with the same word make a non-matching pair (Andrey Grigoryevich
// GURYEV and Andrey Andreevich GURYEV, father and son), unless their
// primary names are the same and their first birth dates within two years
// of each other: OFAC gives some people two entries, one for each
// programme (USTINOV, AW-MOHAMED).
func TestNamesakePairs(t *testing.T) {
	of := sharedList(t, "ofac/sdn_2024-05-03.csv")
	uk := sharedList(t, "uk/ofsi_ConList_2025-04-14.xlsx")
	identifying := func(d aka.Document) bool {
		return (d.Type == aka.Passport || d.Type == aka.NationalID) && len(d.Normalized) >= 6
	}
	byDoc := map[string][]*aka.Entity{}
	for _, e := range of.Entities {
		if e.Type != aka.Person {
			continue
		}
		for _, d := range e.Documents {
			if identifying(d) {
				byDoc[d.Normalized] = append(byDoc[d.Normalized], e)
			}
		}
	}
	var cases []PairCase
	for _, e := range uk.Entities {
		if e.Type != aka.Person || len(e.Names) == 0 {
			continue
		}
		var want *aka.Entity
		for _, d := range e.Documents {
			if identifying(d) && len(byDoc[d.Normalized]) == 1 {
				want = byDoc[d.Normalized][0]
			}
		}
		if want != nil {
			cases = append(cases, PairCase{ID: e.ID + "=" + want.ID, A: listRecord(e, e.Names[0].Full), B: listRecord(want, want.PrimaryName()), Match: true})
		}
	}
	type ends struct{ first, last string }
	groups := map[ends][]*aka.Entity{}
	var keys []ends
	for _, e := range of.Entities {
		w := wordsOf(e.PrimaryName())
		if e.Type != aka.Person || len(w) < 2 {
			continue
		}
		k := ends{w[0], w[len(w)-1]}
		if groups[k] == nil {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], e)
	}
	for _, k := range keys {
		g := groups[k]
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				a, b := listRecord(g[i], g[i].PrimaryName()), listRecord(g[j], g[j].PrimaryName())
				if a.Name == b.Name && (a.BirthDate == "" || b.BirthDate == "" || withinTwoYears(a.BirthDate, b.BirthDate)) {
					continue
				}
				cases = append(cases, PairCase{ID: g[i].ID + "~" + g[j].ID, A: a, B: b})
			}
		}
	}
	// Measured on 2026-12-06: precision 0.977, recall 0.968; 0.958 and 0.952
	// before two patronymics of two fathers conflicted, the dates of two
	// lists' records counted as resolve counts them, and a pair scored the
	// better of its two directions (docs/threshold.md).
	checkPairs(t, cases, of, 250, 100, 0.97, 0.96)
}

// withinTwoYears reports whether two birth dates as listRecord writes them
// (a year first) are at most two years apart.
func withinTwoYears(a, b string) bool {
	ya, errA := strconv.Atoi(strings.TrimPrefix(a, "~")[:min(4, len(strings.TrimPrefix(a, "~")))])
	yb, errB := strconv.Atoi(strings.TrimPrefix(b, "~")[:min(4, len(strings.TrimPrefix(b, "~")))])
	return errA == nil && errB == nil && ya-yb <= 2 && yb-ya <= 2
}
