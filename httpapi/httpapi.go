// Package httpapi is aka's HTTP JSON API: screening, entity look-up, name
// search, the loaded lists, health and readiness, Prometheus metrics and an
// OpenAPI 3.1 document generated from the handlers' Go types (huma).
//
// Errors are RFC 9457 problem details (application/problem+json), the form
// huma writes for the errors it finds itself (bad JSON, schema violations,
// oversized bodies), so a client reads one format whatever failed:
//
//	{"title":"Unprocessable Entity","status":422,"detail":"subjects[3].name: required",
//	 "errors":[{"message":"required","location":"body.subjects[3].name"}]}
//
// aka error codes map to statuses in one table, statuses; only internal
// errors are logged. The access log holds the method, the route pattern, the
// status and the duration: never a path, a query or a body, which carry
// personal data.
//
// Without a store the server only screens, records nothing, takes no API
// keys and binds only loopback addresses (CheckAddr), as DESIGN.md's
// Security section says. With one (Server.Review), every /v1 route needs an
// API key whose role allows it, screening records subjects and alerts, and
// the review routes are served (review.go).
//
// Overhead budget: BenchmarkHTTPScreen measures a single-subject POST
// /v1/screen through the whole handler (routing, huma's decoding and
// validation, metrics, encoding) over a three-entity list, where screening
// itself costs little; it should stay within a few tens of microseconds, a
// small share of the screening engine's cost per subject.
package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humago"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/review"
)

// Defaults for the Server's settings.
const (
	// DefaultAddr is where aka serve listens unless told otherwise.
	DefaultAddr = "127.0.0.1:8080"
	// DefaultMaxBodyBytes bounds a request body: 1,000 subjects with
	// every field filled take well under 1 MiB.
	DefaultMaxBodyBytes = 4 << 20
	// DefaultShutdownTimeout is how long Serve waits for requests in
	// flight after its context is done.
	DefaultShutdownTimeout = 30 * time.Second
	// MaxSubjects is the most subjects one POST /v1/screen may carry.
	MaxSubjects = 1000
	// DefaultSearchLimit and MaxSearchLimit bound GET /v1/search.
	DefaultSearchLimit = 20
	MaxSearchLimit     = 100
)

// Server serves the HTTP API over the current Catalog. Set its fields before
// the first call of Handler or Serve; they are read once.
type Server struct {
	// MaxBodyBytes bounds a request body; a larger one gets 413.
	MaxBodyBytes int64
	// ShutdownTimeout bounds how long Serve waits for requests in flight.
	ShutdownTimeout time.Duration
	// Logger receives the access log and internal errors. Nil means
	// slog.Default().
	Logger *slog.Logger
	// MaxScreening bounds the screening requests served at once (see
	// admit); 0 means GOMAXPROCS.
	MaxScreening int
	// Review, when set, is review over the server's store: API keys are
	// required, screening is recorded and the review routes are served.
	Review *review.Service
	// Enqueuer, when set, is the queue POST /v1/queue publishes to
	// (queue.go); without one that route answers 503.
	Enqueuer Enqueuer
	// EnqueueTimeout bounds how long POST /v1/queue waits for the queue;
	// 0 means DefaultEnqueueTimeout.
	EnqueueTimeout time.Duration
	// Resolve, when true, resolves each catalog's lists into profiles in
	// the background once it serves, so that matches are grouped by
	// person (profiles.go).
	Resolve bool

	catalog  atomic.Pointer[Catalog]
	profiles profileBuilder // resolves catalogs when Resolve is set
	reloader *Reloader      // set by NewReloader
	turns    chan struct{}  // MaxScreening turns, taken first come first served
	once     sync.Once
	handler  http.Handler
	api      huma.API
	metrics  *metrics
	spec     func() []byte
}

// New returns a server that answers from c. A nil c makes a server that is
// alive but not ready until SetCatalog is called.
func New(c *Catalog) *Server {
	s := &Server{
		MaxBodyBytes:    DefaultMaxBodyBytes,
		ShutdownTimeout: DefaultShutdownTimeout,
	}
	if c != nil {
		s.catalog.Store(c)
	}
	return s
}

// SetCatalog makes c the catalog that requests starting from now answer
// from. Requests in flight finish with the catalog they started with.
func (s *Server) SetCatalog(c *Catalog) {
	s.catalog.Store(c)
	s.profiles.start(s, c)
}

