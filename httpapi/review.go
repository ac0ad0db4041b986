package httpapi

// Review over HTTP. With a store (Server.Review set), every /v1 route needs
// an API key, "Authorization: Bearer aka_...", whose role is at least the
// one operationRoles gives the route: no key or a bad one gets 401, a role
// too low 403. Screening records each subject and opens alerts, and the
// review routes below are served: alerts, decisions, keys, the threshold
// and the audit log. review enforces the roles again; this layer checks
// them first so that a refused request costs no body read and no work.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/review"
	"github.com/akascreen/aka/screening"
)

// operationRoles is the least role each /v1 operation needs when the server
// has a store: the one place where routes get their roles. A /v1 operation
// missing here needs the admin role (TestOperationRoles lists them).
//
// Screening needs the analyst role: with a store it records the subject and
// opens alerts, which is more than reading, and a viewer reads alerts
// without screening anyone.
var operationRoles = map[string]aka.Role{
	"screen":        aka.Analyst,
	"search":        aka.Viewer,
	"get-entity":    aka.Viewer,
	"lists":         aka.Viewer,
	"list-alerts":   aka.Viewer,
	"get-alert":     aka.Viewer,
	"decide-alert":  aka.Analyst,
	"monitor":       aka.Analyst,
	"enqueue":       aka.Analyst,
	"queue-status":  aka.Analyst,
	"reopen-alert":  aka.Supervisor,
	"close-alert":   aka.Supervisor,
	"get-threshold": aka.Viewer,
	"set-threshold": aka.Admin,
	"audit":         aka.Supervisor,
	"verify-audit":  aka.Supervisor,
	"list-keys":     aka.Admin,
	"create-key":    aka.Admin,
	"revoke-key":    aka.Admin,
}

// operationRole returns the least role op needs.
func operationRole(op *huma.Operation) aka.Role {
	if r, ok := operationRoles[op.OperationID]; ok {
		return r
	}
	return aka.Admin
}

// needsKey reports whether a route needs an API key when the server has a
// store: the API under /v1 does; health, readiness, metrics and the OpenAPI
// document do not.
func needsKey(path string) bool { return strings.HasPrefix(path, "/v1/") }

// securityScheme names the API key scheme in the OpenAPI document.
const securityScheme = "apiKey"

// useReview sets up keys, roles and the review routes when the server has a
// store. It is called before any route is registered, so that the
// authentication middleware and the document's security apply to all.
func (s *Server) useReview(api huma.API) {
	if s.Review == nil {
		return
	}
	oapi := api.OpenAPI()
	if oapi.Components.SecuritySchemes == nil {
		oapi.Components.SecuritySchemes = map[string]*huma.SecurityScheme{}
	}
	oapi.Components.SecuritySchemes[securityScheme] = &huma.SecurityScheme{
		Type: "http", Scheme: "bearer",
		Description: "An API key from \"aka keys create\" or POST /v1/keys, sent as Authorization: Bearer aka_...",
	}
	errSchema := oapi.Components.Schemas.Schema(reflect.TypeFor[huma.ErrorModel](), true, "ErrorModel")
	oapi.OnAddOperation = append(oapi.OnAddOperation, func(_ *huma.OpenAPI, op *huma.Operation) {
		if !needsKey(op.Path) {
			return
		}
		op.Security = []map[string][]string{{securityScheme: {}}}
		op.Description = strings.TrimSpace(op.Description + " Needs an API key with the " + string(operationRole(op)) + " role or above.")
		if op.Responses == nil {
			op.Responses = map[string]*huma.Response{}
		}
		for _, code := range []int{http.StatusUnauthorized, http.StatusForbidden} {
			op.Responses[strconv.Itoa(code)] = &huma.Response{Description: http.StatusText(code),
				Content: map[string]*huma.MediaType{"application/problem+json": {Schema: errSchema}}}
		}
	})
	api.UseMiddleware(s.authenticate)
	s.registerReview(api)
}

// actorKey is the context key of the authenticated review.Actor.
type actorKey struct{}

// actorFrom returns the actor the request authenticated as.
func actorFrom(ctx context.Context) review.Actor {
	a, _ := ctx.Value(actorKey{}).(review.Actor)
	return a
}

