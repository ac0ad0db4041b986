package httpapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/lists"
)

// testList is a tiny in-memory list: fictional people and one organization.
func testList(version string, idPrefix string) *lists.List {
	person := func(id, name, born, nat string) *aka.Entity {
		d, _ := aka.ParseISODate(born)
		return &aka.Entity{ID: "test:" + id, Type: aka.Person, Source: "test", SourceID: id, ListVersion: version,
			Names:         []aka.Name{{Full: name, Kind: aka.Primary, Quality: aka.Strong}},
			BirthDates:    []aka.BirthDate{{Date: d}},
			Nationalities: []string{nat}}
	}
	return &lists.List{File: "test.csv", Format: "csv-watchlist", Source: "test", Version: version,
		Entities: []*aka.Entity{
			person(idPrefix+"1", "Tharwat Salah Shihata", "1960-06-29", "eg"),
			person(idPrefix+"2", "Ivan Petrovich Sidorenko", "1971-03-05", "ru"),
			{ID: "test:" + idPrefix + "3", Type: aka.Organization, Source: "test", SourceID: idPrefix + "3", ListVersion: version,
				Names: []aka.Name{{Full: "Zephyr Maritime Trading Company", Kind: aka.Primary, Quality: aka.Strong}}},
		}}
}

func testServer(t testing.TB) *Server {
	t.Helper()
	s := New(NewCatalog([]*lists.List{testList("2026-01-01", "")}, compare.DefaultThreshold))
	s.Logger = discardLogger()
	return s
}

// do sends one request to h and returns the status and body.
func do(t testing.TB, h http.Handler, method, target, contentType string, body io.Reader) (int, http.Header, []byte) {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code, rec.Header(), rec.Body.Bytes()
}

func TestScreen(t *testing.T) {
	h := testServer(t).Handler()
	body := `{"subjects":[{"id":"c-1","name":"THARWAT SALAH SHIHATA","birth_date":"1960-06-29","nationality":"Egypt"},
		{"name":"Maria Jones"},{"name":"Tharwat Shihata","birth_date":"not a date"}]}`
	code, hdr, b := do(t, h, "POST", "/v1/screen", "application/json", strings.NewReader(body))
	if code != http.StatusOK {
		t.Fatalf("POST /v1/screen = %d %s, want 200", code, b)
	}
	if ct := hdr.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type = %q, want application/json", ct)
	}
	var got ScreenResponse
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Results) != 3 {
		t.Fatalf("got %d results, want 3: %s", len(got.Results), b)
	}
	if v := got.ListVersions["test"]; v != "2026-01-01" {
		t.Errorf("list_versions[test] = %q, want 2026-01-01", v)
	}
	r0 := got.Results[0]
	if r0.Subject.ID != "c-1" || len(r0.Matches) == 0 || r0.Matches[0].EntityID != "test:1" {
		t.Fatalf("result 0 = %+v, want a match with test:1", r0)
	}
	if m := r0.Matches[0]; m.Score <= 0.5 || m.Explanation.Name.Listed == "" || len(m.Explanation.Features) == 0 {
		t.Errorf("match = %+v, want a score above 0.5 with its explanation", m)
	}
	if n := len(got.Results[1].Matches); n != 0 {
		t.Errorf("Maria Jones: %d matches, want none", n)
	}
	if len(got.Results[2].Problems) == 0 {
		t.Errorf("a bad birth date gave no problem: %+v", got.Results[2])
	}
	// Matches is [] rather than null when there are none.
	if !bytes.Contains(b, []byte(`"matches":[]`)) {
		t.Errorf("no empty matches array in %s", b)
	}
}

