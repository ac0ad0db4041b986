package httpapi

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/lists"
	"github.com/akascreen/aka/postgres"
	"github.com/akascreen/aka/review"
	"github.com/akascreen/aka/sqlite"
)

// testStore is a fresh store and a way to change its tables behind its
// back, as someone with access to the database could.
type testStore struct {
	aka.Store
	tamper func(t *testing.T, seq int64) // alters audit entry seq's detail
}

// testStores returns a function opening a fresh store per backend: SQLite
// in a temporary directory and, when AKA_TEST_POSTGRES_URL is set,
// PostgreSQL in a schema of its own.
func testStores(t *testing.T) map[string]func(t *testing.T) testStore {
	const altered = `'{"altered":true}'`
	stores := map[string]func(t *testing.T) testStore{
		"sqlite": func(t *testing.T) testStore {
			path := filepath.Join(t.TempDir(), "aka.db")
			db, err := sqlite.Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			return testStore{db, func(t *testing.T, seq int64) {
				raw, err := sql.Open("sqlite", path)
				if err != nil {
					t.Fatal(err)
				}
				defer raw.Close()
				for _, q := range []string{`DROP TRIGGER audit_log_append_only_update`,
					`UPDATE audit_log SET detail = ` + altered + ` WHERE seq = ` + strconv.FormatInt(seq, 10)} {
					if _, err := raw.Exec(q); err != nil {
						t.Fatalf("%s: %v", q, err)
					}
				}
			}}
		},
	}
	url := os.Getenv("AKA_TEST_POSTGRES_URL")
	if url == "" {
		return stores
	}
	stores["postgres"] = func(t *testing.T) testStore {
		ctx := context.Background()
		b := make([]byte, 8)
		rand.Read(b)
		schema := "akatest_" + hex.EncodeToString(b)
		exec := func(t *testing.T, qs ...string) {
			conn, err := pgx.Connect(ctx, url)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close(ctx)
			for _, q := range qs {
				if _, err := conn.Exec(ctx, q); err != nil {
					t.Fatalf("%s: %v", q, err)
				}
			}
		}
		exec(t, `CREATE SCHEMA `+schema)
		t.Cleanup(func() { exec(t, `DROP SCHEMA `+schema+` CASCADE`) })
		cfg, err := pgxpool.ParseConfig(url)
		if err != nil {
			t.Fatal(err)
		}
		cfg.ConnConfig.RuntimeParams["search_path"] = schema
		db, err := postgres.OpenConfig(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return testStore{db, func(t *testing.T, seq int64) {
			exec(t, `SET search_path TO `+schema+``, `ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`,
				`UPDATE audit_log SET detail = `+altered+` WHERE seq = `+strconv.FormatInt(seq, 10))
		}}
	}
	return stores
}

// forEachStore runs fn against a fresh server with a store on each backend.
func forEachStore(t *testing.T, fn func(t *testing.T, e *reviewEnv)) {
	for name, open := range testStores(t) {
		t.Run(name, func(t *testing.T) { fn(t, newReviewEnv(t, open(t))) })
	}
}

// reviewEnv is a server with a store and one key per role.
type reviewEnv struct {
	srv   *Server
	h     http.Handler
	store testStore
	keys  map[aka.Role]string
}

func newReviewEnv(t *testing.T, st testStore) *reviewEnv {
	t.Helper()
	rv := review.New(st)
	rv.DefaultThreshold = compare.DefaultThreshold
	e := &reviewEnv{store: st, keys: map[aka.Role]string{}}
	for _, r := range []aka.Role{aka.Viewer, aka.Analyst, aka.Supervisor, aka.Admin} {
		key, _, err := rv.CreateKey(context.Background(), review.Local("test"), r, string(r))
		if err != nil {
			t.Fatal(err)
		}
		e.keys[r] = key
	}
	e.srv = New(NewCatalog([]*lists.List{testList("2026-01-01", "")}, compare.DefaultThreshold))
	e.srv.Logger = discardLogger()
	e.srv.Review = rv
	e.h = e.srv.Handler()
	return e
}

// call sends a request with key as the bearer token ("" for none) and
// decodes a JSON answer into out when it is not nil.
func (e *reviewEnv) call(t *testing.T, key, method, target, body string, out any) (int, []byte) {
	t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, r)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	if out != nil && rec.Code < 300 {
		if err := json.Unmarshal(rec.Body.Bytes(), out); err != nil {
			t.Fatalf("%s %s: %v in %s", method, target, err, rec.Body)
		}
	}
	if rec.Code >= 400 {
		if ct := rec.Header().Get("Content-Type"); ct != "application/problem+json" {
			t.Errorf("%s %s: %d with Content-Type %q, want application/problem+json", method, target, rec.Code, ct)
		}
	}
	return rec.Code, rec.Body.Bytes()
}

