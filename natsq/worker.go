package natsq

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/review"
	"github.com/akascreen/aka/screening"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Defaults for Worker.
const (
	DefaultBatch           = 256
	DefaultConcurrency     = 2
	DefaultMinBackoff      = 100 * time.Millisecond
	DefaultMaxBackoff      = 5 * time.Second
	DefaultHoldFor         = time.Minute
	DefaultVersionDelay    = 30 * time.Second
	DefaultShutdownTimeout = 30 * time.Second
)

// Worker takes screening requests from the shared consumer, screens them,
// records them through review and publishes their results.
//
// A batch of requests is recorded in one transaction, then its results are
// published and its requests acknowledged. While the store fails, the
// worker keeps the batch, tells JetStream it is still working on it
// (InProgress, so the requests are not redelivered elsewhere) and retries
// with exponential backoff from MinBackoff to MaxBackoff; after HoldFor it
// gives the batch back (NAK with a delay, so it is redelivered later,
// perhaps to a worker that reaches the store) and pauses before taking
// more. A request is never acknowledged before its result is committed,
// and never dropped.
type Worker struct {
	JS       jetstream.JetStream
	Config   Config
	Screener *screening.Screener
	Review   *review.Service
	// Entities are the loaded entities by id, for the fingerprints that
	// false-positive suppression compares.
	Entities map[string]*aka.Entity
	// ListVersions are the versions of the loaded lists, by source: they
	// go into every result and alert, and answer MinListVersion.
	ListVersions map[string]string
	// Name identifies the worker in logs and the review actor.
	Name   string
	Logger *slog.Logger

	// Batch is how many requests are recorded in one transaction.
	Batch int
	// Concurrency is how many batches are in flight at once: while one
	// is being recorded, the next is screened.
	Concurrency int
	// MinBackoff and MaxBackoff bound the wait between retries while the
	// store fails.
	MinBackoff, MaxBackoff time.Duration
	// HoldFor is how long a batch is retried before it is given back.
	HoldFor time.Duration
	// VersionDelay is how long a request for lists newer than this
	// worker's waits before it is delivered again.
	VersionDelay time.Duration
	// ShutdownTimeout bounds the time spent finishing the requests in
	// hand once the context is done; what is left is given back.
	ShutdownTimeout time.Duration

	stats Stats
	pause atomic.Int64 // unix nanos before which no new batch is started
}

// Stats counts what a worker did.
type Stats struct {
	Screened    atomic.Int64 // requests recorded and acknowledged
	Existing    atomic.Int64 // of which had been recorded before (redeliveries)
	Dead        atomic.Int64 // sent to the dead letters
	Retries     atomic.Int64 // failed attempts to record a batch
	GivenBack   atomic.Int64 // requests given back (NAK)
	TooOldLists atomic.Int64 // requests left for a worker with newer lists
}

// Stats returns the worker's counters.
func (w *Worker) Stats() *Stats { return &w.stats }

func (w *Worker) logger() *slog.Logger {
	if w.Logger != nil {
		return w.Logger
	}
	return slog.New(slog.DiscardHandler)
}

func orDefault[T int | time.Duration](v, d T) T {
	if v <= 0 {
		return d
	}
	return v
}

// Run takes requests until ctx is done, then finishes the batches in hand
// (within ShutdownTimeout) and returns. It creates the streams and the
// consumer if they do not exist.
func (w *Worker) Run(ctx context.Context) error {
	cfg := w.Config.withDefaults()
	w.Config = cfg
	batch := orDefault(w.Batch, DefaultBatch)
	conc := orDefault(w.Concurrency, DefaultConcurrency)
	log := w.logger()

	cons, err := Setup(ctx, w.JS, cfg)
	if err != nil {
		return err
	}
	dead, err := w.watchMaxDeliveries(ctx)
	if err != nil {
		return err
	}
	defer dead.Unsubscribe()

	it, err := cons.Messages(jetstream.PullMaxMessages(2*batch), jetstream.PullExpiry(5*time.Second))
	if err != nil {
		return fmt.Errorf("nats: consume: %w", err)
	}
	stopped := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
			// Drain: stop pulling, and hand the requests already
			// buffered to the batches, which finish them.
			it.Drain()
		case <-stopped:
		}
	}()
	defer close(stopped)

	// work outlives ctx by ShutdownTimeout, so that the batches in hand
	// are recorded, published and acknowledged.
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	go func() {
		select {
		case <-ctx.Done():
			t := time.NewTimer(orDefault(w.ShutdownTimeout, DefaultShutdownTimeout))
			defer t.Stop()
			select {
			case <-t.C:
				cancelWork()
			case <-stopped:
			}
		case <-stopped:
		}
	}()

	batches := make(chan []jetstream.Msg)
	var wg sync.WaitGroup
	for range conc {
		wg.Go(func() {
			for b := range batches {
				w.process(ctx, work, b)
			}
		})
	}
	log.Info("worker started", "worker", w.Name, "stream", cfg.Stream, "consumer", cfg.Consumer, "lists", w.ListVersions)
	err = w.read(ctx, it, batch, batches)
	close(batches)
	wg.Wait()
	s := &w.stats
	log.Info("worker stopped", "worker", w.Name, "screened", s.Screened.Load(), "redelivered", s.Existing.Load(),
		"dead", s.Dead.Load(), "retries", s.Retries.Load(), "given_back", s.GivenBack.Load())
	return err
}