// authenticate is the middleware of every route when the server has a
// store: it checks the key and the role of /v1 routes and passes the actor
// on in the context.
func (s *Server) authenticate(ctx huma.Context, next func(huma.Context)) {
	op := ctx.Operation()
	if op == nil || !needsKey(op.Path) {
		next(ctx)
		return
	}
	actor, err := s.authorize(ctx.Context(), ctx.Header("Authorization"), operationRole(op))
	if err != nil {
		if aka.ErrorCode(err) == aka.EUNAUTHORIZED {
			ctx.SetHeader("WWW-Authenticate", `Bearer realm="aka"`)
		}
		s.writeError(ctx, op.OperationID, err)
		return
	}
	next(huma.WithValue(ctx, actorKey{}, actor))
}

// authorize returns the actor of the key in an Authorization header if its
// role allows want: EUNAUTHORIZED without a valid key, EFORBIDDEN for a
// role too low.
func (s *Server) authorize(ctx context.Context, header string, want aka.Role) (review.Actor, error) {
	header = strings.TrimSpace(header)
	if header == "" {
		return review.Actor{}, aka.Errorf(aka.EUNAUTHORIZED, "API key required: send Authorization: Bearer <key>")
	}
	scheme, key, ok := strings.Cut(header, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return review.Actor{}, aka.Errorf(aka.EUNAUTHORIZED, "want Authorization: Bearer <key>")
	}
	k, err := s.Review.Authenticate(ctx, strings.TrimSpace(key))
	if err != nil {
		return review.Actor{}, err
	}
	if !k.Role.Allows(want) {
		return review.Actor{}, aka.Errorf(aka.EFORBIDDEN, "this needs the %s role; the key has the %s role", want, k.Role)
	}
	return review.ActorOf(k), nil
}

// writeError writes err as a problem from a middleware, with the status the
// one table gives its code.
func (s *Server) writeError(ctx huma.Context, op string, err error) {
	apiErr := s.apiError(ctx.Context(), op, err)
	status, msg := http.StatusInternalServerError, "internal error"
	var m *huma.ErrorModel
	if errors.As(apiErr, &m) {
		status, msg = m.Status, m.Detail
	}
	huma.WriteErr(s.api, ctx, status, msg)
}

// AlertRef is an alert that screening a subject opened or found open.
type AlertRef struct {
	ID       string          `json:"id"`
	EntityID string          `json:"entity_id"`
	Score    float64         `json:"score"`
	Status   aka.AlertStatus `json:"status"`
}

// Recorded is what a server with a store kept of one screened subject.
type Recorded struct {
	SubjectID string     `json:"subject_id" doc:"The subject's identity: the client's id, or a hash of its fields."`
	Alerts    []AlertRef `json:"alerts" doc:"The unresolved alerts for this screening's matches: new ones and those already open."`
	New       int        `json:"new" doc:"How many of the alerts this screening opened."`
	// Suppressed lists entities, never the subject.
	Suppressed []string `json:"suppressed,omitempty" doc:"Entities not alerted: a false positive was decided about the same data of the subject and the entity."`
}

// screenThreshold returns the threshold to screen at: the store's when the
// server has one, so that an admin's change applies to the next request.
func (s *Server) screenThreshold(ctx context.Context, c *Catalog) (float64, error) {
	if s.Review == nil {
		return c.Screener.Threshold, nil
	}
	return s.Review.Threshold(ctx)
}

// record stores each screened subject and its alerts when the server has a
// store, with the entities as the catalog has them (so that a change to an
// entity's data releases a false positive) and the lists' versions.
func (s *Server) record(ctx context.Context, c *Catalog, subs []aka.Subject, results []screening.Result) ([]Recorded, error) {
	if s.Review == nil {
		return nil, nil
	}
	actor := actorFrom(ctx)
	out := make([]Recorded, len(subs))
	for i, r := range results {
		ents := make(map[string]*aka.Entity, len(r.Matches))
		for _, m := range r.Matches {
			if e := c.Entity(m.EntityID); e != nil {
				ents[m.EntityID] = e
			}
		}
		rec, err := s.Review.Record(ctx, actor, review.Screening{Subject: subs[i], Matches: r.Matches, Entities: ents, ListVersions: c.Versions})
		if err != nil {
			return nil, err
		}
		refs := make([]AlertRef, len(rec.Alerts))
		for j, a := range rec.Alerts {
			refs[j] = AlertRef{ID: a.ID, EntityID: a.EntityID, Score: a.Score, Status: a.Status}
		}
		out[i] = Recorded{SubjectID: rec.SubjectID, Alerts: refs, New: rec.New, Suppressed: rec.Suppressed}
	}
	return out, nil
}