// want checks a status.
func want(t *testing.T, what string, got int, body []byte, status int) {
	t.Helper()
	if got != status {
		t.Fatalf("%s: %d %s, want %d", what, got, body, status)
	}
}

const listedPerson = `{"subjects":[{"id":"p-1","name":"Tharwat Salah Shihata","birth_date":"1960-06-29","nationality":"eg"}]}`

// TestReviewEndToEnd is issue 5's end-to-end test: screen a listed person,
// an alert opens; decide false positive; screen again, no new alert; change
// the entity's data, it alerts again.
func TestReviewEndToEnd(t *testing.T) {
	forEachStore(t, func(t *testing.T, e *reviewEnv) {
		analyst, viewer, supervisor := e.keys[aka.Analyst], e.keys[aka.Viewer], e.keys[aka.Supervisor]
		screen := func(what string) Recorded {
			t.Helper()
			var got ScreenResponse
			code, b := e.call(t, analyst, "POST", "/v1/screen", listedPerson, &got)
			want(t, what, code, b, 200)
			if len(got.Recorded) != 1 || len(got.Results) != 1 || len(got.Results[0].Matches) == 0 {
				t.Fatalf("%s: %s, want one recorded subject with matches", what, b)
			}
			return got.Recorded[0]
		}

		first := screen("first screening")
		if first.New != 1 || len(first.Alerts) != 1 || first.Alerts[0].EntityID != "test:1" || first.SubjectID != "p-1" {
			t.Fatalf("first screening recorded %+v, want one new alert on test:1 for p-1", first)
		}
		alertID := first.Alerts[0].ID
		if again := screen("screening again before a decision"); again.New != 0 || len(again.Alerts) != 1 || again.Alerts[0].ID != alertID {
			t.Errorf("screening again recorded %+v, want the open alert %s and no new one", again, alertID)
		}

		var list AlertsResponse
		code, b := e.call(t, viewer, "GET", "/v1/alerts?status=open", "", &list)
		want(t, "GET /v1/alerts", code, b, 200)
		if len(list.Alerts) != 1 || list.Alerts[0].ID != alertID || !strings.Contains(string(b), `{"alerts":[{"id":"`+alertID+`"`) {
			t.Fatalf("GET /v1/alerts?status=open = %s, want alert %s", b, alertID)
		}
		for target, n := range map[string]int{"/v1/alerts?source=test&min_score=0.5": 1, "/v1/alerts?source=un": 0,
			"/v1/alerts?status=false_positive": 0, "/v1/alerts?older_than=1d": 0, "/v1/alerts?status=open,needs_info&entity_id=test:1": 1} {
			var l AlertsResponse
			code, b := e.call(t, viewer, "GET", target, "", &l)
			if code != 200 || len(l.Alerts) != n {
				t.Errorf("GET %s = %d %s, want %d alerts", target, code, b, n)
			}
		}

		var detail AlertDetail
		code, b = e.call(t, viewer, "GET", "/v1/alerts/"+alertID, "", &detail)
		want(t, "GET /v1/alerts/{id}", code, b, 200)
		if detail.Subject == nil || detail.Subject.Subject.Name != "Tharwat Salah Shihata" || detail.Entity == nil || detail.Entity.ID != "test:1" ||
			detail.Match == nil || detail.Match.Explanation.Name.Listed == "" || detail.EntityChanged || len(detail.Decisions) != 0 {
			t.Fatalf("GET /v1/alerts/{id} = %s, want subject, entity, explanation and no decisions", b)
		}

		decision := `{"decision":"false_positive","reason":"born 1961, another person"}`
		code, b = e.call(t, "", "POST", "/v1/alerts/"+alertID+"/decision", decision, nil)
		want(t, "decision without a key", code, b, 401)
		code, b = e.call(t, viewer, "POST", "/v1/alerts/"+alertID+"/decision", decision, nil)
		want(t, "a viewer's decision", code, b, 403)
		code, b = e.call(t, analyst, "POST", "/v1/alerts/"+alertID+"/decision", `{"decision":"false_positive"}`, nil)
		want(t, "a decision without a reason", code, b, 422)
		code, b = e.call(t, analyst, "POST", "/v1/alerts/"+alertID+"/decision", `{"decision":"false_positive","reason":" \n"}`, nil)
		want(t, "a decision with a blank reason", code, b, 422)
		code, b = e.call(t, analyst, "POST", "/v1/alerts/"+alertID+"/decision", `{"decision":"reopen","reason":"x"}`, nil)
		want(t, "reopening through the decision route", code, b, 422)
		var d aka.Decision
		code, b = e.call(t, analyst, "POST", "/v1/alerts/"+alertID+"/decision", decision, &d)
		want(t, "an analyst's decision", code, b, 200)
		if d.Decision != aka.DecideFalsePositive || d.Seq == 0 || d.Role != aka.Analyst || d.Actor == "" {
			t.Errorf("decision = %s", b)
		}
		code, b = e.call(t, analyst, "POST", "/v1/alerts/"+alertID+"/decision", decision, nil)
		want(t, "deciding a decided alert", code, b, 409)

		if again := screen("screening after a false positive"); again.New != 0 || len(again.Alerts) != 0 || len(again.Suppressed) != 1 || again.Suppressed[0] != "test:1" {
			t.Fatalf("screening after a false positive recorded %+v, want test:1 suppressed", again)
		}
		// A new version of the list with the entity unchanged keeps the
		// decision.
		e.srv.SetCatalog(NewCatalog([]*lists.List{testList("2026-02-01", "")}, compare.DefaultThreshold))
		if again := screen("screening against a new version"); again.New != 0 || len(again.Suppressed) != 1 {
			t.Fatalf("screening against an unchanged entity in a new version recorded %+v, want test:1 still suppressed", again)
		}
		// The entity's data changes: it alerts again.
		changed := testList("2026-03-01", "")
		changed.Entities[0].Names = append(changed.Entities[0].Names, aka.Name{Full: "Abu Salah", Kind: aka.Alias, Quality: aka.Weak})
		e.srv.SetCatalog(NewCatalog([]*lists.List{changed}, compare.DefaultThreshold))
		after := screen("screening after the entity changed")
		if after.New != 1 || len(after.Alerts) != 1 || after.Alerts[0].ID == alertID {
			t.Fatalf("screening after the entity changed recorded %+v, want a new alert", after)
		}
		newID := after.Alerts[0].ID
		if code, b := e.call(t, viewer, "GET", "/v1/alerts/"+newID, "", &detail); code != 200 || detail.Alert.ListVersions["test"] != "2026-03-01" || detail.EntityChanged {
			t.Errorf("GET the new alert = %d %s, want list version 2026-03-01, entity unchanged since", code, b)
		}
		if code, b := e.call(t, viewer, "GET", "/v1/alerts/"+alertID, "", &detail); code != 200 || !detail.EntityChanged || len(detail.Decisions) != 1 {
			t.Errorf("GET the old alert = %d %s, want entity_changed and its decision", code, b)
		}

		// A supervisor reopens: not while the new alert is open, and
		// never an analyst.
		reason := `{"reason":"checked again"}`
		code, b = e.call(t, analyst, "POST", "/v1/alerts/"+alertID+"/reopen", reason, nil)
		want(t, "an analyst reopening", code, b, 403)
		code, b = e.call(t, supervisor, "POST", "/v1/alerts/"+alertID+"/reopen", reason, nil)
		want(t, "reopening beside an open alert", code, b, 409)
		code, b = e.call(t, supervisor, "POST", "/v1/alerts/"+newID+"/close", reason, nil)
		want(t, "a supervisor closing", code, b, 200)
		code, b = e.call(t, supervisor, "POST", "/v1/alerts/"+alertID+"/reopen", `{}`, nil)
		want(t, "reopening without a reason", code, b, 422)
		code, b = e.call(t, supervisor, "POST", "/v1/alerts/"+alertID+"/reopen", reason, &d)
		want(t, "a supervisor reopening", code, b, 200)
		if d.Decision != aka.DecideReopen {
			t.Errorf("reopen = %s", b)
		}
		code, b = e.call(t, viewer, "GET", "/v1/alerts/al_nosuchalert", "", nil)
		want(t, "an unknown alert", code, b, 404)

		// Every decision is in the audit log, which verifies.
		var audit AuditResponse
		code, b = e.call(t, analyst, "GET", "/v1/audit", "", nil)
		want(t, "an analyst reading the audit log", code, b, 403)
		code, b = e.call(t, supervisor, "GET", "/v1/audit?after=4", "", &audit)
		want(t, "a supervisor reading the audit log", code, b, 200)
		var actions []string
		for _, en := range audit.Entries {
			actions = append(actions, en.Action)
		}
		if got := strings.Join(actions, " "); got != "decision decision decision" {
			t.Errorf("audit actions after the keys: %q, want three decisions", got)
		}
		var v VerifyResponse
		code, b = e.call(t, supervisor, "GET", "/v1/audit/verify", "", &v)
		if code != 200 || !v.OK || v.Entries != 7 || v.Broken != nil {
			t.Errorf("GET /v1/audit/verify = %d %s, want ok with 7 entries", code, b)
		}
		// Someone alters the first decision's entry in the database.
		e.store.tamper(t, 5)
		v = VerifyResponse{}
		code, b = e.call(t, supervisor, "GET", "/v1/audit/verify", "", &v)
		if code != 200 || v.OK || v.Entries != 4 || v.Broken == nil || v.Broken.Seq != 5 {
			t.Errorf("GET /v1/audit/verify after tampering = %d %s, want entry 5 named", code, b)
		}
	})
}

