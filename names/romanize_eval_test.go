package names

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// romEvalPath is the held-out split of Google's Arabic-Latin Wikipedia word
// pairs; internal/gentables never reads it.
const romEvalPath = "../../shared/data/names/google_transliteration/ar2en-eval.txt"

// romSkeleton drops the vowels a, e, i, o, u.
func romSkeleton(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("aeiou", rune(s[i])) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

type romEvalStats struct {
	n, top1, topK, skel int
}

func (s romEvalStats) rates() (top1, topK, skel float64) {
	if s.n == 0 {
		return 0, 0, 0
	}
	n := float64(s.n)
	return float64(s.top1) / n, float64(s.topK) / n, float64(s.skel) / n
}

// TestRomanizeArabicHeldOut measures Romanize on the held-out split: top-1
// exact accuracy, exact hit among all forms, and consonant-skeleton hit
// (some form equals the English once vowels are dropped), overall and on
// the tokens the whole-token table does not know (the letter model alone).
func TestRomanizeArabicHeldOut(t *testing.T) {
	f, err := os.Open(romEvalPath)
	if err != nil {
		t.Skipf("held-out data absent: %v", err)
	}
	defer f.Close()
	tab := romLoad()
	var all, unseen, beamOnly romEvalStats
	count := func(s *romEvalStats, forms []string, want string) {
		s.n++
		if len(forms) > 0 && forms[0] == want {
			s.top1++
		}
		ws := romSkeleton(want)
		hit, skel := false, false
		for _, f := range forms {
			hit = hit || f == want
			skel = skel || romSkeleton(f) == ws
		}
		if hit {
			s.topK++
		}
		if skel {
			s.skel++
		}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		ar, en, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		want := Romanize(en)
		if len(want) == 0 {
			continue
		}
		forms := Romanize(ar)
		count(&all, forms, want[0])
		letters := romArLetters(ar, nil)
		if _, ok := tab.arWords[string(letters)]; !ok {
			count(&unseen, forms, want[0])
		}
		count(&beamOnly, tab.romArBeam(letters), want[0])
	}
	for _, x := range []struct {
		name string
		s    romEvalStats
	}{{"all", all}, {"not in table", unseen}, {"letter model alone", beamOnly}} {
		a, b, c := x.s.rates()
		t.Logf("%-18s n=%4d top-1 %.3f  top-%d %.3f  skeleton %.3f", x.name, x.s.n, a, RomanizeMax, b, c)
	}
	if _, topK, _ := all.rates(); all.n > 0 && topK < 0.3 {
		t.Errorf("top-%d hit rate %.3f on the held-out split, want at least 0.3", RomanizeMax, topK)
	}
}