// read gathers messages into batches: it waits for one, then takes what
// else arrives within a millisecond, up to n.
func (w *Worker) read(ctx context.Context, it jetstream.MessagesContext, n int, out chan<- []jetstream.Msg) error {
	log := w.logger()
	for {
		m, err := it.Next()
		if errors.Is(err, jetstream.ErrMsgIteratorClosed) {
			return nil
		}
		if err != nil {
			// Missed heartbeats while the server restarts, and the like:
			// the iterator carries on once the connection is back.
			log.Warn("nats: consume", "worker", w.Name, "err", err)
			select {
			case <-time.After(100 * time.Millisecond):
			case <-ctx.Done():
			}
			continue
		}
		b := []jetstream.Msg{m}
		for len(b) < n {
			m, err := it.Next(jetstream.NextMaxWait(time.Millisecond))
			if err != nil {
				break
			}
			b = append(b, m)
		}
		if d := time.Until(time.Unix(0, w.pause.Load())); d > 0 && ctx.Err() == nil {
			select {
			case <-time.After(d):
			case <-ctx.Done():
			}
		}
		out <- b
	}
}

// item is one delivered request being handled.
type item struct {
	msg  jetstream.Msg
	meta *jetstream.MsgMetadata
	req  Request
	res  screening.Result
	err  error // screening's: only when work is cancelled
}

// process handles one batch: poison requests go to the dead letters,
// requests for newer lists back to the stream, and the rest are screened,
// recorded, published and acknowledged.
func (w *Worker) process(ctx, work context.Context, msgs []jetstream.Msg) {
	items := make([]*item, 0, len(msgs))
	for _, m := range msgs {
		it := &item{msg: m}
		it.meta, _ = m.Metadata()
		if reason := w.parse(it); reason != "" {
			w.deadLetter(work, it, reason)
			continue
		}
		if ok, why := it.req.MinListVersion.Satisfied(w.ListVersions); !ok {
			w.stats.TooOldLists.Add(1)
			if it.delivered() >= uint64(w.Config.MaxDeliver) {
				w.deadLetter(work, it, fmt.Sprintf("no worker had recent enough lists in %d deliveries: %s", it.delivered(), why))
				continue
			}
			m.NakWithDelay(orDefault(w.VersionDelay, DefaultVersionDelay))
			continue
		}
		items = append(items, it)
	}
	if len(items) == 0 {
		return
	}
	w.screen(work, items)
	screened := items[:0]
	for _, it := range items {
		if it.err != nil {
			// Out of time while shutting down: never record a
			// screening that did not finish.
			it.msg.Nak()
			w.stats.GivenBack.Add(1)
			continue
		}
		screened = append(screened, it)
	}
	items = screened
	if len(items) == 0 {
		return
	}
	results, err := w.record(ctx, work, items)
	if err != nil {
		// Given back: redelivered after the delay, perhaps elsewhere.
		delay := orDefault(w.MaxBackoff, DefaultMaxBackoff)
		for _, it := range items {
			it.msg.NakWithDelay(delay)
		}
		w.stats.GivenBack.Add(int64(len(items)))
		w.pause.Store(time.Now().Add(delay).UnixNano())
		w.logger().Warn("batch given back", "worker", w.Name, "requests", len(items), "err", err)
		return
	}
	w.publish(work, items, results)
}

func (it *item) delivered() uint64 {
	if it.meta == nil {
		return 1
	}
	return it.meta.NumDelivered
}