func TestScreenMany(t *testing.T) {
	h := testServer(t).Handler()
	var req ScreenRequest
	for i := range MaxSubjects {
		name := "Nobody Special"
		if i%7 == 0 {
			name = "Tharwat Salah Shihata"
		}
		req.Subjects = append(req.Subjects, aka.Subject{ID: fmt.Sprint(i), Name: name})
	}
	b, _ := json.Marshal(req)
	code, _, out := do(t, h, "POST", "/v1/screen", "application/json", bytes.NewReader(b))
	if code != http.StatusOK {
		t.Fatalf("POST /v1/screen with %d subjects = %d %.300s", MaxSubjects, code, out)
	}
	var got ScreenResponse
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	for i, r := range got.Results {
		if r.Subject.ID != fmt.Sprint(i) {
			t.Fatalf("result %d is for subject %q: results out of order", i, r.Subject.ID)
		}
		if want := i%7 == 0; (len(r.Matches) > 0) != want {
			t.Errorf("result %d: %d matches, want matches %v", i, len(r.Matches), want)
		}
	}
}

// problem is the RFC 9457 body every error has.
type problem struct {
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail"`
	Errors []struct {
		Message  string `json:"message"`
		Location string `json:"location"`
		Value    any    `json:"value"`
	} `json:"errors"`
}

func TestErrors(t *testing.T) {
	s := testServer(t)
	s.MaxBodyBytes = 1 << 10
	h := s.Handler()
	many := func(n int) string {
		return `{"subjects":[` + strings.Repeat(`{"name":"a"},`, n-1) + `{"name":"a"}]}`
	}
	big := `{"subjects":[{"name":"` + strings.Repeat("a", 2<<10) + `"}]}`
	tests := []struct {
		name        string
		method      string
		target      string
		contentType string
		body        string
		chunked     bool
		status      int
		detail      string // a substring of the detail
	}{
		{"bad JSON", "POST", "/v1/screen", "application/json", `{"subjects":[{"name":"x"}`, false, 400, "unexpected end of JSON"},
		{"not JSON", "POST", "/v1/screen", "application/json", `subjects=1`, false, 400, ""},
		{"empty body", "POST", "/v1/screen", "application/json", ``, false, 400, "required"},
		{"not an object", "POST", "/v1/screen", "application/json", `[1,2]`, false, 422, "expected object"},
		{"no subjects field", "POST", "/v1/screen", "application/json", `{}`, false, 422, "subjects"},
		{"zero subjects", "POST", "/v1/screen", "application/json", `{"subjects":[]}`, false, 422, "subjects: expected array length >= 1"},
		{"no name", "POST", "/v1/screen", "application/json", `{"subjects":[{"name":"a"},{"name":"b"},{"name":"c"},{"birth_date":"1970"}]}`, false, 422, "subjects[3]: expected required property name"},
		{"empty name", "POST", "/v1/screen", "application/json", `{"subjects":[{"name":"a"},{"name":"b"},{"name":"c"},{"name":"  "}]}`, false, 422, "subjects[3].name: required"},
		{"unknown field", "POST", "/v1/screen", "application/json", `{"subjects":[{"name":"a","dob":"1970"}]}`, false, 422, "subjects[0].dob: unexpected property"},
		{"wrong type", "POST", "/v1/screen", "application/json", `{"subjects":[{"name":7}]}`, false, 422, "subjects[0].name: expected string"},
		{"too many", "POST", "/v1/screen", "application/json", many(MaxSubjects + 1), false, 0, ""}, // status set below: the body is too large here
		{"too large", "POST", "/v1/screen", "application/json", big, false, 413, "larger than 1024 bytes"},
		{"too large chunked", "POST", "/v1/screen", "application/json", big, true, 413, "larger than 1024 bytes"},
		{"form content type", "POST", "/v1/screen", "application/x-www-form-urlencoded", `{"subjects":[{"name":"a"}]}`, false, 415, "unknown content type"},
		{"unknown entity", "GET", "/v1/entities/test:404", "", "", false, 404, `entity "test:404" not found`},
		{"search without q", "GET", "/v1/search", "", "", false, 422, "query.q: required"},
		{"search with blank q", "GET", "/v1/search?q=%20", "", "", false, 422, "q: required"},
		{"search limit too large", "GET", "/v1/search?q=x&limit=101", "", "", false, 422, "expected number <= 100"},
		{"search limit not a number", "GET", "/v1/search?q=x&limit=ten", "", "", false, 422, "invalid integer"},
		{"unknown route", "GET", "/v2/screen", "", "", false, 404, "no such route"},
		{"wrong method", "GET", "/v1/screen", "", "", false, 405, "use POST"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status := tt.status
			if tt.name == "too many" {
				status = http.StatusRequestEntityTooLarge
			}
			var body io.Reader = strings.NewReader(tt.body)
			if tt.chunked {
				body = io.MultiReader(body) // hides the length: no Content-Length
			}
			req := httptest.NewRequest(tt.method, tt.target, body)
			if tt.chunked {
				req.ContentLength = -1
			}
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			checkProblem(t, rec, status, tt.detail)
		})
	}
}

