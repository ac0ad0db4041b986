package resolve

import (
	"context"
	"testing"

	"github.com/akascreen/aka"
	"github.com/google/go-cmp/cmp"
)

func person(id, name, dob, nat string) *aka.Entity {
	src, sid, _ := cut(id)
	e := &aka.Entity{ID: id, Type: aka.Person, Source: src, SourceID: sid,
		Names: []aka.Name{{Full: name, Kind: aka.Primary, Quality: aka.Strong}}}
	if dob != "" {
		d, err := aka.ParseBirthDate(dob)
		if err != nil {
			panic(err)
		}
		e.BirthDates = []aka.BirthDate{d}
	}
	if nat != "" {
		e.Nationalities = []string{nat}
	}
	return e
}

func cut(id string) (string, string, bool) {
	for i := range id {
		if id[i] == ':' {
			return id[:i], id[i+1:], true
		}
	}
	return "", id, false
}

func resolve(t *testing.T, r *Resolver, ents ...*aka.Entity) []Cluster {
	t.Helper()
	r.Workers = 1
	cs, err := r.Resolve(context.Background(), ents)
	if err != nil {
		t.Fatal(err)
	}
	// Determinism: the same input in another order, in parallel, gives
	// the same clusters.
	rev := make([]*aka.Entity, len(ents))
	for i, e := range ents {
		rev[len(ents)-1-i] = e
	}
	r2 := *r
	r2.Workers = 4
	cs2, err := r2.Resolve(context.Background(), rev)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(cs.Clusters, cs2.Clusters, cmp.AllowUnexported(Link{})); d != "" {
		t.Errorf("resolving in another order differs (-first +second):\n%s", d)
	}
	return cs.Clusters
}

func members(cs []Cluster) [][]string {
	out := [][]string{}
	for _, c := range cs {
		out = append(out, c.Members)
	}
	return out
}

func evidence(cs []Cluster) map[string]Evidence {
	out := map[string]Evidence{}
	for _, c := range cs {
		for _, l := range c.Links {
			out[l.A+" "+l.B] = l.Evidence
		}
	}
	return out
}

func TestCrossRef(t *testing.T) {
	un := person("un:QDi.028", "AHMED KHALFAN GHAILANI", "1970-08-01", "tz")
	uk := person("uk:6930", "Abubakary Khalfan Ahmed GHAILANI", "", "")
	uk.CrossRefs = []string{"un:QDi.028", "un:QDi.999"} // the second is not loaded
	cs := resolve(t, New(), un, uk)
	want := []Cluster{{ID: "uk:6930", Members: []string{"uk:6930", "un:QDi.028"},
		Links: []Link{{A: "uk:6930", B: "un:QDi.028", Evidence: CrossRef, Confidence: 1}}}}
	if d := cmp.Diff(want, cs, cmp.AllowUnexported(Link{})); d != "" {
		t.Errorf("clusters (-want +got):\n%s", d)
	}
	r := New()
	r.IgnoreCrossRefs = true
	if cs := resolve(t, r, un, uk); len(cs) != 0 {
		t.Errorf("ignoring cross-references: %v, want no cluster (the names alone are too far apart)", members(cs))
	}
}

func TestDocument(t *testing.T) {
	withDoc := func(e *aka.Entity, typ aka.DocumentType, number, country string) *aka.Entity {
		e.Documents = append(e.Documents, aka.Document{Type: typ, Number: number, Normalized: aka.NormalizeDocumentNumber(number), Country: country})
		return e
	}
	a := withDoc(person("un:QDi.1", "KAMAL BEN MAOELDI AL-HAMRAOUI", "", ""), aka.Passport, "P229856", "tn")
	b := withDoc(person("ofac:8096", "Kamel HAMRAOUI", "", ""), aka.OtherDoc, "p 229 856", "tn")
	c := withDoc(person("uk:1", "Someone ELSE", "", ""), aka.Passport, "P229856", "dz")                        // another country's passport
	d := withDoc(person("un:QDi.2", "Another PERSON", "", ""), aka.Passport, "P229856", "tn")                  // the same source as a
	o := withDoc(&aka.Entity{ID: "au:9", Type: aka.Organization, Source: "au"}, aka.Passport, "P229856", "tn") // another type
	short := withDoc(person("eu:1", "Short NUMBER", "", ""), aka.Passport, "12345", "tn")
	short2 := withDoc(person("au:1", "Short NUMBER", "", ""), aka.Passport, "12345", "tn")
	cs := resolve(t, New(), a, b, c, o, short, short2)
	want := map[string]Evidence{"ofac:8096 un:QDi.1": Document}
	if d := cmp.Diff(want, evidence(cs)); d != "" {
		t.Errorf("links (-want +got):\n%s", d)
	}
	// A number two entities of one list carry identifies neither.
	cs = resolve(t, New(), a, b, d)
	if len(cs) != 0 {
		t.Errorf("a number shared within a list: %v, want no cluster", members(cs))
	}
}

