package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/review"
)

// testLinkJudgements checks that link judgements are kept in order with
// their pair sorted, that each is audited in the chain, and that bad ones
// are refused. Stores that keep no judgements skip it.
func testLinkJudgements(t *testing.T, b Backend) {
	ctx := context.Background()
	s, clock := newService(t, b)
	ls, ok := s.Store.(aka.LinkJudgementStore)
	if !ok {
		t.Skip("the store keeps no link judgements")
	}
	j1, err := s.JudgeLink(ctx, analyst, "un:QDi.028", "uk:6930", aka.LinkConfirmed, "same person: the UK cites the UN reference")
	if err != nil {
		t.Fatal(err)
	}
	if j1.A != "uk:6930" || j1.B != "un:QDi.028" || j1.Seq == 0 {
		t.Errorf("JudgeLink = %+v, want the pair in order and a seq", j1)
	}
	clock.Advance(time.Minute)
	if _, err := s.JudgeLink(ctx, analyst, "ofac:1", "un:QDi.028", aka.LinkRejected, "a namesake: another father and birth year"); err != nil {
		t.Fatal(err)
	}
	clock.Advance(time.Minute)
	// A later judgement of a pair replaces the earlier in effect, not in
	// the record.
	if _, err := s.JudgeLink(ctx, supervisor, "uk:6930", "un:QDi.028", aka.LinkRejected, "the UK reference is a typing error"); err != nil {
		t.Fatal(err)
	}
	_, err = s.JudgeLink(ctx, viewer, "uk:1", "un:QDi.1", aka.LinkConfirmed, "looks alike")
	wantCode(t, "viewer judges", err, aka.EFORBIDDEN)
	_, err = s.JudgeLink(ctx, analyst, "uk:1", "un:QDi.1", aka.LinkConfirmed, "")
	wantCode(t, "no reason", err, aka.EINVALID)
	_, err = s.JudgeLink(ctx, analyst, "uk:1", "uk:1", aka.LinkConfirmed, "itself")
	wantCode(t, "one entity", err, aka.EINVALID)
	_, err = s.JudgeLink(ctx, analyst, "uk:1", "un:QDi.1", "maybe", "unsure")
	wantCode(t, "bad verdict", err, aka.EINVALID)
	wantCode(t, "no audit entry", ls.Judge(ctx, &aka.LinkJudgement{A: "a", B: "b", Verdict: aka.LinkConfirmed, Reason: "r"}, nil), aka.EINVALID)

	js, err := s.LinkJudgements(ctx, viewer)
	if err != nil {
		t.Fatal(err)
	}
	if len(js) != 3 {
		t.Fatalf("Judgements = %d, want 3", len(js))
	}
	want := []struct {
		a, b    string
		verdict aka.LinkVerdict
		actor   string
	}{
		{"uk:6930", "un:QDi.028", aka.LinkConfirmed, analyst.KeyID},
		{"ofac:1", "un:QDi.028", aka.LinkRejected, analyst.KeyID},
		{"uk:6930", "un:QDi.028", aka.LinkRejected, supervisor.KeyID},
	}
	for i, w := range want {
		j := js[i]
		if j.A != w.a || j.B != w.b || j.Verdict != w.verdict || j.Actor != w.actor || j.Reason == "" {
			t.Errorf("judgement %d = %+v, want %v", i, j, w)
		}
		if i > 0 && j.Seq <= js[i-1].Seq {
			t.Errorf("judgement %d has seq %d after %d", i, j.Seq, js[i-1].Seq)
		}
	}
	if !js[0].At.Equal(NewClock().Now()) {
		t.Errorf("first judgement at %v, want %v", js[0].At, NewClock().Now())
	}
	es, err := s.Store.AuditEntries(ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 3 {
		t.Fatalf("audit entries %d, want one per judgement", len(es))
	}
	for _, e := range es {
		if e.Action != "link.judge" {
			t.Errorf("audit action %q, want link.judge", e.Action)
		}
	}
	if n, err := review.Verify(ctx, s.Store); err != nil || n != 3 {
		t.Errorf("Verify = %d, %v", n, err)
	}
}
