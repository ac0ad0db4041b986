package aka_test

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/akascreen/aka"
)

func TestSubjectID(t *testing.T) {
	base := aka.Subject{Name: "Jean-Luc Picard", BirthDate: "2305-07-13", Nationality: "FR", DocumentNumber: "AB 123-456"}
	same := []aka.Subject{
		{Name: "jean luc  PICARD", BirthDate: "2305-7-13", Nationality: "fr", DocumentNumber: "ab123456"},
		{Name: " Jean-Luc Picard ", BirthDate: "2305-07-13", Nationality: "FR ", DocumentNumber: "AB123456", Gender: "male", Origin: "line 4"},
	}
	different := []aka.Subject{
		{Name: "Jean-Luc Picard", BirthDate: "2305-07-14", Nationality: "FR", DocumentNumber: "AB 123-456"},
		{Name: "Jean-Luc Picard", BirthDate: "2305-07-13", Nationality: "GB", DocumentNumber: "AB 123-456"},
		{Name: "Jean-Luc Picard", BirthDate: "2305-07-13", Nationality: "FR"},
		{Name: "Jean Picard", BirthDate: "2305-07-13", Nationality: "FR", DocumentNumber: "AB 123-456"},
	}
	want := aka.SubjectID(base)
	if !strings.HasPrefix(want, "h:") || len(want) != 2+64 {
		t.Fatalf("SubjectID(%+v) = %q, want h: and 64 hex digits", base, want)
	}
	for _, s := range same {
		if got := aka.SubjectID(s); got != want {
			t.Errorf("SubjectID(%+v) = %q, want %q", s, got, want)
		}
	}
	for _, s := range different {
		if got := aka.SubjectID(s); got == want {
			t.Errorf("SubjectID(%+v) = %q, the same as %+v", s, got, base)
		}
	}
	if got := aka.SubjectID(aka.Subject{ID: " c-42 ", Name: "X"}); got != "c-42" {
		t.Errorf("SubjectID with a client id = %q, want c-42", got)
	}
}

func TestSubjectFingerprint(t *testing.T) {
	a := aka.Subject{ID: "1", Name: "Jane Roe", BirthDate: "1970"}
	b := aka.Subject{ID: "2", Name: "JANE  ROE", BirthDate: "1970", Origin: "line 9"}
	if aka.SubjectFingerprint(a) != aka.SubjectFingerprint(b) {
		t.Errorf("fingerprints differ for the same data under other ids")
	}
	for _, c := range []aka.Subject{
		{Name: "Jane Roe", BirthDate: "1971"},
		{Name: "Jane Roe", BirthDate: "1970", Gender: "F"},
		{Name: "Jane Roe", BirthDate: "1970", PlaceOfBirth: "Lyon"},
		{Name: "Jane Roe", BirthDate: "1970", DocumentCountry: "fr"},
		{Name: "Jane Roe", BirthDate: "1970", Schema: "Organization"},
	} {
		if aka.SubjectFingerprint(c) == aka.SubjectFingerprint(a) {
			t.Errorf("SubjectFingerprint(%+v) is the same as for %+v", c, a)
		}
	}
}

func TestEntityFingerprint(t *testing.T) {
	e := &aka.Entity{ID: "un:QDi.1", Source: "un", ListVersion: "2026-01-28", Names: []aka.Name{{Full: "A"}}}
	f := aka.EntityFingerprint(e)
	v := *e
	v.ListVersion = "2026-02-01"
	if aka.EntityFingerprint(&v) != f {
		t.Errorf("a new list version changed the fingerprint")
	}
	v.Remarks = "new"
	if aka.EntityFingerprint(&v) == f {
		t.Errorf("new remarks left the fingerprint as it was")
	}
	if e.ListVersion != "2026-01-28" {
		t.Errorf("EntityFingerprint changed its argument")
	}
	if aka.EntityFingerprint(nil) != "" {
		t.Errorf("EntityFingerprint(nil) not empty")
	}
}

