package names

import "testing"

func TestDerivedFromPopular(t *testing.T) {
	for _, f := range []string{
		"mohammadi", "hosseini", "ahmadi", "rezaei", "musavi", "alavi", // nisba
		"hosseinzadeh", "alipour", // Persian "son of"
		"aliyev", "ivanov", "hasanov", // Russian-style surnames
		"ivanovich", "sergeyevna", // patronymics
	} {
		if !DerivedFromPopular(f) {
			t.Errorf("DerivedFromPopular(%q) = false, want true", f)
		}
	}
	for _, f := range []string{
		"baghdadi", "belkalem", "zawahiri", // rare surnames
		"hanev", "alev", // too short a base for -ev
		"mohammad", "ali", // forenames themselves
		"", "i", "ov",
	} {
		if DerivedFromPopular(f) {
			t.Errorf("DerivedFromPopular(%q) = true, want false", f)
		}
	}
}
