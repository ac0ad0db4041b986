package screening

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// burmeseSyllables are common syllables of Burmese names.
var burmeseSyllables = strings.Fields(`Aung Win Kyaw Soe Myint Tun Oo Maung Min Htut Naing Thein Than Hla
	Khin Mya Thet Lwin Hlaing Zaw Ye Nyunt Swe Moe Thura Htet Hein Kaung Nyein Myo Thant Wai Phyo Yan
	Lin Ko Thiha Aye Nwe Su Mon Thida Sandar Ei Khaing Pyae Sone`)

// TestBurmeseNamesStress screens made-up Burmese names, two to three
// common syllables with a random birth date and a Myanmar nationality,
// against UN + OFAC + UK, which name some two hundred Burmese people.
// Read as rare words (Kaung 13 bits, Hlaing 14), the syllables raised an
// alert on 12% of such names (docs/threshold.md). It fails over 1%.
func TestBurmeseNamesStress(t *testing.T) {
	if testing.Short() {
		t.Skip("screens 2,000 names against three lists")
	}
	rng := rand.New(rand.NewPCG(3, 3))
	stressSpellings(t, "Burmese", "MMR", []string{"Latin letters"}, 0.01, func() ([]string, string) {
		words := make([]string, 2+rng.IntN(2))
		for i := range words {
			words[i] = burmeseSyllables[rng.IntN(len(burmeseSyllables))]
		}
		date := fmt.Sprintf("%d-%02d-%02d", 1950+rng.IntN(53), 1+rng.IntN(12), 1+rng.IntN(28))
		return []string{strings.Join(words, " ")}, date
	})
}
