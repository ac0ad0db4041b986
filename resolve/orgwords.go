package resolve

import (
	"math"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/names"
)

// orgWords counts, for every word form and skeleton, how many organizations
// of all the loaded lists carry it in a name. The engine's rarity comes from
// people's names: a word no person is called ("investment", "mechanical",
// "plant") counts as a rare name, worth up to 14 bits, so that "IRAN
// FOREIGN INVESTMENT COMPANY" would meet "LIBYAN ARAB FOREIGN INVESTMENT
// COMPANY" and "LLC NIZHNEKAMSK MECHANICAL PLANT" "LIPETSK MECHANICAL PLANT
// LLC". Among organizations those words are common, and are worth what
// their share says.
type orgWords struct {
	form, skel map[string]int
	n          float64
	// rare is the count up to which a word is rare: one organization on
	// each list.
	rare int
}

func newOrgWords(ents []*aka.Entity) *orgWords {
	w := &orgWords{form: make(map[string]int), skel: make(map[string]int)}
	sources := make(map[string]bool)
	for _, e := range ents {
		sources[e.Source] = true
		if e.Type != aka.Organization {
			continue
		}
		w.n++
		forms, skels := make(map[string]bool), make(map[string]bool)
		for _, n := range e.Names {
			for _, t := range names.Tokenize(n.Full) {
				if t.Kind != names.Word {
					continue
				}
				for _, f := range t.Forms {
					forms[f] = true
					skels[names.Skeleton(f)] = true
				}
			}
		}
		for f := range forms {
			w.form[f]++
		}
		for s := range skels {
			w.skel[s]++
		}
	}
	w.rare = len(sources)
	return w
}

// orgRarity is a source index's rarity, capped by a word's share of
// organizations.
type orgRarity struct {
	base  compare.Rarity
	words *orgWords
}

func (r orgRarity) Bits(form string) float64 {
	return min(r.base.Bits(form), r.words.bits(r.words.form[form]))
}

func (r orgRarity) SkeletonBits(skel string) float64 {
	return min(r.base.SkeletonBits(skel), r.words.bits(r.words.skel[skel]))
}

// bits is -log2 of the share of organizations that k of them make, or
// +Inf (as rare as the base rarity says) for a rare word.
func (w *orgWords) bits(k int) float64 {
	if k <= w.rare {
		return math.Inf(1)
	}
	return -math.Log2(float64(k) / w.n)
}