func TestNameLink(t *testing.T) {
	un := person("un:QDi.299", "IBRAHIM AWWAD IBRAHIM ALI AL-BADRI AL-SAMARRAI", "1971-07-28", "iq")
	uk := person("uk:13016", "Ibrahim Awwad Ibrahim Ali AL-BADRI AL-SAMARRAI", "1971-07-28", "iq")
	ukOrg := &aka.Entity{ID: "uk:1", Type: aka.Organization, Source: "uk",
		Names: []aka.Name{{Full: "IBRAHIM AWWAD IBRAHIM ALI AL-BADRI AL-SAMARRAI", Kind: aka.Primary}}}
	// A sibling: all names but the first shared, another birth year.
	sibling := person("ofac:1", "Hala Awwad Ibrahim Ali AL-BADRI AL-SAMARRAI", "1975", "iq")
	cs := resolve(t, New(), un, uk, ukOrg, sibling)
	want := [][]string{{"uk:13016", "un:QDi.299"}}
	if d := cmp.Diff(want, members(cs)); d != "" {
		t.Errorf("clusters (-want +got):\n%s", d)
	}
	if l := cs[0].Links[0]; l.Evidence != NameMatch || l.Confidence < DefaultThreshold || l.Confidence > 1 {
		t.Errorf("link %+v, want name evidence with a confidence in [%v, 1]", l, DefaultThreshold)
	}
	// A common name with nothing else is not a link.
	cs = resolve(t, New(), person("un:1", "Mohammed ALI", "", ""), person("uk:1", "Mohammed ALI", "", ""))
	if len(cs) != 0 {
		t.Errorf("common name alone: %v, want no cluster", members(cs))
	}
}

// TestSameSource: two entities of one list that both match one entity of
// another by name are not put in one cluster; the stronger link wins.
func TestSameSource(t *testing.T) {
	// The UN lists Hassan Dahir Aweys twice, under two regimes; here a
	// longer name stands in for his, to be rare among so few entities.
	const name = "Hassan Dahir Aweys Ibrahim Awwad AL-SAMARRAI"
	un := person("un:QDi.042", name, "1935-01-01", "so")
	un2 := person("un:SOi.002", name, "1935", "so")
	uk := person("uk:6995", name, "1935-01-01", "so")
	cs := resolve(t, New(), un, un2, uk)
	want := [][]string{{"uk:6995", "un:QDi.042"}}
	if d := cmp.Diff(want, members(cs)); d != "" {
		t.Errorf("clusters (-want +got):\n%s", d)
	}
	// A cross-reference may join them: the list says so.
	uk.CrossRefs = []string{"un:SOi.002"}
	cs = resolve(t, New(), un, un2, uk)
	want = [][]string{{"uk:6995", "un:SOi.002"}}
	if d := cmp.Diff(want, members(cs)); d != "" {
		t.Errorf("with a cross-reference (-want +got):\n%s", d)
	}
	// A chain through a third list cannot join two entities of one list
	// by name either.
	uk.CrossRefs = nil
	ofac := person("ofac:1", name, "1935", "so")
	cs = resolve(t, New(), un, un2, uk, ofac)
	for _, c := range cs {
		n := 0
		for _, m := range c.Members {
			if m[:3] == "un:" {
				n++
			}
		}
		if n > 1 {
			t.Errorf("cluster %v holds two UN entities", c.Members)
		}
	}
}

func TestJudgements(t *testing.T) {
	un := person("un:QDi.299", "IBRAHIM AWWAD IBRAHIM ALI AL-BADRI AL-SAMARRAI", "1971-07-28", "iq")
	uk := person("uk:13016", "Ibrahim Awwad Ibrahim Ali AL-BADRI AL-SAMARRAI", "1971-07-28", "iq")
	ofac := person("ofac:44612", "Abu Bakr AL-BAGHDADI", "1971", "iq")
	uk.CrossRefs = []string{"un:QDi.299"}
	r := New()
	r.Judgements = []aka.LinkJudgement{
		{A: "un:QDi.299", B: "uk:13016", Verdict: aka.LinkConfirmed},
		{A: "ofac:44612", B: "un:QDi.299", Verdict: aka.LinkConfirmed},
		// A later judgement of a pair wins: rejected after confirmed.
		{A: "uk:13016", B: "un:QDi.299", Verdict: aka.LinkRejected},
		{A: "un:QDi.299", B: "un:gone", Verdict: aka.LinkConfirmed}, // not loaded: ignored
	}
	cs := resolve(t, r, un, uk, ofac)
	want := map[string]Evidence{"ofac:44612 un:QDi.299": Confirmed}
	if d := cmp.Diff(want, evidence(cs)); d != "" {
		t.Errorf("links (-want +got):\n%s", d)
	}
	// Rejected: not by name through a third entity either.
	ofac2 := person("ofac:2", "Ibrahim Awwad Ibrahim Ali AL-BADRI AL-SAMARRAI", "1971-07-28", "iq")
	uk.CrossRefs = nil
	r.Judgements = []aka.LinkJudgement{{A: "un:QDi.299", B: "uk:13016", Verdict: aka.LinkRejected}}
	cs = resolve(t, r, un, uk, ofac2)
	for _, c := range cs {
		in := map[string]bool{}
		for _, m := range c.Members {
			in[m] = true
		}
		if in["un:QDi.299"] && in["uk:13016"] {
			t.Errorf("cluster %v holds a rejected pair", c.Members)
		}
	}
}

func TestProfiles(t *testing.T) {
	cs := &Clusters{Clusters: []Cluster{{ID: "uk:1", Members: []string{"uk:1", "un:2"}}}}
	want := map[string]string{"uk:1": "uk:1", "un:2": "uk:1"}
	if d := cmp.Diff(want, cs.Profiles()); d != "" {
		t.Errorf("Profiles (-want +got):\n%s", d)
	}
}
