// Package natsq is the NATS JetStream intake of aka (DESIGN.md, "Scale"):
// screening requests come in on a work-queue stream, every worker holds the
// whole index and takes them from one durable pull consumer that they all
// share, and each result goes out on a results stream once it is committed
// to the store.
//
// Delivery is at least once: a request is acknowledged only after its
// result is committed, so a worker that dies holding requests leaves them
// to be redelivered (after AckWait) to another. The store records each
// request once by its id (aka.RequestStore), and results are published
// with the request id as their JetStream message id, so a redelivered
// request opens no second alert and adds no second result. A request that
// can never succeed (not JSON, no id, no name, or delivered MaxDeliver
// times) goes to the dead-letter subject with the reason, and the stream
// moves on.
//
// Subjects, with the default prefix "aka.screen":
//
//	aka.screen.requests          requests, stream AKA_SCREEN (work queue)
//	aka.screen.results.<batch>   results, stream AKA_SCREEN_RESULTS (kept ResultsMaxAge)
//	aka.screen.dead              dead letters, stream AKA_SCREEN_DEAD
package natsq

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/akascreen/aka"
	"github.com/nats-io/nats.go/jetstream"
)

// Defaults for Config.
const (
	DefaultStream          = "AKA_SCREEN"
	DefaultPrefix          = "aka.screen"
	DefaultConsumer        = "aka-workers"
	DefaultAckWait         = 30 * time.Second
	DefaultMaxDeliver      = 10
	DefaultResultsMaxAge   = 24 * time.Hour
	DefaultDuplicateWindow = 10 * time.Minute
)

// Config names the streams, subjects and consumer and sets how requests are
// redelivered. Zero fields take the defaults; every worker and submitter of
// one deployment must use the same names.
type Config struct {
	// Stream names the requests stream; the results and dead-letter
	// streams are named after it with _RESULTS and _DEAD.
	Stream string
	// Prefix starts every subject: Prefix.requests, Prefix.results.<batch>,
	// Prefix.dead.
	Prefix string
	// Consumer is the durable pull consumer all workers share.
	Consumer string
	// AckWait is how long a delivered request may go unacknowledged
	// before it is delivered again; a worker still working on one says
	// so (InProgress) before then.
	AckWait time.Duration
	// MaxDeliver bounds the deliveries of one request: one that has
	// killed or stalled that many workers goes to the dead letters.
	MaxDeliver int
	// ResultsMaxAge is how long results stay on the results stream for
	// submitters to collect.
	ResultsMaxAge time.Duration
	// DuplicateWindow is how long the streams remember message ids: a
	// request published twice, or a result published again for a
	// redelivered request, within it is stored once.
	DuplicateWindow time.Duration
	// Replicas is the streams' replication in a JetStream cluster; 1 on
	// a single server.
	Replicas int
}

func (c Config) withDefaults() Config {
	if c.Stream == "" {
		c.Stream = DefaultStream
	}
	if c.Prefix == "" {
		c.Prefix = DefaultPrefix
	}
	if c.Consumer == "" {
		c.Consumer = DefaultConsumer
	}
	if c.AckWait <= 0 {
		c.AckWait = DefaultAckWait
	}
	if c.MaxDeliver <= 0 {
		c.MaxDeliver = DefaultMaxDeliver
	}
	if c.ResultsMaxAge <= 0 {
		c.ResultsMaxAge = DefaultResultsMaxAge
	}
	if c.DuplicateWindow <= 0 {
		c.DuplicateWindow = DefaultDuplicateWindow
	}
	c.DuplicateWindow = min(c.DuplicateWindow, c.ResultsMaxAge)
	if c.Replicas <= 0 {
		c.Replicas = 1
	}
	return c
}

// RequestSubject is the subject requests are published on.
func (c Config) RequestSubject() string { return c.withDefaults().Prefix + ".requests" }

// ResultSubject is the subject the results of a batch are published on.
func (c Config) ResultSubject(batch string) string {
	return c.withDefaults().Prefix + ".results." + Token(batch)
}

// DeadSubject is the subject dead letters are published on.
func (c Config) DeadSubject() string { return c.withDefaults().Prefix + ".dead" }

// ResultsStream is the name of the results stream.
func (c Config) ResultsStream() string { return c.withDefaults().Stream + "_RESULTS" }

// DeadStream is the name of the dead-letter stream.
func (c Config) DeadStream() string { return c.withDefaults().Stream + "_DEAD" }

// Token makes s usable as one subject token: characters other than ASCII
// letters, digits, '-' and '_' become '_', and "" becomes "_".
func Token(s string) string {
	b := []byte(s)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			b[i] = '_'
		}
	}
	if len(b) == 0 {
		return "_"
	}
	return string(b)
}