// AlertsResponse is the answer of GET /v1/alerts.
type AlertsResponse struct {
	Alerts []*aka.Alert `json:"alerts" doc:"The alerts selected, oldest first. Each alert's evidence is the match with its explanation."`
}

// AlertDetail is the answer of GET /v1/alerts/{id}: what a reviewer needs
// side by side.
type AlertDetail struct {
	Alert   *aka.Alert         `json:"alert"`
	Subject *aka.StoredSubject `json:"subject" doc:"The subject as last screened (emptied once depersonalized)."`
	Entity  *aka.Entity        `json:"entity,omitempty" doc:"The entity as the loaded lists publish it now; absent when none has it."`
	// EntityChanged tells the reviewer that the list changed the entity
	// since the alert was raised.
	EntityChanged bool            `json:"entity_changed" doc:"Whether the entity's data now differs from the data the alert was raised on."`
	Match         *aka.Match      `json:"match" doc:"The match the alert was raised on, with its explanation."`
	Decisions     []*aka.Decision `json:"decisions" doc:"The decisions so far, oldest first."`
}

// DecisionRequest is the body of POST /v1/alerts/{id}/decision.
type DecisionRequest struct {
	Decision aka.DecisionKind `json:"decision" enum:"true_match,false_positive,needs_info" doc:"true_match, false_positive or needs_info."`
	Reason   string           `json:"reason" minLength:"1" maxLength:"4000" doc:"Why: required, and kept in the audit log."`
}

// ReasonRequest is the body of the supervisor's reopen and close.
type ReasonRequest struct {
	Reason string `json:"reason" minLength:"1" maxLength:"4000" doc:"Why: required, and kept in the audit log."`
}

// KeyRequest is the body of POST /v1/keys.
type KeyRequest struct {
	Role aka.Role `json:"role" enum:"viewer,analyst,supervisor,admin"`
	Name string   `json:"name,omitempty" maxLength:"200" doc:"What the key is for, as a reminder."`
}

// CreatedKey is the answer of POST /v1/keys.
type CreatedKey struct {
	Key string `json:"key" doc:"The API key, shown only this once: the server keeps only a hash of it."`
	aka.APIKey
}

// KeysResponse is the answer of GET /v1/keys.
type KeysResponse struct {
	Keys []*aka.APIKey `json:"keys" doc:"Every key, revoked ones included, oldest first. Secrets are never shown."`
}

// Threshold is the body of GET and PUT /v1/settings/threshold.
type Threshold struct {
	Threshold float64 `json:"threshold" exclusiveMinimum:"0" maximum:"1" doc:"The score at or above which a match is reported and opens an alert."`
}

// AuditResponse is the answer of GET /v1/audit.
type AuditResponse struct {
	Entries []*aka.AuditEntry `json:"entries" doc:"The entries after the one asked for, in order."`
}

// VerifyResponse is the answer of GET /v1/audit/verify.
type VerifyResponse struct {
	OK      bool         `json:"ok" doc:"Whether the hash chain is intact."`
	Entries int64        `json:"entries" doc:"The entries checked before the first broken one, or all."`
	Broken  *BrokenEntry `json:"broken,omitempty" doc:"The first broken entry, when there is one."`
}

// BrokenEntry names the first broken audit entry.
type BrokenEntry struct {
	Seq    int64  `json:"seq"`
	Reason string `json:"reason"`
}

type alertsInput struct {
	Status    []string `query:"status" enum:"open,needs_info,true_match,false_positive,closed" doc:"The statuses to list, comma-separated: by default open and needs_info."`
	Source    string   `query:"source" maxLength:"100" doc:"Only alerts about entities of this list: un, ofac, uk, au, eu..."`
	SubjectID string   `query:"subject_id" maxLength:"200" doc:"Only alerts about this subject."`
	EntityID  string   `query:"entity_id" maxLength:"200" doc:"Only alerts about this entity."`
	MinScore  float64  `query:"min_score" minimum:"0" maximum:"1" doc:"Only alerts scoring at least this."`
	OlderThan string   `query:"older_than" maxLength:"20" doc:"Only alerts at least this old: 90m, 12h, 7d, 2w."`
	Limit     int      `query:"limit" default:"100" minimum:"1" maximum:"1000" doc:"How many alerts to return."`
	Offset    int      `query:"offset" minimum:"0" doc:"How many alerts to skip."`
}

