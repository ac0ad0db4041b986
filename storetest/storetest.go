// Package storetest is the test suite that every aka.Store implementation
// passes: sqlite and postgres run it from their own tests (litestream's
// per-backend suite). It drives the store directly and through review, the
// use case the store exists for.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/review"
)

// Backend is what the suite needs from an implementation.
type Backend struct {
	// Open returns a new, empty store, closed when the test ends.
	Open func(t *testing.T) aka.Store
	// Tamper alters the audit entry with the given seq directly in the
	// database, as someone with write access to it could, getting past
	// whatever guards the table.
	Tamper func(t *testing.T, s aka.Store, seq int64)
}

// Run runs the suite against the backend.
func Run(t *testing.T, b Backend) {
	tests := []struct {
		name string
		fn   func(t *testing.T, b Backend)
	}{
		{"SubjectIdempotent", testSubjectIdempotent},
		{"AlertDedupe", testAlertDedupe},
		{"AlertFilter", testAlertFilter},
		{"AlertView", testAlertView},
		{"DecisionNeedsReason", testDecisionNeedsReason},
		{"DecisionTransitions", testDecisionTransitions},
		{"FalsePositiveSuppression", testFalsePositiveSuppression},
		{"Reopen", testReopen},
		{"Threshold", testThreshold},
		{"AuditChain", testAuditChain},
		{"AuditTamper", testAuditTamper},
		{"Keys", testKeys},
		{"Purge", testPurge},
		{"Concurrency", testConcurrency},
		{"LinkJudgements", testLinkJudgements},
		{"Monitor", testMonitor},
		{"MonitorDelta", testMonitorDelta},
		{"RequestsIdempotent", testRequestsIdempotent},
		{"RequestsConcurrent", testRequestsConcurrent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, b) })
	}
}

// Clock is a settable clock for Service.Now.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// NewClock returns a clock set to a fixed time.
func NewClock() *Clock {
	return &Clock{t: time.Date(2026, 3, 1, 9, 0, 0, 123456000, time.UTC)}
}

// Now returns the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Advance moves the clock on by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

var (
	admin      = review.Actor{KeyID: "k-admin", Role: aka.Admin}
	supervisor = review.Actor{KeyID: "k-super", Role: aka.Supervisor}
	analyst    = review.Actor{KeyID: "k-analyst", Role: aka.Analyst}
	viewer     = review.Actor{KeyID: "k-viewer", Role: aka.Viewer}
)

func newService(t *testing.T, b Backend) (*review.Service, *Clock) {
	t.Helper()
	clock := NewClock()
	s := review.New(b.Open(t))
	s.Now = clock.Now
	return s, clock
}

// entity returns a listed person.
func entity(id, source, name string) *aka.Entity {
	return &aka.Entity{
		ID: id, Type: aka.Person, Source: source, SourceID: id, ListVersion: "2026-01-28",
		Names:      []aka.Name{{Full: name, Kind: aka.Primary, Quality: aka.Strong}},
		BirthDates: []aka.BirthDate{{Date: aka.PartialDate{Year: 1970}}},
	}
}

// match returns a match of subject name q with entity e.
func match(q string, e *aka.Entity, score float64) aka.Match {
	return aka.Match{
		EntityID: e.ID, Score: score, Name: e.PrimaryName(), Type: e.Type,
		Explanation: aka.Explanation{
			Name: aka.NameEvidence{Query: q, Listed: e.PrimaryName(), Kind: aka.Primary, Quality: aka.Strong, Similarity: 1, Bits: 20,
				Tokens: []aka.TokenEvidence{{Query: q, Listed: e.PrimaryName(), Similarity: 1, Weight: 10, Bits: 10, How: "exact"}}},
			Features: []aka.FeatureEvidence{{Feature: "birth_date", Query: "1970-05-01", Listed: "1970", Level: "year", Bits: 2}},
			Bits:     22, Offset: 14,
		},
	}
}

func screening(subj aka.Subject, score float64, es ...*aka.Entity) review.Screening {
	sc := review.Screening{Subject: subj, Entities: map[string]*aka.Entity{}}
	for _, e := range es {
		sc.Matches = append(sc.Matches, match(subj.Name, e, score))
		sc.Entities[e.ID] = e
	}
	return sc
}

func record(t *testing.T, s *review.Service, sc review.Screening) *review.Recorded {
	t.Helper()
	rec, err := s.Record(context.Background(), viewer, sc)
	if err != nil {
		t.Fatalf("Record: %v", err)
	}
	return rec
}

func decide(t *testing.T, s *review.Service, actor review.Actor, id string, d aka.DecisionKind) *aka.Decision {
	t.Helper()
	dec, err := s.Decide(context.Background(), actor, id, d, "checked against the passport copy")
	if err != nil {
		t.Fatalf("Decide(%s, %s): %v", id, d, err)
	}
	return dec
}

func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := aka.ErrorCode(err); got != code {
		t.Errorf("%s: error %v (code %q), want code %q", what, err, got, code)
	}
}

