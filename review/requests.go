package review

import (
	"context"

	"github.com/akascreen/aka"
)

// Request is a screening taken from a queue, under the id its client gave
// the request.
type Request struct {
	ID string
	Screening
}

// RecordRequests records screenings taken from a queue in one transaction,
// each as Record would and under its request id. A request recorded before
// (delivered again after a worker died, or after a lost acknowledgement) is
// not recorded again: its first result comes back, with Existing set, so
// that it opens no second alert and gets no second result. EINVALID, and
// nothing recorded, when a request has no id or its subject no name. Any
// role may record.
func (s *Service) RecordRequests(ctx context.Context, actor Actor, reqs []Request) ([]*aka.RequestResult, error) {
	if err := actor.require(aka.Viewer, "screening"); err != nil {
		return nil, err
	}
	for _, r := range reqs {
		if r.ID == "" {
			return nil, aka.Errorf(aka.EINVALID, "request has no id")
		}
		if r.Subject.Name == "" {
			return nil, aka.Errorf(aka.EINVALID, "request %s: subject has no name", r.ID)
		}
	}
	threshold, err := s.Threshold(ctx)
	if err != nil {
		return nil, err
	}
	now := s.now()
	recs := make([]*aka.RequestRecord, len(reqs))
	for i, r := range reqs {
		subj, alerts, _, err := s.prepare(ctx, r.Screening, threshold, now)
		if err != nil {
			return nil, err
		}
		versions := r.ListVersions
		if versions == nil {
			versions = map[string]string{}
		}
		recs[i] = &aka.RequestRecord{RequestID: r.ID, Subject: subj, Alerts: alerts, ListVersions: versions}
	}
	return s.Store.RecordRequests(ctx, recs)
}