// TestReviewAuth checks keys and roles on every kind of route.
func TestReviewAuth(t *testing.T) {
	forEachStore(t, func(t *testing.T, e *reviewEnv) {
		viewer, analyst, admin := e.keys[aka.Viewer], e.keys[aka.Analyst], e.keys[aka.Admin]
		for _, c := range []struct {
			what, key, method, target, body string
			status                          int
		}{
			{"no key", "", "GET", "/v1/alerts", "", 401},
			{"no key, screening", "", "POST", "/v1/screen", listedPerson, 401},
			{"no key, lists", "", "GET", "/v1/lists", "", 401},
			{"not bearer", "", "GET", "/v1/lists", "", 401},
			{"a bad key", "aka_0011223344556677_" + strings.Repeat("0", 64), "GET", "/v1/lists", "", 401},
			{"not a key", "hello", "GET", "/v1/lists", "", 401},
			{"a viewer reads lists", viewer, "GET", "/v1/lists", "", 200},
			{"a viewer searches", viewer, "GET", "/v1/search?q=Shihata", "", 200},
			{"a viewer screens", viewer, "POST", "/v1/screen", listedPerson, 403},
			{"a viewer reads the threshold", viewer, "GET", "/v1/settings/threshold", "", 200},
			{"an analyst sets the threshold", analyst, "PUT", "/v1/settings/threshold", `{"threshold":0.9}`, 403},
			{"an analyst creates a key", analyst, "POST", "/v1/keys", `{"role":"admin"}`, 403},
			{"an analyst lists keys", analyst, "GET", "/v1/keys", "", 403},
			{"an analyst revokes a key", analyst, "DELETE", "/v1/keys/0011223344556677", "", 403},
			{"a supervisor creates a key", e.keys[aka.Supervisor], "POST", "/v1/keys", `{"role":"viewer"}`, 403},
			{"an unknown role", admin, "POST", "/v1/keys", `{"role":"root"}`, 422},
			{"a threshold out of range", admin, "PUT", "/v1/settings/threshold", `{"threshold":1.5}`, 422},
			{"a zero threshold", admin, "PUT", "/v1/settings/threshold", `{"threshold":0}`, 422},
			{"a bad status", viewer, "GET", "/v1/alerts?status=maybe", "", 422},
			{"a bad age", viewer, "GET", "/v1/alerts?older_than=soon", "", 422},
			{"health needs no key", "", "GET", "/healthz", "", 200},
			{"the document needs no key", "", "GET", "/openapi.json", "", 200},
			{"a wrong method", viewer, "GET", "/v1/keys/0011223344556677", "", 405},
		} {
			req := httptest.NewRequest(c.method, c.target, strings.NewReader(c.body))
			if c.body != "" {
				req.Header.Set("Content-Type", "application/json")
			}
			switch {
			case c.what == "not bearer":
				req.Header.Set("Authorization", "Basic "+viewer)
			case c.key != "":
				req.Header.Set("Authorization", "Bearer "+c.key)
			}
			rec := httptest.NewRecorder()
			e.h.ServeHTTP(rec, req)
			if rec.Code != c.status {
				t.Errorf("%s: %s %s = %d %s, want %d", c.what, c.method, c.target, rec.Code, rec.Body, c.status)
				continue
			}
			if c.status == 401 && !strings.HasPrefix(rec.Header().Get("WWW-Authenticate"), "Bearer") {
				t.Errorf("%s: 401 without WWW-Authenticate: Bearer", c.what)
			}
			if c.status >= 400 {
				var p problem
				if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil || p.Status != c.status || p.Detail == "" {
					t.Errorf("%s: body %s is not a problem with status %d", c.what, rec.Body, c.status)
				}
			}
		}

		// An admin creates a key, which works at once and is shown only
		// then; revoked, it no longer does.
		var created CreatedKey
		code, b := e.call(t, admin, "POST", "/v1/keys", `{"role":"analyst","name":"night shift"}`, &created)
		want(t, "an admin creates a key", code, b, 201)
		if !strings.HasPrefix(created.Key, review.KeyPrefix+created.ID+"_") || created.Role != aka.Analyst || created.Name != "night shift" {
			t.Fatalf("created key = %s", b)
		}
		code, b = e.call(t, created.Key, "POST", "/v1/screen", listedPerson, nil)
		want(t, "screening with the new key", code, b, 200)
		var keys KeysResponse
		code, b = e.call(t, admin, "GET", "/v1/keys", "", &keys)
		want(t, "listing keys", code, b, 200)
		if len(keys.Keys) != 5 || strings.Contains(string(b), created.Key[len(created.Key)-64:]) || strings.Contains(string(b), "secret") {
			t.Errorf("GET /v1/keys = %s, want five keys without secrets", b)
		}
		code, b = e.call(t, admin, "DELETE", "/v1/keys/"+created.ID, "", nil)
		want(t, "revoking a key", code, b, 204)
		code, b = e.call(t, admin, "DELETE", "/v1/keys/"+created.ID, "", nil)
		want(t, "revoking a key twice", code, b, 409)
		code, b = e.call(t, created.Key, "GET", "/v1/lists", "", nil)
		want(t, "a revoked key", code, b, 401)

		// The threshold: an admin's change is audited and applies to the
		// next screening.
		var th Threshold
		code, b = e.call(t, admin, "PUT", "/v1/settings/threshold", `{"threshold":0.999}`, &th)
		want(t, "an admin sets the threshold", code, b, 200)
		code, b = e.call(t, viewer, "GET", "/v1/settings/threshold", "", &th)
		if code != 200 || th.Threshold != 0.999 {
			t.Errorf("GET /v1/settings/threshold = %d %s, want 0.999", code, b)
		}
		var got ScreenResponse
		code, b = e.call(t, analyst, "POST", "/v1/screen", `{"subjects":[{"name":"Tharwat Shihata"}]}`, &got)
		want(t, "screening at a high threshold", code, b, 200)
		for _, m := range got.Results[0].Matches {
			if m.Score < 0.999 {
				t.Errorf("match %s scores %v, under the threshold 0.999", m.EntityID, m.Score)
			}
		}
		es, err := e.store.AuditEntries(context.Background(), 0, 100)
		if err != nil {
			t.Fatal(err)
		}
		var actions []string
		for _, en := range es {
			actions = append(actions, en.Action)
		}
		if got := strings.Join(actions, " "); got != "key.create key.create key.create key.create key.create key.revoke threshold.set" {
			t.Errorf("audit actions: %q", got)
		}
	})
}

