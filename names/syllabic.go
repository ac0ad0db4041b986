package names

import (
	"math"
	"slices"
)

// Names made of syllables. Korean, Chinese and Burmese names are a few
// syllables, each from an inventory of a few hundred, written one or two
// to a word in Latin letters: a syllable is worth what a Hangul syllable
// or a Han character is (compare's bitsPerSyllable), however long its
// Latin spelling, where read as a rare word it weighed up to 14 bits.

// syllabary reads names made of syllables from a small inventory, a
// surname and a given name of one or two, in Latin letters.
type syllabary struct {
	// surnames are the surnames a name must start or end with; markers,
	// for a people without surnames, the syllables one of which it must
	// have.
	syllables, surnames, markers map[string]bool
	// shares, where known, are the shares of the people who bear the
	// commonest surnames: a name both ends of which are surnames has
	// the commoner one for its surname.
	shares map[string]float64
	// maxWords and minSyllables..maxSyllables bound a name.
	maxWords, minSyllables, maxSyllables int
	// typo allows one short word that spells no syllable among three or
	// more (HAN YYU RO, KIM SKO CHOL): a syllable mistyped.
	typo bool
	// single requires one syllable a word, as Vietnamese writes them: a
	// word of two (Thanhhoa) is another language's.
	single bool
}

// surnameBits returns what a surname is worth among the people who bear
// the syllabary's names (-log2 of its share), or 0 when its share is not
// known.
func (sy *syllabary) surnameBits(w string) float64 {
	if p := sy.shares[w]; p > 0 {
		return -math.Log2(p)
	}
	return 0
}

var (
	// korean reads a Korean name: two to four words, three or four
	// syllables, one of them mistyped at most.
	korean = &syllabary{syllables: koreanSyllableSet, surnames: koreanSurnames, shares: koreanSurnameShares,
		maxWords: 4, minSyllables: 3, maxSyllables: 4, typo: true}
	// chinese reads a Chinese name in pinyin: two or three words, two or
	// three syllables (ZHANG Chunxin, LI Fang Wei).
	chinese = &syllabary{syllables: pinyinSyllableSet, surnames: chineseSurnames,
		maxWords: 3, minSyllables: 2, maxSyllables: 3}
	// burmese reads a Burmese name: two to four syllables, one of them
	// distinctively Burmese, no surname.
	burmese = &syllabary{syllables: burmeseSyllables, markers: burmeseMarkers,
		maxWords: 4, minSyllables: 2, maxSyllables: 4}
)

// count returns how many syllables the folded Latin word w spells, one or
// two, or 0 when it spells none or more.
func (sy *syllabary) count(w string) int {
	if sy.syllables[w] {
		return 1
	}
	for i := 1; i < len(w); i++ {
		if sy.syllables[w[:i]] && sy.syllables[w[i:]] {
			return 2
		}
	}
	return 0
}

// read returns, for the words of a name (folded Latin, FoldLatin), the
// syllables of each and which is the surname (the first word, else the
// last; -1 for a people without surnames) when the name reads as one of
// the syllabary's, or nil: two words or more, the first or the last a
// surname, each word one syllable or a given name of two (Kyongchol,
// Chunxin). Any other word (Abu, a particle, an initial other than the
// Korean surnames O and U) and the name is read as any other.
//
// Many a short word of another language spells a Korean or Chinese
// syllable (Sami, Hasan, Tom): it is the whole name, with its surname,
// that reads so, and even then reading it so only caps what its words
// weigh.
func (sy *syllabary) read(words []string) (syl []uint8, surname int) {
	if len(words) < 2 || len(words) > sy.maxWords {
		return nil, -1
	}
	last := len(words) - 1
	switch {
	case sy.surnames == nil:
		surname = -1
	case sy.surnames[words[0]] && sy.surnames[words[last]] && sy.shares[words[last]] > sy.shares[words[0]]:
		// Nam Ung KIM: Nam is a surname too, but a fifth of Koreans
		// are Kims, and the name is written given name first.
		surname = last
	case sy.surnames[words[0]]:
		surname = 0
	case sy.surnames[words[last]]:
		surname = last
	default:
		return nil, -1
	}
	var counts [4]uint8 // readSyllabic reads four words at most
	total, odd, marked := 0, 0, sy.markers == nil
	for i, w := range words {
		marked = marked || sy.markers[w]
		n := sy.count(w)
		if i == surname {
			n = 1 // Lee, Lim, Yoon: a surname is one syllable however spelled
		}
		if n == 0 && sy.typo && len(words) >= 3 && len(w) <= 4 && odd == 0 {
			n, odd = 1, 1
		}
		if n == 0 || sy.single && n > 1 {
			return nil, -1
		}
		counts[i] = uint8(n)
		total += n
	}
	if !marked || total < sy.minSyllables || total > sy.maxSyllables {
		return nil, -1
	}
	return append([]uint8(nil), counts[:len(words)]...), surname
}

