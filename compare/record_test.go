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
