package natsq_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/lists"
	"github.com/akascreen/aka/natsq"
	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// env returns the test servers' URLs, or skips the test without them.
// .ci/run starts both and sets AKA_TEST_NATS_URL and AKA_TEST_POSTGRES_URL.
func env(t *testing.T) (natsURL, pgURL string) {
	t.Helper()
	natsURL, pgURL = os.Getenv("AKA_TEST_NATS_URL"), os.Getenv("AKA_TEST_POSTGRES_URL")
	if natsURL == "" || pgURL == "" {
		t.Skip("AKA_TEST_NATS_URL and AKA_TEST_POSTGRES_URL not both set")
	}
	return natsURL, pgURL
}

func randomName(prefix string) string {
	b := make([]byte, 6)
	rand.Read(b)
	return prefix + hex.EncodeToString(b)
}

// newSchema creates a PostgreSQL schema for one test, dropped when it ends,
// and returns a URL that selects it.
func newSchema(t *testing.T, pgURL string) (schemaURL, schema string) {
	t.Helper()
	ctx := context.Background()
	schema = randomName("akatest_")
	conn, err := pgx.Connect(ctx, pgURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, pgURL)
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Error(err)
		}
	})
	return withParam(t, pgURL, "search_path", schema), schema
}

func withParam(t *testing.T, raw, k, v string) string {
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set(k, v)
	u.RawQuery = q.Encode()
	return u.String()
}

// setup is one test's deployment: its own streams, consumer and schema.
type setup struct {
	t        *testing.T
	natsURL  string
	pgURL    string // selects the test's schema
	schema   string
	cfg      natsq.Config
	nc       *nats.Conn
	js       jetstream.JetStream
	bin      string
	mu       sync.Mutex
	workers  []*exec.Cmd
	logs     []*bytes.Buffer
	workerPG string // the URL workers use: pgURL, or a proxy's
}

func newSetup(t *testing.T, natsURL, pgURL string) *setup {
	t.Helper()
	s := &setup{t: t, natsURL: natsURL}
	s.pgURL, s.schema = newSchema(t, pgURL)
	s.workerPG = s.pgURL
	s.cfg = natsq.Config{Stream: strings.ToUpper(randomName("AKATEST_")), Prefix: randomName("akatest."), Consumer: "workers", AckWait: 5 * time.Second}
	nc, err := nats.Connect(natsURL, nats.MaxReconnects(-1), nats.ReconnectWait(100*time.Millisecond), nats.RetryOnFailedConnect(true))
	if err != nil {
		t.Fatal(err)
	}
	s.nc = nc
	s.js, err = jetstream.New(nc, jetstream.WithPublishAsyncMaxPending(4096))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := natsq.Setup(ctx, s.js, s.cfg); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for _, w := range s.workers {
			if w.ProcessState == nil {
				w.Process.Kill()
				w.Wait()
			}
		}
		for _, name := range []string{s.cfg.Stream, s.cfg.ResultsStream(), s.cfg.DeadStream()} {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			s.js.DeleteStream(ctx, name)
			cancel()
		}
		nc.Close()
		if t.Failed() {
			for i, l := range s.logs {
				t.Logf("worker %d log (tail):\n%s", i, tail(l.String(), 4000))
			}
		}
	})
	return s
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// startWorker starts an "aka worker" process.
func (s *setup) startWorker(extra ...string) *exec.Cmd {
	s.t.Helper()
	if s.bin == "" {
		s.bin = buildAka(s.t)
	}
	args := []string{"worker", "--nats", s.natsURL, "--postgres", s.workerPG,
		"--stream", s.cfg.Stream, "--subject-prefix", s.cfg.Prefix, "--consumer", s.cfg.Consumer,
		"--ack-wait", s.cfg.AckWait.String(), "--name", fmt.Sprintf("w%d", len(s.workers))}
	cmd := exec.Command(s.bin, append(args, extra...)...)
	log := &bytes.Buffer{}
	cmd.Stdout, cmd.Stderr = io.Discard, &lockedWriter{w: log}
	if err := cmd.Start(); err != nil {
		s.t.Fatal(err)
	}
	s.mu.Lock()
	s.workers = append(s.workers, cmd)
	s.logs = append(s.logs, log)
	s.mu.Unlock()
	return cmd
}

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// stopWorker stops a worker as an orchestrator does, with SIGTERM, and
// checks that it exits cleanly.
func (s *setup) stopWorker(cmd *exec.Cmd) {
	s.t.Helper()
	cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			s.t.Errorf("worker exited with %v after SIGTERM", err)
		}
		s.mu.Lock()
		for i, w := range s.workers {
			if w == cmd {
				if k := strings.LastIndex(s.logs[i].String(), "aka: worker"); k >= 0 {
					s.t.Log(strings.TrimSpace(s.logs[i].String()[k:]))
				}
			}
		}
		s.mu.Unlock()
	case <-time.After(40 * time.Second):
		cmd.Process.Kill()
		s.t.Errorf("worker still running 40s after SIGTERM")
	}
}