// readSyllabic sets the syllables of each token, and its surname's worth,
// when toks, a name's words, read as a Korean, Chinese or Burmese name in
// Latin letters, and reports whether they do.
func readSyllabic(toks []Token) bool {
	if len(toks) < 2 || len(toks) > 4 {
		return false
	}
	var buf [4]string
	words := buf[:0]
	for _, t := range toks {
		if Script(t.Raw) != "Latin" {
			return false
		}
		words = append(words, t.Forms[0]) // folded as FoldLatin folds
	}
	var syl []uint8
	surname := -1
	if burmeseHonorifics[words[0]] {
		// U and Daw before a name are Burmese titles (U Tin Oo), though
		// U is a Korean surname too.
		syl, surname = burmese.read(words)
	}
	var by *syllabary // the reading whose surname shares weigh the surname
	if syl == nil {
		if syl, surname = korean.read(words); syl != nil {
			by = korean
		}
	}
	if syl == nil {
		syl, surname = chinese.read(words)
	}
	// Wade-Giles, as Taiwan writes names (Chung-hua TENG, Hsueh-kang
	// WEI): a name that reads as a Chinese name in it gives each word its
	// pinyin spellings too, as lists write most Chinese names, whichever
	// reading above its syllables came from (Korean's reads Chung-hua
	// TENG, pinyin's Chi YANG). In a name with a syllable only Wade-Giles
	// writes (chung, hsueh, chia), every word has its likeliest pinyin
	// first, the form that joins with the next word (chung and hua:
	// zhonghua); in a name every word of which pinyin writes too (Chi
	// YANG), the words keep their own first.
	wgSyl, wgSurname, pinyin := readWadeGiles(words)
	if syl == nil {
		syl, surname = wgSyl, wgSurname
	}
	wgOnly := pinyin != nil && slices.ContainsFunc(words, func(w string) bool { return !pinyinSyllable(w) })
	if syl == nil {
		syl, surname = burmese.read(words)
	}
	if syl == nil {
		if syl, surname = vietnamese.read(words); syl != nil {
			by = vietnamese
		}
	}
	if syl == nil {
		return false
	}
	for i := range syl {
		toks[i].Syllables = syl[i]
		if pinyin != nil {
			first, rest := toks[i].Forms, pinyin[i]
			if wgOnly {
				first, rest = pinyin[i], toks[i].Forms
			}
			forms := make([]string, 0, len(first)+len(rest))
			for _, fs := range [2][]string{first, rest} {
				for _, f := range fs {
					forms = appendUnique(forms, f)
				}
			}
			toks[i].Forms = forms
		}
		if by == korean {
			// One form for the romanizations' spellings of a syllable
			// (KoreanFold: Pom and Bom, Chong and Jong).
			if f := KoreanFold(words[i]); f != "" {
				toks[i].Forms = appendUnique(toks[i].Forms, f)
			}
		}
		if surname < 0 && burmeseHonorifics[words[i]] {
			toks[i].Kind, toks[i].Syllables = Honorific, 0 // U Tin Oo, Daw Aung San Suu Kyi
		}
	}
	if by != nil {
		toks[surname].SurnameBits = by.surnameBits(words[surname])
	}
	return true
}

// spellings returns every concatenation of one part of each of parts (an
// initial, a vowel, a final), and the extra spellings.
func spellings(parts [][]string, extra ...string) map[string]bool {
	out := []string{""}
	for _, p := range parts {
		next := make([]string, 0, len(out)*len(p))
		for _, a := range out {
			for _, b := range p {
				next = append(next, a+b)
			}
		}
		out = next
	}
	return setOf(append(out, extra...)...)
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
