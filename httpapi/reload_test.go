package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/lists"
)

// listServer serves one list file whose content the test swaps, over
// loopback; status, when not 0, is answered instead.
type listServer struct {
	content atomic.Pointer[[]byte]
	status  atomic.Int32
}

func (ls *listServer) set(b []byte, status int) {
	ls.content.Store(&b)
	ls.status.Store(int32(status))
}

func (ls *listServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/lists/un.xml" {
		http.NotFound(w, r)
		return
	}
	if s := ls.status.Load(); s != 0 {
		http.Error(w, "unavailable", int(s))
		return
	}
	w.Write(*ls.content.Load())
}

func sharedUN(t *testing.T, version string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "data", "lists", "un", "un_consolidated_"+version+".xml"))
	if err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	return b
}

// TestReloadWhileScreening screens continuously from several goroutines
// while the UN list is reloaded 20 times from a local HTTP server, flipping
// between two real versions, some reloads with a truncated file, a broken
// one or a server error: no request fails, and every response names the
// version whose entities it returned (un:SDi.007 was added on 2026-02-27).
func TestReloadWhileScreening(t *testing.T) {
	v1, v2 := sharedUN(t, "2026-01-28"), sharedUN(t, "2026-02-27")
	const added = "un:SDi.007"
	l2, err := lists.Read(bytes.NewReader(v2), lists.Source{File: "v2"})
	if err != nil {
		t.Fatal(err)
	}
	var subject aka.Subject
	for _, e := range l2.Entities {
		if e.ID == added {
			subject = aka.Subject{Name: e.PrimaryName()}
			if e.Type == aka.Organization {
				subject.Schema = "Organization"
			}
		}
	}
	if subject.Name == "" {
		t.Fatalf("no %s in 2026-02-27", added)
	}

	files := &listServer{}
	files.set(v1, 0)
	fileSrv := httptest.NewServer(files)
	defer fileSrv.Close()

	srv := New(nil)
	srv.Logger = discardLogger()
	r := NewReloader(srv, []string{fileSrv.URL + "/lists/un.xml"}, compare.DefaultThreshold)
	var (
		changesMu sync.Mutex
		changes   []string
	)
	r.OnChange = func(ctx context.Context, ch *Change) error {
		changesMu.Lock()
		defer changesMu.Unlock()
		for _, lc := range ch.Lists {
			changes = append(changes, lc.New.Version+" +"+strconv.Itoa(len(lc.Diff.Added))+" -"+strconv.Itoa(len(lc.Diff.Removed)))
		}
		return nil
	}
	ctx := context.Background()
	if _, err := r.Reload(ctx); err != nil {
		t.Fatal(err)
	}
	api := httptest.NewServer(srv.Handler())
	defer api.Close()

	body, _ := json.Marshal(ScreenRequest{Subjects: []aka.Subject{subject}})
	var (
		stop                                      atomic.Bool
		requests, failures, inconsistent, withNew atomic.Int64
		wg                                        sync.WaitGroup
	)
	for range 4 {
		wg.Go(func() {
			for !stop.Load() {
				requests.Add(1)
				resp, err := http.Post(api.URL+"/v1/screen", "application/json", bytes.NewReader(body))
				if err != nil {
					failures.Add(1)
					t.Errorf("POST /v1/screen: %v", err)
					continue
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				var out ScreenResponse
				if resp.StatusCode != http.StatusOK || json.Unmarshal(b, &out) != nil || len(out.Results) != 1 {
					failures.Add(1)
					t.Errorf("POST /v1/screen: %d %s", resp.StatusCode, b)
					continue
				}
				found := false
				for _, m := range out.Results[0].Matches {
					found = found || m.EntityID == added
				}
				if found {
					withNew.Add(1)
				}
				if v := out.ListVersions["un"]; found != (v == "2026-02-27") {
					inconsistent.Add(1)
					t.Errorf("version %s, %s found: %v", v, added, found)
				}
			}
		})
	}

	good, broken := 0, 0
	for i := range 20 {
		before := srv.Catalog()
		var bad bool
		switch i % 5 {
		case 1:
			files.set(v1[:len(v1)/2], 0) // truncated
			bad = true
		case 3:
			files.set(append([]byte(nil), v2[:len(v2)-20]...), 0) // the closing tags cut off
			bad = true
		case 4:
			files.set(v2, http.StatusInternalServerError)
			bad = true
		default:
			if i%2 == 0 {
				files.set(v2, 0)
			} else {
				files.set(v1, 0)
			}
		}
		_, err := r.Reload(ctx)
		st := r.Status()
		if bad {
			broken++
			if err == nil || srv.Catalog() != before || st.LastError == "" {
				t.Errorf("reload %d of a broken list: error %v, catalog swapped %v, status %+v", i, err, srv.Catalog() != before, st)
			}
		} else {
			good++
			if err != nil || st.LastError != "" {
				t.Errorf("reload %d: %v, status %+v", i, err, st)
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	stop.Store(true)
	wg.Wait()
	t.Logf("%d requests during 20 reloads (%d good, %d broken): %d failed, %d inconsistent, %d with %s; changes %v",
		requests.Load(), good, broken, failures.Load(), inconsistent.Load(), withNew.Load(), added, changes)
	if failures.Load() != 0 || inconsistent.Load() != 0 {
		t.Errorf("%d failed, %d inconsistent", failures.Load(), inconsistent.Load())
	}
	if n := withNew.Load(); n == 0 || n == requests.Load() {
		t.Errorf("%d of %d responses with %s: want both versions served", n, requests.Load(), added)
	}
	if len(changes) == 0 || changes[0] != "2026-02-27 +4 -0" {
		t.Errorf("changes = %v", changes)
	}

	// The last reload failed: readiness says so, and the metrics count it.
	files.set(v1[:1000], 0)
	if _, err := r.Reload(ctx); err == nil {
		t.Fatal("reload of a truncated file: no error")
	}
	code, _, b := do(t, srv.Handler(), http.MethodGet, "/readyz", "", nil)
	var ready ReadyResponse
	if err := json.Unmarshal(b, &ready); err != nil || code != http.StatusOK || ready.Reload == nil ||
		!strings.Contains(ready.Reload.LastError, "un.xml") || ready.Reload.LastSuccess.IsZero() {
		t.Errorf("readyz after a failed reload: %d %s", code, b)
	}
	_, _, b = do(t, srv.Handler(), http.MethodGet, "/metrics", "", nil)
	for _, want := range []string{"aka_lists_reload_failures_total " + strconv.Itoa(broken+1), "aka_lists_last_reload_success_timestamp_seconds "} {
		if !strings.Contains(string(b), want) {
			t.Errorf("metrics lack %q", want)
		}
	}

	// The admin route: 422 while the source is broken, then 200.
	code, _, b = do(t, srv.Handler(), http.MethodPost, "/v1/admin/reload", "", nil)
	if code != http.StatusUnprocessableEntity || !strings.Contains(string(b), "still serve") {
		t.Errorf("POST /v1/admin/reload with a broken source: %d %s", code, b)
	}
	files.set(v2, 0)
	code, _, b = do(t, srv.Handler(), http.MethodPost, "/v1/admin/reload", "", nil)
	var res ReloadResult
	if err := json.Unmarshal(b, &res); err != nil || code != http.StatusOK || res.ListVersions["un"] != "2026-02-27" || len(res.Lists) != 1 {
		t.Errorf("POST /v1/admin/reload: %d %s", code, b)
	}
	// The same content again changes nothing.
	before := srv.Catalog()
	res2, err := r.Reload(ctx)
	if err != nil || res2.Changed || srv.Catalog() != before {
		t.Errorf("reload of the same content: %+v, %v, swapped %v", res2, err, srv.Catalog() != before)
	}
}