func TestTransition(t *testing.T) {
	for _, c := range []struct {
		from aka.AlertStatus
		d    aka.DecisionKind
		to   aka.AlertStatus
		ok   bool
	}{
		{aka.StatusOpen, aka.DecideFalsePositive, aka.StatusFalsePositive, true},
		{aka.StatusOpen, aka.DecideTrueMatch, aka.StatusTrueMatch, true},
		{aka.StatusOpen, aka.DecideNeedsInfo, aka.StatusNeedsInfo, true},
		{aka.StatusNeedsInfo, aka.DecideNeedsInfo, aka.StatusNeedsInfo, true},
		{aka.StatusNeedsInfo, aka.DecideTrueMatch, aka.StatusTrueMatch, true},
		{aka.StatusFalsePositive, aka.DecideTrueMatch, aka.StatusFalsePositive, false},
		{aka.StatusOpen, aka.DecideReopen, aka.StatusOpen, false},
		{aka.StatusFalsePositive, aka.DecideReopen, aka.StatusOpen, true},
		{aka.StatusClosed, aka.DecideReopen, aka.StatusOpen, true},
		{aka.StatusOpen, aka.DecideClose, aka.StatusClosed, true},
		{aka.StatusClosed, aka.DecideClose, aka.StatusClosed, false},
		{aka.StatusOpen, "maybe", aka.StatusOpen, false},
	} {
		to, ok := aka.Transition(c.from, c.d)
		if to != c.to || ok != c.ok {
			t.Errorf("Transition(%s, %s) = %s, %v; want %s, %v", c.from, c.d, to, ok, c.to, c.ok)
		}
	}
}

func TestRoleAllows(t *testing.T) {
	roles := []aka.Role{aka.Viewer, aka.Analyst, aka.Supervisor, aka.Admin}
	for i, r := range roles {
		for j, want := range roles {
			if got := r.Allows(want); got != (i >= j) {
				t.Errorf("%s.Allows(%s) = %v", r, want, got)
			}
		}
	}
	if aka.Role("root").Allows(aka.Viewer) || aka.Role("").Allows(aka.Viewer) {
		t.Errorf("an unknown role allows something")
	}
}

func TestAuditHashCanonical(t *testing.T) {
	a := &aka.AuditEntry{Seq: 2, Actor: "k1", Action: "note", PrevHash: "ab", Detail: json.RawMessage(`{"b": 1, "a": [1.50, "x"]}`)}
	b := *a
	b.Detail = json.RawMessage(`{"a":[1.50,"x"],"b":1}`)
	ha, err := a.ComputeHash()
	if err != nil {
		t.Fatal(err)
	}
	if hb, _ := b.ComputeHash(); hb != ha {
		t.Errorf("the same detail in another key order hashes differently")
	}
	for _, change := range []func(e *aka.AuditEntry){
		func(e *aka.AuditEntry) { e.Seq = 3 },
		func(e *aka.AuditEntry) { e.Actor = "k2" },
		func(e *aka.AuditEntry) { e.Action = "decision" },
		func(e *aka.AuditEntry) { e.PrevHash = "ac" },
		func(e *aka.AuditEntry) { e.Detail = json.RawMessage(`{"b": 2, "a": [1.50, "x"]}`) },
		func(e *aka.AuditEntry) { e.At = e.At.Add(1000) },
	} {
		c := *a
		change(&c)
		if h, _ := c.ComputeHash(); h == ha {
			t.Errorf("changed entry %+v hashes the same", c)
		}
	}
	if _, err := (&aka.AuditEntry{Detail: json.RawMessage(`{`)}).ComputeHash(); aka.ErrorCode(err) != aka.EINVALID {
		t.Errorf("bad detail: %v, want EINVALID", err)
	}
}

func FuzzSubjectID(f *testing.F) {
	f.Add("Jean-Luc Picard", "2305-07-13", "FR", "AB 123-456")
	f.Add("محمد بن سلمان", "1985", "sa", "")
	f.Add("", "", "", "")
	f.Add("\xff\xfe", "99-99-99", "\x00", "\u0301")
	f.Fuzz(func(t *testing.T, name, birth, nat, doc string) {
		s := aka.Subject{Name: name, BirthDate: birth, Nationality: nat, DocumentNumber: doc}
		id := aka.SubjectID(s)
		if id != aka.SubjectID(s) {
			t.Fatalf("SubjectID(%+v) is not deterministic", s)
		}
		if !strings.HasPrefix(id, "h:") || len(id) != 66 || !utf8.ValidString(id) {
			t.Fatalf("SubjectID(%+v) = %q", s, id)
		}
		if aka.SubjectFingerprint(s) != aka.SubjectFingerprint(s) {
			t.Fatalf("SubjectFingerprint(%+v) is not deterministic", s)
		}
	})
}
