package httpapi

import (
	"context"
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/lists"
	"github.com/akascreen/aka/screening"
)

// MaxNameBytes bounds a name to screen or search: longer text is not a
// person's name, and comparing it would cost time for nothing.
const MaxNameBytes = 1000

var (
	reflectTypePartialDate = reflect.TypeFor[aka.PartialDate]()
	reflectTypeString      = reflect.TypeFor[string]()
)

// errNotReady is the answer while no catalog is loaded.
var errNotReady = aka.Errorf(aka.EUNAVAILABLE, "lists are not loaded yet")

// ScreenRequest is the body of POST /v1/screen.
type ScreenRequest struct {
	Subjects []aka.Subject `json:"subjects" minItems:"1" maxItems:"1000" doc:"The people or organizations to screen, 1 to 1,000. Each needs a name."`
}

// ScreenResponse is the answer of POST /v1/screen: one result per subject,
// in request order, and the versions of the lists screened against.
type ScreenResponse struct {
	Results      []ScreenResult    `json:"results" doc:"One result per subject, in request order: the matches at or above the threshold, best first, and the same matches grouped by resolved profile."`
	ListVersions map[string]string `json:"list_versions" doc:"The version of each list screened against, by source (un, ofac, uk, au, eu...)."`
	Recorded     []Recorded        `json:"recorded,omitempty" doc:"With a store: what was kept of each subject, in request order, with its alerts."`
}

// SearchResponse is the answer of GET /v1/search.
type SearchResponse struct {
	Query        aka.Subject         `json:"query" doc:"The subject searched for."`
	Matches      []aka.Match         `json:"matches" doc:"The best matches whatever their score, best first."`
	Profiles     []screening.Profile `json:"profiles" doc:"The same matches grouped by resolved profile, in the order of their best match."`
	Problems     []string            `json:"problems,omitempty" doc:"Fields that could not be read and were treated as unknown."`
	ListVersions map[string]string   `json:"list_versions" doc:"The version of each list searched, by source."`
}

// ListInfo describes one loaded list.
type ListInfo struct {
	Source string `json:"source" doc:"The entity id prefix of the list: un, ofac, uk, au, eu, or a FollowTheMoney dataset."`
	lists.Stats
}

// ListsResponse is the answer of GET /v1/lists.
type ListsResponse struct {
	Lists []ListInfo `json:"lists"`
}

// HealthResponse is the answer of GET /healthz.
type HealthResponse struct {
	Status string `json:"status" example:"ok"`
}

// ReadyResponse is the answer of GET /readyz.
type ReadyResponse struct {
	Ready        bool              `json:"ready"`
	Entities     int               `json:"entities" doc:"Entities indexed over all lists."`
	ListVersions map[string]string `json:"list_versions,omitempty" doc:"The version of each loaded list, by source."`
	Lists        []ListCount       `json:"lists,omitempty"`
	Built        *time.Time        `json:"built,omitempty" doc:"When the index was built."`
	Reload       *ReloadStatus     `json:"reload,omitempty" doc:"How reloading the lists has gone, when the server reloads them."`
	Profiles     string            `json:"profiles,omitempty" enum:"building,ready,failed" doc:"Whether the lists are resolved into profiles yet, when the server resolves them; until they are, matches are not grouped by person."`
}

// ListCount is one loaded list in the readiness detail.
type ListCount struct {
	Source   string `json:"source"`
	File     string `json:"file"`
	Version  string `json:"version"`
	Entities int    `json:"entities"`
}

type screenInput struct {
	Body ScreenRequest
}

type screenOutput struct {
	Body ScreenResponse
}

type entityInput struct {
	ID string `path:"id" maxLength:"200" doc:"The entity id, as un:QDi.017 or ofac:44603." example:"un:QDi.017"`
}

type entityOutput struct {
	Body EntityResponse
}

type searchInput struct {
	Q           string `query:"q" required:"true" minLength:"1" maxLength:"1000" doc:"The name to search for, in any script."`
	Limit       int    `query:"limit" default:"20" minimum:"1" maximum:"100" doc:"How many matches to return."`
	BirthDate   string `query:"birth_date" maxLength:"100" doc:"A birth date: 1971, 1971-03-05, 05/03/1971..."`
	Nationality string `query:"nationality" maxLength:"100" doc:"A nationality: an ISO code or an English name."`
	Schema      string `query:"schema" maxLength:"100" doc:"A FollowTheMoney type: Person (the default), Organization, Vessel..."`
}

type searchOutput struct {
	Body SearchResponse
}

type listsOutput struct {
	Body ListsResponse
}

type healthOutput struct {
	Body HealthResponse
}

type readyOutput struct {
	Status int
	Body   ReadyResponse
}

