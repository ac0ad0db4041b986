package screening

import (
	"testing"

	"github.com/akascreen/aka"
	"github.com/google/go-cmp/cmp"
)

func TestGroup(t *testing.T) {
	m := func(id string, score float64) aka.Match { return aka.Match{EntityID: id, Score: score} }
	res := Result{Matches: []aka.Match{
		m("un:QDi.299", 0.99), m("ofac:1", 0.9), m("uk:13016", 0.98), m("uk:5", 0.7), m("ofac:44612", 0.6),
	}}
	profiles := map[string]string{"un:QDi.299": "ofac:44612", "uk:13016": "ofac:44612", "ofac:44612": "ofac:44612"}
	got := Group(res, profiles)
	want := []Profile{
		{ProfileID: "ofac:44612", Sources: []string{"un", "uk", "ofac"}, Matches: []aka.Match{m("un:QDi.299", 0.99), m("uk:13016", 0.98), m("ofac:44612", 0.6)}},
		{ProfileID: "ofac:1", Sources: []string{"ofac"}, Matches: []aka.Match{m("ofac:1", 0.9)}},
		{ProfileID: "uk:5", Sources: []string{"uk"}, Matches: []aka.Match{m("uk:5", 0.7)}},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Group (-want +got):\n%s", d)
	}
	if got := Group(Result{}, nil); got == nil || len(got) != 0 {
		t.Errorf("Group(no matches) = %#v, want an empty slice", got)
	}
}
