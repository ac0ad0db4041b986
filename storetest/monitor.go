package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/index"
	"github.com/akascreen/aka/lists"
	"github.com/akascreen/aka/monitor"
	"github.com/akascreen/aka/review"
)

// monitorStore returns the store as an aka.MonitorStore, failing the test
// when it is not one.
func monitorStore(t *testing.T, s aka.Store) aka.MonitorStore {
	t.Helper()
	ms, ok := s.(aka.MonitorStore)
	if !ok {
		t.Fatalf("%T does not implement aka.MonitorStore", s)
	}
	return ms
}

func monitored(t *testing.T, ms aka.MonitorStore) []string {
	t.Helper()
	var ids []string
	err := ms.MonitoredSubjects(context.Background(), func(s aka.Subject) error {
		if s.Name == "" || s.ID == "" {
			t.Errorf("monitored subject %+v: want its id and name", s)
		}
		ids = append(ids, s.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

// testMonitor marks subjects monitored and not, and checks which the store
// walks: monitored, not purged, in id order.
func testMonitor(t *testing.T, b Backend) {
	ctx := context.Background()
	s, clock := newService(t, b)
	ms := monitorStore(t, s.Store)
	for _, id := range []string{"m-3", "m-1", "m-2", "m-4"} {
		record(t, s, screening(aka.Subject{ID: id, Name: "Person " + id}, 0.9))
	}
	wantCode(t, "Monitor(unknown)", ms.Monitor(ctx, "nobody", true), aka.ENOTFOUND)
	for _, id := range []string{"m-3", "m-1", "m-4"} {
		if err := ms.Monitor(ctx, id, true); err != nil {
			t.Fatal(err)
		}
	}
	if err := ms.Monitor(ctx, "m-4", false); err != nil {
		t.Fatal(err)
	}
	if err := ms.Monitor(ctx, "m-1", true); err != nil { // twice is once
		t.Fatal(err)
	}
	if got, want := monitored(t, ms), []string{"m-1", "m-3"}; !slices.Equal(got, want) {
		t.Errorf("monitored = %v, want %v", got, want)
	}
	// Screening a monitored subject again keeps it monitored.
	record(t, s, screening(aka.Subject{ID: "m-1", Name: "Person m-1 Renamed"}, 0.9))
	// A purged subject has no data left to screen.
	clock.Advance(200 * 24 * time.Hour)
	record(t, s, screening(aka.Subject{ID: "m-1", Name: "Person m-1"}, 0.9))
	if _, err := s.Purge(ctx, admin, 180*24*time.Hour); err != nil {
		t.Fatal(err)
	}
	if got, want := monitored(t, ms), []string{"m-1"}; !slices.Equal(got, want) {
		t.Errorf("monitored after purge = %v, want %v", got, want)
	}
}

// person returns a listed person with a birth year.
func person(id, name string, year int) *aka.Entity {
	return &aka.Entity{
		ID: id, Type: aka.Person, Source: "un", SourceID: strings.TrimPrefix(id, "un:"),
		Names:      []aka.Name{{Full: name, Kind: aka.Primary, Quality: aka.Strong}},
		BirthDates: []aka.BirthDate{{Date: aka.PartialDate{Year: year}}},
	}
}

func list(version string, es ...*aka.Entity) *lists.List {
	out := &lists.List{Source: "un", Version: version, File: "un-" + version + ".xml"}
	for _, e := range es {
		c := *e
		c.ListVersion = version
		out.Entities = append(out.Entities, &c)
	}
	return out
}

// testMonitorDelta applies a list update to monitored subjects: exactly the
// alerts for the added entities open, a changed entity's open alert is not
// duplicated, a subject that is not monitored is left alone, and a removed
// entity's open alert is closed with a note, audited.
func testMonitorDelta(t *testing.T, b Backend) {
	ctx := context.Background()
	s, _ := newService(t, b)
	s.DefaultThreshold = compare.DefaultThreshold
	ms := monitorStore(t, s.Store)

	kept := person("un:QDi.101", "Tarnowski Oberlechner Vasquez", 1961)
	gone := person("un:QDi.102", "Radomir Kwiatkowski Hallgrimsson", 1972)
	changed := person("un:QDi.103", "Ebenezer Thistlewood Marchetti", 1958)
	old := list("2026-01-28", kept, gone, changed)
	changed2 := *changed
	changed2.Remarks = "Amended on 2026-02-20."
	added1 := person("un:QDi.201", "Leopoldine Szczepanska Abernathy", 1980)
	added2 := person("un:QDi.202", "Bartholomew Oyelaran Nakashima", 1975)
	new := list("2026-02-27", kept, &changed2, added1, added2)

	// Subjects screened before the update, against the old list.
	subjects := []struct {
		subj    aka.Subject
		before  *aka.Entity // the open alert it has, if any
		monitor bool
	}{
		{aka.Subject{ID: "c-added1", Name: "Leopoldine Szczepanska Abernathy", BirthDate: "1980"}, nil, true},
		{aka.Subject{ID: "c-added2", Name: "Bartholomew Oyelaran Nakashima", BirthDate: "1975-03-02"}, nil, true},
		{aka.Subject{ID: "c-gone", Name: "Radomir Kwiatkowski Hallgrimsson", BirthDate: "1972"}, old.Entities[1], true},
		{aka.Subject{ID: "c-changed", Name: "Ebenezer Thistlewood Marchetti"}, old.Entities[2], true},
		{aka.Subject{ID: "c-kept", Name: "Tarnowski Oberlechner Vasquez"}, old.Entities[0], true},
		{aka.Subject{ID: "c-nobody", Name: "Margarethe Penhaligon"}, nil, true},
		{aka.Subject{ID: "c-unmonitored", Name: "Leopoldine Szczepanska Abernathy", BirthDate: "1980"}, nil, false},
	}
	openBefore := map[string]string{} // subject -> alert id
	for _, c := range subjects {
		sc := review.Screening{Subject: c.subj, Entities: map[string]*aka.Entity{}}
		if c.before != nil {
			sc = screening(c.subj, 0.9, c.before)
		}
		rec := record(t, s, sc)
		if c.before != nil {
			openBefore[c.subj.ID] = rec.Alerts[0].ID
		}
		if c.monitor {
			if err := ms.Monitor(ctx, c.subj.ID, true); err != nil {
				t.Fatal(err)
			}
		}
	}

	diff := lists.Diff(old, new)
	d := monitor.Delta{Full: index.Build(new.Entities)}
	d.Add(new, diff)
	if len(d.Entities) != 3 || len(d.Removed) != 1 {
		t.Fatalf("delta: %d entities, %v removed; want 3 and [%s]", len(d.Entities), d.Removed, gone.ID)
	}
	m := monitor.New(s, ms)
	m.Workers = 2
	rep, err := m.Apply(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Subjects != 6 || rep.NewAlerts != 2 || rep.Closed != 1 {
		t.Errorf("report %+v: want 6 subjects, 2 new alerts, 1 closed", rep)
	}

	// Exactly the alerts for the added entities are new.
	all, err := s.Store.Alerts(ctx, aka.AlertFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range all {
		if slices.Contains(mapValues(openBefore), a.ID) {
			continue
		}
		got = append(got, a.SubjectID+" "+a.EntityID+" "+string(a.Status))
		if a.ListVersions["un"] != "2026-02-27" || a.Source != "un" {
			t.Errorf("alert %s: source %q, versions %v", a.ID, a.Source, a.ListVersions)
		}
	}
	slices.Sort(got)
	want := []string{"c-added1 un:QDi.201 open", "c-added2 un:QDi.202 open"}
	if !slices.Equal(got, want) {
		t.Errorf("new alerts = %q, want %q", got, want)
	}
	// The removed entity's alert is closed with a note; the others stay open.
	for subj, id := range openBefore {
		a, err := s.Store.Alert(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if subj != "c-gone" {
			if a.Status != aka.StatusOpen {
				t.Errorf("alert of %s: %s, want open", subj, a.Status)
			}
			continue
		}
		if a.Status != aka.StatusClosed {
			t.Errorf("alert of the removed entity: %s, want closed", a.Status)
		}
		ds, err := s.Store.Decisions(ctx, id)
		if err != nil || len(ds) != 1 || !strings.Contains(ds[0].Reason, "removed from the un list (version 2026-02-27)") || ds[0].Actor != "monitor" {
			t.Errorf("decisions on the removed entity's alert: %+v, %v", ds, err)
		}
	}
	if _, err := review.Verify(ctx, s.Store); err != nil {
		t.Error(err)
	}

	// Applying the same delta again opens nothing.
	rep, err = m.Apply(ctx, d)
	if err != nil || rep.NewAlerts != 0 || rep.Closed != 0 {
		t.Errorf("second Apply: %+v, %v; want nothing new", rep, err)
	}
}

func mapValues(m map[string]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	return out
}
