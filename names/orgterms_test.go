package names

import "testing"

func TestOrgTerm(t *testing.T) {
	// Each spelling names one word, once, folded.
	checkSpellingGroups(t, orgTerms)
	for _, tc := range []struct{ a, b string }{{"zavod", "plant"}, {"nauchno", "scientific"}, {"tsentr", "centre"}} {
		if a, b := OrgTerm(tc.a), OrgTerm(tc.b); a == 0 || a != b {
			t.Errorf("OrgTerm(%s) = %d, OrgTerm(%s) = %d: want one word", tc.a, a, tc.b, b)
		}
	}
	if OrgTerm("salyut") != 0 {
		t.Error("salyut is a name, not a word of organizations' names")
	}
	if len(orgTerms) > 255 {
		t.Errorf("%d groups: more than a byte numbers", len(orgTerms))
	}
}

func TestPlaceAdjective(t *testing.T) {
	for _, tt := range []struct{ form, place, stem string }{
		{"tambovskii", "tambov", "tambovsk"},
		{"tambovskiy", "tambov", "tambovsk"},
		{"izhevskiy", "izhev", "izhevsk"},
		{"kazanskaya", "kazan", "kazansk"},
		{"novosibirskii", "novosibir", "novosibirsk"},
		// A word of organizations' names is its translation already.
		{"moskovskii", "", ""},
		{"tambov", "", ""},
		{"petrovsky", "petrov", "petrovsk"},
		{"minskii", "minsk", "minsk"},
		{"aviatsionnyi", "", ""},
	} {
		if p, s := PlaceAdjective(tt.form); p != tt.place || s != tt.stem {
			t.Errorf("PlaceAdjective(%q) = %q, %q; want %q, %q", tt.form, p, s, tt.place, tt.stem)
		}
	}
}
