package httpapi

// The web UI: server-rendered pages for analysts at /, with htmx (embedded,
// see ui/THIRD_PARTY.md) for the parts that update in place. Every page is
// a view of the HTTP API: its handlers call the same functions as the /v1
// operations (s.search, s.entity, s.lists, s.listAlerts, s.getAlert,
// s.decide...) with the same roles (operationRoles), so the UI can do
// nothing the API cannot.
//
// Signing in. With a store (Server.Review), every page but the sign-in page
// needs an API key: the analyst pastes one, and it is kept in a cookie
// (HttpOnly, SameSite=Strict, Secure over TLS, gone when the browser
// closes) and checked on every request as the API checks a Bearer key. A
// page offers what the key's role allows: a viewer sees no decision
// buttons and no file screening. Without a store there is nothing to sign
// in to, as with the API.
//
// CSRF. Every POST from the UI carries a token, in a form field or, from
// htmx, an X-CSRF-Token header; it must equal the aka_csrf cookie, a random
// value set on the first page (double submit). Beside it the cookies are
// SameSite=Strict and net/http's CrossOriginProtection refuses cross-site
// requests by their Sec-Fetch-Site and Origin headers.
//
// Pages carry no inline script and a strict Content-Security-Policy; they
// and the results of screening a file are never cached (Cache-Control:
// no-store) and send no Referer, since names in URLs are personal data.

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"errors"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strings"

	"github.com/danielgtaylor/huma/v2"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/review"
)

//go:embed ui/templates/*.html
var uiTemplates embed.FS

//go:embed ui/static/*
var uiStatic embed.FS

// Cookie names of the UI.
const (
	uiKeyCookie  = "aka_key"
	uiCSRFCookie = "aka_csrf"
	uiCSRFField  = "csrf"
	uiCSRFHeader = "X-CSRF-Token"
)

// uiCSP is the Content-Security-Policy of every page: scripts and styles
// from the server only (style attributes are allowed for score bars), no
// frames, forms posting back here only.
const uiCSP = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; " +
	"img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'"

// ui serves the web UI of one server.
type ui struct {
	s     *Server
	pages map[string]*template.Template
	jobs  *uiJobs
}

// registerUI adds the web UI's routes to mux: the one call in build.
func (s *Server) registerUI(mux *http.ServeMux) {
	u := &ui{s: s, pages: parseUIPages(), jobs: newUIJobs()}
	static, _ := fs.Sub(uiStatic, "ui/static")
	files := http.FileServerFS(static)
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		files.ServeHTTP(w, r)
	})))
	cop := http.NewCrossOriginProtection()
	handle := func(pattern string, role func() aka.Role, h func(http.ResponseWriter, *http.Request, *uiView)) {
		mux.Handle(pattern, cop.Handler(u.page(role, h)))
	}
	anyone := func() aka.Role { return "" }
	op := func(id string) func() aka.Role { return func() aka.Role { return operationRoles[id] } }

	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/search", http.StatusSeeOther)
	})
	handle("GET /signin", anyone, u.signinPage)
	handle("POST /signin", anyone, u.signin)
	handle("POST /signout", anyone, u.signout)
	handle("GET /search", op("search"), u.searchPage)
	handle("GET /entities/{id}", op("get-entity"), u.entityPage)
	handle("GET /lists", op("lists"), u.listsPage)
	handle("GET /screen", op("screen"), u.screenPage)
	handle("POST /screen", op("screen"), u.screenUpload)
	handle("GET /screen/{job}", op("screen"), u.jobPage)
	handle("GET /screen/{job}/progress", op("screen"), u.jobProgress)
	handle("GET /screen/{job}/{file}", op("screen"), u.jobResults)
	handle("GET /alerts", op("list-alerts"), u.alertsPage)
	handle("GET /alerts/{id}", op("get-alert"), u.alertPage)
	handle("POST /alerts/{id}/decision", op("decide-alert"), u.decideAlert)
}

