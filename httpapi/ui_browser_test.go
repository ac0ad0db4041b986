package httpapi

// Browser tests of the web UI: Debian's chromium, headless, driven with
// chromedp against the real handler on loopback, as a person would use it.
// They skip when chromium is missing, except in CI (.ci/run installs it and
// sets AKA_TEST_CHROMIUM). Each saves a screenshot of each page it visits
// in screenshots/ at the repository root (AKA_SCREENSHOTS overrides), for a
// person to look at: go test ./httpapi -run Browser.

import (
	"context"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/lists"
	"github.com/akascreen/aka/review"
	"github.com/akascreen/aka/sqlite"
)

// chromiumPath returns the chromium to drive, or skips the test: never in
// CI, where a missing browser is a failure.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("AKA_TEST_CHROMIUM"); p != "" {
		return p
	}
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium not found: CI must run the browser tests (set AKA_TEST_CHROMIUM)")
	}
	t.Skip("chromium not found: set AKA_TEST_CHROMIUM or install chromium to run the browser tests")
	return ""
}

// screenshotDir is where the browser tests save their screenshots.
func screenshotDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("AKA_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join("..", "screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// embeddedCatalog is a catalog of the embedded UN list, built once.
var embeddedCatalog = sync.OnceValues(func() (*Catalog, error) {
	l, err := lists.Embedded()
	if err != nil {
		return nil, err
	}
	return NewCatalog([]*lists.List{l}, compare.DefaultThreshold), nil
})

// uiEnv is a real server on loopback and a browser to drive it.
type uiEnv struct {
	t     *testing.T
	srv   *Server
	url   string
	ctx   context.Context
	shots string
	keys  map[aka.Role]string
}

// newUIEnv starts the server, with an SQLite store in a temporary directory
// and one key a role when store is true, and a headless chromium.
func newUIEnv(t *testing.T, store bool) *uiEnv {
	t.Helper()
	chromium := chromiumPath(t)
	c, err := embeddedCatalog()
	if err != nil {
		t.Fatal(err)
	}
	s := New(c)
	s.Logger = discardLogger()
	e := &uiEnv{t: t, srv: s, shots: screenshotDir(t), keys: map[aka.Role]string{}}
	if store {
		db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "aka.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		s.Review = review.New(db)
		for _, r := range []aka.Role{aka.Viewer, aka.Analyst, aka.Supervisor, aka.Admin} {
			key, _, err := s.Review.CreateKey(context.Background(), review.Local("test"), r, string(r))
			if err != nil {
				t.Fatal(err)
			}
			e.keys[r] = key
		}
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	e.url = ts.URL

	// Not t.TempDir: chromium may still write to its profile as it exits.
	profile, err := os.MkdirTemp("", "aka-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(profile) })
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 800),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	if err := chromedp.Run(ctx, chromedp.EmulateViewport(1280, 800)); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	e.ctx = ctx
	return e
}

// run runs browser actions, failing the test on error.
func (e *uiEnv) run(what string, actions ...chromedp.Action) {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(e.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, actions...); err != nil {
		e.shot("failed-" + sanitize(e.t.Name()))
		e.t.Fatalf("%s: %v", what, err)
	}
}

// shot saves a screenshot of the whole page as NAME.png.
func (e *uiEnv) shot(name string) {
	e.t.Helper()
	e.capture(name, true)
}

// shotViewport saves a screenshot of what the window shows as NAME.png.
func (e *uiEnv) shotViewport(name string) {
	e.t.Helper()
	e.capture(name, false)
}

func (e *uiEnv) capture(name string, full bool) {
	e.t.Helper()
	var buf []byte
	ctx, cancel := context.WithTimeout(e.ctx, 20*time.Second)
	defer cancel()
	action := chromedp.CaptureScreenshot(&buf)
	// FullScreenshot gives a PNG at quality 100.
	if full {
		action = chromedp.FullScreenshot(&buf, 100)
	}
	if err := chromedp.Run(ctx, action); err != nil {
		e.t.Errorf("screenshot %s: %v", name, err)
		return
	}
	path := filepath.Join(e.shots, name+".png")
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		e.t.Error(err)
	}
}

func sanitize(s string) string {
	return strings.NewReplacer("/", "-", " ", "_").Replace(s)
}

// signIn signs in through the sign-in page with the key of role.
func (e *uiEnv) signIn(role aka.Role) {
	e.t.Helper()
	e.run("sign in as "+string(role),
		chromedp.Navigate(e.url+"/search"),
		chromedp.WaitVisible(`#key`, chromedp.ByID),
		chromedp.SendKeys(`#key`, e.keys[role], chromedp.ByID),
		chromedp.Submit(`#key`, chromedp.ByID),
		chromedp.WaitVisible(`#q`, chromedp.ByID),
	)
}

// text returns the text content of the first node sel matches.
func (e *uiEnv) text(sel string) string {
	e.t.Helper()
	var s string
	e.run("read "+sel, chromedp.Text(sel, &s, chromedp.ByQuery))
	return s
}

// noOverflow checks that the page does not scroll sideways.
func (e *uiEnv) noOverflow(page string, width int) {
	e.t.Helper()
	var ok bool
	var sw, iw int
	e.run("measure "+page,
		chromedp.Evaluate(`document.documentElement.scrollWidth`, &sw),
		chromedp.Evaluate(`window.innerWidth`, &iw),
		chromedp.Evaluate(`document.documentElement.scrollWidth <= window.innerWidth`, &ok),
	)
	if !ok {
		e.t.Errorf("%s at %dpx wide: the page is %dpx wide, wider than the window (%dpx)", page, width, sw, iw)
	}
}

func TestBrowserSearchAndProfile(t *testing.T) {
	e := newUIEnv(t, false)
	var first string
	e.run("search as you type",
		chromedp.Navigate(e.url+"/"),
		chromedp.WaitVisible(`#q`, chromedp.ByID),
		chromedp.SendKeys(`#q`, "Abou Bakr Al Bagdadi", chromedp.ByID),
		chromedp.WaitVisible(`#results .match`, chromedp.ByQuery),
		chromedp.Text(`#results .match .id`, &first, chromedp.ByQuery),
	)
	if first != "un:QDi.299" {
		t.Errorf("first result = %q, want un:QDi.299", first)
	}
	var loc string
	e.run("the URL follows the search", chromedp.Location(&loc))
	if u, err := url.Parse(loc); err != nil || u.Query().Get("q") != "Abou Bakr Al Bagdadi" {
		t.Errorf("location = %q, want the query in it", loc)
	}
	if n := e.count(`#results .match:first-child .tok.sim-hi`); n == 0 {
		t.Error("the first result shows no token aligned with high similarity")
	}
	e.shot("search")

	// The same search with a birth date and nationality shows that
	// evidence in the explanation.
	e.run("search with birth date and nationality",
		chromedp.Navigate(e.url+"/search?q=Abou+Bakr+Al+Bagdadi&birth_date=1971&nationality=Iraq"),
		chromedp.WaitVisible(`#results .match table.features`, chromedp.ByQuery),
	)
	if f := e.text(`#results .match table.features`); !strings.Contains(f, "birth date") || !strings.Contains(f, "nationality") {
		t.Errorf("evidence table = %q, want birth date and nationality rows", f)
	}
	e.shot("search-evidence")

	// Arabic script, shown right to left.
	var dir string
	e.run("search in Arabic script",
		chromedp.Navigate(e.url+"/search?q="+"%D8%A3%D8%A8%D9%88+%D8%A8%D9%83%D8%B1+%D8%A7%D9%84%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF%D9%8A"),
		chromedp.WaitVisible(`#results .meta bdi`, chromedp.ByQuery),
		chromedp.AttributeValue(`#results .meta bdi`, "dir", &dir, nil, chromedp.ByQuery),
	)
	if dir != "rtl" {
		t.Errorf("the Arabic query is shown with dir=%q, want rtl", dir)
	}
	e.shot("search-arabic")

	// Keyboard: the arrow key goes from the name to the first result, and
	// Enter opens its profile.
	e.run("open the profile from the keyboard",
		chromedp.Navigate(e.url+"/search?q=Abou+Bakr+Al+Bagdadi"),
		chromedp.WaitVisible(`#results .match a.name`, chromedp.ByQuery),
		chromedp.Focus(`#q`, chromedp.ByID),
		chromedp.KeyEvent(kb.ArrowDown),
	)
	var active string
	e.run("focused", chromedp.Evaluate(`document.activeElement.getAttribute("href") || ""`, &active))
	if active != "/entities/un:QDi.299" {
		t.Errorf("after ArrowDown the focus is on %q, want the first result's link", active)
	}
	e.run("open the profile",
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(`#h-names`, chromedp.ByID),
	)
	if h := e.text(`h1`); !strings.Contains(h, "un:QDi.299") {
		t.Errorf("profile heading = %q, want un:QDi.299", h)
	}
	body := strings.ToUpper(e.text(`main`))
	for _, want := range []string{"AL-BADRI", "ARABIC", "1971", "IRAQ", "QDI.299", "إبراهيم"} {
		if !strings.Contains(body, want) {
			t.Errorf("the profile lacks %q", want)
		}
	}
	var rtl int
	e.run("RTL names", chromedp.Evaluate(`document.querySelectorAll('td.nm[dir="rtl"]').length`, &rtl))
	if rtl == 0 {
		t.Error("no name in the profile is shown right to left")
	}
	e.shot("entity")

	e.run("lists", chromedp.Navigate(e.url+"/lists"), chromedp.WaitVisible(`table.lists`, chromedp.ByQuery))
	if body := e.text(`table.lists`); !strings.Contains(body, "un") || !strings.Contains(body, "2026") {
		t.Errorf("lists page = %q, want the UN list and its version", body)
	}
	e.shot("lists")
}

// count returns how many nodes sel matches.
func (e *uiEnv) count(sel string) int {
	e.t.Helper()
	var n int
	e.run("count "+sel, chromedp.Evaluate(fmt.Sprintf(`document.querySelectorAll(%q).length`, sel), &n))
	return n
}

func TestBrowserLayout(t *testing.T) {
	e := newUIEnv(t, true)
	e.signIn(aka.Analyst)
	// An alert to show: screen through the API.
	e.screenAPI("Abou Bakr Al Bagdadi", "1971-07-28")
	alerts, err := e.srv.Review.Alerts(context.Background(), review.Local("test"), aka.AlertFilter{})
	if err != nil || len(alerts) == 0 {
		t.Fatalf("alerts = %v, %v; want one", alerts, err)
	}
	pages := []struct{ name, path, ready string }{
		{"search", "/search?q=Abou+Bakr+Al+Bagdadi&birth_date=1971", "#results .match"},
		{"entity", "/entities/un:QDi.299", "#h-names"},
		{"lists", "/lists", "table.lists"},
		{"alerts", "/alerts", "table.queue"},
		{"screen", "/screen", "#file"},
		{"alert", "/alerts/" + alerts[0].ID, "#h-ev"},
	}
	for _, size := range []struct{ w, h int }{{1280, 800}, {390, 844}} {
		mobile := size.w < 600
		e.run("viewport", emulation.SetDeviceMetricsOverride(int64(size.w), int64(size.h), 1, mobile))
		for _, p := range pages {
			e.run(p.name, chromedp.Navigate(e.url+p.path), chromedp.WaitVisible(p.ready, chromedp.ByQuery))
			e.noOverflow(p.name, size.w)
			if mobile {
				e.shotViewport(p.name + "-390")
			}
		}
	}
	// Every input is labelled.
	var unlabelled []string
	for _, p := range []string{"/search", "/screen"} {
		var ids []string
		e.run("labels", chromedp.Navigate(e.url+p), chromedp.WaitReady(`main`, chromedp.ByQuery),
			chromedp.Evaluate(`Array.from(document.querySelectorAll('input:not([type=hidden]), textarea, select')).filter(i => !(i.labels && i.labels.length) && !i.getAttribute('aria-label')).map(i => i.name)`, &ids))
		unlabelled = append(unlabelled, ids...)
	}
	if len(unlabelled) > 0 {
		t.Errorf("inputs without a label: %v", unlabelled)
	}
}

// screenAPI screens a subject through the UI's server as a client of the
// API would, with the analyst's key, to open an alert.
func (e *uiEnv) screenAPI(name, born string) {
	e.t.Helper()
	body := fmt.Sprintf(`{"subjects":[{"name":%q,"birth_date":%q}]}`, name, born)
	req := httptest.NewRequest("POST", "/v1/screen", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+e.keys[aka.Analyst])
	rec := httptest.NewRecorder()
	e.srv.Handler().ServeHTTP(rec, req)
	if rec.Code != 200 {
		e.t.Fatalf("POST /v1/screen = %d %s", rec.Code, rec.Body)
	}
}

func TestBrowserReviewAlert(t *testing.T) {
	e := newUIEnv(t, true)
	e.screenAPI("Abou Bakr Al Bagdadi", "1971-07-28")

	// A viewer reads the alert and gets no decision buttons.
	e.signIn(aka.Viewer)
	e.run("queue as viewer", chromedp.Navigate(e.url+"/alerts"), chromedp.WaitVisible(`table.queue`, chromedp.ByQuery))
	if q := e.text(`table.queue`); !strings.Contains(q, "un:QDi.299") {
		t.Errorf("queue = %q, want the alert about un:QDi.299", q)
	}
	if n := e.count(`header nav a[href="/screen"]`); n != 0 {
		t.Error("a viewer is offered file screening, which needs the analyst role")
	}
	e.run("alert as viewer", chromedp.Click(`table.queue a.button`, chromedp.ByQuery), chromedp.WaitVisible(`#h-dec`, chromedp.ByID))
	if n := e.count(`button[name=decision]`); n != 0 {
		t.Errorf("a viewer sees %d decision buttons, want none", n)
	}
	e.shot("alert-viewer")
	e.run("sign out", chromedp.Click(`.who button`, chromedp.ByQuery), chromedp.WaitVisible(`#key`, chromedp.ByID))

	// An analyst decides, with a reason.
	e.signIn(aka.Analyst)
	e.run("queue", chromedp.Navigate(e.url+"/alerts"), chromedp.WaitVisible(`table.queue`, chromedp.ByQuery))
	e.shot("alerts")
	e.run("open the alert", chromedp.Click(`table.queue a.button`, chromedp.ByQuery), chromedp.WaitVisible(`#reason`, chromedp.ByID))
	if n := e.count(`button[name=decision]`); n != 3 {
		t.Errorf("an analyst sees %d decision buttons, want 3 (true match, false positive, needs information)", n)
	}
	if n := e.count(`button[value=reopen], button[value=close]`); n != 0 {
		t.Error("an analyst is offered a supervisor's decision")
	}
	for _, want := range []string{"Abou Bakr Al Bagdadi", "un:QDi.299", "birth date"} {
		if body := e.text(`main`); !strings.Contains(body, want) {
			t.Errorf("the alert page lacks %q", want)
		}
	}
	e.shot("alert")
	// The reason is required: the browser refuses an empty one.
	var valid bool
	e.run("empty reason", chromedp.Evaluate(`document.querySelector('form.decide').checkValidity()`, &valid))
	if valid {
		t.Error("the decision form is valid without a reason")
	}
	e.run("decide",
		chromedp.SendKeys(`#reason`, "Same name, birth date and nationality as the UN listing; confirmed with the passport copy.", chromedp.ByID),
		chromedp.Click(`button[value=true_match]`, chromedp.ByQuery),
		chromedp.WaitVisible(`table.history`, chromedp.ByQuery),
	)
	if h := e.text(`table.history`); !strings.Contains(h, "true match") || !strings.Contains(h, "confirmed with the passport copy") {
		t.Errorf("history = %q, want the decision and its reason", h)
	}
	if st := e.text(`h1 .status`); st != "true match" {
		t.Errorf("status = %q, want true match", st)
	}
	if n := e.count(`button[name=decision]`); n != 0 {
		t.Errorf("an analyst sees %d decision buttons on a decided alert, want none", n)
	}
	e.shot("alert-decided")

	// The store has the decision, made by the analyst's key.
	alerts, err := e.srv.Review.Alerts(context.Background(), review.Local("test"), aka.AlertFilter{Statuses: []aka.AlertStatus{aka.StatusTrueMatch}})
	if err != nil || len(alerts) != 1 {
		t.Fatalf("true-match alerts = %v, %v; want one", alerts, err)
	}
	ds, err := e.srv.Review.Store.Decisions(context.Background(), alerts[0].ID)
	if err != nil || len(ds) != 1 || ds[0].Role != aka.Analyst {
		t.Errorf("decisions = %v, %v; want one by the analyst", ds, err)
	}

	// A supervisor may reopen it.
	e.run("sign out", chromedp.Click(`.who button`, chromedp.ByQuery), chromedp.WaitVisible(`#key`, chromedp.ByID))
	e.signIn(aka.Supervisor)
	e.run("decided alert as supervisor", chromedp.Navigate(e.url+"/alerts/"+alerts[0].ID), chromedp.WaitVisible(`#h-dec`, chromedp.ByID))
	if n := e.count(`button[value=reopen]`); n != 1 {
		t.Error("a supervisor is not offered to reopen a decided alert")
	}
	e.run("lists with charts", chromedp.Navigate(e.url+"/lists"), chromedp.WaitVisible(`svg.chart`, chromedp.ByQuery))
	if n := e.count(`svg.chart rect.bar-score[height]:not([height="0.0"])`); n != 1 {
		t.Errorf("the score chart has %d bars with alerts, want 1", n)
	}
	e.shot("lists-charts")
}

func TestBrowserScreenFile(t *testing.T) {
	e := newUIEnv(t, false)
	downloads := t.TempDir()
	sample, err := filepath.Abs("testdata/paxlst_gtas_apisMessage_D05B_multileg.edi")
	if err != nil {
		t.Fatal(err)
	}
	e.run("upload",
		browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllow).WithDownloadPath(downloads),
		chromedp.Navigate(e.url+"/screen"),
		chromedp.WaitVisible(`#file`, chromedp.ByID),
	)
	e.shot("screen")
	e.run("upload",
		chromedp.SetUploadFiles(`#file`, []string{sample}, chromedp.ByID),
		chromedp.Click(`form button[type=submit]`, chromedp.ByQuery),
		chromedp.WaitVisible(`#download-csv`, chromedp.ByID),
	)
	if n := e.text(`#screened`); n != "2" {
		t.Errorf("screened = %q, want 2 (the message's two passengers)", n)
	}
	if f := e.text(`.counts`); !strings.Contains(f, "paxlst") {
		t.Errorf("counts = %q, want the format paxlst", f)
	}
	e.shot("screen-done")
	e.run("download", chromedp.Click(`#download-csv`, chromedp.ByID))
	var got []byte
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		files, _ := filepath.Glob(filepath.Join(downloads, "*.csv"))
		if len(files) == 1 {
			if got, err = os.ReadFile(files[0]); err == nil && len(got) > 0 {
				break
			}
		}
	}
	if !strings.HasPrefix(string(got), "origin,id,name,") || !strings.Contains(string(got), "MICHAEL CLARK") || !strings.Contains(string(got), "CHERYL CLARK") {
		t.Errorf("downloaded results = %q, want the CSV header and both passengers", got)
	}

	// The README's customer file: the page lists the subjects with matches.
	people, err := filepath.Abs("../examples/people.csv")
	if err != nil {
		t.Fatal(err)
	}
	e.run("upload a CSV",
		chromedp.Navigate(e.url+"/screen"),
		chromedp.WaitVisible(`#file`, chromedp.ByID),
		chromedp.SetUploadFiles(`#file`, []string{people}, chromedp.ByID),
		chromedp.Click(`form button[type=submit]`, chromedp.ByQuery),
		chromedp.WaitVisible(`#download-csv`, chromedp.ByID),
	)
	if hits := e.text(`#progress table`); !strings.Contains(hits, "un:QDi.299") {
		t.Errorf("subjects with matches = %q, want c-001 matching un:QDi.299", hits)
	}
	e.shot("screen-matches")
}
