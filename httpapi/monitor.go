package httpapi

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

// MonitorRequest is the body of POST /v1/subjects/{id}/monitor.
type MonitorRequest struct {
	Monitored bool `json:"monitored" doc:"Whether the subject is screened again whenever a list changes."`
}

type monitorInput struct {
	ID   string `path:"id" maxLength:"200" doc:"The subject id, as screening returned it."`
	Body MonitorRequest
}

type monitorOutput struct {
	Body MonitorRequest
}

// registerMonitor serves POST /v1/subjects/{id}/monitor when the server has
// a store.
func (s *Server) registerMonitor(api huma.API) {
	if s.Review == nil {
		return
	}
	huma.Register(api, huma.Operation{
		OperationID: "monitor", Method: http.MethodPost, Path: "/v1/subjects/{id}/monitor", Tags: []string{"review"},
		Summary: "Monitor a subject",
		Description: "Marks a screened subject monitored, or no longer: a monitored subject is screened again " +
			"against the entities each list change adds or amends, and alerts open for new matches. Audited.",
		Errors: []int{http.StatusNotFound},
	}, func(ctx context.Context, in *monitorInput) (*monitorOutput, error) {
		if err := s.Review.Monitor(ctx, actorFrom(ctx), in.ID, in.Body.Monitored); err != nil {
			return nil, s.apiError(ctx, "monitor", err)
		}
		return &monitorOutput{Body: in.Body}, nil
	})
}
