// Package monitor screens the subjects already screened again when a list
// changes, against what changed only: a delta screening. A weekly update
// adds or amends tens of entities among tens of thousands; screening every
// monitored subject against an index of those few is a key look-up per
// subject that finds nothing for nearly all, so that a million subjects take
// seconds rather than the hours a full re-screen would.
//
// Matches are scored against the entities as the full index prepared them,
// with the token rarity of every list, so that a subject scores as a full
// screening would score it: an index over a few entities alone would
// estimate rarity from those few. New matches open alerts through review,
// with its deduplication and false-positive memory; an entity removed from
// its list closes its unresolved alerts with a note, audited as any
// decision is.
//
// Budget: BenchmarkDelta1M re-screens 1,000,000 synthetic monitored
// subjects from an in-memory store against a delta of 30 entities of the
// UN list; it should take a few seconds.
//
// The package does no I/O of its own: it works through aka.MonitorStore and
// review.Service.
package monitor

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/index"
	"github.com/akascreen/aka/lists"
	"github.com/akascreen/aka/review"
)

// Delta is what changed in the lists: the entities to screen again and the
// ids of those removed.
type Delta struct {
	// Entities are the added and changed entities, as the new versions
	// publish them.
	Entities []*aka.Entity
	// Removed are the ids of the entities no list publishes any more.
	Removed []string
	// Versions are the versions of every list after the change, by
	// source, recorded with each new alert.
	Versions map[string]string
	// Full is the index over every listed entity after the change. When
	// set, matches are scored against its prepared entries (see the
	// package comment); when nil, against the delta's own.
	Full *index.Index
}

// Add adds one list's changes: the added and changed entities of l, the
// new version, and the removed ids of diff.
func (d *Delta) Add(l *lists.List, diff lists.DiffResult) {
	want := make(map[string]bool, len(diff.Added)+len(diff.Changed))
	for _, id := range diff.Added {
		want[id] = true
	}
	for _, c := range diff.Changed {
		want[c.ID] = true
	}
	for _, e := range l.Entities {
		if want[e.ID] {
			d.Entities = append(d.Entities, e)
		}
	}
	d.Removed = append(d.Removed, diff.Removed...)
	if d.Versions == nil {
		d.Versions = map[string]string{}
	}
	d.Versions[l.Source] = l.Version
}

// Empty reports whether there is nothing to screen or close.
func (d *Delta) Empty() bool { return len(d.Entities) == 0 && len(d.Removed) == 0 }

// Monitor screens monitored subjects against deltas.
type Monitor struct {
	Review   *review.Service
	Subjects aka.MonitorStore
	// Actor is who raises and closes the alerts; Local("monitor") when
	// zero.
	Actor review.Actor
	// Workers screen subjects in parallel; GOMAXPROCS when 0.
	Workers int
	// Offset is the evidence in bits at which a score is 0.5;
	// compare.DefaultOffset when 0.
	Offset float64
}

// New returns a monitor over review and the store of monitored subjects.
func New(r *review.Service, subjects aka.MonitorStore) *Monitor {
	return &Monitor{Review: r, Subjects: subjects}
}

// Report says what applying a delta did.
type Report struct {
	Entities int `json:"entities"` // added and changed entities screened against
	Subjects int `json:"subjects"` // monitored subjects screened
	// Candidates counts the subjects whose names hit a key of a changed
	// entity and were scored.
	Candidates int `json:"candidates"`
	Matched    int `json:"matched"`    // subjects with a match at or above the threshold
	NewAlerts  int `json:"new_alerts"` // alerts opened
	Closed     int `json:"closed"`     // alerts closed for removed entities
	// Screening is the time spent screening, Duration the whole.
	Screening time.Duration `json:"screening_ns"`
	Duration  time.Duration `json:"duration_ns"`
}

// Apply screens every monitored subject against the delta's entities and
// records the matches at or above the review threshold as alerts, then
// closes the unresolved alerts of removed entities with a note.
func (m *Monitor) Apply(ctx context.Context, d Delta) (*Report, error) {
	start := time.Now()
	actor := m.Actor
	if actor.KeyID == "" {
		actor = review.Local("monitor")
	}
	rep := &Report{Entities: len(d.Entities)}
	if len(d.Entities) > 0 {
		threshold, err := m.Review.Threshold(ctx)
		if err != nil {
			return nil, err
		}
		found, err := m.Screen(ctx, d, threshold, rep)
		if err != nil {
			return nil, err
		}
		entities := make(map[string]*aka.Entity, len(d.Entities))
		for _, e := range d.Entities {
			entities[e.ID] = e
		}
		for _, f := range found {
			rec, err := m.Review.Record(ctx, actor, review.Screening{Subject: f.Subject, Matches: f.Matches, Entities: entities, ListVersions: d.Versions})
			if err != nil {
				return nil, fmt.Errorf("monitor: subject %s: %w", f.Subject.ID, err)
			}
			rep.NewAlerts += rec.New
		}
	}
	for _, id := range d.Removed {
		n, err := m.closeRemoved(ctx, actor, id, d.Versions)
		rep.Closed += n
		if err != nil {
			return nil, err
		}
	}
	rep.Duration = time.Since(start)
	return rep, nil
}

// Found is a monitored subject with its matches.
type Found struct {
	Subject aka.Subject
	Matches []aka.Match
}