// Catalog returns the current catalog, or nil when there is none yet.
func (s *Server) Catalog() *Catalog { return s.catalog.Load() }

// Handler returns the server's HTTP handler.
func (s *Server) Handler() http.Handler {
	s.once.Do(s.build)
	return s.handler
}

// OpenAPI returns the OpenAPI 3.1 document of the API as JSON.
func (s *Server) OpenAPI() []byte {
	s.once.Do(s.build)
	return s.spec()
}

func (s *Server) logger() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.Default()
}

func (s *Server) build() {
	if s.MaxBodyBytes <= 0 {
		s.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if s.MaxScreening <= 0 {
		s.MaxScreening = runtime.GOMAXPROCS(0)
	}
	s.turns = make(chan struct{}, s.MaxScreening)
	s.metrics = newMetrics()
	mux := http.NewServeMux()

	config := huma.DefaultConfig("aka", aka.Version)
	config.Info.Description = "Screens people against terrorist and sanctions designation lists. " +
		"Every match is a lead for a person to review, never a decision."
	// No docs page (it loads scripts from a CDN), no schema routes and no
	// $schema links in responses: the OpenAPI document is the contract.
	config.DocsPath = ""
	config.SchemasPath = ""
	config.OpenAPIPath = ""
	config.CreateHooks = nil
	config.Transformers = []huma.Transformer{problemDetail}
	// PartialDate reads and writes "1971", "1971-03" or "1971-03-05".
	config.Components.Schemas.RegisterTypeAlias(reflectTypePartialDate, reflectTypeString)
	api := humago.New(mux, config)
	s.api = api
	s.useReview(api)
	s.register(api)

	// The document is built after every operation is registered, once.
	s.spec = sync.OnceValue(func() []byte {
		b, err := json.Marshal(api.OpenAPI())
		if err != nil {
			panic(fmt.Sprintf("openapi document: %v", err)) // static types: a bug, not input
		}
		return b
	})
	mux.HandleFunc("GET /openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/openapi+json")
		w.Write(s.spec())
	})
	mux.Handle("GET /metrics", s.metrics.handler())
	s.registerUI(mux) // the web UI at / (ui.go)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		// A known path asked with another method gets 405, not 404.
		var allow []string
		for _, m := range []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodDelete} {
			if m == r.Method {
				continue
			}
			if _, p := mux.Handler(&http.Request{Method: m, URL: r.URL, Host: r.Host}); p != "/" && p != "" {
				allow = append(allow, m)
			}
		}
		if len(allow) > 0 {
			w.Header().Set("Allow", strings.Join(allow, ", "))
			writeProblem(w, http.StatusMethodNotAllowed, r.Method+" not allowed: use "+strings.Join(allow, " or "))
			return
		}
		writeProblem(w, http.StatusNotFound, "no such route: see /openapi.json")
	})
	s.handler = s.instrument(mux)
	s.profiles.enable(s)
}

// statuses maps aka error codes to HTTP statuses: the one table.
var statuses = map[string]int{
	aka.EINVALID:      http.StatusUnprocessableEntity,
	aka.ENOTFOUND:     http.StatusNotFound,
	aka.ECONFLICT:     http.StatusConflict,
	aka.EUNAUTHORIZED: http.StatusUnauthorized,
	aka.EFORBIDDEN:    http.StatusForbidden,
	aka.ETOOLARGE:     http.StatusRequestEntityTooLarge,
	aka.EUNAVAILABLE:  http.StatusServiceUnavailable,
	aka.EINTERNAL:     http.StatusInternalServerError,
}

// apiError turns err into the problem a handler returns, with the status
// the table gives its code. A *huma.ErrorDetail in err's chain says where
// the request was wrong. Only internal errors are logged, without the
// request: the cause, not the subject.
func (s *Server) apiError(ctx context.Context, op string, err error) error {
	code := aka.ErrorCode(err)
	msg := aka.ErrorMessage(err)
	if code == aka.EINTERNAL && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
		// The client went away or the server is shutting down.
		code, msg = aka.EUNAVAILABLE, "request canceled"
	}
	status, ok := statuses[code]
	if !ok {
		status = http.StatusInternalServerError
	}
	if status == http.StatusInternalServerError {
		s.logger().LogAttrs(ctx, slog.LevelError, "internal error", slog.String("operation", op), slog.String("error", err.Error()))
	}
	var detail *huma.ErrorDetail
	if errors.As(err, &detail) {
		return huma.NewError(status, msg, detail)
	}
	return huma.NewError(status, msg)
}