// TestTooManySubjects uses the default body limit, under which 1,001
// subjects fit.
func TestTooManySubjects(t *testing.T) {
	h := testServer(t).Handler()
	body := `{"subjects":[` + strings.Repeat(`{"name":"a"},`, MaxSubjects) + `{"name":"a"}]}`
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/v1/screen", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	h.ServeHTTP(rec, req)
	checkProblem(t, rec, http.StatusUnprocessableEntity, "subjects: expected array length <= 1000")
}

func checkProblem(t *testing.T, rec *httptest.ResponseRecorder, status int, detail string) {
	t.Helper()
	if rec.Code != status {
		t.Fatalf("status %d %s, want %d", rec.Code, rec.Body, status)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "application/problem+json" {
		t.Errorf("Content-Type = %q, want application/problem+json", ct)
	}
	var p problem
	if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil {
		t.Fatalf("body %q is not JSON: %v", rec.Body, err)
	}
	if p.Status != status || p.Title != http.StatusText(status) {
		t.Errorf("problem status %d %q, want %d %q", p.Status, p.Title, status, http.StatusText(status))
	}
	if !strings.Contains(p.Detail, detail) {
		t.Errorf("detail %q, want it to contain %q", p.Detail, detail)
	}
	for _, e := range p.Errors {
		if e.Value != nil {
			t.Errorf("error %+v echoes a value of the request", e)
		}
	}
}

func TestEntity(t *testing.T) {
	h := testServer(t).Handler()
	for _, target := range []string{"/v1/entities/test:2", "/v1/entities/test%3A2"} {
		code, _, b := do(t, h, "GET", target, "", nil)
		if code != http.StatusOK {
			t.Fatalf("GET %s = %d %s", target, code, b)
		}
		var e aka.Entity
		if err := json.Unmarshal(b, &e); err != nil {
			t.Fatal(err)
		}
		if e.ID != "test:2" || e.PrimaryName() != "Ivan Petrovich Sidorenko" || e.BirthDates[0].Date.String() != "1971-03-05" {
			t.Errorf("GET %s = %+v", target, e)
		}
	}
}

func TestSearch(t *testing.T) {
	h := testServer(t).Handler()
	code, _, b := do(t, h, "GET", "/v1/search?q=Sidorenko+Ivan&limit=1&birth_date=1971&nationality=ru", "", nil)
	if code != http.StatusOK {
		t.Fatalf("GET /v1/search = %d %s", code, b)
	}
	var got SearchResponse
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Matches) != 1 || got.Matches[0].EntityID != "test:2" || got.Query.BirthDate != "1971" {
		t.Errorf("search = %s, want test:2 alone", b)
	}
	if got.ListVersions["test"] != "2026-01-01" {
		t.Errorf("list_versions = %v", got.ListVersions)
	}
	// A weak match comes back too: the analyst sees the best whatever
	// their score.
	code, _, b = do(t, h, "GET", "/v1/search?q=Tharwat", "", nil)
	if code != http.StatusOK {
		t.Fatalf("GET /v1/search?q=Tharwat = %d %s", code, b)
	}
	got = SearchResponse{}
	json.Unmarshal(b, &got)
	if len(got.Matches) == 0 || got.Matches[0].EntityID != "test:1" || got.Matches[0].Score >= compare.DefaultThreshold {
		t.Errorf("search for one given name = %s, want test:1 below the threshold", b)
	}
}