type alertInput struct {
	ID string `path:"id" maxLength:"100" doc:"The alert id." example:"al_0123456789abcdef01234567"`
}

type decisionInput struct {
	ID   string `path:"id" maxLength:"100"`
	Body DecisionRequest
}

type reasonInput struct {
	ID   string `path:"id" maxLength:"100"`
	Body ReasonRequest
}

type keyInput struct {
	ID string `path:"id" maxLength:"100" doc:"The key's id (the part after aka_)."`
}

type auditInput struct {
	After int64 `query:"after" minimum:"0" doc:"Return the entries after this sequence number."`
	Limit int   `query:"limit" default:"100" minimum:"1" maximum:"1000" doc:"How many entries to return."`
}

type alertsOutput struct{ Body AlertsResponse }
type alertOutput struct{ Body AlertDetail }
type decisionOutput struct{ Body *aka.Decision }
type createdKeyOutput struct{ Body CreatedKey }
type keysOutput struct{ Body KeysResponse }
type thresholdIO struct{ Body Threshold }
type auditOutput struct{ Body AuditResponse }
type verifyOutput struct{ Body VerifyResponse }

// registerReview registers the review routes.
func (s *Server) registerReview(api huma.API) {
	tags := []string{"review"}
	huma.Register(api, huma.Operation{
		OperationID: "list-alerts", Method: http.MethodGet, Path: "/v1/alerts", Tags: tags,
		Summary:     "List alerts",
		Description: "Lists alerts, oldest first: by default the unresolved ones (open and needs_info).",
	}, s.listAlerts)
	huma.Register(api, huma.Operation{
		OperationID: "get-alert", Method: http.MethodGet, Path: "/v1/alerts/{id}", Tags: tags,
		Summary:     "Get an alert",
		Description: "Returns an alert with the subject as screened, the entity as listed now, the match's explanation and the decisions so far.",
		Errors:      []int{http.StatusNotFound},
	}, s.getAlert)
	huma.Register(api, huma.Operation{
		OperationID: "decide-alert", Method: http.MethodPost, Path: "/v1/alerts/{id}/decision", Tags: tags,
		Summary: "Decide an alert",
		Description: "Decides an unresolved alert: true_match, false_positive or needs_info, with a required reason. " +
			"A false positive is remembered: the same subject and entity do not alert again until either's data changes. " +
			"The decision is stored with its audit entry before the answer; 409 when the alert is already resolved.",
		Errors: []int{http.StatusNotFound, http.StatusConflict, http.StatusUnprocessableEntity},
	}, s.decide)
	huma.Register(api, huma.Operation{
		OperationID: "reopen-alert", Method: http.MethodPost, Path: "/v1/alerts/{id}/reopen", Tags: tags,
		Summary:     "Reopen an alert",
		Description: "Reopens a decided alert, with a required reason; 409 when it is open or another alert is open for the same subject and entity.",
		Errors:      []int{http.StatusNotFound, http.StatusConflict, http.StatusUnprocessableEntity},
	}, s.supervise(aka.DecideReopen))
	huma.Register(api, huma.Operation{
		OperationID: "close-alert", Method: http.MethodPost, Path: "/v1/alerts/{id}/close", Tags: tags,
		Summary:     "Close an alert",
		Description: "Closes an alert without a finding, with a required reason; 409 when it is closed already.",
		Errors:      []int{http.StatusNotFound, http.StatusConflict, http.StatusUnprocessableEntity},
	}, s.supervise(aka.DecideClose))
	huma.Register(api, huma.Operation{
		OperationID: "get-threshold", Method: http.MethodGet, Path: "/v1/settings/threshold", Tags: tags,
		Summary:     "Get the threshold",
		Description: "The score at or above which screening reports a match and opens an alert.",
	}, s.getThreshold)
	huma.Register(api, huma.Operation{
		OperationID: "set-threshold", Method: http.MethodPut, Path: "/v1/settings/threshold", Tags: tags,
		Summary:     "Set the threshold",
		Description: "Sets the threshold in (0, 1] for the requests that follow; the change is audited with the old and new values.",
		Errors:      []int{http.StatusUnprocessableEntity},
	}, s.setThreshold)
	huma.Register(api, huma.Operation{
		OperationID: "audit", Method: http.MethodGet, Path: "/v1/audit", Tags: tags,
		Summary:     "Read the audit log",
		Description: "Returns audit entries in order: decisions, list loads, threshold and key changes, purges, each carrying the hash of the one before.",
	}, s.audit)
	huma.Register(api, huma.Operation{
		OperationID: "verify-audit", Method: http.MethodGet, Path: "/v1/audit/verify", Tags: tags,
		Summary:     "Verify the audit log",
		Description: "Walks the audit log's hash chain from its first entry and names the first broken entry, if any.",
	}, s.verifyAudit)
	huma.Register(api, huma.Operation{
		OperationID: "list-keys", Method: http.MethodGet, Path: "/v1/keys", Tags: []string{"keys"},
		Summary:     "List API keys",
		Description: "Lists every API key, revoked ones included, without secrets.",
	}, s.listKeys)
	huma.Register(api, huma.Operation{
		OperationID: "create-key", Method: http.MethodPost, Path: "/v1/keys", Tags: []string{"keys"},
		Summary:       "Create an API key",
		Description:   "Creates an API key with a role and returns it, once: the server keeps only a hash. Audited.",
		DefaultStatus: http.StatusCreated,
		Errors:        []int{http.StatusUnprocessableEntity},
	}, s.createKey)
	huma.Register(api, huma.Operation{
		OperationID: "revoke-key", Method: http.MethodDelete, Path: "/v1/keys/{id}", Tags: []string{"keys"},
		Summary:       "Revoke an API key",
		Description:   "Revokes an API key for good. Audited; 409 when it is revoked already.",
		DefaultStatus: http.StatusNoContent,
		Errors:        []int{http.StatusNotFound, http.StatusConflict},
	}, s.revokeKey)
}

