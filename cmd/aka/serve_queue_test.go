package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/httpapi"
	"github.com/akascreen/aka/index"
	"github.com/akascreen/aka/natsq"
	"github.com/akascreen/aka/review"
	"github.com/akascreen/aka/screening"
)

// TestServeQueue is the HTTP side of issue 8: aka serve --nats --postgres
// takes a batch on POST /v1/queue, a worker (in this process, on the
// test's own stream) screens it into the same PostgreSQL, and GET
// /v1/queue/{batch} shows the results coming in until all are done; they
// are also on the results subject POST /v1/queue named.
func TestServeQueue(t *testing.T) {
	nflags := natsTestFlags(t)
	pflags := postgresFlags(t)
	const listFile = "../../lists/testdata/un_excerpt.xml"
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	out, err := runCommand(t, newKeysCommand, append([]string{"create", "--role", "analyst"}, pflags...)...)
	if err != nil {
		t.Fatal(out, err)
	}
	key := strings.TrimSpace(out[strings.LastIndex(strings.TrimSpace(out), "\n")+1:])

	// The worker, through natsq's API.
	var nf natsFlags
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	nf.register(fs)
	if err := fs.Parse(nflags); err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.DiscardHandler)
	loaded, err := loadLists([]string{listFile})
	if err != nil {
		t.Fatal(err)
	}
	entities := allEntities(loaded)
	byID := make(map[string]*aka.Entity, len(entities))
	for _, e := range entities {
		byID[e.ID] = e
	}
	store, err := openPostgres(ctx, pflags[1], log)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	nc, js, err := nf.connect("test worker", log)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	w := &natsq.Worker{JS: js, Config: nf.config(), Screener: screening.New(index.Build(entities)),
		Review: review.New(store), Entities: byID, ListVersions: listVersions(loaded), Name: "test", Logger: log}
	werr := make(chan error, 1)
	go func() { werr <- w.Run(ctx) }()

	// The server, with the same store and stream.
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := run(ctx, append(append([]string{"serve", "--lists", listFile, "--addr", "127.0.0.1:0"}, pflags...), nflags...), io.Discard, pw)
		pw.Close()
		done <- err
	}()
	lines := bufio.NewScanner(pr)
	var base string
	for lines.Scan() {
		if _, rest, ok := strings.Cut(lines.Text(), " on http://"); ok {
			base = "http://" + rest
			break
		}
	}
	if base == "" {
		t.Fatalf("serve printed no address: %v", <-done)
	}
	go io.Copy(io.Discard, pr)

	call := func(method, path, body string, out any) int {
		t.Helper()
		req, _ := http.NewRequest(method, base+path, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+key)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode < 300 && out != nil {
			if err := json.Unmarshal(b, out); err != nil {
				t.Fatalf("%s %s: %v in %s", method, path, err, b)
			}
		} else if resp.StatusCode >= 300 {
			t.Logf("%s %s: %d %s", method, path, resp.StatusCode, b)
		}
		return resp.StatusCode
	}

	const body = `{"subjects":[{"id":"q-1","name":"Eric Badege"},{"id":"q-2","name":"Maria Jones"},{"id":"q-3","name":"Hans Muster"}],"min_list_version":"2000-01-01"}`
	var posted httpapi.QueueResponse
	if code := call("POST", "/v1/queue", body, &posted); code != 202 {
		t.Fatalf("POST /v1/queue = %d, want 202", code)
	}
	cfg := nf.config()
	if len(posted.RequestIDs) != 3 || posted.RequestIDs[2] != posted.Batch+":3" || posted.ResultsSubject != cfg.ResultSubject(posted.Batch) {
		t.Fatalf("POST /v1/queue = %+v, want 3 ids <batch>:<n> and the results subject %s", posted, cfg.ResultSubject(posted.Batch))
	}

	var st httpapi.QueueStatus
	deadline := time.Now().Add(time.Minute)
	for {
		if code := call("GET", "/v1/queue/"+posted.Batch+"?count=3", "", &st); code != 200 {
			t.Fatalf("GET /v1/queue/%s = %d, want 200", posted.Batch, code)
		}
		if st.Done == 3 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after a minute %d of 3 done: %+v", st.Done, st)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if st.Pending != 0 || len(st.PendingIDs) != 0 {
		t.Errorf("done, but %d pending: %v", st.Pending, st.PendingIDs)
	}
	for i, r := range st.Results {
		if r.RequestID != posted.RequestIDs[i] || r.ListVersions["un"] == "" {
			t.Errorf("result %d: %+v, want %s with the UN list's version", i, r, posted.RequestIDs[i])
		}
	}
	if len(st.Results[0].AlertIDs) == 0 || st.Results[0].SubjectID != "q-1" {
		t.Errorf("the listed person: %+v, want an alert", st.Results[0])
	}

	// The same batch posted again queues nothing twice: the answers stay.
	var again httpapi.QueueResponse
	if code := call("POST", "/v1/queue", strings.Replace(body, `{"subjects"`, `{"batch":"`+posted.Batch+`","subjects"`, 1), &again); code != 202 || again.Batch != posted.Batch {
		t.Errorf("POST /v1/queue again = %d %+v", code, again)
	}

	// The results are on the subject the answer named.
	rctx, rcancel := context.WithTimeout(ctx, 30*time.Second)
	defer rcancel()
	seen := map[string]bool{}
	err = natsq.Results(rctx, js, cfg, posted.Batch, func(r natsq.Result, _ time.Time) bool {
		seen[r.ID] = true
		return len(seen) < 3
	})
	if err != nil || len(seen) != 3 {
		t.Errorf("results subject: %d of 3 results, %v", len(seen), err)
	}

	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve: %v", err)
	}
	if err := <-werr; err != nil && ctx.Err() == nil {
		t.Errorf("worker: %v", err)
	}
	if s := w.Stats(); s.Screened.Load() < 3 || s.Dead.Load() != 0 {
		t.Errorf("worker screened %d, %d dead letters; want 3 (or more, the second post's), none dead", s.Screened.Load(), s.Dead.Load())
	}
}
