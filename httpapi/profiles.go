package httpapi

// Profiles: who is who across the loaded lists. With Server.Resolve set, each
// catalog's lists are resolved into profiles (package resolve) in the
// background once the catalog serves, with people's link judgements when the
// server has a store; then a copy of the catalog that carries the resolution,
// over the same lists and index, is swapped in, unless a reload has replaced
// the catalog meanwhile. Resolving the UN, OFAC, UK and Australian lists
// takes seconds: screening never waits for it, and /readyz says "profiles":
// "building" until it is done. Until then every entity is its own profile.
//
// POST /v1/screen and GET /v1/search group their matches by profile
// (screening.Group), GET /v1/entities/{id} names the same person on the
// other lists with the links that join them, and the web UI shows what they
// answer.

import (
	"context"
	"log/slog"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/resolve"
	"github.com/akascreen/aka/review"
	"github.com/akascreen/aka/screening"
)

// Resolution is who is who across a catalog's lists.
type Resolution struct {
	// Clusters are the profiles of two or more entities.
	Clusters *resolve.Clusters
	// Built is when the resolution was done.
	Built time.Time

	profiles map[string]string // entity id → profile id
	cluster  map[string]int    // entity id → index in Clusters.Clusters
}

// NewResolution returns the resolution of the given clusters.
func NewResolution(cs *resolve.Clusters) *Resolution {
	r := &Resolution{Clusters: cs, Built: time.Now(), profiles: cs.Profiles(), cluster: make(map[string]int)}
	for i, cl := range cs.Clusters {
		for _, id := range cl.Members {
			r.cluster[id] = i
		}
	}
	return r
}

// Profiles maps each clustered entity's id to its profile id; nil for a nil
// Resolution, so that every entity is its own profile.
func (r *Resolution) Profiles() map[string]string {
	if r == nil {
		return nil
	}
	return r.profiles
}

// Resolution returns the catalog's resolution, or nil while it is being
// built or when the server does not resolve.
func (c *Catalog) Resolution() *Resolution { return c.resolution }

// WithResolution returns a copy of c, over the same lists and index, that
// carries r.
func (c *Catalog) WithResolution(r *Resolution) *Catalog {
	cc := *c
	cc.resolution = r
	return &cc
}

// ResolveCatalog resolves the entities of c's lists, taking people's link
// judgements into account. workers bounds the CPUs it uses (0: all).
func ResolveCatalog(ctx context.Context, c *Catalog, judgements []aka.LinkJudgement, workers int) (*Resolution, error) {
	var ents []*aka.Entity
	for _, l := range c.Lists {
		ents = append(ents, l.Entities...)
	}
	r := resolve.New()
	r.Judgements = judgements
	r.Workers = workers
	cs, err := r.Resolve(ctx, ents)
	if err != nil {
		return nil, err
	}
	return NewResolution(cs), nil
}

// resolveCatalog is ResolveCatalog, replaced by tests that need a
// resolution to take its time.
var resolveCatalog = ResolveCatalog

// Profile states in the readiness detail.
const (
	ProfilesBuilding = "building"
	ProfilesReady    = "ready"
	ProfilesFailed   = "failed"
)

// profileBuilder resolves the server's catalogs in the background, one at a
// time: a new catalog cancels the resolution of the one it replaces.
type profileBuilder struct {
	mu     sync.Mutex
	on     bool
	cancel context.CancelFunc
	done   chan struct{}
	failed *Catalog // the catalog whose resolution failed
}

// enable starts resolving, from the catalog serving now, when s.Resolve is
// set: called once, when the server's handler is built.
func (b *profileBuilder) enable(s *Server) {
	if !s.Resolve {
		return
	}
	b.mu.Lock()
	b.on = true
	b.mu.Unlock()
	b.start(s, s.Catalog())
}

// start resolves c in the background unless it is resolved already.
func (b *profileBuilder) start(s *Server, c *Catalog) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.on || c == nil || c.resolution != nil {
		return
	}
	if b.cancel != nil {
		b.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	b.cancel, b.done = cancel, done
	go func() {
		defer close(done)
		b.run(ctx, s, c)
	}()
}

// stop cancels a resolution under way and waits for it to end.
func (b *profileBuilder) stop() {
	b.mu.Lock()
	cancel, done := b.cancel, b.done
	b.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
}

func (b *profileBuilder) run(ctx context.Context, s *Server, c *Catalog) {
	log := s.logger()
	start := time.Now()
	js, err := s.linkJudgements(ctx)
	var res *Resolution
	if err == nil {
		// Half the CPUs: screening goes on meanwhile.
		res, err = resolveCatalog(ctx, c, js, max(1, runtime.GOMAXPROCS(0)/2))
	}
	if err != nil {
		if ctx.Err() != nil {
			return // replaced by a newer catalog, or shutting down
		}
		b.mu.Lock()
		b.failed = c
		b.mu.Unlock()
		log.LogAttrs(ctx, slog.LevelError, "resolving profiles failed; matches are not grouped", slog.String("error", err.Error()))
		return
	}
	if !s.catalog.CompareAndSwap(c, c.WithResolution(res)) {
		return // a reload replaced the catalog meanwhile: its own resolution runs
	}
	log.LogAttrs(ctx, slog.LevelInfo, "profiles resolved", slog.Int("clusters", len(res.Clusters.Clusters)),
		slog.Int("judgements", len(js)), slog.Duration("duration", time.Since(start)))
}

// status is the profiles' state for catalog c in /readyz: "" when the
// server does not resolve.
func (b *profileBuilder) status(c *Catalog) string {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case !b.on:
		return ""
	case c.resolution != nil:
		return ProfilesReady
	case b.failed == c:
		return ProfilesFailed
	}
	return ProfilesBuilding
}

