package httpapi

import (
	"context"
	"slices"
	"testing"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
)

// TestMonitorAndReloadRoles marks a screened subject monitored over HTTP,
// with the roles each route needs when the server has a store.
func TestMonitorAndReloadRoles(t *testing.T) {
	for name, open := range testStores(t) {
		t.Run(name, func(t *testing.T) { testMonitorRoute(t, open(t)) })
	}
	testReloadRoute(t)
}

func testMonitorRoute(t *testing.T, st testStore) {
	// The server's store is the backend itself: testStore's wrapper
	// hides what aka.Store does not name.
	e := newReviewEnv(t, st)
	e.srv.Review.Store = st.Store
	{
		analyst, viewer := e.keys[aka.Analyst], e.keys[aka.Viewer]
		code, b := e.call(t, analyst, "POST", "/v1/screen", listedPerson, nil)
		want(t, "screen", code, b, 200)
		code, b = e.call(t, viewer, "POST", "/v1/subjects/p-1/monitor", `{"monitored":true}`, nil)
		want(t, "viewer monitors", code, b, 403)
		code, b = e.call(t, analyst, "POST", "/v1/subjects/nobody/monitor", `{"monitored":true}`, nil)
		want(t, "monitor an unknown subject", code, b, 404)
		code, b = e.call(t, analyst, "POST", "/v1/subjects/p-1/monitor", `{"monitored":true}`, nil)
		want(t, "analyst monitors", code, b, 200)
		var ids []string
		err := st.Store.(aka.MonitorStore).MonitoredSubjects(context.Background(), func(s aka.Subject) error {
			ids = append(ids, s.ID)
			return nil
		})
		if err != nil || !slices.Equal(ids, []string{"p-1"}) {
			t.Errorf("monitored = %v, %v; want [p-1]", ids, err)
		}
		entries, err := e.store.AuditEntries(context.Background(), 0, 100)
		if err != nil || entries[len(entries)-1].Action != "subject.monitor" {
			t.Errorf("last audit entry: %v", err)
		}
	}
}

// testReloadRoute checks that reloading needs the admin role.
func testReloadRoute(t *testing.T) {
	e := newReviewEnv(t, testStores(t)["sqlite"](t))
	srv := New(nil)
	srv.Logger = discardLogger()
	srv.Review = e.srv.Review
	r := NewReloader(srv, nil, compare.DefaultThreshold)
	if _, err := r.Reload(context.Background()); err != nil {
		t.Fatal(err)
	}
	e.srv, e.h = srv, srv.Handler()
	code, b := e.call(t, e.keys[aka.Supervisor], "POST", "/v1/admin/reload", "", nil)
	want(t, "supervisor reloads", code, b, 403)
	var res ReloadResult
	code, b = e.call(t, e.keys[aka.Admin], "POST", "/v1/admin/reload", "", &res)
	want(t, "admin reloads", code, b, 200)
	if res.Changed || res.ListVersions["un"] == "" {
		t.Errorf("reload of the embedded list: %s", b)
	}
}
