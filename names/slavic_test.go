package names

import "testing"

// checkSpellingGroups checks a table of groups of spellings: each group
// has two spellings at least, and each spelling is folded and in one group
// only, once.
func checkSpellingGroups(t *testing.T, groups [][]string) {
	t.Helper()
	seen := map[string]int{}
	for i, group := range groups {
		if len(group) < 2 {
			t.Errorf("group %d %v: one spelling", i, group)
		}
		for _, f := range group {
			if j, ok := seen[f]; ok {
				t.Errorf("%q in groups %d and %d", f, j, i)
			}
			seen[f] = i
			if got := FoldLatin(f); got != f {
				t.Errorf("%q is not folded (%q)", f, got)
			}
		}
	}
}

func TestSlavicGivenName(t *testing.T) {
	// Each spelling names one given name, once.
	checkSpellingGroups(t, eastSlavic)
	for _, tc := range []struct{ a, b string }{
		{"grigorievich", "ryhorovich"},
		{"mykolayovych", "nikolayevich"},
		{"uladzimiravich", "vladimirovich"},
		{"yaugenavich", "yevgenevich"},
		{"serhiivna", "sergeevna"},
		{"alyaksandravich", "oleksandrovych"},
		{"alexandrovich", "aleksandrovich"},
		{"andreevich", "andriyovych"},
		{"yurievich", "yuriyovych"},
	} {
		if a, b := SlavicPatronymic(tc.a), SlavicPatronymic(tc.b); a == 0 || a != b {
			t.Errorf("patronymics %s %d and %s %d", tc.a, a, tc.b, b)
		}
	}
	for _, tc := range []struct {
		p, s string
		want bool
	}{
		{"alexandrovich", "alexandrov", true},
		{"alexandrovitch", "alexandrov", true},
		{"alexandrovits", "alexandrov", true},
		{"alexandrowitsch", "alexandrov", true},
		{"petrovics", "petrov", true},
		{"petrovna", "petrova", true},
		{"sergeevich", "sergeev", true},
		{"ivanovich", "ivanova", true},
		{"ivanovich", "ivanenko", false},
		{"ivanov", "ivanovich", false}, // the patronymic comes first
		{"petrovich", "petrovic", false},
		{"pavlovich", "petrov", false},
	} {
		if got := PatronymicOfSurname(tc.p, tc.s); got != tc.want {
			t.Errorf("PatronymicOfSurname(%q, %q) = %v, want %v", tc.p, tc.s, got, tc.want)
		}
	}
	if p := SlavicPatronymic("rabinovich"); p != 0 {
		t.Errorf("rabinovich: %d", p)
	}
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"mykola", "nikolay", true},
		{"serhii", "siarhei", true},
		{"volodymyr", "uladzimir", true},
		{"ihor", "oleh", false},
		{"hanna", "anna", true}, // Ukrainian Ганна
		{"yehor", "egor", true},
		{"khrystyna", "kristina", true},
		{"maryna", "marina", true},
		{"roman", "anton", false},
		{"ella", "oleg", false},
	} {
		a, b := SlavicGivenName(tc.a), SlavicGivenName(tc.b)
		if (a != 0 && a == b) != tc.same {
			t.Errorf("%s %d, %s %d: same %v, want %v", tc.a, a, tc.b, b, a != 0 && a == b, tc.same)
		}
	}
}