func (s *Server) register(api huma.API) {
	s.registerReload(api)
	s.registerMonitor(api)
	s.registerQueue(api)
	huma.Register(api, huma.Operation{
		OperationID: "screen",
		Method:      http.MethodPost,
		Path:        "/v1/screen",
		Summary:     "Screen subjects",
		Description: "Screens 1 to 1,000 subjects against the loaded lists and returns, for each, " +
			"the matches at or above the threshold with their explanation. A body larger than " +
			"the server's limit gets 413; bad JSON 400; a subject without a name, no subjects " +
			"or more than 1,000 get 422.",
		Tags:         []string{"screening"},
		MaxBodyBytes: s.MaxBodyBytes + 1, // admit has read the body: huma's check never fires first
		Middlewares:  huma.Middlewares{s.admit},
		Errors:       []int{http.StatusBadRequest, http.StatusRequestEntityTooLarge, http.StatusServiceUnavailable},
	}, s.screen)
	huma.Register(api, huma.Operation{
		OperationID: "search",
		Method:      http.MethodGet,
		Path:        "/v1/search",
		Summary:     "Search names",
		Description: "Searches a name in any script, for an analyst: the best matches whatever " +
			"their score, each with its explanation.",
		Tags:        []string{"screening"},
		Errors:      []int{http.StatusBadRequest, http.StatusServiceUnavailable},
		Middlewares: huma.Middlewares{s.admit},
	}, s.search)
	huma.Register(api, huma.Operation{
		OperationID: "get-entity",
		Method:      http.MethodGet,
		Path:        "/v1/entities/{id}",
		Summary:     "Get an entity",
		Description: "Returns a listed entity as its list publishes it and, once the lists are " +
			"resolved, the same person on the other loaded lists with the evidence that joins them.",
		Tags:   []string{"lists"},
		Errors: []int{http.StatusNotFound, http.StatusServiceUnavailable},
	}, s.entity)
	huma.Register(api, huma.Operation{
		OperationID: "lists",
		Method:      http.MethodGet,
		Path:        "/v1/lists",
		Summary:     "Loaded lists",
		Description: "The loaded lists: file, format, source, version and what they hold.",
		Tags:        []string{"lists"},
		Errors:      []int{http.StatusServiceUnavailable},
	}, s.lists)
	huma.Register(api, huma.Operation{
		OperationID: "healthz",
		Method:      http.MethodGet,
		Path:        "/healthz",
		Summary:     "Liveness",
		Description: "Answers 200 while the process serves.",
		Tags:        []string{"operations"},
	}, func(ctx context.Context, _ *struct{}) (*healthOutput, error) {
		return &healthOutput{Body: HealthResponse{Status: "ok"}}, nil
	})
	huma.Register(api, huma.Operation{
		OperationID: "readyz",
		Method:      http.MethodGet,
		Path:        "/readyz",
		Summary:     "Readiness",
		Description: "Answers 200 with the loaded lists' versions and counts once the lists are " +
			"loaded and indexed, 503 with ready false before.",
		Tags: []string{"operations"},
	}, s.ready)
}

func (s *Server) screen(ctx context.Context, in *screenInput) (*screenOutput, error) {
	c := s.catalog.Load()
	if c == nil {
		return nil, s.apiError(ctx, "screen", errNotReady)
	}
	subs := in.Body.Subjects
	switch {
	case len(subs) == 0:
		return nil, s.apiError(ctx, "screen", invalid("subjects", "at least one subject required"))
	case len(subs) > MaxSubjects:
		return nil, s.apiError(ctx, "screen", &aka.Error{Code: aka.ETOOLARGE,
			Message: fmt.Sprintf("subjects: %d subjects, at most %d a request", len(subs), MaxSubjects)})
	}
	for i := range subs {
		if err := checkName(fmt.Sprintf("subjects[%d].name", i), subs[i].Name); err != nil {
			return nil, s.apiError(ctx, "screen", err)
		}
	}
	threshold, err := s.screenThreshold(ctx, c)
	if err != nil {
		return nil, s.apiError(ctx, "screen", err)
	}
	results := make([]screening.Result, len(subs))
	if err := s.screenAll(ctx, c, subs, threshold, results); err != nil {
		return nil, s.apiError(ctx, "screen", err)
	}
	recorded, err := s.record(ctx, c, subs, results)
	if err != nil {
		return nil, s.apiError(ctx, "screen", err)
	}
	return &screenOutput{Body: ScreenResponse{Results: groupResults(c, results), ListVersions: c.Versions, Recorded: recorded}}, nil
}

// checkName reports a name that is missing or too long.
func checkName(loc, name string) error {
	switch {
	case strings.TrimSpace(name) == "":
		return invalid(loc, "required")
	case len(name) > MaxNameBytes:
		return invalid(loc, fmt.Sprintf("longer than %d bytes", MaxNameBytes))
	}
	return nil
}

