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
