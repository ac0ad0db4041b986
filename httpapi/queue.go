package httpapi

// Queueing over HTTP (issue 8: "the HTTP API can enqueue too"). POST
// /v1/queue hands subjects to the screening workers instead of screening
// them in the request: it publishes one request per subject, as aka submit
// does, and answers 202 with the request ids and the subject their results
// are published on. With a store, GET /v1/queue/{batch} reads the results
// the workers have recorded so far. The server knows the queue only through
// an Enqueuer, which cmd/aka backs with NATS JetStream (package natsq):
// adapters do not import each other.

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/akascreen/aka"
)

// DefaultEnqueueTimeout bounds how long POST /v1/queue waits for the queue
// to take a batch before it answers 503.
const DefaultEnqueueTimeout = 15 * time.Second

// Enqueuer publishes screening requests for the workers.
type Enqueuer interface {
	// Enqueue publishes the requests, each under its id: publishing a
	// request again (a client retrying a batch) queues it once. It
	// returns when the queue has stored every request, or an error;
	// EUNAVAILABLE when the queue cannot be reached.
	Enqueue(ctx context.Context, reqs []QueuedRequest) error
	// ResultSubject names the subject the batch's results are published
	// on.
	ResultSubject(batch string) string
}

// QueuedRequest is one screening request handed to an Enqueuer: the same
// fields as the requests aka submit publishes.
type QueuedRequest struct {
	// ID is "<batch>:<n>", n counting the batch's subjects from 1.
	ID             string
	Batch          string
	Subject        aka.Subject
	MinListVersion MinListVersion
}

// MinListVersion is the least list version a request accepts, by list
// source; one version for every list is kept under the key "". In JSON it
// is a version, "2026-01-28", or an object by source, {"un": "2026-01-28"},
// as the queue's requests carry it.
type MinListVersion map[string]string