// TestOperationRoles checks that every /v1 operation has its role in the
// one table and that the document says a key is needed.
func TestOperationRoles(t *testing.T) {
	e := newReviewEnv(t, testStores(t)["sqlite"](t))
	var doc struct {
		Paths map[string]map[string]struct {
			OperationID string                `json:"operationId"`
			Security    []map[string][]string `json:"security"`
			Responses   map[string]any        `json:"responses"`
		} `json:"paths"`
		Components struct {
			SecuritySchemes map[string]any `json:"securitySchemes"`
		} `json:"components"`
	}
	if err := json.Unmarshal(e.srv.OpenAPI(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Components.SecuritySchemes[securityScheme] == nil {
		t.Errorf("no %s security scheme in the document", securityScheme)
	}
	seen := 0
	for path, ops := range doc.Paths {
		for method, op := range ops {
			if !needsKey(path) {
				if len(op.Security) != 0 {
					t.Errorf("%s %s needs no key but the document says it does", method, path)
				}
				continue
			}
			seen++
			if _, ok := operationRoles[op.OperationID]; !ok {
				t.Errorf("%s %s (%s) has no role in operationRoles", method, path, op.OperationID)
			}
			if len(op.Security) != 1 || op.Responses["401"] == nil || op.Responses["403"] == nil {
				t.Errorf("%s %s: the document does not say it needs a key", method, path)
			}
		}
	}
	if seen != len(operationRoles) {
		t.Errorf("%d /v1 operations, %d in operationRoles", seen, len(operationRoles))
	}
	// Without a store, there are no review routes and no keys.
	code, _, b := do(t, testServer(t).Handler(), "GET", "/v1/alerts", "", nil)
	if code != 404 {
		t.Errorf("GET /v1/alerts without a store = %d %s, want 404", code, b)
	}
}

// TestReviewLogHoldsNoPersonalData checks the log of a server with a store.
func TestReviewLogHoldsNoPersonalData(t *testing.T) {
	var buf strings.Builder
	e := newReviewEnv(t, testStores(t)["sqlite"](t))
	e.srv = New(e.srv.Catalog())
	e.srv.Review = review.New(e.store.Store)
	e.srv.Logger = slog.New(slog.NewTextHandler(&buf, nil))
	e.h = e.srv.Handler()
	var got ScreenResponse
	e.call(t, e.keys[aka.Analyst], "POST", "/v1/screen", `{"subjects":[{"id":"Secretid","name":"Tharwat Salah Shihata"}]}`, &got)
	e.call(t, e.keys[aka.Viewer], "GET", "/v1/alerts?subject_id=Secretid", "", nil)
	e.call(t, e.keys[aka.Analyst], "POST", "/v1/alerts/"+got.Recorded[0].Alerts[0].ID+"/decision", `{"decision":"needs_info","reason":"Secretreason"}`, nil)
	e.call(t, "aka_Secretkey", "GET", "/v1/alerts", "", nil)
	if log := buf.String(); strings.Contains(log, "Secret") || strings.Contains(log, "Tharwat") || !strings.Contains(log, `route="POST /v1/alerts/{id}/decision" status=200`) {
		t.Errorf("the log holds personal data or lacks the decision:\n%s", log)
	}
}