// Setup creates the three streams and the shared consumer, or updates them
// to the configuration; every worker and submitter runs it at start, so
// whichever comes first creates them. It returns the consumer.
func Setup(ctx context.Context, js jetstream.JetStream, cfg Config) (jetstream.Consumer, error) {
	cfg = cfg.withDefaults()
	streams := []jetstream.StreamConfig{{
		Name:        cfg.Stream,
		Description: "aka screening requests",
		Subjects:    []string{cfg.RequestSubject()},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  cfg.DuplicateWindow,
		Replicas:    cfg.Replicas,
	}, {
		Name:        cfg.ResultsStream(),
		Description: "aka screening results",
		Subjects:    []string{cfg.Prefix + ".results.>"},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		MaxAge:      cfg.ResultsMaxAge,
		Duplicates:  cfg.DuplicateWindow,
		Replicas:    cfg.Replicas,
	}, {
		Name:        cfg.DeadStream(),
		Description: "aka screening requests that could not be screened, with the reason",
		Subjects:    []string{cfg.DeadSubject()},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		Replicas:    cfg.Replicas,
	}}
	for _, sc := range streams {
		if _, err := js.CreateOrUpdateStream(ctx, sc); err != nil {
			return nil, fmt.Errorf("nats: stream %s: %w", sc.Name, err)
		}
	}
	cons, err := js.CreateOrUpdateConsumer(ctx, cfg.Stream, jetstream.ConsumerConfig{
		Durable:       cfg.Consumer,
		Description:   "aka workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       cfg.AckWait,
		MaxDeliver:    cfg.MaxDeliver,
		MaxAckPending: 20000,
		FilterSubject: cfg.RequestSubject(),
	})
	if err != nil {
		return nil, fmt.Errorf("nats: consumer %s: %w", cfg.Consumer, err)
	}
	return cons, nil
}

// Request is a screening request as published on the requests subject.
type Request struct {
	// ID identifies the request: the same request published or delivered
	// again is screened and recorded once. Required.
	ID string `json:"id"`
	// Batch is where the result goes: Prefix.results.<Batch>; the
	// request's id when empty.
	Batch   string      `json:"batch,omitempty"`
	Subject aka.Subject `json:"subject"`
	// MinListVersion, when set, asks for lists at least this recent: a
	// worker whose lists are older leaves the request to another.
	MinListVersion MinVersion `json:"min_list_version,omitzero"`
}

// ResultBatch is the batch token a request's result is published under.
func (r *Request) ResultBatch() string {
	if r.Batch != "" {
		return r.Batch
	}
	return r.ID
}

// MinVersion is the least list version a request accepts, by list source.
// In JSON it is either one version for every list, "2026-01-28" (kept under
// the key ""), or an object by source, {"un": "2026-01-28"}. Versions are
// compared as the YYYY-MM-DD strings lists give.
type MinVersion map[string]string

// UnmarshalJSON reads a version string or an object by source.
func (m *MinVersion) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*m = MinVersion{"": s}
		if s == "" {
			*m = nil
		}
		return nil
	}
	var v map[string]string
	if err := json.Unmarshal(b, &v); err != nil {
		return errors.New("min_list_version: want a version or an object of versions by list")
	}
	*m = v
	return nil
}

// MarshalJSON writes one version for every list as a string.
func (m MinVersion) MarshalJSON() ([]byte, error) {
	if v, ok := m[""]; ok && len(m) == 1 {
		return json.Marshal(v)
	}
	return json.Marshal(map[string]string(m))
}

// Satisfied reports whether lists of the given versions, by source, are
// recent enough, and if not, names the first that is not.
func (m MinVersion) Satisfied(have map[string]string) (bool, string) {
	for src, want := range m {
		if src == "" {
			for s, v := range have {
				if v < want {
					return false, fmt.Sprintf("list %s is version %s, older than %s", s, v, want)
				}
			}
			continue
		}
		v, ok := have[src]
		if !ok {
			return false, fmt.Sprintf("list %s is not loaded, version %s wanted", src, want)
		}
		if v < want {
			return false, fmt.Sprintf("list %s is version %s, older than %s", src, v, want)
		}
	}
	return true, ""
}

// Result is the result of one request, published on Prefix.results.<batch>.
type Result struct {
	ID     string `json:"id"`
	Batch  string `json:"batch,omitempty"`
	Origin string `json:"origin,omitempty"` // the subject's position in its input, as submitted
	// SubjectID is the subject's identity in the store (aka.SubjectID).
	SubjectID    string            `json:"subject_id,omitempty"`
	Matches      []aka.Match       `json:"matches"`
	Problems     []string          `json:"problems,omitempty"`
	ListVersions map[string]string `json:"list_versions"`
	// Alerts are the ids of the unresolved alerts for the matches at or
	// above the review threshold, new or already open.
	Alerts []string `json:"alerts"`
	// Error is set, and nothing else but the id and batch, when the
	// request went to the dead letters instead: the reason.
	Error string `json:"error,omitempty"`
}

// DeadLetter is what the dead-letter subject carries for a request that
// could not be screened.
type DeadLetter struct {
	Reason string `json:"reason"`
	// RequestID is the request's id when it could be read.
	RequestID  string `json:"request_id,omitempty"`
	Deliveries uint64 `json:"deliveries"`
	StreamSeq  uint64 `json:"stream_seq"`
	// Data is the request as it was published.
	Data string `json:"data"`
}

// Headers set on dead letters, so that they can be told apart without
// reading the body.
const (
	HeaderReason    = "Aka-Reason"
	HeaderRequestID = "Aka-Request-Id"
)

func trim(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "..."
}