// parse reads the request, and returns why it cannot be screened, or "".
func (w *Worker) parse(it *item) string {
	if err := json.Unmarshal(it.msg.Data(), &it.req); err != nil {
		return "malformed request: " + trim(err.Error(), 200)
	}
	if strings.TrimSpace(it.req.ID) == "" {
		return "request has no id"
	}
	if strings.TrimSpace(it.req.Subject.Name) == "" {
		return "subject has no name"
	}
	return ""
}

// screen screens the items with one goroutine per CPU.
func (w *Worker) screen(ctx context.Context, items []*item) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(items)) {
		wg.Go(func() {
			for {
				k := int(next.Add(1)) - 1
				if k >= len(items) {
					return
				}
				it := items[k]
				it.res, it.err = w.Screener.Screen(ctx, it.req.Subject)
			}
		})
	}
	wg.Wait()
}

// record records the batch, retrying with backoff while the store fails
// and keeping the requests from being redelivered meanwhile. It gives up
// after HoldFor, or once work is done (the shutdown timeout passed), or,
// when ctx is done (shutting down), after the first failure.
func (w *Worker) record(ctx, work context.Context, items []*item) ([]*aka.RequestResult, error) {
	reqs := make([]review.Request, len(items))
	for i, it := range items {
		reqs[i] = review.Request{ID: it.req.ID, Screening: review.Screening{
			Subject: it.req.Subject, Matches: it.res.Matches, Entities: w.Entities, ListVersions: w.ListVersions,
		}}
	}
	actor := review.Actor{KeyID: "worker:" + w.Name, Role: aka.Viewer}
	start := time.Now()
	delay := orDefault(w.MinBackoff, DefaultMinBackoff)
	maxDelay := orDefault(w.MaxBackoff, DefaultMaxBackoff)
	holdFor := orDefault(w.HoldFor, DefaultHoldFor)
	lastTouch := start
	for attempt := 1; ; attempt++ {
		res, err := w.Review.RecordRequests(work, actor, reqs)
		if err == nil {
			if attempt > 1 {
				w.logger().Info("store reachable again", "worker", w.Name, "attempts", attempt, "after", time.Since(start).Round(time.Millisecond))
			}
			return res, nil
		}
		w.stats.Retries.Add(1)
		if aka.ErrorCode(err) == aka.EINVALID {
			// Not the store's fault; cannot happen for requests that
			// parse, but never loop on it.
			return nil, err
		}
		if attempt == 1 || attempt%10 == 0 {
			w.logger().Warn("store unavailable; holding the batch and retrying", "worker", w.Name, "requests", len(items), "attempt", attempt, "retry_in", delay, "err", err)
		}
		if ctx.Err() != nil || work.Err() != nil || time.Since(start) > holdFor {
			return nil, err
		}
		// Sleep, telling JetStream every third of AckWait that the
		// batch is still in hand, so that it is not redelivered.
		for wake := time.Now().Add(delay); time.Now().Before(wake); {
			step := min(time.Until(wake), w.Config.AckWait/3)
			select {
			case <-time.After(step):
			case <-work.Done():
				return nil, err
			}
			if time.Since(lastTouch) >= w.Config.AckWait/3 {
				for _, it := range items {
					it.msg.InProgress()
				}
				lastTouch = time.Now()
			}
		}
		delay = min(2*delay, maxDelay)
	}
}

// publish publishes each result, with the request id as the message id, and
// acknowledges the requests whose result the results stream stored. A
// request whose result could not be published is given back at once: its
// redelivery finds the recorded result and publishes it again.
func (w *Worker) publish(ctx context.Context, items []*item, results []*aka.RequestResult) {
	type pending struct {
		it  *item
		ack jetstream.PubAckFuture
		err error
	}
	ps := make([]pending, len(items))
	for i, it := range items {
		r := results[i]
		if r.Existing {
			w.stats.Existing.Add(1)
		}
		res := Result{
			ID: it.req.ID, Batch: it.req.Batch, Origin: it.req.Subject.Origin, SubjectID: r.SubjectID,
			Matches: it.res.Matches, Problems: it.res.Problems, ListVersions: r.ListVersions, Alerts: r.AlertIDs,
		}
		if res.Matches == nil {
			res.Matches = []aka.Match{}
		}
		data, err := json.Marshal(res)
		if err != nil {
			ps[i] = pending{it: it, err: err}
			continue
		}
		f, err := w.JS.PublishAsync(w.Config.ResultSubject(it.req.ResultBatch()), data, jetstream.WithMsgID(it.req.ID))
		ps[i] = pending{it: it, ack: f, err: err}
	}
	timeout := time.NewTimer(10 * time.Second)
	defer timeout.Stop()
	for _, p := range ps {
		err := p.err
		if err == nil {
			select {
			case <-p.ack.Ok():
			case err = <-p.ack.Err():
			case <-timeout.C:
				err = errors.New("no acknowledgement from the results stream")
			case <-ctx.Done():
				err = ctx.Err()
			}
		}
		if err != nil {
			w.logger().Warn("result not published; request given back", "worker", w.Name, "request", p.it.req.ID, "err", err)
			p.it.msg.NakWithDelay(time.Second)
			w.stats.GivenBack.Add(1)
			continue
		}
		p.it.msg.Ack()
		w.stats.Screened.Add(1)
	}
}

