package main

// "aka serve --nats URL": POST /v1/queue publishes screening requests for
// the workers on NATS JetStream, the way aka submit does. httpapi knows the
// queue only as an httpapi.Enqueuer; natsEnqueuer is that, over natsq.

import (
	"context"
	"errors"
	"log/slog"
	"sync/atomic"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/httpapi"
	"github.com/akascreen/aka/natsq"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// natsEnqueuer publishes the requests of POST /v1/queue with natsq.Publish,
// in the format and under the ids aka submit uses.
type natsEnqueuer struct {
	nc    *nats.Conn
	js    jetstream.JetStream
	cfg   natsq.Config
	ready atomic.Bool // the requests stream is known to exist
}

var _ httpapi.Enqueuer = (*natsEnqueuer)(nil)

// enqueuer connects to the NATS server the flags name. It does not wait for
// the server: while it cannot be reached, POST /v1/queue answers 503.
func (f *natsFlags) enqueuer(log *slog.Logger) (*natsEnqueuer, error) {
	nc, js, err := f.connect("aka serve", log)
	if err != nil {
		return nil, err
	}
	return &natsEnqueuer{nc: nc, js: js, cfg: f.config()}, nil
}

// Enqueue implements httpapi.Enqueuer.
func (q *natsEnqueuer) Enqueue(ctx context.Context, reqs []httpapi.QueuedRequest) error {
	if err := q.setup(ctx); err != nil {
		return unavailable(err)
	}
	out := make([]natsq.Request, len(reqs))
	for i, r := range reqs {
		out[i] = natsq.Request{ID: r.ID, Batch: r.Batch, Subject: r.Subject, MinListVersion: natsq.MinVersion(r.MinListVersion)}
	}
	if err := natsq.Publish(ctx, q.js, q.cfg, out); err != nil {
		return unavailable(err)
	}
	return nil
}

// setup creates the streams and the workers' consumer when the requests
// stream does not exist yet. An existing consumer is left as the workers
// set it (their --ack-wait and --max-deliver).
func (q *natsEnqueuer) setup(ctx context.Context) error {
	if q.ready.Load() {
		return nil
	}
	_, err := q.js.Stream(ctx, q.cfg.Stream)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		_, err = natsq.Setup(ctx, q.js, q.cfg)
	}
	if err != nil {
		return err
	}
	q.ready.Store(true)
	return nil
}

// ResultSubject implements httpapi.Enqueuer.
func (q *natsEnqueuer) ResultSubject(batch string) string { return q.cfg.ResultSubject(batch) }

// Close closes the connection to NATS.
func (q *natsEnqueuer) Close() { q.nc.Close() }

func unavailable(err error) error {
	return &aka.Error{Code: aka.EUNAVAILABLE, Message: "the queue is unavailable", Err: err}
}
