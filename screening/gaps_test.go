package screening

import (
	"context"
	"slices"
	"testing"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/index"
)

// gapStep samples every gapStep-th name of the UK list's people for
// TestIndexFindsWhatCompareFinds: comparing a query with every entry costs
// about 0.1 s.
const gapStep = 40

// TestIndexFindsWhatCompareFinds checks the candidate step against the
// comparison itself: UK names of people, by the name alone, are screened
// against the UN, OFAC and AU lists, and compared with every entry of a
// type the query accepts. A match the comparison finds at the threshold
// and screening does not is a gap. The index misses by design a name met
// only by edit similarity with no key in common (Hamadoun and Amadou,
// Qaddur and Qaddumi: see CandidatesAbove), and the 40 best of a popular
// name's many namesakes. At the start of the fifth session of 2026-12-07,
// 7 of these 307 queries had a gap: a join counted its words twice, and a
// repeated word (Muhammad bin Muhammad) once more; the comparison met
// ALEXANDROV with a patronymic. None has now.
func TestIndexFindsWhatCompareFinds(t *testing.T) {
	uk := sharedLists(t, "uk/ofsi_ConList_2025-04-14.xlsx")
	ix := index.Build(sharedLists(t, "un/un_consolidated_2026-02-27.xml", "ofac/sdn_2024-05-03.csv", "au/dfat_consolidated_2024-12.xlsx"))
	s := New(ix)
	ctx := context.Background()
	queries, gaps, i := 0, 0, 0
	for _, e := range uk {
		if e.Type != aka.Person {
			continue
		}
		for _, n := range e.Names {
			if i++; i%gapStep != 0 {
				continue
			}
			queries++
			subj := aka.Subject{Name: n.Full}
			got, err := s.Screen(ctx, subj)
			if err != nil {
				t.Fatal(err)
			}
			q := compare.PrepareQuery(subj, ix.Rarity())
			for _, l := range ix.Entries {
				if len(q.Types) > 0 && !slices.Contains(q.Types, l.Entity.Type) {
					continue
				}
				m, ok := compare.CompareAbove(q, l, nil, s.Offset, s.Threshold)
				if !ok || slices.ContainsFunc(got.Matches, func(g aka.Match) bool { return g.EntityID == m.EntityID }) {
					continue
				}
				gaps++
				t.Logf("gap: %q (%s) meets %s %q at %.3f, screening does not find it", n.Full, e.ID, m.EntityID, m.Explanation.Name.Listed, m.Score)
			}
		}
	}
	t.Logf("%d queries, %d gaps", queries, gaps)
	// One in a hundred queries: room for the edit-only matches and the
	// namesakes above.
	if gaps*100 > queries {
		t.Errorf("%d gaps in %d queries, want at most %d", gaps, queries, queries/100)
	}
}