// linkJudgements returns people's link judgements from the server's store,
// oldest first: none without a store or with one that keeps none.
func (s *Server) linkJudgements(ctx context.Context) ([]aka.LinkJudgement, error) {
	if s.Review == nil {
		return nil, nil
	}
	if _, ok := s.Review.Store.(aka.LinkJudgementStore); !ok {
		return nil, nil
	}
	js, err := s.Review.LinkJudgements(ctx, review.Local("resolve"))
	if err != nil {
		return nil, err
	}
	out := make([]aka.LinkJudgement, len(js))
	for i, j := range js {
		out[i] = *j
	}
	return out, nil
}

// ScreenResult is one subject's result in POST /v1/screen: its matches, and
// the same matches grouped by resolved profile.
type ScreenResult struct {
	screening.Result
	Profiles []screening.Profile `json:"profiles" doc:"The matches grouped by resolved profile, in the order of their best match: one person listed by the UN, the UK and OFAC is one profile with three sources. Until the lists are resolved (/readyz profiles), every entity is its own profile."`
}

// groupResults returns results with their matches grouped by c's profiles.
func groupResults(c *Catalog, results []screening.Result) []ScreenResult {
	profiles := c.resolution.Profiles()
	out := make([]ScreenResult, len(results))
	for i, r := range results {
		out[i] = ScreenResult{Result: r, Profiles: screening.Group(r, profiles)}
	}
	return out
}

// EntityResponse is the answer of GET /v1/entities/{id}: the entity as its
// list publishes it, and the same person on the other loaded lists.
type EntityResponse struct {
	*aka.Entity
	entityProfile
}

// entityProfile is what resolution adds to an entity.
type entityProfile struct {
	ProfileID  string       `json:"profile_id,omitempty" doc:"The resolved profile the entity belongs to, when the lists are resolved and it is the same as another listed entity."`
	SamePerson []SamePerson `json:"same_person,omitempty" doc:"The entities of the entity's profile on the loaded lists, nearest first, each with the links that join them."`
}

// Schema makes the OpenAPI schema of an EntityResponse the Entity schema
// and what resolution adds (allOf), so that clients keep the Entity schema.
func (EntityResponse) Schema(r huma.Registry) *huma.Schema {
	return &huma.Schema{Type: huma.TypeObject, AllOf: []*huma.Schema{
		r.Schema(reflect.TypeFor[aka.Entity](), true, "Entity"),
		r.Schema(reflect.TypeFor[entityProfile](), false, ""),
	}}
}

// SamePerson is an entity that resolution says is the same as another.
type SamePerson struct {
	ID     string `json:"id" example:"uk:12157"`
	Source string `json:"source" example:"uk"`
	Name   string `json:"name"`
	// Evidence and Confidence are those of the weakest link between
	// the two.
	Evidence   resolve.Evidence `json:"evidence" enum:"cross_ref,document,name_dob_nationality,confirmed" doc:"What the weakest link between the two rests on."`
	Confidence float64          `json:"confidence" minimum:"0" maximum:"1" doc:"The weakest link's confidence."`
	Links      []resolve.Link   `json:"links" doc:"The links that join the two, from the entity asked for to this one."`
	Via        []string         `json:"via,omitempty" doc:"The entities between the two when no link joins them directly, in path order."`
}

// samePerson returns the other members of e's profile, nearest first (by
// the number of links between), then by id, each with the path of links
// that joins it to e. The profile id is "" when e is in no cluster.
func samePerson(c *Catalog, e *aka.Entity) (string, []SamePerson) {
	res := c.resolution
	if res == nil {
		return "", nil
	}
	i, ok := res.cluster[e.ID]
	if !ok {
		return "", nil
	}
	cl := &res.Clusters.Clusters[i]
	// Breadth first over the cluster's links from e.
	adj := make(map[string][]resolve.Link)
	for _, l := range cl.Links {
		adj[l.A] = append(adj[l.A], l)
		adj[l.B] = append(adj[l.B], l)
	}
	via := map[string]resolve.Link{}
	from := map[string]string{e.ID: ""}
	order := []string{}
	queue := []string{e.ID}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		next := adj[id]
		slices.SortFunc(next, func(x, y resolve.Link) int { return strings.Compare(other(x, id), other(y, id)) })
		for _, l := range next {
			o := other(l, id)
			if _, seen := from[o]; seen {
				continue
			}
			from[o], via[o] = id, l
			order = append(order, o)
			queue = append(queue, o)
		}
	}
	out := make([]SamePerson, 0, len(order))
	for _, id := range order {
		sp := SamePerson{ID: id, Source: sourceOf(id), Confidence: 2}
		if o := c.Entity(id); o != nil {
			sp.Source, sp.Name = o.Source, o.PrimaryName()
		}
		for at := id; at != e.ID; at = from[at] {
			if at != id {
				sp.Via = append(sp.Via, at)
			}
			l := via[at]
			sp.Links = append(sp.Links, l)
			if l.Confidence < sp.Confidence {
				sp.Evidence, sp.Confidence = l.Evidence, l.Confidence
			}
		}
		slices.Reverse(sp.Links)
		slices.Reverse(sp.Via)
		out = append(out, sp)
	}
	return cl.ID, out
}

// other returns the end of l that is not id.
func other(l resolve.Link, id string) string {
	if l.A == id {
		return l.B
	}
	return l.A
}

// sourceOf returns the list of an entity id: "un" for "un:QDi.017".
func sourceOf(id string) string {
	src, _, _ := strings.Cut(id, ":")
	return src
}
