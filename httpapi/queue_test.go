package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/lists"
	"github.com/akascreen/aka/review"
)

// fakeEnqueuer records what it is given, or fails with err.
type fakeEnqueuer struct {
	mu  sync.Mutex
	got [][]QueuedRequest
	err error
}

func (q *fakeEnqueuer) Enqueue(ctx context.Context, reqs []QueuedRequest) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.err != nil {
		return q.err
	}
	q.got = append(q.got, reqs)
	return nil
}

func (q *fakeEnqueuer) ResultSubject(batch string) string { return "test.results." + batch }

func queueServer(t *testing.T, q Enqueuer, maxBody int64) http.Handler {
	t.Helper()
	s := testServer(t)
	s.Enqueuer = q
	if maxBody > 0 {
		s.MaxBodyBytes = maxBody
	}
	return s.Handler()
}

func TestEnqueue(t *testing.T) {
	q := &fakeEnqueuer{}
	h := queueServer(t, q, 0)
	body := `{"batch":"run-7","min_list_version":"2026-01-28","subjects":[
		{"id":"c-1","name":"Tharwat Salah Shihata","birth_date":"1960-06-29"},
		{"name":"Maria Jones","origin":"line 9"}]}`
	code, hdr, b := do(t, h, "POST", "/v1/queue", "application/json", strings.NewReader(body))
	if code != http.StatusAccepted {
		t.Fatalf("POST /v1/queue = %d %s, want 202", code, b)
	}
	if ct := hdr.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type = %q, want application/json", ct)
	}
	var got QueueResponse
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	want := QueueResponse{Batch: "run-7", RequestIDs: []string{"run-7:1", "run-7:2"}, ResultsSubject: "test.results.run-7"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("answer (-want +got):\n%s", diff)
	}
	mv := MinListVersion{"": "2026-01-28"}
	wantReqs := [][]QueuedRequest{{
		{ID: "run-7:1", Batch: "run-7", MinListVersion: mv,
			Subject: aka.Subject{ID: "c-1", Name: "Tharwat Salah Shihata", BirthDate: "1960-06-29", Origin: "subjects[0]"}},
		{ID: "run-7:2", Batch: "run-7", MinListVersion: mv,
			Subject: aka.Subject{Name: "Maria Jones", Origin: "line 9"}},
	}}
	if diff := cmp.Diff(wantReqs, q.got); diff != "" {
		t.Errorf("enqueued (-want +got):\n%s", diff)
	}

	// No batch: a new one each time; versions by list.
	q.got = nil
	var batches []string
	for range 2 {
		code, _, b = do(t, h, "POST", "/v1/queue", "application/json",
			strings.NewReader(`{"subjects":[{"name":"a"}],"min_list_version":{"un":"2026-01-28"}}`))
		if code != http.StatusAccepted {
			t.Fatalf("POST /v1/queue = %d %s, want 202", code, b)
		}
		got = QueueResponse{}
		json.Unmarshal(b, &got)
		if !regexp.MustCompile(`^q-[0-9T]+-[0-9a-f]{12}$`).MatchString(got.Batch) {
			t.Errorf("default batch %q, want q-<time>-<random>", got.Batch)
		}
		if len(got.RequestIDs) != 1 || got.RequestIDs[0] != got.Batch+":1" {
			t.Errorf("request_ids %q, want [%s:1]", got.RequestIDs, got.Batch)
		}
		batches = append(batches, got.Batch)
	}
	if batches[0] == batches[1] {
		t.Errorf("two posts got the same batch %s", batches[0])
	}
	if v := q.got[0][0].MinListVersion; !cmp.Equal(v, MinListVersion{"un": "2026-01-28"}) {
		t.Errorf("min_list_version by list = %v", v)
	}
}