func TestLists(t *testing.T) {
	h := testServer(t).Handler()
	code, _, b := do(t, h, "GET", "/v1/lists", "", nil)
	if code != http.StatusOK {
		t.Fatalf("GET /v1/lists = %d %s", code, b)
	}
	var got ListsResponse
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	want := ListInfo{Source: "test", Stats: lists.Stats{File: "test.csv", Format: "csv-watchlist", Version: "2026-01-01", Persons: 2, Organizations: 1, Names: 3}}
	if len(got.Lists) != 1 || !reflect.DeepEqual(got.Lists[0], want) {
		t.Errorf("GET /v1/lists = %+v, want %+v", got.Lists, want)
	}
}

func TestHealthAndReadiness(t *testing.T) {
	s := New(nil)
	s.Logger = discardLogger()
	h := s.Handler()
	if code, _, b := do(t, h, "GET", "/healthz", "", nil); code != 200 || !bytes.Contains(b, []byte(`"ok"`)) {
		t.Errorf("GET /healthz without lists = %d %s, want 200", code, b)
	}
	if code, _, b := do(t, h, "GET", "/readyz", "", nil); code != 503 || !bytes.Contains(b, []byte(`"ready":false`)) {
		t.Errorf("GET /readyz without lists = %d %s, want 503", code, b)
	}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/v1/screen", strings.NewReader(`{"subjects":[{"name":"a"}]}`))
	h.ServeHTTP(rec, req)
	checkProblem(t, rec, 503, "not loaded")

	s.SetCatalog(NewCatalog([]*lists.List{testList("2026-01-01", "")}, compare.DefaultThreshold))
	code, _, b := do(t, h, "GET", "/readyz", "", nil)
	if code != 200 {
		t.Fatalf("GET /readyz = %d %s, want 200", code, b)
	}
	var got ReadyResponse
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if !got.Ready || got.Entities != 3 || got.ListVersions["test"] != "2026-01-01" || len(got.Lists) != 1 || got.Lists[0].Entities != 3 || got.Built == nil {
		t.Errorf("GET /readyz = %s", b)
	}
}