// screenAll screens subs at threshold into results on the request's goroutine, which
// holds a turn (see admit); a batch also takes the turns that are free, up
// to one per CPU, and spreads its subjects over them.
func (s *Server) screenAll(ctx context.Context, c *Catalog, subs []aka.Subject, threshold float64, results []screening.Result) error {
	one := func(i int) error {
		start := time.Now()
		r, err := c.Screener.ScreenAt(ctx, subs[i], threshold)
		d := time.Since(start)
		if err != nil {
			return err
		}
		s.metrics.screened(len(r.Matches), d)
		results[i] = r
		return nil
	}
	workers := 1
	for workers < min(s.MaxScreening, len(subs)) && s.tryAcquire() {
		workers++
	}
	defer func() {
		for range workers - 1 {
			s.release()
		}
	}()
	if workers <= 1 {
		for i := range subs {
			if err := one(i); err != nil {
				return err
			}
		}
		return nil
	}
	var (
		next     atomic.Int64
		wg       sync.WaitGroup
		errOnce  sync.Once
		firstErr error
		failed   atomic.Bool
	)
	for range workers {
		wg.Go(func() {
			for !failed.Load() {
				i := int(next.Add(1) - 1)
				if i >= len(subs) {
					return
				}
				if err := one(i); err != nil {
					errOnce.Do(func() { firstErr = err })
					failed.Store(true)
					return
				}
			}
		})
	}
	wg.Wait()
	return firstErr
}

func (s *Server) search(ctx context.Context, in *searchInput) (*searchOutput, error) {
	c := s.catalog.Load()
	if c == nil {
		return nil, s.apiError(ctx, "search", errNotReady)
	}
	if strings.TrimSpace(in.Q) == "" {
		return nil, s.apiError(ctx, "search", &aka.Error{Code: aka.EINVALID, Message: "q: required",
			Err: &huma.ErrorDetail{Location: "query.q", Message: "required"}})
	}
	limit := in.Limit
	if limit <= 0 {
		limit = DefaultSearchLimit
	}
	limit = min(limit, MaxSearchLimit)
	subj := aka.Subject{Name: in.Q, BirthDate: in.BirthDate, Nationality: in.Nationality, Schema: in.Schema}
	start := time.Now()
	r, err := c.Screener.Rank(ctx, subj, limit)
	d := time.Since(start)
	if err != nil {
		return nil, s.apiError(ctx, "search", err)
	}
	s.metrics.screened(len(r.Matches), d)
	return &searchOutput{Body: SearchResponse{Query: r.Subject, Matches: r.Matches, Problems: r.Problems, ListVersions: c.Versions,
		Profiles: screening.Group(r, c.Resolution().Profiles())}}, nil
}

func (s *Server) entity(ctx context.Context, in *entityInput) (*entityOutput, error) {
	c := s.catalog.Load()
	if c == nil {
		return nil, s.apiError(ctx, "get-entity", errNotReady)
	}
	e := c.Entity(in.ID)
	if e == nil {
		return nil, s.apiError(ctx, "get-entity", aka.Errorf(aka.ENOTFOUND, "entity %q not found", in.ID))
	}
	out := &entityOutput{Body: EntityResponse{Entity: e}}
	out.Body.ProfileID, out.Body.SamePerson = samePerson(c, e)
	return out, nil
}

func (s *Server) lists(ctx context.Context, _ *struct{}) (*listsOutput, error) {
	c := s.catalog.Load()
	if c == nil {
		return nil, s.apiError(ctx, "lists", errNotReady)
	}
	out := ListsResponse{Lists: make([]ListInfo, len(c.Lists))}
	for i, l := range c.Lists {
		out.Lists[i] = ListInfo{Source: l.Source, Stats: c.Stats()[i]}
	}
	return &listsOutput{Body: out}, nil
}

func (s *Server) ready(ctx context.Context, _ *struct{}) (*readyOutput, error) {
	c := s.catalog.Load()
	if c == nil {
		return &readyOutput{Status: http.StatusServiceUnavailable, Body: ReadyResponse{Ready: false}}, nil
	}
	out := ReadyResponse{Ready: true, Entities: c.Entities(), ListVersions: c.Versions, Built: &c.Built}
	if s.reloader != nil {
		out.Reload = s.reloader.Status()
	}
	out.Profiles = s.profiles.status(c)
	for _, l := range c.Lists {
		out.Lists = append(out.Lists, ListCount{Source: l.Source, File: l.File, Version: l.Version, Entities: len(l.Entities)})
	}
	return &readyOutput{Status: http.StatusOK, Body: out}, nil
}
