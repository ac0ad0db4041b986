package main

// "aka worker" screens requests from NATS JetStream into PostgreSQL.
// Registered in main.go's switch as:
//
//	case "worker":
//		cmd = &workerCommand{stdout: stdout, stderr: stderr}

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/index"
	"github.com/akascreen/aka/natsq"
	"github.com/akascreen/aka/postgres"
	"github.com/akascreen/aka/review"
	"github.com/akascreen/aka/screening"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// workerCommand runs "aka worker": it takes screening requests from a NATS
// JetStream work queue, screens them against the loaded lists, records
// subjects, alerts and results in PostgreSQL and publishes each result.
// Any number of workers on any number of machines share one stream and one
// database.
type workerCommand struct {
	stdout, stderr io.Writer
}

// natsFlags are the flags naming the NATS server and the streams, shared by
// worker and submit.
type natsFlags struct {
	url, stream, prefix, consumer string
	replicas                      int
}

func (f *natsFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.url, "nats", "", "NATS server `URL` (nats://host:4222; several separated by commas)")
	fs.StringVar(&f.stream, "stream", natsq.DefaultStream, "requests stream `NAME` (results and dead letters in NAME_RESULTS, NAME_DEAD)")
	fs.StringVar(&f.prefix, "subject-prefix", natsq.DefaultPrefix, "`PREFIX` of the subjects: PREFIX.requests, PREFIX.results.BATCH, PREFIX.dead")
	fs.StringVar(&f.consumer, "consumer", natsq.DefaultConsumer, "`NAME` of the durable consumer the workers share")
	fs.IntVar(&f.replicas, "replicas", 1, "replicate the streams on `N` servers of a JetStream cluster")
}

// config is the natsq configuration the flags give.
func (f *natsFlags) config() natsq.Config {
	return natsq.Config{Stream: f.stream, Prefix: f.prefix, Consumer: f.consumer, Replicas: f.replicas}
}

// connect connects to NATS, reconnecting for as long as it takes whenever
// the connection drops.
func (f *natsFlags) connect(name string, log *slog.Logger) (*nats.Conn, jetstream.JetStream, error) {
	if f.url == "" {
		return nil, nil, &usageError{"want --nats URL"}
	}
	nc, err := nats.Connect(f.url, nats.Name(name),
		nats.MaxReconnects(-1), nats.ReconnectWait(250*time.Millisecond), nats.RetryOnFailedConnect(true),
		nats.ReconnectBufSize(64<<20),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				log.Warn("nats: disconnected", "err", err)
			}
		}),
		nats.ReconnectHandler(func(nc *nats.Conn) { log.Info("nats: reconnected", "server", nc.ConnectedUrlRedacted()) }),
	)
	if err != nil {
		return nil, nil, fmt.Errorf("nats %s: %w", f.url, err)
	}
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncMaxPending(4096))
	if err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("nats: %w", err)
	}
	return nc, js, nil
}

func (c *workerCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	var files stringList
	fs.Var(&files, "lists", "list `FILE` to load (repeatable; default: the embedded UN list)")
	pgURL := fs.String("postgres", "", "PostgreSQL connection `URL` for subjects, alerts and results")
	var nf natsFlags
	nf.register(fs)
	threshold := fs.Float64("threshold", compare.DefaultThreshold, "report matches scoring at least `T`; alerts open at the stored threshold, this one until one is set")
	batch := fs.Int("batch", natsq.DefaultBatch, "record up to `N` requests in one transaction")
	concurrency := fs.Int("concurrency", natsq.DefaultConcurrency, "keep `N` batches in flight")
	ackWait := fs.Duration("ack-wait", natsq.DefaultAckWait, "redeliver a request not acknowledged within `D` (set on the shared consumer)")
	maxDeliver := fs.Int("max-deliver", natsq.DefaultMaxDeliver, "dead-letter a request after `N` deliveries (set on the shared consumer)")
	holdFor := fs.Duration("hold", natsq.DefaultHoldFor, "while PostgreSQL fails, keep retrying a batch for `D` before giving it back")
	name := fs.String("name", "", "this worker's `NAME` in logs (default: host name and process id)")
	if err := parseInterspersed(fs, args); err != nil {
		return &usageError{err.Error()}
	}
	if fs.NArg() != 0 {
		return &usageError{"worker: unexpected arguments"}
	}
	if *pgURL == "" || nf.url == "" {
		return &usageError{"worker: want --postgres URL and --nats URL"}
	}
	if *threshold < 0 || *threshold > 1 {
		return &usageError{"worker: --threshold must be in [0, 1]"}
	}
	if *name == "" {
		host, _ := os.Hostname()
		*name = fmt.Sprintf("%s-%d", host, os.Getpid())
	}
	log := slog.New(slog.NewTextHandler(c.stderr, nil))

	loaded, err := loadLists(files)
	if err != nil {
		return err
	}
	entities := allEntities(loaded)
	s := screening.New(index.Build(entities))
	s.Threshold = *threshold
	byID := make(map[string]*aka.Entity, len(entities))
	for _, e := range entities {
		byID[e.ID] = e
	}

	store, err := openPostgres(ctx, *pgURL, log)
	if err != nil {
		return err
	}
	defer store.Close()
	svc := review.New(store)
	svc.DefaultThreshold = *threshold

	nc, js, err := nf.connect("aka worker "+*name, log)
	if err != nil {
		return err
	}
	defer nc.Close()

	cfg := nf.config()
	cfg.AckWait, cfg.MaxDeliver = *ackWait, *maxDeliver
	w := &natsq.Worker{
		JS:       js,
		Config:   cfg,
		Screener: s, Review: svc, Entities: byID, ListVersions: listVersions(loaded),
		Name: *name, Logger: log, Batch: *batch, Concurrency: *concurrency, HoldFor: *holdFor,
	}
	fmt.Fprintf(c.stderr, "aka: worker %s screening %d entities from %s\n", *name, len(entities), w.Config.RequestSubject())
	err = w.Run(ctx)
	// Acknowledgements are sent asynchronously: send them before leaving.
	if ferr := nc.FlushTimeout(5 * time.Second); err == nil && ferr != nil && !nc.IsClosed() {
		log.Warn("nats: flush", "err", ferr)
	}
	st := w.Stats()
	fmt.Fprintf(c.stderr, "aka: worker %s stopped: %d screened (%d redelivered), %d dead letters, %d given back\n",
		*name, st.Screened.Load(), st.Existing.Load(), st.Dead.Load(), st.GivenBack.Load())
	return err
}

// openPostgres opens the store, waiting with backoff while PostgreSQL cannot
// be reached: workers started with the database, or restarted while it is
// down, wait for it instead of failing.
func openPostgres(ctx context.Context, url string, log *slog.Logger) (*postgres.DB, error) {
	delay := 250 * time.Millisecond
	for {
		db, err := postgres.Open(ctx, url)
		if err == nil {
			return db, nil
		}
		if aka.ErrorCode(err) == aka.EINVALID {
			return nil, err
		}
		log.Warn("postgres unavailable; retrying", "retry_in", delay, "err", err)
		select {
		case <-time.After(delay):
		case <-ctx.Done():
			return nil, err
		}
		delay = min(2*delay, 10*time.Second)
	}
}