func (s *Server) listAlerts(ctx context.Context, in *alertsInput) (*alertsOutput, error) {
	f := aka.AlertFilter{Source: in.Source, SubjectID: in.SubjectID, EntityID: in.EntityID,
		MinScore: in.MinScore, Limit: in.Limit, Offset: in.Offset}
	for _, st := range in.Status {
		f.Statuses = append(f.Statuses, aka.AlertStatus(st))
	}
	if in.OlderThan != "" {
		age, err := parseAge(in.OlderThan)
		if err != nil {
			return nil, s.apiError(ctx, "list-alerts", &aka.Error{Code: aka.EINVALID, Message: "older_than: " + err.Error(),
				Err: &huma.ErrorDetail{Location: "query.older_than", Message: err.Error()}})
		}
		f.CreatedBefore = s.Review.OlderThan(age)
	}
	alerts, err := s.Review.Alerts(ctx, actorFrom(ctx), f)
	if err != nil {
		return nil, s.apiError(ctx, "list-alerts", err)
	}
	if alerts == nil {
		alerts = []*aka.Alert{}
	}
	return &alertsOutput{Body: AlertsResponse{Alerts: alerts}}, nil
}

// parseAge reads a positive age: 90m, 12h, 7d or 2w.
func parseAge(s string) (time.Duration, error) {
	bad := fmt.Errorf("%q: want an age such as 90m, 12h, 7d or 2w", s)
	unit := map[byte]time.Duration{'d': 24 * time.Hour, 'w': 7 * 24 * time.Hour}[s[len(s)-1]]
	var d time.Duration
	if unit != 0 {
		n, err := strconv.Atoi(s[:len(s)-1])
		if err != nil || n <= 0 || n > 100*365 {
			return 0, bad
		}
		d = time.Duration(n) * unit
	} else {
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			return 0, bad
		}
	}
	if d <= 0 {
		return 0, bad
	}
	return d, nil
}