func TestOpenAPI(t *testing.T) {
	h := testServer(t).Handler()
	code, hdr, b := do(t, h, "GET", "/openapi.json", "", nil)
	if code != 200 {
		t.Fatalf("GET /openapi.json = %d", code)
	}
	if ct := hdr.Get("Content-Type"); !strings.Contains(ct, "json") {
		t.Errorf("Content-Type = %q", ct)
	}
	var doc struct {
		OpenAPI    string                    `json:"openapi"`
		Paths      map[string]map[string]any `json:"paths"`
		Components struct {
			Schemas map[string]struct {
				Type       string                     `json:"type"`
				Properties map[string]json.RawMessage `json:"properties"`
			} `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("/openapi.json is not JSON: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.1") {
		t.Errorf("openapi = %q, want 3.1.x", doc.OpenAPI)
	}
	for path, method := range map[string]string{"/v1/screen": "post", "/v1/search": "get", "/v1/entities/{id}": "get",
		"/v1/lists": "get", "/healthz": "get", "/readyz": "get"} {
		if doc.Paths[path][method] == nil {
			t.Errorf("no %s %s in the document", method, path)
		}
	}
	// Generated from the Go types: the subject's fields, the match's explanation.
	for schema, field := range map[string]string{"Subject": "birth_date", "Match": "explanation", "Entity": "names", "ScreenResponse": "list_versions"} {
		if _, ok := doc.Components.Schemas[schema].Properties[field]; !ok {
			t.Errorf("schema %s has no property %s", schema, field)
		}
	}
	// PartialDate is written as text.
	var listed struct {
		Type string `json:"type"`
	}
	json.Unmarshal(doc.Components.Schemas["Entity"].Properties["listed_on"], &listed)
	if listed.Type != "string" {
		t.Errorf("Entity.listed_on has type %q, want string", listed.Type)
	}
}

func TestMetrics(t *testing.T) {
	h := testServer(t).Handler()
	do(t, h, "POST", "/v1/screen", "application/json", strings.NewReader(`{"subjects":[{"name":"Tharwat Salah Shihata"},{"name":"Nobody"}]}`))
	do(t, h, "POST", "/v1/screen", "application/json", strings.NewReader(`{`))
	code, _, b := do(t, h, "GET", "/metrics", "", nil)
	if code != 200 {
		t.Fatalf("GET /metrics = %d", code)
	}
	for _, want := range []string{
		"aka_subjects_screened_total 2\n",
		"aka_matches_total 1\n",
		"aka_screening_duration_seconds_count 2\n",
		`aka_http_request_duration_seconds_count{route="POST /v1/screen",status="200"} 1` + "\n",
		`aka_http_request_duration_seconds_count{route="POST /v1/screen",status="400"} 1` + "\n",
		"go_goroutines",
	} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}

// TestCatalogSwap swaps the catalog while requests run: every response
// must come from one catalog, the versions it names and the entities it
// matched agreeing.
func TestCatalogSwap(t *testing.T) {
	a := NewCatalog([]*lists.List{testList("2026-01-01", "a")}, compare.DefaultThreshold)
	b := NewCatalog([]*lists.List{testList("2026-02-02", "b")}, compare.DefaultThreshold)
	s := New(a)
	s.Logger = discardLogger()
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()

	stop := make(chan struct{})
	var swaps atomic.Int64
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			if swaps.Add(1)%2 == 1 {
				s.SetCatalog(b)
			} else {
				s.SetCatalog(a)
			}
			time.Sleep(50 * time.Microsecond)
		}
	}()
	var wg sync.WaitGroup
	var seen [2]atomic.Int64
	for range 8 {
		wg.Go(func() {
			for range 40 {
				resp, err := srv.Client().Post(srv.URL+"/v1/screen", "application/json",
					strings.NewReader(`{"subjects":[{"name":"Tharwat Salah Shihata"},{"name":"Ivan Sidorenko"}]}`))
				if err != nil {
					t.Error(err)
					return
				}
				var got ScreenResponse
				err = json.NewDecoder(resp.Body).Decode(&got)
				resp.Body.Close()
				if err != nil || resp.StatusCode != 200 {
					t.Errorf("status %d, %v", resp.StatusCode, err)
					return
				}
				prefix := map[string]string{"2026-01-01": "test:a", "2026-02-02": "test:b"}[got.ListVersions["test"]]
				if prefix == "" {
					t.Errorf("list_versions = %v", got.ListVersions)
					return
				}
				if prefix == "test:a" {
					seen[0].Add(1)
				} else {
					seen[1].Add(1)
				}
				for _, r := range got.Results {
					for _, m := range r.Matches {
						if !strings.HasPrefix(m.EntityID, prefix) {
							t.Errorf("response names version %s but matched %s", got.ListVersions["test"], m.EntityID)
						}
					}
				}
			}
		})
	}
	wg.Wait()
	close(stop)
	t.Logf("%d swaps; %d responses from a, %d from b", swaps.Load(), seen[0].Load(), seen[1].Load())
}

func TestCheckAddr(t *testing.T) {
	for addr, ok := range map[string]bool{
		"127.0.0.1:8080": true, "127.0.0.2:80": true, "[::1]:8080": true, "localhost:8080": true, "127.0.0.1:0": true,
		":8080": false, "0.0.0.0:8080": false, "[::]:8080": false, "192.168.1.10:8080": false, "example.com:80": false, "127.0.0.1": false,
	} {
		err := CheckAddr(addr)
		if (err == nil) != ok {
			t.Errorf("CheckAddr(%q) = %v, want ok %v", addr, err, ok)
		}
	}
}

// FuzzScreenRequest sends arbitrary bodies to POST /v1/screen: whatever
// they hold, the answer is never a server error, and always JSON.
func FuzzScreenRequest(f *testing.F) {
	for _, seed := range []string{
		`{"subjects":[{"name":"Tharwat Salah Shihata","birth_date":"1960-06-29","nationality":"eg"}]}`,
		`{"subjects":[{"name":"أسامة بن لادن","gender":"m","document_number":"A123","document_type":"passport"}]}`,
		`{"subjects":[{"name":"x","travel":{"flight":"LH400"},"document_check":{"format":"TD3","valid":false}}]}`,
		`{"subjects":[{"name":"Иван","birth_date":"05/03/1971","schema":"Organization"}]}`,
		`{"subjects":[]}`, `{"subjects":[{}]}`, `{`, `null`, `[]`, `""`, `{"subjects":null}`,
		`{"subjects":[{"name":"\u0000\ud800"}]}`, "{\"subjects\":[{\"name\":\"\xff\xfe\"}]}",
	} {
		f.Add([]byte(seed))
	}
	s := testServer(f)
	s.MaxBodyBytes = 64 << 10
	h := s.Handler()
	f.Fuzz(func(t *testing.T, body []byte) {
		code, hdr, b := do(t, h, "POST", "/v1/screen", "application/json", bytes.NewReader(body))
		if code >= 500 {
			t.Fatalf("POST /v1/screen %q = %d %s", body, code, b)
		}
		if !json.Valid(b) || !strings.Contains(hdr.Get("Content-Type"), "json") {
			t.Fatalf("POST /v1/screen %q = %d %q, not JSON", body, code, b)
		}
	})
}

// BenchmarkHTTPScreen measures the HTTP layer's cost around one subject:
// routing, huma's decoding and validation, metrics, the access log (to a
// discarding handler) and encoding, over a three-entity list where
// screening costs little.
func BenchmarkHTTPScreen(b *testing.B) {
	h := testServer(b).Handler()
	body := []byte(`{"subjects":[{"name":"Tharwat Salah Shihata","birth_date":"1960-06-29","nationality":"eg"}]}`)
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest("POST", "/v1/screen", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatalf("status %d %s", rec.Code, rec.Body)
		}
	}
}

// BenchmarkScreenOnly is the screening BenchmarkHTTPScreen does, without
// HTTP: the difference is the HTTP layer's overhead.
func BenchmarkScreenOnly(b *testing.B) {
	c := testServer(b).Catalog()
	subj := aka.Subject{Name: "Tharwat Salah Shihata", BirthDate: "1960-06-29", Nationality: "eg"}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Screener.Screen(b.Context(), subj); err != nil {
			b.Fatal(err)
		}
	}
}

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

// TestLogHoldsNoPersonalData checks the access log: method, route pattern,
// status and duration, never a name from the body, the path or the query.
func TestLogHoldsNoPersonalData(t *testing.T) {
	var buf bytes.Buffer
	s := testServer(t)
	s.Logger = slog.New(slog.NewTextHandler(&buf, nil))
	h := s.Handler()
	do(t, h, "POST", "/v1/screen", "application/json", strings.NewReader(`{"subjects":[{"name":"Secretname Person"}]}`))
	do(t, h, "GET", "/v1/search?q=Secretname", "", nil)
	do(t, h, "GET", "/v1/entities/Secretname", "", nil)
	do(t, h, "GET", "/Secretname", "", nil)
	log := buf.String()
	if strings.Contains(log, "Secretname") {
		t.Errorf("the log holds personal data:\n%s", log)
	}
	for _, want := range []string{`route="POST /v1/screen" status=200`, `route="GET /v1/search" status=200`,
		`route="GET /v1/entities/{id}" status=404`, `route=unmatched status=404`} {
		if !strings.Contains(log, want) {
			t.Errorf("the log lacks %s:\n%s", want, log)
		}
	}
}
