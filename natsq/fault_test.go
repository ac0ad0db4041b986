package natsq_test

import (
	"context"
	"encoding/json"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/akascreen/aka/natsq"
	"github.com/nats-io/nats.go/jetstream"
)

// TestDeadLetter publishes a request that is not JSON and one with no name
// among good ones: both land on the dead-letter subject with their reason,
// the one with an id also gets an error result, and the good ones behind
// them are all answered.
func TestDeadLetter(t *testing.T) {
	natsURL, pgURL := env(t)
	s := newSetup(t, natsURL, pgURL)
	ctx := context.Background()
	w := s.startWorker()
	reqs := requests(t, "dl", 300)
	c := s.collect("dl")
	if _, err := s.js.Publish(ctx, s.cfg.RequestSubject(), []byte(`{"id": "broken", "subject": {`)); err != nil {
		t.Fatal(err)
	}
	noName, _ := json.Marshal(natsq.Request{ID: "dl:noname", Batch: "dl"})
	if _, err := s.js.Publish(ctx, s.cfg.RequestSubject(), noName); err != nil {
		t.Fatal(err)
	}
	if err := natsq.Publish(ctx, s.js, s.cfg, reqs); err != nil {
		t.Fatal(err)
	}
	c.waitFor(t, len(reqs)+1, time.Minute)

	if r := c.got["dl:noname"]; !strings.Contains(r.Error, "no name") {
		t.Errorf("result for the request with no name: %+v, want an error naming the reason", r)
	}
	dead, err := s.js.OrderedConsumer(ctx, s.cfg.DeadStream(), jetstream.OrderedConsumerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	batch, err := dead.Fetch(2, jetstream.FetchMaxWait(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	reasons := map[string]natsq.DeadLetter{}
	for m := range batch.Messages() {
		var d natsq.DeadLetter
		if err := json.Unmarshal(m.Data(), &d); err != nil {
			t.Fatal(err)
		}
		if m.Headers().Get(natsq.HeaderReason) != d.Reason {
			t.Errorf("header reason %q, body reason %q", m.Headers().Get(natsq.HeaderReason), d.Reason)
		}
		reasons[d.Data] = d
	}
	if d, ok := reasons[`{"id": "broken", "subject": {`]; !ok || !strings.Contains(d.Reason, "malformed") || d.StreamSeq == 0 {
		t.Errorf("dead letter for the malformed request: %+v, want the reason and its place in the stream", d)
	}
	if d, ok := reasons[string(noName)]; !ok || d.RequestID != "dl:noname" || !strings.Contains(d.Reason, "no name") {
		t.Errorf("dead letter for the request with no name: %+v", d)
	}
	for _, r := range reqs {
		if res, ok := c.got[r.ID]; !ok || res.Error != "" || res.Origin != r.Subject.Origin {
			t.Fatalf("request %s: result %+v, %v", r.ID, res, ok)
		}
	}
	s.waitDrained()
	s.stopWorker(w)
}

// waitDrained waits until the consumer has nothing pending or unacknowledged:
// the stream is not blocked.
func (s *setup) waitDrained() {
	s.t.Helper()
	ctx := context.Background()
	cons, err := s.js.Consumer(ctx, s.cfg.Stream, s.cfg.Consumer)
	if err != nil {
		s.t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		info, err := cons.Info(ctx)
		if err == nil && info.NumPending == 0 && info.NumAckPending == 0 {
			return
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("consumer not drained: %+v, %v", info, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestKillWorker kills one of two worker processes with SIGKILL in the
// middle of 100,000 requests: the other finishes them, each request has
// exactly one result, on the stream and in PostgreSQL, and no alert is
// duplicated.
func TestKillWorker(t *testing.T) {
	natsURL, pgURL := env(t)
	s := newSetup(t, natsURL, pgURL)
	ctx := context.Background()
	n := 100_000
	if testing.Short() {
		n = 10_000
	}
	reqs := requests(t, "kill", n)
	w0, w1 := s.startWorker(), s.startWorker()
	c := s.collect("kill")
	start := time.Now()
	if err := natsq.Publish(ctx, s.js, s.cfg, reqs); err != nil {
		t.Fatal(err)
	}
	t.Logf("published %d requests in %s", n, time.Since(start).Round(time.Millisecond))
	c.waitFor(t, n/3, 2*time.Minute)
	if err := w0.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	w0.Wait()
	t.Logf("killed worker 0 at %d results, %s", c.count(), time.Since(start).Round(time.Millisecond))
	c.waitFor(t, n, 3*time.Minute)
	t.Logf("%d results in %s", n, time.Since(start).Round(time.Millisecond))
	s.waitDrained()
	s.stopWorker(w1)
	s.checkResults(reqs, c)
	s.checkStore(reqs, c)
}

// TestRestartNATS kills the NATS server in the middle of a run and starts
// it again: workers and the submitter reconnect, and every request is
// answered once.
func TestRestartNATS(t *testing.T) {
	_, pgURL := env(t)
	srv := startNATS(t)
	s := newSetup(t, srv.url(), pgURL)
	ctx := context.Background()
	n := 20_000
	reqs := requests(t, "restart", n)
	w0, w1 := s.startWorker(), s.startWorker()
	c := s.collect("restart")
	if err := natsq.Publish(ctx, s.js, s.cfg, reqs); err != nil {
		t.Fatal(err)
	}
	c.waitFor(t, n/4, time.Minute)
	srv.stop(true)
	at := c.count()
	time.Sleep(2 * time.Second)
	srv.start()
	t.Logf("restarted nats-server at %d results", at)
	c.waitFor(t, n, 2*time.Minute)
	s.waitDrained()
	s.stopWorker(w0)
	s.stopWorker(w1)
	s.checkResults(reqs, c)
	s.checkStore(reqs, c)
}

// TestPostgresFault makes PostgreSQL unreachable for the workers for ten
// seconds, through a proxy the test closes: the workers stop
// acknowledging, back off and hold their batches, and finish once it is
// back, with nothing lost or doubled and nothing dead-lettered.
func TestPostgresFault(t *testing.T) {
	natsURL, pgURL := env(t)
	s := newSetup(t, natsURL, pgURL)
	ctx := context.Background()
	u, err := parseHost(pgURL)
	if err != nil {
		t.Fatal(err)
	}
	p := startProxy(t, u)
	s.workerPG = withHost(t, s.pgURL, p.addr)
	n := 20_000
	reqs := requests(t, "pgfault", n)
	w0, w1 := s.startWorker(), s.startWorker()
	c := s.collect("pgfault")
	if err := natsq.Publish(ctx, s.js, s.cfg, reqs); err != nil {
		t.Fatal(err)
	}
	c.waitFor(t, n/4, time.Minute)
	p.close()
	time.Sleep(time.Second) // results committed before the cut still come in
	before := c.count()
	time.Sleep(9 * time.Second)
	during := c.count()
	if during != before {
		t.Errorf("%d results while PostgreSQL was unreachable, want none", during-before)
	}
	if during == n {
		t.Fatal("all results in before the cut: nothing tested")
	}
	p.open()
	t.Logf("PostgreSQL unreachable for 10s at %d results", before)
	c.waitFor(t, n, 2*time.Minute)
	s.waitDrained()
	s.stopWorker(w0)
	s.stopWorker(w1)
	s.checkResults(reqs, c)
	s.checkStore(reqs, c)
}
