package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/review"
)

func request(id string, sc review.Screening) review.Request {
	sc.ListVersions = map[string]string{"un": "2026-01-28"}
	return review.Request{ID: id, Screening: sc}
}

// testRequestsIdempotent records queued requests, some twice: a request id
// gets one result, the same whenever it is recorded again, and no second
// alert.
func testRequestsIdempotent(t *testing.T, b Backend) {
	ctx := context.Background()
	s, _ := newService(t, b)
	e := entity("un:QDi.1", "un", "Abu Example")
	listed := aka.Subject{ID: "p1", Name: "Abu Example"}
	clean := aka.Subject{Name: "Jane Roe", BirthDate: "1980"}

	res, err := s.RecordRequests(ctx, viewer, []review.Request{
		request("r1", screening(listed, 0.9, e)),
		request("r2", screening(clean, 0.9)),
		request("r1", screening(listed, 0.9, e)),
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 3 || res[0].Existing || res[1].Existing || !res[2].Existing {
		t.Fatalf("results %+v, want r1 and r2 new, the second r1 existing", res)
	}
	if len(res[0].AlertIDs) != 1 || len(res[1].AlertIDs) != 0 || fmt.Sprint(res[2].AlertIDs) != fmt.Sprint(res[0].AlertIDs) {
		t.Errorf("alerts %v, %v, %v; want one for r1, the same again, none for r2", res[0].AlertIDs, res[1].AlertIDs, res[2].AlertIDs)
	}
	if res[0].SubjectID != "p1" || res[1].SubjectID != aka.SubjectID(clean) || res[0].ListVersions["un"] != "2026-01-28" {
		t.Errorf("results %+v, %+v: wrong subject or list versions", res[0], res[1])
	}

	// Delivered again, with another request for the same subject.
	again, err := s.RecordRequests(ctx, viewer, []review.Request{
		request("r3", screening(listed, 0.95, e)),
		request("r1", screening(listed, 0.95, e)),
	})
	if err != nil {
		t.Fatal(err)
	}
	if again[0].Existing || !again[1].Existing {
		t.Errorf("r3 existing %v, r1 existing %v; want false, true", again[0].Existing, again[1].Existing)
	}
	if fmt.Sprint(again[1].AlertIDs) != fmt.Sprint(res[0].AlertIDs) || fmt.Sprint(again[0].AlertIDs) != fmt.Sprint(res[0].AlertIDs) {
		t.Errorf("alerts r3 %v, r1 %v; want the open alert %v for both", again[0].AlertIDs, again[1].AlertIDs, res[0].AlertIDs)
	}
	as, err := s.Store.Alerts(ctx, aka.AlertFilter{SubjectID: "p1"})
	if err != nil || len(as) != 1 {
		t.Errorf("alerts of p1: %d, %v; want 1", len(as), err)
	}
	got, err := s.Store.RequestResult(ctx, "r1")
	if err != nil || got.SubjectID != "p1" || fmt.Sprint(got.AlertIDs) != fmt.Sprint(res[0].AlertIDs) || !got.CreatedAt.Equal(res[0].CreatedAt) {
		t.Errorf("RequestResult(r1) = %+v, %v; want %+v", got, err, res[0])
	}
	if _, err := s.Store.RequestResult(ctx, "nope"); aka.ErrorCode(err) != aka.ENOTFOUND {
		t.Errorf("RequestResult(nope): %v, want ENOTFOUND", err)
	}
	_, err = s.RecordRequests(ctx, viewer, []review.Request{request("", screening(clean, 0.9))})
	wantCode(t, "request with no id", err, aka.EINVALID)
	_, err = s.Store.RecordRequests(ctx, []*aka.RequestRecord{{RequestID: "r9"}})
	wantCode(t, "request with no subject", err, aka.EINVALID)
}

// testRequestsConcurrent has workers record overlapping batches of the same
// requests at once, in different orders, as workers do when a request is
// redelivered while the first worker still holds it: none fails, each
// request has one result and each subject one alert.
func testRequestsConcurrent(t *testing.T, b Backend) {
	ctx := context.Background()
	s, _ := newService(t, b)
	e := entity("un:QDi.1", "un", "Abu Example")
	const workers, n = 6, 60
	var all []review.Request
	for i := range n {
		all = append(all, request(fmt.Sprintf("q%d", i), screening(aka.Subject{ID: fmt.Sprintf("s%d", i%20), Name: "Abu Example"}, 0.9, e)))
	}
	results := make([][]*aka.RequestResult, workers)
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Go(func() {
			batch := append([]review.Request(nil), all...)
			rand.Shuffle(len(batch), func(i, j int) { batch[i], batch[j] = batch[j], batch[i] })
			res, err := s.RecordRequests(ctx, viewer, batch)
			if err != nil {
				errs <- fmt.Errorf("worker %d: %w", w, err)
				return
			}
			results[w] = res
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	alertOf := map[string]string{}
	for _, rs := range results {
		for _, r := range rs {
			if len(r.AlertIDs) != 1 {
				t.Fatalf("request %s: alerts %v, want one", r.RequestID, r.AlertIDs)
			}
			if prev, ok := alertOf[r.RequestID]; ok && prev != r.AlertIDs[0] {
				t.Errorf("request %s: alerts %s and %s", r.RequestID, prev, r.AlertIDs[0])
			}
			alertOf[r.RequestID] = r.AlertIDs[0]
		}
	}
	as, err := s.Store.Alerts(ctx, aka.AlertFilter{Limit: 1000})
	if err != nil || len(as) != 20 {
		t.Errorf("%d alerts (%v), want 20: one per subject", len(as), err)
	}
}
