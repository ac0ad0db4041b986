package httpapi

import (
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/lists"
	"github.com/akascreen/aka/resolve"
)

// twoListsCatalog loads the UN excerpt and the UK excerpt (see
// testdata/PROVENANCE.txt): the UK's 12157 and 12838 cite the UN's QDi.299
// and CDi.001.
func twoListsCatalog(t *testing.T) *Catalog {
	t.Helper()
	var ls []*lists.List
	for _, f := range []string{"un_excerpt.xml", "uk_excerpt.csv"} {
		l, err := lists.Load(filepath.Join("testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, l)
	}
	return NewCatalog(ls, compare.DefaultThreshold)
}

// resolvingServer returns a server over the two lists that resolves them.
func resolvingServer(t *testing.T) *Server {
	t.Helper()
	s := New(twoListsCatalog(t))
	s.Logger = discardLogger()
	s.Resolve = true
	t.Cleanup(s.profiles.stop)
	return s
}

// waitResolved waits until the catalog serving is resolved.
func waitResolved(t *testing.T, s *Server) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for s.Catalog().Resolution() == nil {
		if time.Now().After(deadline) {
			t.Fatal("the lists were not resolved in 2 minutes")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func readiness(t *testing.T, h http.Handler) (int, ReadyResponse) {
	t.Helper()
	status, _, b := do(t, h, "GET", "/readyz", "", nil)
	var r ReadyResponse
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("GET /readyz: %v: %s", err, b)
	}
	return status, r
}

const baghdadi = `{"subjects":[{"name":"Ibrahim Awwad Ibrahim Ali al-Badri al-Samarrai"}]}`

func screenOne(t *testing.T, h http.Handler, body string) ScreenResult {
	t.Helper()
	status, _, b := do(t, h, "POST", "/v1/screen", "application/json", strings.NewReader(body))
	var got ScreenResponse
	if err := json.Unmarshal(b, &got); status != 200 || err != nil || len(got.Results) != 1 {
		t.Fatalf("POST /v1/screen = %d, %v: %s", status, err, b)
	}
	return got.Results[0]
}

// profileOf returns the profile of a result that holds the entity.
func profileOf(r ScreenResult, id string) (p struct {
	Sources []string
	IDs     []string
}) {
	for _, pr := range r.Profiles {
		for _, m := range pr.Matches {
			if m.EntityID == id {
				p.Sources = pr.Sources
				for _, m := range pr.Matches {
					p.IDs = append(p.IDs, m.EntityID)
				}
				return p
			}
		}
	}
	return p
}

func TestScreenGroupsByProfile(t *testing.T) {
	s := resolvingServer(t)
	h := s.Handler()
	waitResolved(t, s)
	if status, r := readiness(t, h); status != 200 || r.Profiles != ProfilesReady {
		t.Errorf("GET /readyz = %d, profiles %q, want 200, ready", status, r.Profiles)
	}

	res := screenOne(t, h, baghdadi)
	// The matches stay as they were; the profiles group them.
	ids := map[string]bool{}
	for _, m := range res.Matches {
		ids[m.EntityID] = true
	}
	if !ids["un:QDi.299"] || !ids["uk:12157"] {
		t.Fatalf("matches %v, want un:QDi.299 and uk:12157", ids)
	}
	p := profileOf(res, "un:QDi.299")
	if strings.Join(p.Sources, ",") != "un,uk" && strings.Join(p.Sources, ",") != "uk,un" {
		t.Errorf("sources of un:QDi.299's profile = %v, want un and uk", p.Sources)
	}
	if len(p.IDs) != 2 {
		t.Errorf("matches of un:QDi.299's profile = %v, want un:QDi.299 and uk:12157", p.IDs)
	}
	n := 0
	for _, pr := range res.Profiles {
		n += len(pr.Matches)
	}
	if n != len(res.Matches) {
		t.Errorf("profiles hold %d matches, want the result's %d", n, len(res.Matches))
	}

	// The entity names the same person on the other list, with evidence.
	status, _, b := do(t, h, "GET", "/v1/entities/un:QDi.299", "", nil)
	var e struct {
		ID         string `json:"id"`
		Names      []aka.Name
		ProfileID  string       `json:"profile_id"`
		SamePerson []SamePerson `json:"same_person"`
	}
	if err := json.Unmarshal(b, &e); status != 200 || err != nil {
		t.Fatalf("GET /v1/entities/un:QDi.299 = %d, %v: %s", status, err, b)
	}
	if e.ID != "un:QDi.299" || len(e.Names) == 0 {
		t.Errorf("GET /v1/entities/un:QDi.299 lost the entity: %s", b)
	}
	if e.ProfileID != "uk:12157" || len(e.SamePerson) != 1 {
		t.Fatalf("profile %q, same person %+v, want uk:12157 and one entity", e.ProfileID, e.SamePerson)
	}
	sp := e.SamePerson[0]
	if sp.ID != "uk:12157" || sp.Source != "uk" || sp.Evidence != resolve.CrossRef || sp.Confidence != 1 || len(sp.Links) != 1 || sp.Name == "" {
		t.Errorf("same person = %+v, want uk:12157 by its cross-reference", sp)
	}
	// An entity of no cluster has none.
	_, _, b = do(t, h, "GET", "/v1/entities/un:QDi.290", "", nil)
	if strings.Contains(string(b), "same_person") || strings.Contains(string(b), "profile_id") {
		t.Errorf("GET /v1/entities/un:QDi.290 = %s, want no same_person", b)
	}
}

func TestSearchGroupsByProfile(t *testing.T) {
	s := resolvingServer(t)
	h := s.Handler()
	waitResolved(t, s)
	_, _, b := do(t, h, "GET", "/v1/search?q=Eric+Badege", "", nil)
	var got SearchResponse
	if err := json.Unmarshal(b, &got); err != nil || len(got.Profiles) == 0 {
		t.Fatalf("GET /v1/search: %v: %s", err, b)
	}
	if p := got.Profiles[0]; len(p.Sources) != 2 || len(p.Matches) != 2 {
		t.Errorf("first profile = %+v, want ERIC BADEGE on un and uk", p)
	}
}

// TestProfilesInBackground holds the resolution back: the server is ready
// and screens meanwhile, every entity its own profile, and groups once it
// is done. A new catalog is resolved again.
func TestProfilesInBackground(t *testing.T) {
	// Each resolution waits for a token of its own: the second must not
	// run on the first's.
	release := make(chan struct{}, 2)
	started := make(chan *Catalog, 2)
	resolveCatalog = func(ctx context.Context, c *Catalog, js []aka.LinkJudgement, workers int) (*Resolution, error) {
		started <- c
		select {
		case <-release:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		return ResolveCatalog(ctx, c, js, workers)
	}
	t.Cleanup(func() { resolveCatalog = ResolveCatalog })

	s := resolvingServer(t)
	h := s.Handler()
	<-started
	status, r := readiness(t, h)
	if status != 200 || !r.Ready || r.Profiles != ProfilesBuilding {
		t.Fatalf("GET /readyz while resolving = %d, ready %v, profiles %q, want 200, true, building", status, r.Ready, r.Profiles)
	}
	res := screenOne(t, h, baghdadi)
	if p := profileOf(res, "un:QDi.299"); len(p.IDs) != 1 {
		t.Errorf("while resolving, un:QDi.299's profile holds %v, want itself alone", p.IDs)
	}
	_, _, b := do(t, h, "GET", "/v1/entities/un:QDi.299", "", nil)
	if strings.Contains(string(b), "same_person") {
		t.Errorf("GET /v1/entities/un:QDi.299 while resolving = %s, want no same_person yet", b)
	}
	before := s.Catalog()
	release <- struct{}{}
	waitResolved(t, s)
	after := s.Catalog()
	if after.Screener != before.Screener || &after.Lists[0] != &before.Lists[0] || after.Built != before.Built {
		t.Error("the resolved catalog is not over the same lists and index")
	}
	if p := profileOf(screenOne(t, h, baghdadi), "un:QDi.299"); len(p.IDs) != 2 {
		t.Errorf("once resolved, un:QDi.299's profile holds %v, want two entities", p.IDs)
	}

	// A reload: the new catalog serves at once and is resolved in turn.
	s.SetCatalog(twoListsCatalog(t))
	<-started
	if s.Catalog().Resolution() != nil {
		t.Error("a new catalog came resolved")
	}
	release <- struct{}{}
	waitResolved(t, s)
}

func TestProfilesOff(t *testing.T) {
	s := New(twoListsCatalog(t))
	s.Logger = discardLogger()
	h := s.Handler()
	if _, r := readiness(t, h); r.Profiles != "" {
		t.Errorf("profiles %q without Resolve, want none", r.Profiles)
	}
	if p := profileOf(screenOne(t, h, baghdadi), "un:QDi.299"); len(p.IDs) != 1 {
		t.Errorf("without Resolve, un:QDi.299's profile holds %v, want itself alone", p.IDs)
	}
}

func TestUIProfiles(t *testing.T) {
	s := resolvingServer(t)
	c := &uiClient{t: t, h: s.Handler(), cookies: map[string]string{}}
	waitResolved(t, s)
	rec := c.do("GET", "/search?q=Ibrahim+Awwad+Ibrahim+Ali+al-Badri+al-Samarrai", nil, nil)
	if rec.Code != 200 {
		t.Fatalf("GET /search = %d", rec.Code)
	}
	// One card for the profile, listing both sources and both entities.
	body := rec.Body.String()
	i := strings.Index(body, `<li class="profile multi" data-profile-id="uk:12157">`)
	if i < 0 {
		t.Fatalf("no card for profile uk:12157:\n%s", body)
	}
	card := body[i+1:]
	if j := strings.Index(card, `<li class="profile`); j >= 0 {
		card = card[:j]
	}
	for _, want := range []string{`<span class="source">un</span>`, `<span class="source">uk</span>`, "/entities/un:QDi.299", "/entities/uk:12157"} {
		if !strings.Contains(card, want) {
			t.Errorf("the profile's card has no %s:\n%s", want, card)
		}
	}
	if strings.Count(body, `data-profile-id="uk:12157"`) != 1 {
		t.Error("profile uk:12157 has more than one card")
	}

	// The profile page names the other list's entry from the resolution.
	rec = c.do("GET", "/entities/un:QDi.299", nil, nil)
	page := rec.Body.String()
	i = strings.Index(page, `class="plain same-person"`)
	if rec.Code != 200 || i < 0 || !strings.Contains(page[i:], "/entities/uk:12157") || !strings.Contains(page[i:], "cross ref") {
		t.Errorf("GET /entities/un:QDi.299 = %d, want uk:12157 as the same person by cross ref:\n%s", rec.Code, page)
	}
}
