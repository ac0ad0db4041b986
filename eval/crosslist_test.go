package eval

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/index"
	"github.com/akascreen/aka/screening"
)

// dateYears returns the first and last year a birth date allows.
func dateYears(b aka.BirthDate) (int, int) {
	if b.IsRange() {
		return b.Date.Year, b.To.Year
	}
	return b.Date.Year, b.Date.Year
}

// yearsApart returns how many years lie between a and the nearest of ds (0
// when a year falls in a range), and false when ds is empty.
func yearsApart(a aka.BirthDate, ds []aka.BirthDate) (int, bool) {
	best, ok := 0, false
	af, at := dateYears(a)
	for _, d := range ds {
		df, dt := dateYears(d)
		gap := 0
		switch {
		case af > dt:
			gap = af - dt
		case df > at:
			gap = df - at
		}
		if !ok || gap < best {
			best, ok = gap, true
		}
	}
	return best, ok
}

// ukCrosslistCases reads ../shared/eval/uk_crosslist.jsonl, skipping the
// test without it.
func ukCrosslistCases(t *testing.T) []QueryCase {
	t.Helper()
	casesFile := filepath.Join("..", "..", "shared", "eval", "uk_crosslist.jsonl")
	f, err := os.Open(casesFile)
	if err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	defer f.Close()
	cases, err := ReadCases[QueryCase](f, casesFile)
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

// TestUKCrosslistBirthDates measures uk_crosslist with the birth dates of
// its derived rows checked against the UK list itself, which is where the
// set says its cases come from.
//
// The set's "UK-FCDO-UKSanctionsList(derived:covyr)" rows carry, for most of
// their dated cases, a birth date that the UK list gives another person:
// HEDAYATULLAH BADRI (TAi.147) is queried with 1986-08-03, the UK list's
// date for AAMIR ALI CHAUDHRY; the query for Alfred Yekatom (CFi.004)
// carries 1955-08-23, Adbelbasit Hamza Elhassan Mohamed KHAIR's. The OFSI
// rows do not. A contradicting birth date is, on the official lists, strong
// evidence of another person (docs/threshold.md), and aka counts it so.
//
// The test counts the dated cases of each source whose date is more than
// two years from every date the UK list gives the person with that UN
// reference, then drops those dates and screens the set again: that is the
// recall the set would show with the UK's own dates. The UN entity aka
// matches against is not used to decide which date to drop.
func TestUKCrosslistBirthDates(t *testing.T) {
	cases := ukCrosslistCases(t)
	un := sharedList(t, "un/un_consolidated_2026-01-28.xml")
	uk := sharedList(t, "uk/ofsi_ConList_2025-04-14.xlsx")
	ukDates := map[string][]aka.BirthDate{}    // UN reference -> the UK's dates
	ukIDs := map[string][]string{}             // UN reference -> UK ids
	ukByDate := map[aka.PartialDate][]string{} // exact UK date -> UK ids
	for _, e := range uk.Entities {
		for _, ref := range e.CrossRefs {
			ukDates[ref] = append(ukDates[ref], e.BirthDates...)
			ukIDs[ref] = append(ukIDs[ref], e.ID)
		}
		for _, d := range e.BirthDates {
			if !d.IsRange() && d.Date.Day != 0 {
				ukByDate[d.Date] = append(ukByDate[d.Date], e.ID)
			}
		}
	}

	type tally struct{ dated, agree, contradict, othersDate int }
	bySource := map[string]*tally{}
	fixed := make([]QueryCase, len(cases))
	for i, c := range cases {
		fixed[i] = c
		src := "ofsi"
		if strings.Contains(c.ID, "derived:covyr") {
			src = "covyr"
		}
		tl := bySource[src]
		if tl == nil {
			tl = &tally{}
			bySource[src] = tl
		}
		if c.Query.BirthDate == "" || len(c.Expect) == 0 {
			continue
		}
		q, err := aka.ParseBirthDate(c.Query.BirthDate)
		if err != nil {
			t.Fatalf("case %s: %v", c.ID, err)
		}
		gap, ok := yearsApart(q, ukDates[c.Expect[0]])
		if !ok {
			continue
		}
		tl.dated++
		if gap <= 2 {
			tl.agree++
			continue
		}
		tl.contradict++
		fixed[i].Query.BirthDate = ""
		for _, id := range ukByDate[q.Date] {
			if !slices.Contains(ukIDs[c.Expect[0]], id) {
				tl.othersDate++
				break
			}
		}
	}
	for _, src := range []string{"ofsi", "covyr"} {
		tl := bySource[src]
		t.Logf("%s rows: %d dated cases the UK list also dates; %d within two years of its dates, %d further (%d of them exactly another UK person's date)",
			src, tl.dated, tl.agree, tl.contradict, tl.othersDate)
	}
	if tl := bySource["ofsi"]; tl.contradict > tl.dated/20 {
		t.Errorf("ofsi rows: %d of %d dates contradict the UK list's own: the comparison of dates is wrong", tl.contradict, tl.dated)
	}

	s := screening.New(index.Build(un.Entities))
	measure := func(cs []QueryCase) QueryReport {
		outs, elapsed, err := RunQueries(context.Background(), s, cs, 2, compare.DefaultThreshold)
		if err != nil {
			t.Fatal(err)
		}
		return Summarize(outs, compare.DefaultThreshold, elapsed)
	}
	asGiven, withUKDates := measure(cases), measure(fixed)
	t.Logf("uk_crosslist at the default threshold: recall %.5f as given, %.5f with the contradicting dates of the derived rows left out (recall at 1 %.5f, %.5f)",
		asGiven.Recall, withUKDates.Recall, asGiven.RecallAt1, withUKDates.RecallAt1)
	// The floor is below the figure measured (0.904 on 2026-12-05): a
	// change that loses names of this set fails here.
	if withUKDates.Recall < 0.90 {
		t.Errorf("recall with the UK list's dates %.4f, want at least 0.90", withUKDates.Recall)
	}
}

// TestUKCrosslistLabels lists the cases of uk_crosslist whose name, of two
// words or more, is word for word the name of another UN entity and none
// of the labelled one's: "Dimitri Herard" labelled HTi.009 (KEMPES SANON)
// is the UN's HTi.008. Such a case cannot be found at its label by any
// engine that finds the named person. The OFSI rows have none; the test
// fails if they come to have some, which would mean the comparison of
// names here is wrong.
func TestUKCrosslistLabels(t *testing.T) {
	cases := ukCrosslistCases(t)
	un := sharedList(t, "un/un_consolidated_2026-01-28.xml")
	key := func(name string) string {
		w := wordsOf(name)
		slices.Sort(w)
		return strings.Join(w, " ")
	}
	owners := map[string][]string{} // word set -> UN ids
	for _, e := range un.Entities {
		for _, n := range e.Names {
			if k := key(n.Full); !slices.Contains(owners[k], e.ID) {
				owners[k] = append(owners[k], e.ID)
			}
		}
	}
	wrong := map[string]int{}
	for _, c := range cases {
		if len(c.Expect) == 0 || len(wordsOf(c.Query.Name)) < 2 {
			continue
		}
		o := owners[key(c.Query.Name)]
		if len(o) == 0 || slices.Contains(o, c.Expect[0]) {
			continue
		}
		src := "ofsi"
		if strings.Contains(c.ID, "derived:covyr") {
			src = "covyr"
		}
		wrong[src]++
		t.Logf("%s: %q is labelled %s; the UN list gives that name to %v", c.ID, c.Query.Name, c.Expect[0], o)
	}
	t.Logf("cases labelled with another UN entity than the one whose name they are: %d of the OFSI rows, %d of the derived rows", wrong["ofsi"], wrong["covyr"])
	if wrong["ofsi"] > 0 {
		t.Errorf("%d OFSI rows named as another UN entity: the comparison of names is wrong", wrong["ofsi"])
	}
}