// parseUIPages parses each page template with the layout and the shared
// parts. The templates are embedded: an error is a bug, found by any test.
func parseUIPages() map[string]*template.Template {
	pages := map[string]*template.Template{}
	names, err := fs.Glob(uiTemplates, "ui/templates/*.html")
	if err != nil {
		panic(err)
	}
	for _, n := range names {
		base := strings.TrimSuffix(strings.TrimPrefix(n, "ui/templates/"), ".html")
		if base == "layout" || base == "parts" {
			continue
		}
		t := template.New(base).Funcs(uiFuncs)
		pages[base] = template.Must(t.ParseFS(uiTemplates, "ui/templates/layout.html", "ui/templates/parts.html", n))
	}
	return pages
}

// uiView is what every page template gets: who is signed in, the CSRF token
// and the page's own data.
type uiView struct {
	Title string
	Nav   string // the current section: search, alerts, lists, screen
	// Store tells whether the server keeps alerts and needs keys.
	Store bool
	// KeyID and Role are the signed-in key's; empty without a store.
	KeyID string
	Role  aka.Role
	CSRF  string
	// Error is a message to show, safe for the user.
	Error string
	Data  any

	ctx context.Context // carries the actor, as the API's middleware does
}

// Can reports whether the viewer may do what the API operation op needs:
// always without a store, which has no keys, else by the key's role.
func (v *uiView) Can(op string) bool {
	if !v.Store {
		return !needsStore(op)
	}
	want, ok := operationRoles[op]
	if !ok {
		want = aka.Admin
	}
	return v.Role.Allows(want)
}

// needsStore reports whether an operation exists only with a store.
func needsStore(op string) bool {
	switch op {
	case "screen", "search", "get-entity", "lists":
		return false
	}
	return true
}

// page wraps a UI handler: security headers, the CSRF cookie and check, and
// with a store the key from the cookie, refused as the API refuses it.
func (u *ui) page(role func() aka.Role, h func(http.ResponseWriter, *http.Request, *uiView)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hdr := w.Header()
		hdr.Set("Content-Security-Policy", uiCSP)
		hdr.Set("X-Content-Type-Options", "nosniff")
		hdr.Set("X-Frame-Options", "DENY")
		hdr.Set("Referrer-Policy", "no-referrer")
		hdr.Set("Cache-Control", "no-store")
		v := &uiView{Store: u.s.Review != nil, ctx: r.Context()}
		v.CSRF = csrfToken(w, r)
		if r.Method == http.MethodPost && !csrfValid(r, v.CSRF) {
			u.fail(w, r, v, http.StatusForbidden, "This form has expired or did not come from this site: reload the page and try again.")
			return
		}
		if want := role(); v.Store && want != "" {
			key := ""
			if c, err := r.Cookie(uiKeyCookie); err == nil {
				key = c.Value
			}
			if key == "" {
				u.toSignin(w, r)
				return
			}
			actor, err := u.s.authorize(r.Context(), "Bearer "+key, want)
			switch aka.ErrorCode(err) {
			case "":
			case aka.EUNAUTHORIZED:
				clearCookie(w, r, uiKeyCookie)
				u.toSignin(w, r)
				return
			default:
				v.KeyID, v.Role = keyRole(r.Context(), u.s.Review, key)
				u.fail(w, r, v, statusOf(err), aka.ErrorMessage(err))
				return
			}
			v.KeyID, v.Role = actor.KeyID, actor.Role
			v.ctx = context.WithValue(r.Context(), actorKey{}, actor)
		} else if v.Store {
			if c, err := r.Cookie(uiKeyCookie); err == nil && c.Value != "" {
				v.KeyID, v.Role = keyRole(r.Context(), u.s.Review, c.Value)
			}
		}
		h(w, r, v)
	})
}

// keyRole returns the id and role of a valid key, or empty strings.
func keyRole(ctx context.Context, rs *review.Service, key string) (string, aka.Role) {
	k, err := rs.Authenticate(ctx, key)
	if err != nil {
		return "", ""
	}
	return k.ID, k.Role
}