var (
	buildOnce sync.Once
	buildBin  string
	buildErr  error
	buildDir  string
)

// buildAka builds the aka command once per test run.
func buildAka(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		buildDir, buildErr = os.MkdirTemp("", "aka-natsq-test")
		if buildErr != nil {
			return
		}
		buildBin = filepath.Join(buildDir, "aka")
		cmd := exec.Command("go", "build", "-o", buildBin, "../cmd/aka")
		out, err := cmd.CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return buildBin
}

func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// requests makes n requests for batch: mostly made-up names that match no
// one, and one in every 100 a listed person's name (the same few dozen over
// and over, so that alerts are deduplicated).
func requests(t *testing.T, batch string, n int) []natsq.Request {
	t.Helper()
	un, err := lists.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	for _, e := range un.Entities {
		if e.Type == aka.Person && len(listed) < 40 {
			listed = append(listed, e.PrimaryName())
		}
	}
	rng := mrand.New(mrand.NewPCG(1, 2))
	syl := []string{"ka", "lo", "mi", "ren", "sto", "var", "del", "qui", "bro", "nes", "tal", "por", "wen", "fi", "gu", "zel"}
	word := func() string {
		var b strings.Builder
		for range 2 + rng.IntN(2) {
			b.WriteString(syl[rng.IntN(len(syl))])
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	out := make([]natsq.Request, n)
	for i := range out {
		s := aka.Subject{Name: word() + " " + word(), BirthDate: fmt.Sprintf("19%02d-%02d-%02d", 40+rng.IntN(60), 1+rng.IntN(12), 1+rng.IntN(28))}
		if i%100 == 7 {
			s = aka.Subject{Name: listed[rng.IntN(len(listed))]}
		}
		s.Origin = fmt.Sprintf("line %d", i+1)
		out[i] = natsq.Request{ID: fmt.Sprintf("%s:%d", batch, i+1), Batch: batch, Subject: s}
	}
	return out
}

// collector gathers a batch's results as they arrive.
type collector struct {
	mu      sync.Mutex
	got     map[string]natsq.Result
	copies  int // results for an id seen before
	changed chan struct{}
	cancel  context.CancelFunc
	done    chan error
}

func (s *setup) collect(batch string) *collector {
	c := &collector{got: map[string]natsq.Result{}, changed: make(chan struct{}, 1), done: make(chan error, 1)}
	ctx, cancel := context.WithCancel(context.Background())
	c.cancel = cancel
	s.t.Cleanup(cancel)
	go func() {
		c.done <- natsq.Results(ctx, s.js, s.cfg, batch, func(r natsq.Result, _ time.Time) bool {
			c.mu.Lock()
			if _, ok := c.got[r.ID]; ok {
				c.copies++
			}
			c.got[r.ID] = r
			c.mu.Unlock()
			select {
			case c.changed <- struct{}{}:
			default:
			}
			return true
		})
	}()
	return c
}

func (c *collector) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.got)
}

// waitFor waits until n results are in, failing the test after timeout.
func (c *collector) waitFor(t *testing.T, n int, timeout time.Duration) {
	t.Helper()
	deadline := time.After(timeout)
	for c.count() < n {
		select {
		case <-c.changed:
		case <-time.After(100 * time.Millisecond):
		case <-deadline:
			t.Fatalf("timed out after %s: %d of %d results", timeout, c.count(), n)
		}
	}
}

// checkStore checks, in the test's schema, that every request has exactly
// one recorded result and that the alerts are exactly those the results
// name, none for the same subject and entity twice.
func (s *setup) checkStore(reqs []natsq.Request, c *collector) {
	t := s.t
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, s.pgURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n, distinct int
	if err := conn.QueryRow(ctx, `SELECT count(*), count(DISTINCT request_id) FROM screening_requests`).Scan(&n, &distinct); err != nil {
		t.Fatal(err)
	}
	if n != len(reqs) || distinct != len(reqs) {
		t.Errorf("screening_requests: %d rows, %d distinct; want %d", n, distinct, len(reqs))
	}
	var alerts, pairs int
	if err := conn.QueryRow(ctx, `SELECT count(*), count(DISTINCT (subject_id, entity_id)) FROM alerts`).Scan(&alerts, &pairs); err != nil {
		t.Fatal(err)
	}
	named := map[string]bool{}
	c.mu.Lock()
	for _, r := range c.got {
		for _, a := range r.Alerts {
			named[a] = true
		}
	}
	c.mu.Unlock()
	if alerts != pairs || alerts != len(named) || alerts == 0 {
		t.Errorf("alerts: %d rows for %d subject-entity pairs, %d named by results; want as many of each, and some", alerts, pairs, len(named))
	}
	t.Logf("store: %d requests recorded, %d alerts", n, alerts)
}

