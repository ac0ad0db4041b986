package httpapi

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/danielgtaylor/huma/v2"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/lists"
)

// Reloading. A Reloader loads the lists again from their sources (local
// files or http(s) URLs), builds a new Catalog beside the one serving and
// swaps it in with Server.SetCatalog: requests in flight finish with the
// catalog they started with, and every response names the versions it
// used. A source that cannot be fetched or read, a truncated or broken
// file, leaves the old catalog serving; the error goes to the log, the
// aka_lists_reload_failures_total metric and the reload detail of /readyz.
// The lists core never fetches anything: the bytes are fetched here.

// Defaults for the Reloader's settings.
const (
	// DefaultMaxListBytes bounds a list fetched over HTTP.
	DefaultMaxListBytes = 2 << 30
	// DefaultFetchTimeout bounds fetching one list over HTTP.
	DefaultFetchTimeout = 5 * time.Minute
)

// Reloader reloads a server's lists from their sources.
type Reloader struct {
	// Sources are list files or http(s) URLs, in load order. None means
	// the embedded UN list.
	Sources []string
	// Threshold is the catalogs' screening threshold.
	Threshold float64
	// Client fetches URLs; nil means a client with DefaultFetchTimeout.
	Client *http.Client
	// MaxListBytes bounds a fetched list; 0 means DefaultMaxListBytes.
	MaxListBytes int64
	// Logger receives what each reload did. Nil means the server's.
	Logger *slog.Logger
	// OnChange, when set, is called after a catalog whose lists differ
	// from the one it replaced has been swapped in, one call at a time:
	// to audit the change and screen monitored subjects against it. The
	// first load, with no catalog to replace, is no change. An error is
	// logged and shown as the last reload error.
	OnChange func(ctx context.Context, ch *Change) error

	srv         *Server
	mu          sync.Mutex // one reload at a time
	status      atomic.Pointer[ReloadStatus]
	failures    prometheus.Counter
	changes     prometheus.Counter
	lastSuccess prometheus.Gauge
}

// Change is what a reload changed.
type Change struct {
	Old, New *Catalog
	// Lists are the lists whose content changed, in load order.
	Lists []ListChange
}

// ListChange is one list whose content changed.
type ListChange struct {
	Old  *lists.List // nil for a list that was not loaded before
	New  *lists.List
	Diff lists.DiffResult
}

// ReloadStatus is how reloading has gone, in the readiness detail.
type ReloadStatus struct {
	LastAttempt time.Time `json:"last_attempt" doc:"When the lists were last loaded or reloaded."`
	LastSuccess time.Time `json:"last_success,omitzero" doc:"When a reload last succeeded, changed or not."`
	LastChange  time.Time `json:"last_change,omitzero" doc:"When a reload last changed a list."`
	LastError   string    `json:"last_error,omitempty" doc:"Why the last reload failed, while it is the latest attempt; the lists loaded before still serve."`
	Failures    int64     `json:"failures" doc:"Reloads that failed since the server started."`
}

// ReloadedList is one list after a reload.
type ReloadedList struct {
	lists.VersionInfo
	Changed bool `json:"changed"`
	Added   int  `json:"added"`
	Removed int  `json:"removed"`
	Updated int  `json:"updated" doc:"Entities whose data changed."`
}

// ReloadResult is the answer of POST /v1/admin/reload.
type ReloadResult struct {
	Changed      bool              `json:"changed" doc:"Whether any list's content changed; when not, the catalog serving is kept."`
	Lists        []ReloadedList    `json:"lists"`
	ListVersions map[string]string `json:"list_versions" doc:"The versions now serving, by source."`
}

// NewReloader returns a reloader that swaps the catalogs it builds into srv,
// and makes srv serve POST /v1/admin/reload and report reloads in /readyz
// and /metrics. Call it before srv.Handler.
func NewReloader(srv *Server, sources []string, threshold float64) *Reloader {
	r := &Reloader{
		Sources: sources, Threshold: threshold, srv: srv,
		failures: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "aka_lists_reload_failures_total",
			Help: "List reloads that failed: the lists loaded before kept serving.",
		}),
		changes: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "aka_lists_reload_changes_total",
			Help: "List reloads that changed a list's content.",
		}),
		lastSuccess: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "aka_lists_last_reload_success_timestamp_seconds",
			Help: "When the lists were last loaded or reloaded successfully, in Unix seconds.",
		}),
	}
	srv.reloader = r
	return r
}

