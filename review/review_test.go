package review_test

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/review"
)

// TestRoles checks that each use case refuses the roles below its own
// before it touches the store (the service here has none).
func TestRoles(t *testing.T) {
	ctx := context.Background()
	s := &review.Service{Now: time.Now}
	calls := []struct {
		name string
		want aka.Role
		call func(a review.Actor) error
	}{
		{"Record", aka.Viewer, func(a review.Actor) error {
			_, err := s.Record(ctx, a, review.Screening{Subject: aka.Subject{Name: "A"}})
			return err
		}},
		{"Alerts", aka.Viewer, func(a review.Actor) error { _, err := s.Alerts(ctx, a, aka.AlertFilter{}); return err }},
		{"Alert", aka.Viewer, func(a review.Actor) error { _, err := s.Alert(ctx, a, "x"); return err }},
		{"Decide", aka.Analyst, func(a review.Actor) error {
			_, err := s.Decide(ctx, a, "x", aka.DecideFalsePositive, "why")
			return err
		}},
		{"Reopen", aka.Supervisor, func(a review.Actor) error { _, err := s.Reopen(ctx, a, "x", "why"); return err }},
		{"Close", aka.Supervisor, func(a review.Actor) error {
			_, err := s.Decide(ctx, a, "x", aka.DecideClose, "why")
			return err
		}},
		{"Audit", aka.Supervisor, func(a review.Actor) error { _, err := s.Audit(ctx, a, 0, 10); return err }},
		{"SetThreshold", aka.Admin, func(a review.Actor) error { return s.SetThreshold(ctx, a, 0.7) }},
		{"CreateKey", aka.Admin, func(a review.Actor) error { _, _, err := s.CreateKey(ctx, a, aka.Viewer, ""); return err }},
		{"RevokeKey", aka.Admin, func(a review.Actor) error { return s.RevokeKey(ctx, a, "x") }},
		{"Keys", aka.Admin, func(a review.Actor) error { _, err := s.Keys(ctx, a); return err }},
		{"Purge", aka.Admin, func(a review.Actor) error { _, err := s.Purge(ctx, a, time.Hour); return err }},
	}
	roles := []aka.Role{"", "root", aka.Viewer, aka.Analyst, aka.Supervisor, aka.Admin}
	for _, c := range calls {
		for _, r := range roles {
			if r.Allows(c.want) {
				continue
			}
			err := c.call(review.Actor{KeyID: "k", Role: r})
			if aka.ErrorCode(err) != aka.EFORBIDDEN {
				t.Errorf("%s as %q: %v, want EFORBIDDEN", c.name, r, err)
			}
		}
		if err := c.call(review.Actor{Role: aka.Admin}); aka.ErrorCode(err) != aka.EFORBIDDEN {
			t.Errorf("%s without a key id: %v, want EFORBIDDEN", c.name, err)
		}
	}
}

// fakeLog is an aka.AuditLog over a slice.
type fakeLog struct{ entries []*aka.AuditEntry }

func (l *fakeLog) Append(ctx context.Context, e *aka.AuditEntry) error {
	e.Seq = int64(len(l.entries) + 1)
	if len(l.entries) > 0 {
		e.PrevHash = l.entries[len(l.entries)-1].Hash
	}
	h, err := e.ComputeHash()
	if err != nil {
		return err
	}
	e.Hash = h
	l.entries = append(l.entries, e)
	return nil
}

func (l *fakeLog) AuditEntries(ctx context.Context, after int64, limit int) ([]*aka.AuditEntry, error) {
	var out []*aka.AuditEntry
	for _, e := range l.entries {
		if e.Seq > after && len(out) < limit {
			c := *e
			out = append(out, &c)
		}
	}
	return out, nil
}

func newLog(t *testing.T, n int) *fakeLog {
	t.Helper()
	l := &fakeLog{}
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		d, _ := json.Marshal(map[string]int{"i": i})
		if err := l.Append(context.Background(), &aka.AuditEntry{At: at.Add(time.Duration(i) * time.Second), Actor: "k", Action: "note", Detail: d}); err != nil {
			t.Fatal(err)
		}
	}
	return l
}

func TestVerify(t *testing.T) {
	ctx := context.Background()
	// More than one page.
	l := newLog(t, 2500)
	if n, err := review.Verify(ctx, l); err != nil || n != 2500 {
		t.Fatalf("Verify(intact) = %d, %v", n, err)
	}
	for _, c := range []struct {
		name   string
		tamper func(l *fakeLog)
		seq    int64
	}{
		{"detail", func(l *fakeLog) { l.entries[1499].Detail = json.RawMessage(`{"i": 7}`) }, 1500},
		{"actor", func(l *fakeLog) { l.entries[0].Actor = "mallory" }, 1},
		{"time", func(l *fakeLog) { l.entries[9].At = l.entries[9].At.Add(time.Microsecond) }, 10},
		{"rehashed", func(l *fakeLog) {
			e := l.entries[4]
			e.Actor = "mallory"
			e.Hash, _ = e.ComputeHash()
		}, 6},
		{"removed", func(l *fakeLog) { l.entries = append(l.entries[:19], l.entries[20:]...) }, 20},
		{"swapped", func(l *fakeLog) {
			l.entries[2], l.entries[3] = l.entries[3], l.entries[2]
			l.entries[2].Seq, l.entries[3].Seq = 3, 4
		}, 3},
	} {
		l := newLog(t, 2500)
		c.tamper(l)
		_, err := review.Verify(ctx, l)
		var ce *review.ChainError
		if !errors.As(err, &ce) || ce.Seq != c.seq {
			t.Errorf("%s: Verify = %v, want a ChainError at %d", c.name, err, c.seq)
		}
	}
}
