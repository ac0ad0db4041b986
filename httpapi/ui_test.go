package httpapi

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/review"
	"github.com/akascreen/aka/sqlite"
)

// uiClient is a browser without a browser: cookies kept, redirects not
// followed, so that each answer can be checked.
type uiClient struct {
	t       *testing.T
	h       http.Handler
	cookies map[string]string
}

func (c *uiClient) do(method, target string, form url.Values, hdr map[string]string) *httptest.ResponseRecorder {
	c.t.Helper()
	var body *strings.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	} else {
		body = strings.NewReader("")
	}
	req := httptest.NewRequest(method, target, body)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	for k, v := range c.cookies {
		req.AddCookie(&http.Cookie{Name: k, Value: v})
	}
	rec := httptest.NewRecorder()
	c.h.ServeHTTP(rec, req)
	for _, ck := range rec.Result().Cookies() {
		if ck.MaxAge < 0 {
			delete(c.cookies, ck.Name)
		} else {
			c.cookies[ck.Name] = ck.Value
		}
	}
	return rec
}

var csrfField = regexp.MustCompile(`name="csrf" value="([0-9a-f]{64})"`)

// storeServer returns a server with an SQLite store and a key a role.
func storeServer(t *testing.T) (*Server, map[aka.Role]string) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "aka.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s := testServer(t)
	s.Review = review.New(db)
	keys := map[aka.Role]string{}
	for _, r := range []aka.Role{aka.Viewer, aka.Analyst} {
		key, _, err := s.Review.CreateKey(context.Background(), review.Local("test"), r, string(r))
		if err != nil {
			t.Fatal(err)
		}
		keys[r] = key
	}
	return s, keys
}

func TestUIWithoutStore(t *testing.T) {
	c := &uiClient{t: t, h: testServer(t).Handler(), cookies: map[string]string{}}
	if rec := c.do("GET", "/", nil, nil); rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/search" {
		t.Errorf("GET / = %d to %q, want 303 to /search", rec.Code, rec.Header().Get("Location"))
	}
	rec := c.do("GET", "/search?q=Tharwat+Salah+Shihata", nil, nil)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "test:1") {
		t.Fatalf("GET /search = %d, want 200 with test:1:\n%s", rec.Code, rec.Body)
	}
	for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"} {
		if rec.Header().Get(h) == "" {
			t.Errorf("GET /search has no %s header", h)
		}
	}
	if cc := rec.Header().Get("Cache-Control"); cc != "no-store" {
		t.Errorf("Cache-Control = %q, want no-store", cc)
	}
	// htmx asks for the results alone.
	rec = c.do("GET", "/search?q=Tharwat", nil, map[string]string{"HX-Request": "true"})
	if b := rec.Body.String(); !strings.HasPrefix(strings.TrimSpace(b), `<section id="results"`) {
		t.Errorf("htmx search = %.80q..., want the results section alone", b)
	}
	if rec := c.do("GET", "/entities/test:2", nil, nil); rec.Code != 200 || !strings.Contains(rec.Body.String(), "Ivan Petrovich Sidorenko") {
		t.Errorf("GET /entities/test:2 = %d, want the profile", rec.Code)
	}
	if rec := c.do("GET", "/entities/test:nobody", nil, nil); rec.Code != 404 {
		t.Errorf("GET /entities/test:nobody = %d, want 404", rec.Code)
	}
	if rec := c.do("GET", "/alerts", nil, nil); rec.Code != 404 {
		t.Errorf("GET /alerts without a store = %d, want 404", rec.Code)
	}
	if rec := c.do("GET", "/static/htmx.min.js", nil, nil); rec.Code != 200 || !strings.Contains(rec.Body.String(), `version:"2.0.11"`) {
		t.Errorf("GET /static/htmx.min.js = %d, want htmx 2.0.11 (see ui/THIRD_PARTY.md)", rec.Code)
	}
}

func TestUICSRF(t *testing.T) {
	c := &uiClient{t: t, h: testServer(t).Handler(), cookies: map[string]string{}}
	rec := c.do("GET", "/screen", nil, nil)
	m := csrfField.FindStringSubmatch(rec.Body.String())
	if m == nil {
		t.Fatalf("GET /screen has no CSRF field:\n%s", rec.Body)
	}
	if c.cookies[uiCSRFCookie] != m[1] {
		t.Errorf("the form's token is not the cookie's")
	}
	for _, tc := range []struct {
		name  string
		token string
		hdr   map[string]string
		want  int
	}{
		{"no token", "", nil, http.StatusForbidden},
		{"wrong token", strings.Repeat("0", 64), nil, http.StatusForbidden},
		{"cross-site", m[1], map[string]string{"Sec-Fetch-Site": "cross-site"}, http.StatusForbidden},
		// The right token gets past the check: no file is 422.
		{"token", m[1], nil, http.StatusUnprocessableEntity},
	} {
		form := url.Values{}
		if tc.token != "" {
			form.Set("csrf", tc.token)
		}
		if rec := c.do("POST", "/screen", form, tc.hdr); rec.Code != tc.want {
			t.Errorf("%s: POST /screen = %d, want %d", tc.name, rec.Code, tc.want)
		}
	}
	// Without the cookie, a token copied from elsewhere is refused.
	delete(c.cookies, uiCSRFCookie)
	if rec := c.do("POST", "/screen", url.Values{"csrf": {m[1]}}, nil); rec.Code != http.StatusForbidden {
		t.Errorf("POST /screen without the cookie = %d, want 403", rec.Code)
	}
}