// Status returns how reloading has gone, or nil before the first reload.
func (r *Reloader) Status() *ReloadStatus { return r.status.Load() }

func (r *Reloader) logger() *slog.Logger {
	if r.Logger != nil {
		return r.Logger
	}
	return r.srv.logger()
}

// Reload loads every source, and when any list's content (its SHA-256)
// differs from the catalog serving, builds a new catalog and swaps it in,
// then calls OnChange. On error the catalog serving is kept. It is also the
// first load: with no catalog serving, every list is new.
func (r *Reloader) Reload(ctx context.Context) (*ReloadResult, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	st := ReloadStatus{}
	if old := r.status.Load(); old != nil {
		st = *old
	}
	st.LastAttempt = time.Now()
	res, ch, err := r.reload(ctx)
	if err != nil {
		st.LastError = err.Error()
		st.Failures++
		r.status.Store(&st)
		r.failures.Inc()
		r.logger().LogAttrs(ctx, slog.LevelError, "lists reload failed; the lists loaded before still serve", slog.String("error", err.Error()))
		return nil, err
	}
	st.LastError = ""
	st.LastSuccess = st.LastAttempt
	r.lastSuccess.Set(float64(st.LastSuccess.UnixNano()) / 1e9)
	if ch != nil && ch.Old != nil { // the first load is no change
		st.LastChange = st.LastAttempt
		r.changes.Inc()
	}
	for _, l := range res.Lists {
		r.logger().LogAttrs(ctx, slog.LevelInfo, "list loaded", slog.String("source", l.Source), slog.String("version", l.Version),
			slog.String("sha256", l.SHA256), slog.Bool("changed", l.Changed), slog.Int("entities", l.Entities),
			slog.Int("added", l.Added), slog.Int("removed", l.Removed), slog.Int("updated", l.Updated))
	}
	if ch != nil && ch.Old != nil && r.OnChange != nil {
		if err := r.OnChange(ctx, ch); err != nil {
			st.LastError = "after the change: " + err.Error()
			r.logger().LogAttrs(ctx, slog.LevelError, "lists changed, handling the change failed", slog.String("error", err.Error()))
		}
	}
	r.status.Store(&st)
	return res, nil
}

func (r *Reloader) reload(ctx context.Context) (*ReloadResult, *Change, error) {
	loaded, err := r.load(ctx)
	if err != nil {
		return nil, nil, err
	}
	old := r.srv.Catalog()
	res := &ReloadResult{Lists: make([]ReloadedList, len(loaded))}
	ch := &Change{Old: old}
	for i, l := range loaded {
		rl := ReloadedList{VersionInfo: l.Info(), Changed: true, Added: len(l.Entities)}
		var prev *lists.List
		if old != nil && len(old.Lists) == len(loaded) && old.Lists[i].Source == l.Source {
			prev = old.Lists[i]
		}
		switch {
		case prev != nil && prev.SHA256 == l.SHA256:
			rl.Changed, rl.Added = false, 0
		case prev != nil:
			d := lists.Diff(prev, l)
			rl.Added, rl.Removed, rl.Updated = len(d.Added), len(d.Removed), len(d.Changed)
			ch.Lists = append(ch.Lists, ListChange{Old: prev, New: l, Diff: d})
		default:
			ch.Lists = append(ch.Lists, ListChange{New: l, Diff: lists.Diff(&lists.List{}, l)})
		}
		res.Changed = res.Changed || rl.Changed
		res.Lists[i] = rl
	}
	if !res.Changed {
		res.ListVersions = old.Versions
		return res, nil, nil
	}
	// Built beside the catalog serving, swapped in at once.
	c := NewCatalog(loaded, r.Threshold)
	r.srv.SetCatalog(c)
	ch.New = c
	res.ListVersions = c.Versions
	return res, ch, nil
}