func TestEnqueueErrors(t *testing.T) {
	q := &fakeEnqueuer{}
	h := queueServer(t, q, 1024)
	big := `{"subjects":[{"name":"` + strings.Repeat("x", 2000) + `"}]}`
	tests := []struct {
		name   string
		body   string
		status int
		detail string
	}{
		{"bad JSON", `{"subjects":[{"name":"x"}`, 400, "unexpected end of JSON"},
		{"empty body", ``, 400, "required"},
		{"no subjects field", `{}`, 422, "subjects"},
		{"zero subjects", `{"subjects":[]}`, 422, "subjects: expected array length >= 1"},
		{"no name", `{"subjects":[{"name":"a"},{"birth_date":"1970"}]}`, 422, "subjects[1]: expected required property name"},
		{"blank name", `{"subjects":[{"name":"a"},{"name":"  "}]}`, 422, "subjects[1].name: required"},
		{"unknown field", `{"subjects":[{"name":"a"}],"priority":1}`, 422, "priority: unexpected property"},
		{"bad batch", `{"subjects":[{"name":"a"}],"batch":"a.b"}`, 422, "batch: expected string to match pattern"},
		{"empty batch", `{"subjects":[{"name":"a"}],"batch":""}`, 422, "batch: expected length >= 1"},
		{"version a number", `{"subjects":[{"name":"a"}],"min_list_version":7}`, 422, "min_list_version"},
		{"empty version", `{"subjects":[{"name":"a"}],"min_list_version":{"un":""}}`, 422, "min_list_version.un: empty version"},
		{"too large", big, 413, "larger than 1024 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest("POST", "/v1/queue", strings.NewReader(tt.body))
			req.Header.Set("Content-Type", "application/json")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			checkProblem(t, rec, tt.status, tt.detail)
		})
	}
	t.Run("too large chunked", func(t *testing.T) {
		req := httptest.NewRequest("POST", "/v1/queue", io.MultiReader(strings.NewReader(big)))
		req.ContentLength = -1
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		checkProblem(t, rec, 413, "")
	})
	t.Run("too many", func(t *testing.T) {
		h := queueServer(t, q, 0)
		body := `{"subjects":[` + strings.Repeat(`{"name":"a"},`, MaxSubjects) + `{"name":"a"}]}`
		req := httptest.NewRequest("POST", "/v1/queue", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		checkProblem(t, rec, 422, "subjects: expected array length <= 1000")
	})
	if len(q.got) != 0 {
		t.Errorf("bad requests enqueued %d batches", len(q.got))
	}

	t.Run("no queue", func(t *testing.T) {
		h := queueServer(t, nil, 0)
		req := httptest.NewRequest("POST", "/v1/queue", strings.NewReader(`{"subjects":[{"name":"a"}]}`))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		checkProblem(t, rec, 503, "queueing needs --nats")
	})
	t.Run("queue down", func(t *testing.T) {
		h := queueServer(t, &fakeEnqueuer{err: errors.New("nats: no responders")}, 0)
		req := httptest.NewRequest("POST", "/v1/queue", strings.NewReader(`{"subjects":[{"name":"a"}],"batch":"b1"}`))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		checkProblem(t, rec, 503, "the queue did not take batch b1: post it again with the same batch")
		if strings.Contains(rec.Body.String(), "no responders") {
			t.Errorf("the cause leaked into the answer: %s", rec.Body)
		}
	})
	t.Run("no status route without a store", func(t *testing.T) {
		code, _, b := do(t, queueServer(t, q, 0), "GET", "/v1/queue/b1?count=1", "", nil)
		if code != 404 {
			t.Errorf("GET /v1/queue/b1 without a store = %d %s, want 404", code, b)
		}
	})
}