// statusOf returns the HTTP status of an aka error, by the one table.
func statusOf(err error) int {
	if s, ok := statuses[aka.ErrorCode(err)]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// toSignin sends the browser to the sign-in page, then back here.
func (u *ui) toSignin(w http.ResponseWriter, r *http.Request) {
	next := "/search"
	if r.Method == http.MethodGet && r.Header.Get("HX-Request") == "" {
		next = r.URL.RequestURI()
	}
	to := "/signin?next=" + url.QueryEscape(next)
	if r.Header.Get("HX-Request") != "" {
		w.Header().Set("HX-Redirect", to)
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
}

// csrfToken returns the browser's CSRF token, setting the cookie that holds
// it on the first visit.
func csrfToken(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(uiCSRFCookie); err == nil && len(c.Value) == 64 {
		return c.Value
	}
	b := make([]byte, 32)
	rand.Read(b) // never fails (crypto/rand)
	tok := hex.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: uiCSRFCookie, Value: tok, Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
	if r.Method == http.MethodPost {
		return "" // a POST without the cookie cannot carry its token
	}
	return tok
}

// csrfValid reports whether a POST carries the token of its cookie.
func csrfValid(r *http.Request, want string) bool {
	if want == "" {
		return false
	}
	got := r.Header.Get(uiCSRFHeader)
	if got == "" {
		got = r.PostFormValue(uiCSRFField)
	}
	return subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}

func clearCookie(w http.ResponseWriter, r *http.Request, name string) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: "", Path: "/", MaxAge: -1, HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
}

// render writes a page, or only its "main" block for an htmx request that
// targets a part of it (fragment is that block's name).
func (u *ui) render(w http.ResponseWriter, r *http.Request, status int, page, fragment string, v *uiView) {
	t := u.pages[page]
	name := "layout"
	if fragment != "" && r.Header.Get("HX-Request") != "" && r.Header.Get("HX-Boosted") == "" {
		name = fragment
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, name, v); err != nil {
		u.s.logger().Error("internal error", "operation", "ui "+page, "error", err.Error())
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// fail shows an error page, or the message alone to htmx.
func (u *ui) fail(w http.ResponseWriter, r *http.Request, v *uiView, status int, msg string) {
	v.Title, v.Error = http.StatusText(status), msg
	u.render(w, r, status, "error", "message", v)
}

// apiFailure returns the status and the user-safe message of an error that
// an API handler returned.
func apiFailure(err error) (int, string) {
	var m *huma.ErrorModel
	if errors.As(err, &m) {
		return m.Status, m.Detail
	}
	var se huma.StatusError
	if errors.As(err, &se) {
		return se.GetStatus(), se.Error()
	}
	return statusOf(err), aka.ErrorMessage(err)
}

func (u *ui) signinPage(w http.ResponseWriter, r *http.Request, v *uiView) {
	if !v.Store {
		http.Redirect(w, r, "/search", http.StatusSeeOther)
		return
	}
	v.Title = "Sign in"
	v.Data = safeNext(r.URL.Query().Get("next"))
	u.render(w, r, http.StatusOK, "signin", "", v)
}

func (u *ui) signin(w http.ResponseWriter, r *http.Request, v *uiView) {
	if !v.Store {
		http.Redirect(w, r, "/search", http.StatusSeeOther)
		return
	}
	key := strings.TrimSpace(r.PostFormValue("key"))
	next := safeNext(r.PostFormValue("next"))
	if _, err := u.s.authorize(r.Context(), "Bearer "+key, aka.Viewer); err != nil {
		v.Title, v.Data = "Sign in", next
		_, v.Error = apiFailure(u.s.apiError(r.Context(), "ui-signin", err))
		u.render(w, r, http.StatusUnauthorized, "signin", "", v)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: uiKeyCookie, Value: key, Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func (u *ui) signout(w http.ResponseWriter, r *http.Request, v *uiView) {
	clearCookie(w, r, uiKeyCookie)
	http.Redirect(w, r, "/signin", http.StatusSeeOther)
}

// safeNext keeps a redirect target on this site: a path, never a URL to
// somewhere else.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") || strings.HasPrefix(next, "/signin") {
		return "/search"
	}
	return next
}