// UnmarshalJSON reads a version or an object of versions by source.
func (m *MinListVersion) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*m = nil
		if s != "" {
			*m = MinListVersion{"": s}
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
func (m MinListVersion) MarshalJSON() ([]byte, error) {
	if v, ok := m[""]; ok && len(m) == 1 {
		return json.Marshal(v)
	}
	return json.Marshal(map[string]string(m))
}

// Schema describes the two forms in the OpenAPI document.
func (MinListVersion) Schema(huma.Registry) *huma.Schema {
	version := &huma.Schema{Type: huma.TypeString, MaxLength: ptr(100), Examples: []any{"2026-01-28"}}
	return &huma.Schema{
		Description: "Only screen against lists at least this recent (YYYY-MM-DD, compared as text): " +
			"one version for every list, or an object of versions by list source. A worker with older " +
			"lists leaves the request to another.",
		OneOf: []*huma.Schema{
			version,
			{Type: huma.TypeObject, AdditionalProperties: version, MaxProperties: ptr(50)},
		},
	}
}

func ptr(n int) *int { return &n }

// QueueRequest is the body of POST /v1/queue.
type QueueRequest struct {
	Subjects       []aka.Subject  `json:"subjects" minItems:"1" maxItems:"1000" doc:"The people or organizations to screen, 1 to 1,000. Each needs a name."`
	Batch          string         `json:"batch,omitempty" minLength:"1" maxLength:"100" pattern:"^[A-Za-z0-9_-]+$" doc:"The batch the requests belong to: their ids are <batch>:1, <batch>:2... Posting the same batch again queues nothing twice and returns the results recorded the first time. Default: a new random batch."`
	MinListVersion MinListVersion `json:"min_list_version,omitempty"`
}

// QueueResponse is the answer of POST /v1/queue.
type QueueResponse struct {
	Batch          string   `json:"batch" doc:"The batch the requests were queued under."`
	RequestIDs     []string `json:"request_ids" doc:"The requests' ids, one per subject in request order."`
	ResultsSubject string   `json:"results_subject" doc:"The NATS subject the workers publish the batch's results on."`
}

// QueueStatus is the answer of GET /v1/queue/{batch}.
type QueueStatus struct {
	Batch      string               `json:"batch"`
	Done       int                  `json:"done" doc:"How many of the batch's requests have a recorded result."`
	Pending    int                  `json:"pending" doc:"How many have none yet."`
	Results    []*aka.RequestResult `json:"results" doc:"The recorded results, in request order: ids and alert ids, never the subject's data."`
	PendingIDs []string             `json:"pending_ids" doc:"The ids of the requests without a result yet."`
}

type queueInput struct {
	Body QueueRequest
}

type queueOutput struct {
	Status int
	Body   QueueResponse
}

type queueStatusInput struct {
	Batch string `path:"batch" maxLength:"100" pattern:"^[A-Za-z0-9_-]+$" doc:"The batch, as POST /v1/queue returned it."`
	Count int    `query:"count" required:"true" minimum:"1" maximum:"1000" doc:"How many requests the batch has: as many as the request ids POST /v1/queue returned."`
}

type queueStatusOutput struct {
	Body QueueStatus
}

// errNoQueue is the answer of POST /v1/queue when the server has no queue.
var errNoQueue = aka.Errorf(aka.EUNAVAILABLE, "queueing needs --nats: this server was started without a queue; use POST /v1/screen")

// registerQueue serves POST /v1/queue, which answers 503 without an
// Enqueuer, and with a store GET /v1/queue/{batch}.
func (s *Server) registerQueue(api huma.API) {
	huma.Register(api, huma.Operation{
		OperationID: "enqueue", Method: http.MethodPost, Path: "/v1/queue", Tags: []string{"queue"},
		Summary: "Queue subjects for the workers",
		Description: "Publishes 1 to 1,000 subjects as screening requests for the workers (aka worker), " +
			"one request per subject with the id <batch>:<n>, and answers 202 once the queue holds them. " +
			"The results come on results_subject and, with a store, from GET /v1/queue/{batch}. " +
			"Bad JSON gets 400; a subject without a name, no subjects or more than 1,000 get 422; " +
			"a body larger than the server's limit 413; a server without a queue (no --nats) 503.",
		DefaultStatus: http.StatusAccepted,
		MaxBodyBytes:  s.MaxBodyBytes,
		Errors:        []int{http.StatusBadRequest, http.StatusRequestEntityTooLarge, http.StatusServiceUnavailable},
	}, s.enqueue)
	if s.Review == nil {
		return
	}
	huma.Register(api, huma.Operation{
		OperationID: "queue-status", Method: http.MethodGet, Path: "/v1/queue/{batch}", Tags: []string{"queue"},
		Summary: "Results of a queued batch",
		Description: "The results the workers have recorded so far for a batch of POST /v1/queue, in request " +
			"order, and how many are still pending. The workers must record into this server's store.",
	}, s.queueStatus)
}

func (s *Server) enqueue(ctx context.Context, in *queueInput) (*queueOutput, error) {
	if s.Enqueuer == nil {
		return nil, s.apiError(ctx, "enqueue", errNoQueue)
	}
	body := &in.Body
	subs := body.Subjects
	switch {
	case len(subs) == 0:
		return nil, s.apiError(ctx, "enqueue", invalid("subjects", "at least one subject required"))
	case len(subs) > MaxSubjects:
		return nil, s.apiError(ctx, "enqueue", &aka.Error{Code: aka.ETOOLARGE,
			Message: fmt.Sprintf("subjects: %d subjects, at most %d a request", len(subs), MaxSubjects)})
	}
	for i := range subs {
		if err := checkName(fmt.Sprintf("subjects[%d].name", i), subs[i].Name); err != nil {
			return nil, s.apiError(ctx, "enqueue", err)
		}
	}
	for src, v := range body.MinListVersion {
		if v == "" {
			loc := "min_list_version"
			if src != "" {
				loc += "." + src
			}
			return nil, s.apiError(ctx, "enqueue", invalid(loc, "empty version"))
		}
	}
	batch := body.Batch
	if batch == "" {
		batch = newBatchID()
	}
	reqs := make([]QueuedRequest, len(subs))
	ids := make([]string, len(subs))
	for i, sub := range subs {
		if sub.Origin == "" {
			sub.Origin = fmt.Sprintf("subjects[%d]", i) // where in the request, as aka submit gives a row
		}
		ids[i] = batch + ":" + strconv.Itoa(i+1)
		reqs[i] = QueuedRequest{ID: ids[i], Batch: batch, Subject: sub, MinListVersion: body.MinListVersion}
	}
	timeout := s.EnqueueTimeout
	if timeout <= 0 {
		timeout = DefaultEnqueueTimeout
	}
	qctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := s.Enqueuer.Enqueue(qctx, reqs); err != nil {
		if ctx.Err() == nil && (aka.ErrorCode(err) == aka.EINTERNAL || aka.ErrorCode(err) == aka.EUNAVAILABLE) {
			// Requests are queued once by id: the same batch again
			// is a safe retry.
			err = &aka.Error{Code: aka.EUNAVAILABLE, Err: err,
				Message: fmt.Sprintf("the queue did not take batch %s: post it again with the same batch", batch)}
		}
		return nil, s.apiError(ctx, "enqueue", err)
	}
	return &queueOutput{Status: http.StatusAccepted, Body: QueueResponse{
		Batch: batch, RequestIDs: ids, ResultsSubject: s.Enqueuer.ResultSubject(batch)}}, nil
}

// newBatchID returns a batch id no other batch has: "q-", the time and
// random bits, so that batches sort by when they were queued.
func newBatchID() string {
	b := make([]byte, 6)
	rand.Read(b)
	return "q-" + time.Now().UTC().Format("20060102T150405") + "-" + hex.EncodeToString(b)
}

// queueStatusWorkers bounds the store look-ups of one GET /v1/queue/{batch}.
const queueStatusWorkers = 8

func (s *Server) queueStatus(ctx context.Context, in *queueStatusInput) (*queueStatusOutput, error) {
	results := make([]*aka.RequestResult, in.Count)
	errs := make([]error, in.Count)
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(queueStatusWorkers, in.Count) {
		wg.Go(func() {
			for i := range next {
				r, err := s.Review.Store.RequestResult(ctx, in.Batch+":"+strconv.Itoa(i+1))
				if aka.ErrorCode(err) == aka.ENOTFOUND {
					continue
				}
				results[i], errs[i] = r, err
			}
		})
	}
	for i := range in.Count {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, s.apiError(ctx, "queue-status", err)
		}
	}
	out := QueueStatus{Batch: in.Batch, Results: []*aka.RequestResult{}, PendingIDs: []string{}}
	for i, r := range results {
		if r == nil {
			out.PendingIDs = append(out.PendingIDs, in.Batch+":"+strconv.Itoa(i+1))
			continue
		}
		out.Results = append(out.Results, r)
	}
	out.Done, out.Pending = len(out.Results), len(out.PendingIDs)
	return &queueStatusOutput{Body: out}, nil
}