// problemDetail is a huma transformer that shapes the problems huma writes
// for the errors it finds itself like those of the handlers: the detail
// names the first bad field ("subjects[1]: expected required property name
// to be present", not "validation failed"), and no value of the request is
// echoed back, since requests carry personal data and may be megabytes.
func problemDetail(_ huma.Context, _ string, v any) (any, error) {
	p, ok := v.(*huma.ErrorModel)
	if !ok {
		return v, nil
	}
	for _, d := range p.Errors {
		if d != nil {
			d.Value = nil
		}
	}
	if p.Detail == "validation failed" && len(p.Errors) > 0 && p.Errors[0] != nil {
		d := p.Errors[0]
		loc := strings.TrimPrefix(strings.TrimPrefix(d.Location, "body"), ".")
		if loc == "" {
			p.Detail = d.Message
		} else {
			p.Detail = loc + ": " + d.Message
		}
	}
	return p, nil
}

// invalid reports a bad field of a request body at loc ("subjects[3].name").
func invalid(loc, msg string) error {
	return &aka.Error{Code: aka.EINVALID, Message: loc + ": " + msg,
		Err: &huma.ErrorDetail{Location: "body." + loc, Message: msg}}
}

// writeProblem writes an RFC 9457 problem in the form huma writes, for the
// few answers given outside huma's operations.
func writeProblem(w http.ResponseWriter, status int, detail string) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(&huma.ErrorModel{Title: http.StatusText(status), Status: status, Detail: detail})
}

// instrument wraps the routes with what every request gets: the body size
// limit announced by Content-Length, panic recovery, the request duration
// metric and the access log.
func (s *Server) instrument(next http.Handler) http.Handler {
	log := s.logger()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				log.LogAttrs(r.Context(), slog.LevelError, "internal error", slog.String("route", r.Pattern), slog.String("panic", fmt.Sprint(v)))
				if sw.status == 0 {
					writeProblem(sw, http.StatusInternalServerError, "internal error")
				}
			}
			d := time.Since(start)
			route := r.Pattern
			if route == "" || route == "/" {
				route = "unmatched"
			}
			status := sw.status
			if status == 0 {
				status = http.StatusOK
			}
			s.metrics.request(route, status, d)
			log.LogAttrs(r.Context(), slog.LevelInfo, "request", slog.String("method", r.Method),
				slog.String("route", route), slog.Int("status", status), slog.Duration("duration", d))
		}()
		if r.ContentLength > s.MaxBodyBytes {
			writeProblem(sw, http.StatusRequestEntityTooLarge, "request body is larger than "+strconv.FormatInt(s.MaxBodyBytes, 10)+" bytes")
			return
		}
		next.ServeHTTP(sw, r)
	})
}

// statusWriter records the status a handler writes.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// CheckAddr reports an error unless addr ("HOST:PORT") is a loopback
// address: 127.0.0.0/8, ::1 or localhost. Without a store and API keys the
// server must not be reachable from other machines.
func CheckAddr(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return aka.Errorf(aka.EINVALID, "address %q: want HOST:PORT", addr)
	}
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return aka.Errorf(aka.EFORBIDDEN, "address %q is not a loopback address: without a store and API keys, aka serve binds only 127.0.0.1, ::1 or localhost", addr)
	}
	return nil
}

// Listen checks that addr is a loopback address and listens on it.
func Listen(addr string) (net.Listener, error) {
	if err := CheckAddr(addr); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	if ta, ok := ln.Addr().(*net.TCPAddr); !ok || !ta.IP.IsLoopback() {
		ln.Close()
		return nil, aka.Errorf(aka.EFORBIDDEN, "address %q resolved to %s, not a loopback address", addr, ln.Addr())
	}
	return ln, nil
}

// Serve serves on ln until ctx is done, then shuts down gracefully: it stops
// accepting connections and waits up to ShutdownTimeout for the requests in
// flight to finish. It returns nil after a clean shutdown.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      120 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.logger().Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.profiles.stop()
	timeout := s.ShutdownTimeout
	if timeout <= 0 {
		timeout = DefaultShutdownTimeout
	}
	sctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