// TestQueueStatus reads a batch whose first and third requests the workers
// recorded, through the store, with the analyst key the routes need.
func TestQueueStatus(t *testing.T) {
	for name, open := range testStores(t) {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			rv := review.New(st)
			rv.DefaultThreshold = compare.DefaultThreshold
			ctx := context.Background()
			keys := map[aka.Role]string{}
			for _, r := range []aka.Role{aka.Viewer, aka.Analyst} {
				key, _, err := rv.CreateKey(ctx, review.Local("test"), r, string(r))
				if err != nil {
					t.Fatal(err)
				}
				keys[r] = key
			}
			srv := New(NewCatalog([]*lists.List{testList("2026-01-01", "")}, compare.DefaultThreshold))
			srv.Logger = discardLogger()
			srv.Review = rv
			q := &fakeEnqueuer{}
			srv.Enqueuer = q
			e := &reviewEnv{srv: srv, h: srv.Handler(), store: st, keys: keys}

			var posted QueueResponse
			code, b := e.call(t, keys[aka.Analyst], "POST", "/v1/queue", `{"batch":"b1","subjects":[{"name":"A One"},{"name":"B Two"},{"name":"C Three"}]}`, &posted)
			want(t, "POST /v1/queue", code, b, 202)
			code, b = e.call(t, keys[aka.Viewer], "POST", "/v1/queue", `{"subjects":[{"name":"a"}]}`, nil)
			want(t, "POST /v1/queue as a viewer", code, b, 403)
			code, b = e.call(t, "", "GET", "/v1/queue/b1?count=3", "", nil)
			want(t, "GET /v1/queue/b1 without a key", code, b, 401)

			// What a worker does for requests 1 and 3.
			var recs []review.Request
			for _, i := range []int{0, 2} {
				r := q.got[0][i]
				recs = append(recs, review.Request{ID: r.ID, Screening: review.Screening{Subject: r.Subject, ListVersions: map[string]string{"test": "2026-01-01"}}})
			}
			if _, err := rv.RecordRequests(ctx, review.Local("worker"), recs); err != nil {
				t.Fatal(err)
			}

			var got QueueStatus
			code, b = e.call(t, keys[aka.Analyst], "GET", "/v1/queue/b1?count=3", "", &got)
			want(t, "GET /v1/queue/b1", code, b, 200)
			if got.Batch != "b1" || got.Done != 2 || got.Pending != 1 || !cmp.Equal(got.PendingIDs, []string{"b1:2"}) {
				t.Errorf("status %s, want 2 done, b1:2 pending", b)
			}
			if len(got.Results) != 2 || got.Results[0].RequestID != "b1:1" || got.Results[1].RequestID != "b1:3" ||
				got.Results[0].ListVersions["test"] != "2026-01-01" || got.Results[0].SubjectID == "" {
				t.Errorf("results %s, want b1:1 and b1:3 with their subject and list versions", b)
			}
			if strings.Contains(string(b), "A One") {
				t.Errorf("the status holds a subject's name: %s", b)
			}
			for _, c := range []struct{ target, detail string }{
				{"/v1/queue/b1", "count"},
				{"/v1/queue/b1?count=0", "expected number >= 1"},
				{"/v1/queue/b1?count=1001", "expected number <= 1000"},
				{"/v1/queue/b.1?count=1", "expected string to match pattern"},
			} {
				code, b = e.call(t, keys[aka.Analyst], "GET", c.target, "", nil)
				want(t, "GET "+c.target, code, b, 422)
				if !strings.Contains(string(b), c.detail) {
					t.Errorf("GET %s: %s, want %q", c.target, b, c.detail)
				}
			}
		})
	}
}

// TestQueueOpenAPI checks that both routes are in the document.
func TestQueueOpenAPI(t *testing.T) {
	e := newReviewEnv(t, testStores(t)["sqlite"](t))
	var doc struct {
		Paths map[string]map[string]struct {
			OperationID string         `json:"operationId"`
			Responses   map[string]any `json:"responses"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(e.srv.OpenAPI(), &doc); err != nil {
		t.Fatal(err)
	}
	if op := doc.Paths["/v1/queue"]["post"]; op.OperationID != "enqueue" || op.Responses["202"] == nil || op.Responses["503"] == nil {
		t.Errorf("POST /v1/queue in the document: %+v", op)
	}
	if op := doc.Paths["/v1/queue/{batch}"]["get"]; op.OperationID != "queue-status" {
		t.Errorf("GET /v1/queue/{batch} in the document: %+v", op)
	}
}