func TestUISignInAndRoles(t *testing.T) {
	s, keys := storeServer(t)
	c := &uiClient{t: t, h: s.Handler(), cookies: map[string]string{}}
	rec := c.do("GET", "/alerts", nil, nil)
	if rec.Code != http.StatusSeeOther || !strings.HasPrefix(rec.Header().Get("Location"), "/signin?next=%2Falerts") {
		t.Fatalf("GET /alerts signed out = %d to %q, want 303 to the sign-in page", rec.Code, rec.Header().Get("Location"))
	}
	if rec := c.do("GET", "/search?q=x", nil, map[string]string{"HX-Request": "true"}); rec.Code != 401 || rec.Header().Get("HX-Redirect") == "" {
		t.Errorf("htmx search signed out = %d, HX-Redirect %q; want 401 and a redirect", rec.Code, rec.Header().Get("HX-Redirect"))
	}
	rec = c.do("GET", "/signin?next=/alerts", nil, nil)
	tok := csrfField.FindStringSubmatch(rec.Body.String())
	if tok == nil {
		t.Fatalf("the sign-in page has no CSRF field")
	}
	if rec := c.do("POST", "/signin", url.Values{"csrf": {tok[1]}, "key": {"aka_0000_" + strings.Repeat("0", 64)}}, nil); rec.Code != http.StatusUnauthorized {
		t.Errorf("sign in with a bad key = %d, want 401", rec.Code)
	}
	if rec := c.do("POST", "/signin", url.Values{"key": {keys[aka.Viewer]}}, nil); rec.Code != http.StatusForbidden || c.cookies[uiKeyCookie] != "" {
		t.Errorf("sign in without the CSRF token = %d, want 403 and no key cookie", rec.Code)
	}
	rec = c.do("POST", "/signin", url.Values{"csrf": {tok[1]}, "key": {keys[aka.Viewer]}, "next": {"https://elsewhere.example/"}}, nil)
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/search" {
		t.Errorf("sign in = %d to %q, want 303 to /search (never elsewhere)", rec.Code, rec.Header().Get("Location"))
	}
	var keyCookie *http.Cookie
	for _, ck := range rec.Result().Cookies() {
		if ck.Name == uiKeyCookie {
			keyCookie = ck
		}
	}
	if keyCookie == nil || !keyCookie.HttpOnly || keyCookie.SameSite != http.SameSiteStrictMode {
		t.Fatalf("key cookie = %+v, want HttpOnly and SameSite=Strict", keyCookie)
	}
	// A viewer reads alerts, is offered no file screening, and may not
	// screen a file or decide.
	if rec := c.do("GET", "/alerts", nil, nil); rec.Code != 200 {
		t.Errorf("GET /alerts as viewer = %d, want 200", rec.Code)
	}
	if rec := c.do("GET", "/search", nil, nil); strings.Contains(rec.Body.String(), `href="/screen"`) {
		t.Error("a viewer is offered file screening")
	}
	if rec := c.do("GET", "/screen", nil, nil); rec.Code != http.StatusForbidden {
		t.Errorf("GET /screen as viewer = %d, want 403", rec.Code)
	}
	if rec := c.do("POST", "/alerts/al_x/decision", url.Values{"csrf": {tok[1]}, "decision": {"true_match"}, "reason": {"r"}}, nil); rec.Code != http.StatusForbidden {
		t.Errorf("a viewer's decision = %d, want 403", rec.Code)
	}
	// Signing out forgets the key.
	if rec := c.do("POST", "/signout", url.Values{"csrf": {tok[1]}}, nil); rec.Code != http.StatusSeeOther || c.cookies[uiKeyCookie] != "" {
		t.Errorf("sign out = %d, key cookie %q; want 303 and no cookie", rec.Code, c.cookies[uiKeyCookie])
	}
	// An analyst's decision needs a reason; the alert page says so.
	c.cookies[uiKeyCookie] = keys[aka.Analyst]
	if rec := c.do("GET", "/screen", nil, nil); rec.Code != 200 {
		t.Errorf("GET /screen as analyst = %d, want 200", rec.Code)
	}
	if rec := c.do("POST", "/alerts/al_nosuch/decision", url.Values{"csrf": {tok[1]}, "decision": {"true_match"}, "reason": {"  "}}, nil); rec.Code != http.StatusUnprocessableEntity && rec.Code != http.StatusNotFound {
		t.Errorf("a decision without a reason = %d, want 422 (or 404 for the missing alert)", rec.Code)
	}
}

// TestUIExplanationTokens: a token pair shows its similarity when it has
// one; a conflict or a word met in another name, which have none, do not
// show "0%".
func TestUIExplanationTokens(t *testing.T) {
	tmpl := parseUIPages()["search"]
	if tmpl == nil {
		t.Fatal("no search page template")
	}
	ex := aka.Explanation{Name: aka.NameEvidence{Listed: "ALI BEN TAHER", Tokens: []aka.TokenEvidence{
		{Query: "Taher", Listed: "TAHER", Similarity: 1, Bits: 10.8, How: "exact"},
		{Query: "Tarak", Listed: "ALI", Bits: -4, How: "conflict"},
	}}}
	var b strings.Builder
	if err := tmpl.ExecuteTemplate(&b, "explanation", ex); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "exact 100%") {
		t.Errorf("exact pair without its similarity:\n%s", out)
	}
	if !strings.Contains(out, "conflict</span>") || strings.Contains(out, "conflict 0%") {
		t.Errorf("conflict shown with a similarity:\n%s", out)
	}
}