// Screen screens every monitored subject against the delta's entities at
// threshold and returns those with matches, in the order the store gave
// them, adding its counts to rep (which may be nil). It records nothing.
func (m *Monitor) Screen(ctx context.Context, d Delta, threshold float64, rep *Report) ([]Found, error) {
	if rep == nil {
		rep = &Report{}
	}
	start := time.Now()
	ds := newDeltaScreener(d, m.offset(), threshold)
	workers := m.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	const batchSize = 256
	type batch struct {
		seq  int
		subs []aka.Subject
	}
	batches := make(chan batch, workers*2)
	var (
		mu         sync.Mutex
		found      = map[int][]Found{}
		candidates int
		wg         sync.WaitGroup
	)
	for range workers {
		wg.Go(func() {
			var mine []Found
			n := 0
			for b := range batches {
				mine = mine[:0]
				for _, s := range b.subs {
					ms, hit := ds.screen(s)
					if hit {
						n++
					}
					if len(ms) > 0 {
						mine = append(mine, Found{Subject: s, Matches: ms})
					}
				}
				if len(mine) > 0 {
					mu.Lock()
					found[b.seq] = append([]Found(nil), mine...)
					mu.Unlock()
				}
			}
			mu.Lock()
			candidates += n
			mu.Unlock()
		})
	}
	cur := batch{}
	subjects := 0
	err := m.Subjects.MonitoredSubjects(ctx, func(s aka.Subject) error {
		if s.Name == "" {
			return nil
		}
		subjects++
		cur.subs = append(cur.subs, s)
		if len(cur.subs) == batchSize {
			select {
			case batches <- cur:
			case <-ctx.Done():
				return ctx.Err()
			}
			cur = batch{seq: cur.seq + 1, subs: make([]aka.Subject, 0, batchSize)}
		}
		return nil
	})
	if err == nil && len(cur.subs) > 0 {
		batches <- cur
	}
	close(batches)
	wg.Wait()
	if err != nil {
		return nil, fmt.Errorf("monitor: monitored subjects: %w", err)
	}
	seqs := make([]int, 0, len(found))
	for seq := range found {
		seqs = append(seqs, seq)
	}
	sort.Ints(seqs)
	var out []Found
	for _, seq := range seqs {
		out = append(out, found[seq]...)
	}
	rep.Subjects += subjects
	rep.Candidates += candidates
	rep.Matched += len(out)
	rep.Screening += time.Since(start)
	return out, nil
}

func (m *Monitor) offset() float64 {
	if m.Offset != 0 {
		return m.Offset
	}
	return compare.DefaultOffset
}

// closeRemoved closes the unresolved alerts of a removed entity with a note
// and returns how many it closed.
func (m *Monitor) closeRemoved(ctx context.Context, actor review.Actor, id string, versions map[string]string) (int, error) {
	source, _, _ := strings.Cut(id, ":")
	note := fmt.Sprintf("entity %s was removed from the %s list", id, source)
	if v := versions[source]; v != "" {
		note += " (version " + v + ")"
	}
	n := 0
	for {
		alerts, err := m.Review.Alerts(ctx, actor, aka.AlertFilter{EntityID: id})
		if err != nil {
			return n, fmt.Errorf("monitor: alerts of %s: %w", id, err)
		}
		if len(alerts) == 0 {
			return n, nil
		}
		for _, a := range alerts {
			if _, err := m.Review.Decide(ctx, actor, a.ID, aka.DecideClose, note); err != nil {
				return n, fmt.Errorf("monitor: closing alert %s: %w", a.ID, err)
			}
			n++
		}
	}
}

// deltaScreener screens subjects against an index over the delta's
// entities only, but as the full index would: the query is prepared with the
// full index's token rarity, so that the delta index looks up the same keys
// and weighs the hits as the full one does, and the candidates are scored as
// the full index prepared them. It prunes as screening.Screener does.
type deltaScreener struct {
	delta     *index.Index
	rarity    compare.Rarity
	entries   map[*aka.Entity]*compare.Entry // the full index's entry of each delta entity
	offset    float64
	threshold float64
	limit     int
}

func newDeltaScreener(d Delta, offset, threshold float64) *deltaScreener {
	ds := &deltaScreener{delta: index.Build(d.Entities), offset: offset, threshold: threshold,
		limit: max(index.DefaultMaxCandidates, len(d.Entities))}
	ds.rarity = ds.delta.Rarity()
	if d.Full != nil {
		want := make(map[string]*aka.Entity, len(d.Entities))
		for _, e := range d.Entities {
			want[e.ID] = e
		}
		ds.rarity = d.Full.Rarity()
		ds.entries = make(map[*aka.Entity]*compare.Entry, len(d.Entities))
		for _, en := range d.Full.Entries {
			if e, ok := want[en.Entity.ID]; ok {
				ds.entries[e] = en
			}
		}
	}
	return ds
}

// screen returns the subject's matches at or above the threshold, best
// first, and whether any delta entity was a candidate.
func (ds *deltaScreener) screen(s aka.Subject) ([]aka.Match, bool) {
	q := compare.PrepareQuery(s, ds.rarity)
	// As in screening.Screener: corroborating features can at most
	// double the name's evidence, so a name must earn half of what the
	// threshold needs by itself; a document number can identify alone.
	minName, need := math.Inf(-1), math.Inf(-1)
	if ds.threshold > 0 {
		need = compare.Bits(ds.threshold, ds.offset)
		if q.DocNumber == "" {
			minName = need / 2
		}
	}
	cands := ds.delta.CandidatesAbove(q, ds.limit, minName)
	if len(cands) == 0 {
		return nil, false
	}
	var out []aka.Match
	for _, c := range cands {
		en := c.Entry
		if full := ds.entries[en.Entity]; full != nil {
			en = full
		}
		if ds.threshold > 0 {
			feat, doc := compare.FeatureBits(q, en)
			if compare.NameBound(&q.Name, c.Weight) < compare.NameBitsNeeded(need, feat, doc) {
				continue
			}
		}
		if m, ok := compare.CompareAbove(q, en, c.Names, ds.offset, ds.threshold); ok {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out, true
}