// load loads every source concurrently; the first error in source order is
// returned.
func (r *Reloader) load(ctx context.Context) ([]*lists.List, error) {
	if len(r.Sources) == 0 {
		l, err := lists.Embedded()
		if err != nil {
			return nil, err
		}
		return []*lists.List{l}, nil
	}
	out := make([]*lists.List, len(r.Sources))
	errs := make([]error, len(r.Sources))
	var wg sync.WaitGroup
	for i, src := range r.Sources {
		wg.Go(func() { out[i], errs[i] = r.loadOne(ctx, src) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// isURL reports whether a source is an http(s) URL rather than a file.
func isURL(src string) bool {
	return strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://")
}

func (r *Reloader) loadOne(ctx context.Context, src string) (*lists.List, error) {
	if !isURL(src) {
		return lists.Load(src)
	}
	base, err := url.Parse(src)
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", src, err)
	}
	body, err := r.fetch(ctx, base)
	if err != nil {
		return nil, err
	}
	// Companion files (OFAC's alt.csv and add.csv) are fetched from
	// beside the list's URL.
	open := func(name string) (io.ReadCloser, error) {
		b, err := r.fetch(ctx, base.ResolveReference(&url.URL{Path: name}))
		if err != nil {
			return nil, err
		}
		return io.NopCloser(bytes.NewReader(b)), nil
	}
	return lists.Read(bytes.NewReader(body), lists.Source{File: src, Open: open})
}

// fetch gets a URL's body, up to MaxListBytes. A 404 is fs.ErrNotExist, so
// that a missing companion file is no error.
func (r *Reloader) fetch(ctx context.Context, u *url.URL) ([]byte, error) {
	client := r.Client
	if client == nil {
		client = &http.Client{Timeout: DefaultFetchTimeout}
	}
	limit := r.MaxListBytes
	if limit <= 0 {
		limit = DefaultMaxListBytes
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", u, err)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", u.Redacted(), err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotFound:
		return nil, fmt.Errorf("list %s: %s: %w", u.Redacted(), resp.Status, fs.ErrNotExist)
	case resp.StatusCode != http.StatusOK:
		return nil, fmt.Errorf("list %s: %s", u.Redacted(), resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", u.Redacted(), err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("list %s: larger than %d bytes", u.Redacted(), limit)
	}
	if resp.ContentLength >= 0 && int64(len(b)) != resp.ContentLength {
		return nil, fmt.Errorf("list %s: truncated: %d of %d bytes", u.Redacted(), len(b), resp.ContentLength)
	}
	return b, nil
}

// Run reloads every interval (none when 0) and on every value from
// trigger (SIGHUP, say), until ctx is done. Errors are logged and kept in
// the status; the lists loaded before keep serving.
func (r *Reloader) Run(ctx context.Context, interval time.Duration, trigger <-chan os.Signal) {
	var tick <-chan time.Time
	if interval > 0 {
		t := time.NewTicker(interval)
		defer t.Stop()
		tick = t.C
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick:
		case <-trigger:
		}
		r.Reload(ctx) // logged, counted and kept in the status
	}
}

type reloadOutput struct {
	Body ReloadResult
}

// registerReload serves POST /v1/admin/reload and the reload metrics when
// the server has a reloader. The route needs the admin role when the server
// has a store (operationRoles).
func (s *Server) registerReload(api huma.API) {
	r := s.reloader
	if r == nil {
		return
	}
	s.metrics.registry.MustRegister(r.failures, r.changes, r.lastSuccess)
	huma.Register(api, huma.Operation{
		OperationID: "reload-lists",
		Method:      http.MethodPost,
		Path:        "/v1/admin/reload",
		Summary:     "Reload the lists",
		Description: "Loads the lists again from their sources and, when any list's content changed, " +
			"swaps in a new index without interrupting screening. A source that cannot be read " +
			"gets 422 and leaves the lists loaded before serving.",
		Tags:   []string{"lists"},
		Errors: []int{http.StatusUnprocessableEntity},
	}, func(ctx context.Context, _ *struct{}) (*reloadOutput, error) {
		res, err := r.Reload(ctx)
		if err != nil {
			return nil, s.apiError(ctx, "reload-lists", &aka.Error{Code: aka.EINVALID,
				Message: "reload failed, the lists loaded before still serve: " + err.Error(), Err: err})
		}
		return &reloadOutput{Body: *res}, nil
	})
}