func testSubjectIdempotent(t *testing.T, b Backend) {
	ctx := context.Background()
	s, clock := newService(t, b)
	e := entity("un:QDi.1", "un", "Abu Example")

	// Without a client id, the same person normalized the same way is the
	// same subject.
	r1 := record(t, s, screening(aka.Subject{Name: "John  Doe", BirthDate: "1970-5-1", Nationality: "GB"}, 0.9, e))
	clock.Advance(time.Hour)
	r2 := record(t, s, screening(aka.Subject{Name: "john doe", BirthDate: "1970-05-01", Nationality: "gb"}, 0.9, e))
	if r1.SubjectID != r2.SubjectID || r1.SubjectID[:2] != "h:" {
		t.Errorf("subject ids %q and %q, want the same hash id", r1.SubjectID, r2.SubjectID)
	}
	got, err := s.Store.Subject(ctx, r1.SubjectID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.CreatedAt.Equal(NewClock().Now()) || !got.ScreenedAt.Equal(clock.Now()) {
		t.Errorf("created %v screened %v, want the first and the last screening times", got.CreatedAt, got.ScreenedAt)
	}
	if got.Subject.Name != "john doe" {
		t.Errorf("subject name %q, want the last screening's", got.Subject.Name)
	}

	// With a client id, the id is the identity whatever the data.
	r3 := record(t, s, screening(aka.Subject{ID: "cust-7", Name: "Jane Roe"}, 0.9))
	r4 := record(t, s, screening(aka.Subject{ID: "cust-7", Name: "Jane Roe-Smith"}, 0.9))
	if r3.SubjectID != "cust-7" || r4.SubjectID != "cust-7" {
		t.Errorf("subject ids %q, %q, want cust-7", r3.SubjectID, r4.SubjectID)
	}
	if _, err := s.Store.Subject(ctx, "nobody"); aka.ErrorCode(err) != aka.ENOTFOUND {
		t.Errorf("Subject(nobody): %v, want ENOTFOUND", err)
	}
}

func testAlertDedupe(t *testing.T, b Backend) {
	ctx := context.Background()
	s, clock := newService(t, b)
	e1, e2 := entity("un:QDi.1", "un", "Abu Example"), entity("ofac:1", "ofac", "Abu Example")
	subj := aka.Subject{ID: "p1", Name: "Abu Example"}
	r1 := record(t, s, screening(subj, 0.9, e1, e2))
	if r1.New != 2 || len(r1.Alerts) != 2 {
		t.Fatalf("first screening: %d new of %d alerts, want 2 of 2", r1.New, len(r1.Alerts))
	}
	clock.Advance(time.Minute)
	r2 := record(t, s, screening(subj, 0.95, e1, e2))
	if r2.New != 0 || len(r2.Alerts) != 2 || r2.Alerts[0].ID != r1.Alerts[0].ID || r2.Alerts[1].ID != r1.Alerts[1].ID {
		t.Errorf("second screening: %d new, alerts %v, want the first screening's", r2.New, r2.Alerts)
	}
	// needs_info is unresolved: still no duplicate.
	decide(t, s, analyst, r1.Alerts[0].ID, aka.DecideNeedsInfo)
	r3 := record(t, s, screening(subj, 0.9, e1))
	if r3.New != 0 || r3.Alerts[0].ID != r1.Alerts[0].ID || r3.Alerts[0].Status != aka.StatusNeedsInfo {
		t.Errorf("screening while needs_info: %d new, %+v", r3.New, r3.Alerts[0])
	}
	// The store itself refuses duplicates, even within one call.
	now := clock.Now()
	dup := func(id string) *aka.Alert {
		return &aka.Alert{ID: id, SubjectID: "p2", EntityID: "un:QDi.9", Source: "un", Score: 0.8, Evidence: json.RawMessage(`{}`),
			ListVersions: map[string]string{}, Status: aka.StatusOpen, CreatedAt: now, UpdatedAt: now}
	}
	st := &aka.StoredSubject{ID: "p2", Subject: aka.Subject{ID: "p2", Name: "X"}, CreatedAt: now, ScreenedAt: now}
	got, err := s.Store.RecordScreening(ctx, st, []*aka.Alert{dup("a1"), dup("a2")})
	if err != nil {
		t.Fatal(err)
	}
	if got[0].ID != "a1" || got[1].ID != "a1" {
		t.Errorf("RecordScreening of a duplicate pair gave %s and %s, want a1 twice", got[0].ID, got[1].ID)
	}
	all, err := s.Store.Alerts(ctx, aka.AlertFilter{SubjectID: "p2"})
	if err != nil || len(all) != 1 {
		t.Errorf("alerts of p2: %d (%v), want 1", len(all), err)
	}
	if _, err := s.Store.RecordScreening(ctx, st, []*aka.Alert{{ID: "x", SubjectID: "other", EntityID: "e", Status: aka.StatusOpen}}); aka.ErrorCode(err) != aka.EINVALID {
		t.Errorf("alert for another subject: %v, want EINVALID", err)
	}
	// Below the threshold, no alert.
	r4 := record(t, s, screening(aka.Subject{ID: "p3", Name: "Low"}, 0.1, e1))
	if len(r4.Alerts) != 0 {
		t.Errorf("score 0.1 opened %d alerts", len(r4.Alerts))
	}
}

func testAlertFilter(t *testing.T, b Backend) {
	ctx := context.Background()
	s, clock := newService(t, b)
	un, ofac := entity("un:QDi.1", "un", "Abu Example"), entity("ofac:1", "ofac", "Abu Example")
	old := record(t, s, screening(aka.Subject{ID: "p1", Name: "A"}, 0.7, un))
	clock.Advance(48 * time.Hour)
	record(t, s, screening(aka.Subject{ID: "p2", Name: "B"}, 0.9, un, ofac))
	decided := record(t, s, screening(aka.Subject{ID: "p3", Name: "C"}, 0.9, ofac))
	decide(t, s, analyst, decided.Alerts[0].ID, aka.DecideTrueMatch)

	count := func(f aka.AlertFilter) int {
		t.Helper()
		as, err := s.Alerts(ctx, viewer, f)
		if err != nil {
			t.Fatal(err)
		}
		return len(as)
	}
	for _, c := range []struct {
		name string
		f    aka.AlertFilter
		want int
	}{
		{"open", aka.AlertFilter{}, 3},
		{"un", aka.AlertFilter{Source: "un"}, 2},
		{"ofac", aka.AlertFilter{Source: "ofac"}, 1},
		{"min score", aka.AlertFilter{MinScore: 0.8}, 2},
		{"a day old", aka.AlertFilter{CreatedBefore: s.OlderThan(24 * time.Hour)}, 1},
		{"true matches", aka.AlertFilter{Statuses: []aka.AlertStatus{aka.StatusTrueMatch}}, 1},
		{"all", aka.AlertFilter{Statuses: []aka.AlertStatus{aka.StatusOpen, aka.StatusTrueMatch}}, 4},
		{"limit", aka.AlertFilter{Limit: 2}, 2},
		{"offset", aka.AlertFilter{Offset: 2}, 1},
	} {
		if got := count(c.f); got != c.want {
			t.Errorf("%s: %d alerts, want %d", c.name, got, c.want)
		}
	}
	as, _ := s.Alerts(ctx, viewer, aka.AlertFilter{})
	if as[0].ID != old.Alerts[0].ID {
		t.Errorf("first alert %s, want the oldest %s", as[0].ID, old.Alerts[0].ID)
	}
	if _, err := s.Alerts(ctx, viewer, aka.AlertFilter{Statuses: []aka.AlertStatus{"bogus"}}); aka.ErrorCode(err) != aka.EINVALID {
		t.Errorf("bogus status: %v, want EINVALID", err)
	}
	if _, err := s.Alerts(ctx, review.Actor{}, aka.AlertFilter{}); aka.ErrorCode(err) != aka.EFORBIDDEN {
		t.Errorf("no actor: %v, want EFORBIDDEN", err)
	}
}

func testAlertView(t *testing.T, b Backend) {
	ctx := context.Background()
	s, _ := newService(t, b)
	e := entity("un:QDi.1", "un", "Abu Example")
	sc := screening(aka.Subject{ID: "p1", Name: "Abu Exampel", BirthDate: "1970-05-01"}, 0.87, e)
	sc.ListVersions = map[string]string{"un": "2026-01-28", "ofac": "2026-02-02"}
	rec := record(t, s, sc)
	v, err := s.Alert(ctx, viewer, rec.Alerts[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	a := v.Alert
	if a.SubjectID != "p1" || a.EntityID != "un:QDi.1" || a.Source != "un" || a.Score != 0.87 || a.Status != aka.StatusOpen {
		t.Errorf("alert %+v", a)
	}
	if a.ListVersions["un"] != "2026-01-28" || a.ListVersions["ofac"] != "2026-02-02" {
		t.Errorf("list versions %v", a.ListVersions)
	}
	var m aka.Match
	if err := json.Unmarshal(a.Evidence, &m); err != nil {
		t.Fatal(err)
	}
	if m.EntityID != e.ID || m.Explanation.Name.Query != "Abu Exampel" || m.Explanation.Bits != 22 {
		t.Errorf("evidence %+v", m)
	}
	if v.Subject.Subject.BirthDate != "1970-05-01" || len(v.Decisions) != 0 {
		t.Errorf("subject %+v, decisions %v", v.Subject, v.Decisions)
	}
	decide(t, s, analyst, a.ID, aka.DecideNeedsInfo)
	v, _ = s.Alert(ctx, viewer, a.ID)
	if len(v.Decisions) != 1 || v.Decisions[0].Actor != analyst.KeyID || v.Decisions[0].Role != aka.Analyst {
		t.Errorf("decisions %+v", v.Decisions)
	}
	if _, err := s.Alert(ctx, viewer, "al_nope"); aka.ErrorCode(err) != aka.ENOTFOUND {
		t.Errorf("unknown alert: %v, want ENOTFOUND", err)
	}
}

func testDecisionNeedsReason(t *testing.T, b Backend) {
	ctx := context.Background()
	s, _ := newService(t, b)
	rec := record(t, s, screening(aka.Subject{ID: "p1", Name: "A"}, 0.9, entity("un:QDi.1", "un", "A")))
	id := rec.Alerts[0].ID
	for _, reason := range []string{"", "   ", "\n\t"} {
		_, err := s.Decide(ctx, analyst, id, aka.DecideFalsePositive, reason)
		wantCode(t, fmt.Sprintf("reason %q", reason), err, aka.EINVALID)
	}
	_, err := s.Decide(ctx, viewer, id, aka.DecideFalsePositive, "looks fine")
	wantCode(t, "viewer decides", err, aka.EFORBIDDEN)
	_, err = s.Decide(ctx, analyst, id, "maybe", "looks fine")
	wantCode(t, "unknown decision", err, aka.EINVALID)
	_, err = s.Decide(ctx, analyst, "al_nope", aka.DecideFalsePositive, "looks fine")
	wantCode(t, "unknown alert", err, aka.ENOTFOUND)
	// The store refuses an empty reason too.
	err = s.Store.Decide(ctx, &aka.Decision{AlertID: id, Decision: aka.DecideTrueMatch, Actor: "x", Role: aka.Analyst},
		&aka.AuditEntry{Actor: "x", Action: "decision"})
	wantCode(t, "store decision without reason", err, aka.EINVALID)
	a, _ := s.Store.Alert(ctx, id)
	if a.Status != aka.StatusOpen {
		t.Errorf("status %s after refused decisions, want open", a.Status)
	}
	if n, err := review.Verify(ctx, s.Store); err != nil || n != 0 {
		t.Errorf("audit log after refused decisions: %d entries, %v; want 0", n, err)
	}
}

func testDecisionTransitions(t *testing.T, b Backend) {
	ctx := context.Background()
	s, clock := newService(t, b)
	rec := record(t, s, screening(aka.Subject{ID: "p1", Name: "A"}, 0.9, entity("un:QDi.1", "un", "A")))
	id := rec.Alerts[0].ID
	decide(t, s, analyst, id, aka.DecideNeedsInfo)
	decide(t, s, analyst, id, aka.DecideNeedsInfo)
	clock.Advance(time.Minute)
	d := decide(t, s, analyst, id, aka.DecideTrueMatch)
	if d.SubjectID != "p1" || d.EntityID != "un:QDi.1" || d.Seq == 0 || d.SubjectHash == "" || d.EntityHash == "" {
		t.Errorf("decision %+v: want subject, entity, seq and hashes filled in", d)
	}
	a, _ := s.Store.Alert(ctx, id)
	if a.Status != aka.StatusTrueMatch || !a.UpdatedAt.Equal(clock.Now()) {
		t.Errorf("alert %s updated %v, want true_match at %v", a.Status, a.UpdatedAt, clock.Now())
	}
	_, err := s.Decide(ctx, analyst, id, aka.DecideFalsePositive, "changed my mind")
	wantCode(t, "deciding a decided alert", err, aka.ECONFLICT)
	decide(t, s, supervisor, id, aka.DecideClose)
	_, err = s.Decide(ctx, supervisor, id, aka.DecideClose, "again")
	wantCode(t, "closing a closed alert", err, aka.ECONFLICT)
	ds, err := s.Store.Decisions(ctx, id)
	if err != nil || len(ds) != 4 {
		t.Fatalf("decisions: %d, %v; want 4", len(ds), err)
	}
	for i, want := range []aka.DecisionKind{aka.DecideNeedsInfo, aka.DecideNeedsInfo, aka.DecideTrueMatch, aka.DecideClose} {
		if ds[i].Decision != want {
			t.Errorf("decision %d: %s, want %s", i, ds[i].Decision, want)
		}
	}
	// A closed alert no longer blocks a new one for the pair.
	rec2 := record(t, s, screening(aka.Subject{ID: "p1", Name: "A"}, 0.9, entity("un:QDi.1", "un", "A")))
	if rec2.New != 1 || rec2.Alerts[0].ID == id {
		t.Errorf("screening after close: %d new", rec2.New)
	}
}

func testFalsePositiveSuppression(t *testing.T, b Backend) {
	s, _ := newService(t, b)
	e := entity("un:QDi.1", "un", "Abu Example")
	subj := aka.Subject{ID: "p1", Name: "Abu Example", BirthDate: "1980-02-03"}
	rec := record(t, s, screening(subj, 0.9, e))
	decide(t, s, analyst, rec.Alerts[0].ID, aka.DecideFalsePositive)

	// Same data on both sides: no new alert.
	again := record(t, s, screening(subj, 0.9, e))
	if len(again.Alerts) != 0 || len(again.Suppressed) != 1 || again.Suppressed[0] != e.ID {
		t.Fatalf("same data after a false positive: alerts %v, suppressed %v; want none, [%s]", again.Alerts, again.Suppressed, e.ID)
	}
	// Spelled differently but normalized the same: still suppressed.
	same := subj
	same.Name, same.BirthDate = "ABU  example", "1980-2-3"
	if r := record(t, s, screening(same, 0.9, e)); len(r.Alerts) != 0 {
		t.Errorf("same normalized data: %d alerts, want 0", len(r.Alerts))
	}
	// A new version of the list that leaves the entity as it was keeps it.
	e2 := *e
	e2.ListVersion = "2026-02-15"
	if r := record(t, s, screening(subj, 0.9, &e2)); len(r.Alerts) != 0 {
		t.Errorf("new list version, same entity: %d alerts, want 0", len(r.Alerts))
	}
	// Another entity is not suppressed.
	other := entity("un:QDi.2", "un", "Abu Example")
	if r := record(t, s, screening(subj, 0.9, other)); r.New != 1 {
		t.Errorf("another entity: %d new alerts, want 1", r.New)
	}

	// The entity's data changes: it alerts again.
	changed := *e
	changed.Remarks = "Also known to use passport 123."
	r := record(t, s, screening(subj, 0.9, &changed))
	if r.New != 1 {
		t.Fatalf("entity changed: %d new alerts, want 1", r.New)
	}
	decide(t, s, analyst, r.Alerts[0].ID, aka.DecideFalsePositive)
	if r := record(t, s, screening(subj, 0.9, &changed)); len(r.Alerts) != 0 {
		t.Errorf("false positive on the changed entity: %d alerts, want 0", len(r.Alerts))
	}

	// The subject's data changes under the same id: it alerts again.
	moved := subj
	moved.Nationality = "SY"
	if r := record(t, s, screening(moved, 0.9, &changed)); r.New != 1 {
		t.Errorf("subject changed: %d new alerts, want 1", r.New)
	}

	// A true match is not remembered as a suppression.
	tm := record(t, s, screening(aka.Subject{ID: "p9", Name: "T"}, 0.9, e))
	decide(t, s, analyst, tm.Alerts[0].ID, aka.DecideTrueMatch)
	if r := record(t, s, screening(aka.Subject{ID: "p9", Name: "T"}, 0.9, e)); r.New != 1 {
		t.Errorf("after a true match: %d new alerts, want 1", r.New)
	}
	// Without the entity's data, the pair always alerts.
	fp := record(t, s, screening(aka.Subject{ID: "p10", Name: "U"}, 0.9, e))
	decide(t, s, analyst, fp.Alerts[0].ID, aka.DecideFalsePositive)
	sc := screening(aka.Subject{ID: "p10", Name: "U"}, 0.9, e)
	sc.Entities = nil
	if r := record(t, s, sc); r.New != 1 {
		t.Errorf("entity unknown: %d new alerts, want 1", r.New)
	}
}

func testReopen(t *testing.T, b Backend) {
	ctx := context.Background()
	s, _ := newService(t, b)
	e := entity("un:QDi.1", "un", "A")
	subj := aka.Subject{ID: "p1", Name: "A"}
	rec := record(t, s, screening(subj, 0.9, e))
	id := rec.Alerts[0].ID
	decide(t, s, analyst, id, aka.DecideFalsePositive)

	_, err := s.Reopen(ctx, analyst, id, "second look")
	wantCode(t, "analyst reopens", err, aka.EFORBIDDEN)
	_, err = s.Reopen(ctx, supervisor, id, "")
	wantCode(t, "reopen without reason", err, aka.EINVALID)
	if _, err := s.Reopen(ctx, supervisor, id, "second look"); err != nil {
		t.Fatal(err)
	}
	a, _ := s.Store.Alert(ctx, id)
	if a.Status != aka.StatusOpen {
		t.Errorf("status %s after reopen, want open", a.Status)
	}
	_, err = s.Reopen(ctx, supervisor, id, "again")
	wantCode(t, "reopening an open alert", err, aka.ECONFLICT)
	// Reopening lifts the suppression: the pair shows its open alert.
	r := record(t, s, screening(subj, 0.9, e))
	if len(r.Alerts) != 1 || r.Alerts[0].ID != id || len(r.Suppressed) != 0 {
		t.Errorf("after reopen: alerts %v, suppressed %v; want the reopened one", r.Alerts, r.Suppressed)
	}
	// Admins may do what supervisors may.
	decide(t, s, analyst, id, aka.DecideFalsePositive)
	if _, err := s.Reopen(ctx, admin, id, "audit sample"); err != nil {
		t.Errorf("admin reopens: %v", err)
	}

	// Reopening an alert whose pair has another unresolved alert conflicts.
	decide(t, s, analyst, id, aka.DecideTrueMatch)
	r2 := record(t, s, screening(subj, 0.9, e))
	if r2.New != 1 {
		t.Fatalf("after a true match: %d new alerts, want 1", r2.New)
	}
	_, err = s.Reopen(ctx, supervisor, id, "second look")
	wantCode(t, "reopen beside an unresolved alert", err, aka.ECONFLICT)
}

func testThreshold(t *testing.T, b Backend) {
	ctx := context.Background()
	s, _ := newService(t, b)
	if th, err := s.Threshold(ctx); err != nil || th != review.DefaultThreshold {
		t.Errorf("Threshold() = %v, %v; want the default", th, err)
	}
	wantCode(t, "analyst sets threshold", s.SetThreshold(ctx, analyst, 0.8), aka.EFORBIDDEN)
	wantCode(t, "threshold 0", s.SetThreshold(ctx, admin, 0), aka.EINVALID)
	wantCode(t, "threshold 1.5", s.SetThreshold(ctx, admin, 1.5), aka.EINVALID)
	if err := s.SetThreshold(ctx, admin, 0.8); err != nil {
		t.Fatal(err)
	}
	if th, _ := s.Threshold(ctx); th != 0.8 {
		t.Errorf("threshold %v, want 0.8", th)
	}
	if r := record(t, s, screening(aka.Subject{ID: "p", Name: "A"}, 0.75, entity("un:QDi.1", "un", "A"))); len(r.Alerts) != 0 {
		t.Errorf("0.75 under threshold 0.8 opened %d alerts", len(r.Alerts))
	}
	es, _ := s.Store.AuditEntries(ctx, 0, 10)
	if len(es) != 1 || es[0].Action != "threshold.set" || es[0].Actor != admin.KeyID {
		t.Errorf("audit entries %+v, want one threshold.set", es)
	}
}

func testAuditChain(t *testing.T, b Backend) {
	ctx := context.Background()
	s, clock := newService(t, b)
	if n, err := review.Verify(ctx, s.Store); n != 0 || err != nil {
		t.Errorf("Verify(empty) = %d, %v", n, err)
	}
	if err := s.ListsLoaded(ctx, review.Local("serve"), []review.ListLoad{{File: "un.xml", Source: "un", Version: "2026-01-28", Entities: 999}}); err != nil {
		t.Fatal(err)
	}
	rec := record(t, s, screening(aka.Subject{ID: "p1", Name: "A"}, 0.9, entity("un:QDi.1", "un", "A")))
	clock.Advance(time.Second)
	decide(t, s, analyst, rec.Alerts[0].ID, aka.DecideFalsePositive)
	if err := s.SetThreshold(ctx, admin, 0.7); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.CreateKey(ctx, admin, aka.Viewer, "dashboard"); err != nil {
		t.Fatal(err)
	}
	// Details are hashed in canonical form: key order and spacing as
	// stored do not matter.
	e := &aka.AuditEntry{At: clock.Now(), Actor: "ops", Action: "note", Detail: json.RawMessage(`{"z": 1, "a": [1, 2.50, "x"]}`)}
	if err := s.Store.Append(ctx, e); err != nil {
		t.Fatal(err)
	}
	wantCode(t, "detail not JSON", s.Store.Append(ctx, &aka.AuditEntry{At: clock.Now(), Actor: "ops", Action: "note", Detail: json.RawMessage(`{`)}), aka.EINVALID)
	n, err := review.Verify(ctx, s.Store)
	if err != nil || n != 5 {
		t.Fatalf("Verify = %d, %v; want 5 entries", n, err)
	}
	es, err := s.Audit(ctx, supervisor, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for i, e := range es {
		actions = append(actions, e.Action)
		if e.Seq != int64(i+1) {
			t.Errorf("entry %d has seq %d", i, e.Seq)
		}
		if i > 0 && e.PrevHash != es[i-1].Hash {
			t.Errorf("entry %d does not carry the hash of entry %d", e.Seq, es[i-1].Seq)
		}
	}
	if fmt.Sprint(actions) != "[lists.load decision threshold.set key.create note]" {
		t.Errorf("actions %v", actions)
	}
	if !es[1].At.Equal(clock.Now()) {
		t.Errorf("decision entry at %v, want %v", es[1].At, clock.Now())
	}
	_, err = s.Audit(ctx, analyst, 0, 100)
	wantCode(t, "analyst reads the audit log", err, aka.EFORBIDDEN)
	// Pages.
	page, _ := s.Store.AuditEntries(ctx, 2, 2)
	if len(page) != 2 || page[0].Seq != 3 {
		t.Errorf("AuditEntries(2, 2) = %d entries from %d", len(page), page[0].Seq)
	}
}

func testAuditTamper(t *testing.T, b Backend) {
	ctx := context.Background()
	s, clock := newService(t, b)
	for i := range 5 {
		clock.Advance(time.Second)
		d, _ := json.Marshal(map[string]int{"i": i})
		if err := s.Store.Append(ctx, &aka.AuditEntry{At: clock.Now(), Actor: "ops", Action: "note", Detail: d}); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := review.Verify(ctx, s.Store); err != nil || n != 5 {
		t.Fatalf("Verify = %d, %v", n, err)
	}
	b.Tamper(t, s.Store, 3)
	n, err := review.Verify(ctx, s.Store)
	var ce *review.ChainError
	if !errors.As(err, &ce) || ce.Seq != 3 {
		t.Fatalf("Verify after tampering with entry 3 = %d, %v; want a ChainError naming entry 3", n, err)
	}
	if n != 2 {
		t.Errorf("Verify verified %d entries before the broken one, want 2", n)
	}
}

func testKeys(t *testing.T, b Backend) {
	ctx := context.Background()
	s, clock := newService(t, b)
	key, k, err := s.CreateKey(ctx, admin, aka.Analyst, "alice")
	if err != nil {
		t.Fatal(err)
	}
	if want := review.KeyPrefix + k.ID + "_"; len(key) != len(want)+64 || key[:len(want)] != want {
		t.Errorf("key %q, want %s and 64 hex digits", key, want)
	}
	got, err := s.Authenticate(ctx, key)
	if err != nil || got.ID != k.ID || got.Role != aka.Analyst || got.Name != "alice" {
		t.Fatalf("Authenticate = %+v, %v", got, err)
	}
	stored, _ := s.Store.Key(ctx, k.ID)
	if stored.SecretHash == "" || stored.SecretHash == key[len(key)-64:] {
		t.Errorf("the store holds %q: want the secret's hash, not the secret", stored.SecretHash)
	}
	bad := []string{"", "aka_", key[:len(key)-1] + "0", key[:len(key)-1], "aka_" + k.ID, "Bearer " + key, "aka_nope_" + key[len(key)-64:],
		"aka_" + k.ID + "_" + key[len(key)-64:] + "0"}
	if key[len(key)-1] == '0' {
		bad[2] = key[:len(key)-1] + "1"
	}
	for _, b := range bad {
		_, err := s.Authenticate(ctx, b)
		wantCode(t, fmt.Sprintf("Authenticate(%q)", b), err, aka.EUNAUTHORIZED)
	}

	_, _, err = s.CreateKey(ctx, analyst, aka.Analyst, "")
	wantCode(t, "analyst creates a key", err, aka.EFORBIDDEN)
	_, _, err = s.CreateKey(ctx, admin, "root", "")
	wantCode(t, "unknown role", err, aka.EINVALID)
	wantCode(t, "duplicate key id", s.Store.CreateKey(ctx, &aka.APIKey{ID: k.ID, SecretHash: "x", Role: aka.Viewer}, &aka.AuditEntry{Actor: "x", Action: "key.create"}), aka.ECONFLICT)

	clock.Advance(time.Hour)
	wantCode(t, "analyst revokes", s.RevokeKey(ctx, analyst, k.ID), aka.EFORBIDDEN)
	if err := s.RevokeKey(ctx, admin, k.ID); err != nil {
		t.Fatal(err)
	}
	_, err = s.Authenticate(ctx, key)
	wantCode(t, "revoked key", err, aka.EUNAUTHORIZED)
	wantCode(t, "revoking twice", s.RevokeKey(ctx, admin, k.ID), aka.ECONFLICT)
	wantCode(t, "revoking an unknown key", s.RevokeKey(ctx, admin, "nope"), aka.ENOTFOUND)

	key2, _, err := s.CreateKey(ctx, admin, aka.Supervisor, "")
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s.Authenticate(ctx, key2); err != nil || got.Role != aka.Supervisor {
		t.Errorf("second key: %+v, %v", got, err)
	}
	ks, err := s.Keys(ctx, admin)
	if err != nil || len(ks) != 2 || !ks[0].Revoked() || !ks[0].RevokedAt.Equal(clock.Now()) || ks[1].Revoked() {
		t.Errorf("Keys = %+v, %v", ks, err)
	}
	_, err = s.Keys(ctx, supervisor)
	wantCode(t, "supervisor lists keys", err, aka.EFORBIDDEN)
	es, _ := s.Store.AuditEntries(ctx, 0, 10)
	var actions []string
	for _, e := range es {
		actions = append(actions, e.Action)
	}
	if fmt.Sprint(actions) != "[key.create key.revoke key.create]" {
		t.Errorf("audited %v", actions)
	}
	if n, err := review.Verify(ctx, s.Store); err != nil || n != 3 {
		t.Errorf("Verify = %d, %v", n, err)
	}
}

func testPurge(t *testing.T, b Backend) {
	ctx := context.Background()
	s, clock := newService(t, b)
	e := entity("un:QDi.1", "un", "Abu Example")
	// Screened long ago, alert decided: purged.
	decided := record(t, s, screening(aka.Subject{Name: "Old Decided", BirthDate: "1970-05-01", DocumentNumber: "X1"}, 0.9, e))
	decide(t, s, analyst, decided.Alerts[0].ID, aka.DecideFalsePositive)
	// Screened long ago, no alert: purged.
	quiet := record(t, s, screening(aka.Subject{ID: "c-1", Name: "Old Quiet", Nationality: "fr"}, 0.9))
	// Screened long ago, alert still open: kept.
	open := record(t, s, screening(aka.Subject{ID: "c-2", Name: "Old Open"}, 0.9, e))
	clock.Advance(200 * 24 * time.Hour)
	// Screened recently: kept.
	recent := record(t, s, screening(aka.Subject{ID: "c-3", Name: "New"}, 0.9))

	_, err := s.Purge(ctx, analyst, 180*24*time.Hour)
	wantCode(t, "analyst purges", err, aka.EFORBIDDEN)
	_, err = s.Purge(ctx, admin, 0)
	wantCode(t, "purge with no period", err, aka.EINVALID)
	n, err := s.Purge(ctx, admin, 180*24*time.Hour)
	if err != nil || n != 2 {
		t.Fatalf("Purge = %d, %v; want 2", n, err)
	}
	for _, id := range []string{decided.SubjectID, quiet.SubjectID} {
		got, err := s.Store.Subject(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if got.Subject.Name != "" || got.Subject.BirthDate != "" || got.Subject.DocumentNumber != "" || got.Subject.Nationality != "" {
			t.Errorf("purged subject %s keeps %+v", id, got.Subject)
		}
		if got.PurgedAt.IsZero() || got.ID != id {
			t.Errorf("purged subject %s: %+v", id, got)
		}
	}
	for _, id := range []string{open.SubjectID, recent.SubjectID} {
		if got, _ := s.Store.Subject(ctx, id); got.Subject.Name == "" || !got.PurgedAt.IsZero() {
			t.Errorf("subject %s purged, want kept", id)
		}
	}
	// The alert history stays, without the subject's side of the evidence.
	v, err := s.Alert(ctx, viewer, decided.Alerts[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if v.Alert.Status != aka.StatusFalsePositive || len(v.Decisions) != 1 {
		t.Errorf("purged subject's alert: %s, %d decisions", v.Alert.Status, len(v.Decisions))
	}
	var m aka.Match
	json.Unmarshal(v.Alert.Evidence, &m)
	if m.Explanation.Name.Query != "" || m.Explanation.Features[0].Query != "" || m.Explanation.Name.Tokens[0].Query == "Old Decided" {
		t.Errorf("evidence keeps the subject's data: %+v", m.Explanation)
	}
	if m.Explanation.Name.Listed != "Abu Example" || m.Score != 0.9 {
		t.Errorf("evidence lost the listed side: %+v", m)
	}
	// Purging again finds nothing new; it is audited each time.
	if n, err := s.Purge(ctx, admin, 180*24*time.Hour); err != nil || n != 0 {
		t.Errorf("second Purge = %d, %v", n, err)
	}
	es, _ := s.Store.AuditEntries(ctx, 1, 10)
	if len(es) != 2 || es[0].Action != "purge" {
		t.Fatalf("audit entries %+v", es)
	}
	var detail struct {
		Count  int    `json:"count"`
		Before string `json:"before"`
	}
	if err := json.Unmarshal(es[0].Detail, &detail); err != nil || detail.Count != 2 || detail.Before == "" {
		t.Errorf("purge detail %s", es[0].Detail)
	}
	if n, err := review.Verify(ctx, s.Store); err != nil || n != 3 {
		t.Errorf("Verify = %d, %v", n, err)
	}
}

// testConcurrency appends and decides from 8 goroutines at once: every
// write lands and the chain still verifies.
func testConcurrency(t *testing.T, b Backend) {
	ctx := context.Background()
	s, _ := newService(t, b)
	const workers, each = 8, 10
	ids := make([][]string, workers)
	for w := range workers {
		for i := range each {
			rec := record(t, s, screening(aka.Subject{ID: fmt.Sprintf("w%d-%d", w, i), Name: "A"}, 0.9, entity("un:QDi.1", "un", "A")))
			ids[w] = append(ids[w], rec.Alerts[0].ID)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan error, workers*each*2)
	for w := range workers {
		wg.Go(func() {
			for i, id := range ids[w] {
				if _, err := s.Decide(ctx, analyst, id, aka.DecideFalsePositive, "different birth year"); err != nil {
					errs <- fmt.Errorf("worker %d decision %d: %w", w, i, err)
				}
				d, _ := json.Marshal(map[string]int{"worker": w, "i": i})
				if err := s.Store.Append(ctx, &aka.AuditEntry{At: s.Now(), Actor: "ops", Action: "note", Detail: d}); err != nil {
					errs <- fmt.Errorf("worker %d append %d: %w", w, i, err)
				}
			}
		})
	}
	// Everyone races to decide the same alert: exactly one wins.
	rec := record(t, s, screening(aka.Subject{ID: "contested", Name: "A"}, 0.9, entity("un:QDi.1", "un", "A")))
	var wins sync.WaitGroup
	won := make(chan bool, workers)
	for range workers {
		wins.Go(func() {
			_, err := s.Decide(ctx, analyst, rec.Alerts[0].ID, aka.DecideTrueMatch, "confirmed")
			if err != nil && aka.ErrorCode(err) != aka.ECONFLICT {
				errs <- err
			}
			won <- err == nil
		})
	}
	wg.Wait()
	wins.Wait()
	close(errs)
	close(won)
	for err := range errs {
		t.Error(err)
	}
	n := 0
	for w := range won {
		if w {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d of %d racing decisions won, want 1", n, workers)
	}
	got, err := review.Verify(ctx, s.Store)
	if want := int64(workers*each*2 + 1); err != nil || got != want {
		t.Errorf("Verify = %d, %v; want %d", got, err, want)
	}
}