// deadLetter publishes the request to the dead-letter subject with the
// reason and, when its id is known, an error result to its batch, then
// acknowledges it so that the stream moves on. If the dead letter cannot
// be published the request is given back instead.
func (w *Worker) deadLetter(ctx context.Context, it *item, reason string) {
	var seq uint64
	if it.meta != nil {
		seq = it.meta.Sequence.Stream
	}
	if err := w.publishDead(ctx, &it.req, it.msg.Data(), reason, it.delivered(), seq); err != nil {
		w.logger().Warn("dead letter not published; request given back", "worker", w.Name, "err", err)
		it.msg.NakWithDelay(time.Second)
		return
	}
	w.stats.Dead.Add(1)
	it.msg.Ack()
}

func (w *Worker) publishDead(ctx context.Context, req *Request, data []byte, reason string, deliveries, seq uint64) error {
	w.logger().Warn("request to the dead letters", "worker", w.Name, "request", trim(req.ID, 100), "stream_seq", seq, "reason", reason)
	body, err := json.Marshal(DeadLetter{Reason: reason, RequestID: req.ID, Deliveries: deliveries, StreamSeq: seq, Data: string(data)})
	if err != nil {
		return err
	}
	m := nats.NewMsg(w.Config.DeadSubject())
	m.Data = body
	m.Header.Set(HeaderReason, trim(reason, 200))
	if req.ID != "" {
		m.Header.Set(HeaderRequestID, trim(req.ID, 200))
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	opts := []jetstream.PublishOpt{}
	if seq > 0 {
		opts = append(opts, jetstream.WithMsgID(fmt.Sprintf("dead-%d", seq)))
	}
	if _, err := w.JS.PublishMsg(ctx, m, opts...); err != nil {
		return err
	}
	if req.ID != "" {
		res, err := json.Marshal(Result{ID: req.ID, Batch: req.Batch, Error: reason, Matches: []aka.Match{}, Alerts: []string{}})
		if err != nil {
			return err
		}
		if _, err := w.JS.Publish(ctx, w.Config.ResultSubject(req.ResultBatch()), res, jetstream.WithMsgID(req.ID)); err != nil {
			return err
		}
	}
	return nil
}

// watchMaxDeliveries moves to the dead letters the requests that JetStream
// stopped delivering because they reached MaxDeliver without an
// acknowledgement (each delivery killed or stalled its worker): it listens
// for the server's advisory, in a queue group so that one worker handles
// each.
func (w *Worker) watchMaxDeliveries(ctx context.Context) (*nats.Subscription, error) {
	cfg := w.Config
	subj := fmt.Sprintf("$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.%s.%s", cfg.Stream, cfg.Consumer)
	stream, err := w.JS.Stream(ctx, cfg.Stream)
	if err != nil {
		return nil, fmt.Errorf("nats: stream %s: %w", cfg.Stream, err)
	}
	return w.JS.Conn().QueueSubscribe(subj, cfg.Consumer+"-dead", func(m *nats.Msg) {
		var adv struct {
			StreamSeq  uint64 `json:"stream_seq"`
			Deliveries uint64 `json:"deliveries"`
		}
		if err := json.Unmarshal(m.Data, &adv); err != nil || adv.StreamSeq == 0 {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		raw, err := stream.GetMsg(ctx, adv.StreamSeq)
		if err != nil {
			return // acknowledged meanwhile, or already moved
		}
		var req Request
		json.Unmarshal(raw.Data, &req)
		reason := fmt.Sprintf("delivered %d times without being acknowledged", adv.Deliveries)
		if err := w.publishDead(ctx, &req, raw.Data, reason, adv.Deliveries, adv.StreamSeq); err != nil {
			w.logger().Warn("dead letter not published", "worker", w.Name, "stream_seq", adv.StreamSeq, "err", err)
			return
		}
		w.stats.Dead.Add(1)
		stream.DeleteMsg(ctx, adv.StreamSeq)
	})
}