func (s *Server) getAlert(ctx context.Context, in *alertInput) (*alertOutput, error) {
	v, err := s.Review.Alert(ctx, actorFrom(ctx), in.ID)
	if err != nil {
		return nil, s.apiError(ctx, "get-alert", err)
	}
	out := AlertDetail{Alert: v.Alert, Subject: v.Subject, Decisions: v.Decisions}
	var m aka.Match
	if err := json.Unmarshal(v.Alert.Evidence, &m); err != nil {
		return nil, s.apiError(ctx, "get-alert", fmt.Errorf("alert %s: evidence: %w", v.Alert.ID, err))
	}
	out.Match = &m
	if c := s.catalog.Load(); c != nil {
		if e := c.Entity(v.Alert.EntityID); e != nil {
			out.Entity = e
			out.EntityChanged = aka.EntityFingerprint(e) != v.Alert.EntityHash
		}
	}
	return &alertOutput{Body: out}, nil
}

func (s *Server) decide(ctx context.Context, in *decisionInput) (*decisionOutput, error) {
	d, err := s.Review.Decide(ctx, actorFrom(ctx), in.ID, in.Body.Decision, in.Body.Reason)
	if err != nil {
		return nil, s.apiError(ctx, "decide-alert", err)
	}
	return &decisionOutput{Body: d}, nil
}

// supervise returns the handler of a supervisor's decision.
func (s *Server) supervise(kind aka.DecisionKind) func(context.Context, *reasonInput) (*decisionOutput, error) {
	op := string(kind) + "-alert"
	return func(ctx context.Context, in *reasonInput) (*decisionOutput, error) {
		d, err := s.Review.Decide(ctx, actorFrom(ctx), in.ID, kind, in.Body.Reason)
		if err != nil {
			return nil, s.apiError(ctx, op, err)
		}
		return &decisionOutput{Body: d}, nil
	}
}

func (s *Server) getThreshold(ctx context.Context, _ *struct{}) (*thresholdIO, error) {
	t, err := s.Review.Threshold(ctx)
	if err != nil {
		return nil, s.apiError(ctx, "get-threshold", err)
	}
	return &thresholdIO{Body: Threshold{Threshold: t}}, nil
}

func (s *Server) setThreshold(ctx context.Context, in *thresholdIO) (*thresholdIO, error) {
	if err := s.Review.SetThreshold(ctx, actorFrom(ctx), in.Body.Threshold); err != nil {
		return nil, s.apiError(ctx, "set-threshold", err)
	}
	return &thresholdIO{Body: in.Body}, nil
}

func (s *Server) audit(ctx context.Context, in *auditInput) (*auditOutput, error) {
	es, err := s.Review.Audit(ctx, actorFrom(ctx), in.After, in.Limit)
	if err != nil {
		return nil, s.apiError(ctx, "audit", err)
	}
	if es == nil {
		es = []*aka.AuditEntry{}
	}
	return &auditOutput{Body: AuditResponse{Entries: es}}, nil
}

func (s *Server) verifyAudit(ctx context.Context, _ *struct{}) (*verifyOutput, error) {
	n, err := review.Verify(ctx, s.Review.Store)
	var ce *review.ChainError
	switch {
	case errors.As(err, &ce):
		return &verifyOutput{Body: VerifyResponse{Entries: n, Broken: &BrokenEntry{Seq: ce.Seq, Reason: ce.Reason}}}, nil
	case err != nil:
		return nil, s.apiError(ctx, "verify-audit", err)
	}
	return &verifyOutput{Body: VerifyResponse{OK: true, Entries: n}}, nil
}

func (s *Server) listKeys(ctx context.Context, _ *struct{}) (*keysOutput, error) {
	ks, err := s.Review.Keys(ctx, actorFrom(ctx))
	if err != nil {
		return nil, s.apiError(ctx, "list-keys", err)
	}
	if ks == nil {
		ks = []*aka.APIKey{}
	}
	return &keysOutput{Body: KeysResponse{Keys: ks}}, nil
}

func (s *Server) createKey(ctx context.Context, in *struct{ Body KeyRequest }) (*createdKeyOutput, error) {
	key, k, err := s.Review.CreateKey(ctx, actorFrom(ctx), in.Body.Role, in.Body.Name)
	if err != nil {
		return nil, s.apiError(ctx, "create-key", err)
	}
	return &createdKeyOutput{Body: CreatedKey{Key: key, APIKey: *k}}, nil
}

func (s *Server) revokeKey(ctx context.Context, in *keyInput) (*struct{}, error) {
	if err := s.Review.RevokeKey(ctx, actorFrom(ctx), in.ID); err != nil {
		return nil, s.apiError(ctx, "revoke-key", err)
	}
	return nil, nil
}