// checkResults checks that every request has exactly one result on the
// results stream, none an error, and that the dead letters are empty.
func (s *setup) checkResults(reqs []natsq.Request, c *collector) {
	t := s.t
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, r := range reqs {
		res, ok := c.got[r.ID]
		if !ok {
			t.Errorf("request %s: no result", r.ID)
			continue
		}
		if res.Error != "" {
			t.Errorf("request %s: error result %q", r.ID, res.Error)
		}
	}
	if c.copies != 0 {
		t.Errorf("%d results published twice", c.copies)
	}
	ctx := context.Background()
	st, err := s.js.Stream(ctx, s.cfg.ResultsStream())
	if err != nil {
		t.Fatal(err)
	}
	info, err := st.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != uint64(len(reqs)) {
		t.Errorf("results stream holds %d messages, want %d: one per request", info.State.Msgs, len(reqs))
	}
	dead, err := s.js.Stream(ctx, s.cfg.DeadStream())
	if err != nil {
		t.Fatal(err)
	}
	if di, err := dead.Info(ctx); err != nil || di.State.Msgs != 0 {
		t.Errorf("dead letters: %v (%v), want none", di.State.Msgs, err)
	}
}

// natsServer is a nats-server process of the test's own, which it may kill
// and restart without disturbing anyone else's.
type natsServer struct {
	t    *testing.T
	bin  string
	port int
	dir  string
	cmd  *exec.Cmd
}

// startNATS starts a nats-server with JetStream on a free loopback port,
// storing in a temporary directory; it skips the test when there is no
// nats-server binary.
func startNATS(t *testing.T) *natsServer {
	t.Helper()
	bin, err := exec.LookPath("nats-server")
	if err != nil {
		if _, serr := os.Stat("/usr/sbin/nats-server"); serr != nil {
			t.Skip("no nats-server binary")
		}
		bin = "/usr/sbin/nats-server"
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	s := &natsServer{t: t, bin: bin, port: port, dir: t.TempDir()}
	s.start()
	t.Cleanup(func() { s.stop(false) })
	return s
}

func (s *natsServer) url() string { return fmt.Sprintf("nats://127.0.0.1:%d", s.port) }

func (s *natsServer) start() {
	s.t.Helper()
	s.cmd = exec.Command(s.bin, "-a", "127.0.0.1", "-p", fmt.Sprint(s.port), "-js", "-sd", s.dir)
	s.cmd.Stdout, s.cmd.Stderr = io.Discard, io.Discard
	if err := s.cmd.Start(); err != nil {
		s.t.Fatal(err)
	}
	for range 100 {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", s.port), 100*time.Millisecond)
		if err == nil {
			c.Close()
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatal("nats-server did not start")
}

// stop kills the server: with SIGKILL when hard, else SIGTERM.
func (s *natsServer) stop(hard bool) {
	if s.cmd == nil || s.cmd.ProcessState != nil {
		return
	}
	if hard {
		s.cmd.Process.Kill()
	} else {
		s.cmd.Process.Signal(syscall.SIGTERM)
	}
	s.cmd.Wait()
}

// proxy is a TCP proxy on loopback that the test can close and reopen, to
// make PostgreSQL unreachable for the workers and only for them.
type proxy struct {
	t      *testing.T
	target string
	addr   string
	mu     sync.Mutex
	ln     net.Listener
	conns  map[net.Conn]bool
}

func startProxy(t *testing.T, target string) *proxy {
	t.Helper()
	p := &proxy{t: t, target: target, addr: "127.0.0.1:0", conns: map[net.Conn]bool{}}
	p.open()
	p.addr = p.ln.Addr().String()
	t.Cleanup(p.close)
	return p
}

func (p *proxy) open() {
	p.t.Helper()
	var ln net.Listener
	var err error
	for range 50 {
		if ln, err = net.Listen("tcp", p.addr); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		p.t.Fatal(err)
	}
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns[c], p.conns[up] = true, true
			p.mu.Unlock()
			go func() { io.Copy(up, c); up.Close(); c.Close() }()
			go func() { io.Copy(c, up); up.Close(); c.Close() }()
		}
	}()
}

// close stops accepting and cuts every open connection.
func (p *proxy) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		c.Close()
	}
	clear(p.conns)
}

// parseHost returns the host:port a PostgreSQL URL connects to.
func parseHost(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", err
	}
	host := u.Host
	if u.Port() == "" {
		host = net.JoinHostPort(u.Hostname(), "5432")
	}
	return host, nil
}

// withHost returns the URL with its host:port replaced.
func withHost(t *testing.T, raw, hostport string) string {
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	u.Host = hostport
	return u.String()
}
