package compare

import (
	"reflect"
	"strings"
	"testing"

	"github.com/akascreen/aka"
)

// TestPrepareQueryProblems: a field that cannot be read is named in
// Problems and left unknown, and so is a word of the name in a script that
// is not read: a user must see that part of the name was not compared.
func TestPrepareQueryProblems(t *testing.T) {
	for _, tc := range []struct {
		subj aka.Subject
		want []string
		toks int
	}{
		{aka.Subject{Name: "Abu Bakr al-Baghdadi", BirthDate: "1971", Nationality: "iq"}, nil, 3},
		{aka.Subject{Name: "John Smith", BirthDate: "yesterday"}, []string{"birth_date: "}, 2},
		{aka.Subject{Name: "John Smith", Nationality: "Atlantis"}, []string{`nationality: unknown country "Atlantis"`}, 2},
		{aka.Subject{Name: "ยิ่งลักษณ์ Shinawatra"}, []string{`name: "ยิ่งลักษณ์" is written in Thai, which aka does not read; the word was left out`}, 1},
		{aka.Subject{Name: "ยิ่งลักษณ์ ชินวัตร"}, []string{
			`name: "ยิ่งลักษณ์" is written in Thai, which aka does not read; the word was left out`,
			`name: "ชินวัตร" is written in Thai, which aka does not read; the word was left out`,
			"name: no word could be read; nothing was compared",
		}, 0},
	} {
		q := PrepareQuery(tc.subj, flatRarity(10))
		if len(q.Name.Tokens) != tc.toks {
			t.Errorf("%q: %d tokens, want %d", tc.subj.Name, len(q.Name.Tokens), tc.toks)
		}
		if len(q.Problems) != len(tc.want) {
			t.Errorf("%+v: problems %q, want %q", tc.subj, q.Problems, tc.want)
			continue
		}
		for i, p := range q.Problems {
			// A date's parse error is the date parser's: check the field.
			if want := tc.want[i]; p != want && !(want == "birth_date: " && strings.HasPrefix(p, want)) {
				t.Errorf("%+v: problem %q, want %q", tc.subj, p, want)
			}
		}
	}
	if q := PrepareQuery(aka.Subject{Name: "Mohammed Ali"}, flatRarity(10)); !reflect.DeepEqual(q.Problems, []string(nil)) {
		t.Errorf("a readable name has problems %q", q.Problems)
	}
}

// TestPaternalSurname: a person named the Spanish way goes by the father's
// surname, the first of two; a query that keeps the mother's and leaves the
// father's out is less likely the same person. Elsewhere, and when the
// query has the father's, a listed word left out costs what it always does.
func TestPaternalSurname(t *testing.T) {
	r := flatRarity(10)
	person := func(country string) *aka.Entity {
		return &aka.Entity{ID: "x", Type: aka.Person, Nationalities: []string{country}, Names: []aka.Name{{
			Full: "Felipe MORENO PEREZ", Kind: aka.Primary, Quality: aka.Strong,
			Parts: []aka.NamePart{{Kind: aka.GivenName, Value: "Felipe"}, {Kind: aka.FamilyName, Value: "MORENO PEREZ"}},
		}}}
	}
	how := func(ev aka.NameEvidence, listed string) string {
		for _, tk := range ev.Tokens {
			if tk.Listed == listed && tk.Query == "" {
				return tk.How
			}
		}
		return ""
	}
	mx, lb := PrepareEntry(person("mx"), r), PrepareEntry(person("lb"), r)
	maternal := PrepareQuery(aka.Subject{Name: "Felipe Pérez"}, r)
	paternal := PrepareQuery(aka.Subject{Name: "Felipe Moreno"}, r)
	if got := how(BestName(maternal, mx), "MORENO"); got != "paternal" {
		t.Errorf("Felipe Pérez against a Mexican Felipe MORENO PEREZ: MORENO is %q, want paternal", got)
	}
	if got := how(BestName(paternal, mx), "PEREZ"); got != "extra" {
		t.Errorf("Felipe Moreno against a Mexican Felipe MORENO PEREZ: PEREZ is %q, want extra", got)
	}
	if got := how(BestName(maternal, lb), "MORENO"); got != "extra" {
		t.Errorf("Felipe Pérez against a Lebanese Felipe MORENO PEREZ: MORENO is %q, want extra", got)
	}
	if a, b := BestName(maternal, mx).Bits, BestName(paternal, mx).Bits; a >= b {
		t.Errorf("Felipe Pérez %.2f bits, Felipe Moreno %.2f: want the father's surname to count more", a, b)
	}
}

// TestMarriedSurname: a married woman named the Spanish way bears her
// husband's surname after her father's and de, in place of her mother's:
// the name she was born with, the mother's surname in the husband's place,
// is no conflict of two names. A man's surname of three words keeps it.
func TestMarriedSurname(t *testing.T) {
	r := flatRarity(10)
	person := func(g aka.Gender) *aka.Entity {
		return &aka.Entity{ID: "x", Type: aka.Person, Gender: g, Nationalities: []string{"ni"}, Names: []aka.Name{{
			Full: "Rosario Maria MURILLO DE ORTEGA", Kind: aka.Primary, Quality: aka.Strong,
			Parts: []aka.NamePart{{Kind: aka.GivenName, Value: "Rosario Maria"}, {Kind: aka.FamilyName, Value: "MURILLO DE ORTEGA"}},
		}}}
	}
	q := PrepareQuery(aka.Subject{Name: "Rosario Maria Murillo Zambrana"}, r)
	conflict := func(ev aka.NameEvidence) bool {
		for _, tk := range ev.Tokens {
			if tk.How == "conflict" {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		g    aka.Gender
		want bool
	}{{aka.Female, false}, {"", false}, {aka.Male, true}} {
		if got := conflict(BestName(q, PrepareEntry(person(c.g), r))); got != c.want {
			t.Errorf("gender %q: conflict %v, want %v", c.g, got, c.want)
		}
	}
}

// TestQueryOrthography: the country of a query's document, or else its
// nationality, says how its Latin name is spelled where the letters do
// not: CUMAR on a Somali document is Umar, c read as the Somali ع; on no
// document it is left as written.
func TestQueryOrthography(t *testing.T) {
	has := func(q *Query, form string) bool {
		for _, tk := range q.Name.Tokens {
			for _, f := range tk.Forms {
				if f == form {
					return true
				}
			}
		}
		return false
	}
	for _, tc := range []struct {
		subj aka.Subject
		form string
		want bool
	}{
		{aka.Subject{Name: "CUMAR GUHAD", Nationality: "SOM"}, "umar", true},
		{aka.Subject{Name: "CUMAR GUHAD", DocumentCountry: "DJI"}, "umar", true},
		{aka.Subject{Name: "CUMAR GUHAD"}, "umar", false},
		{aka.Subject{Name: "CUMAR GUHAD", Nationality: "KEN"}, "umar", false},
		{aka.Subject{Name: "CEMAL SAHIN", Nationality: "TUR"}, "jemal", true},
		{aka.Subject{Name: "CEMAL SAHIN", Nationality: "SOM", DocumentCountry: "TUR"}, "jemal", true},
		{aka.Subject{Name: "MUKHAMMAD", DocumentCountry: "RUS"}, "muhammad", true},
	} {
		if got := has(PrepareQuery(tc.subj, flatRarity(10)), tc.form); got != tc.want {
			t.Errorf("%+v: form %q %v, want %v", tc.subj, tc.form, got, tc.want)
		}
	}
}
