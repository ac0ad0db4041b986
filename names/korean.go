package names

import "math"

// Korean names in Latin letters. A Korean name is a surname of one
// syllable and a given name of one or two, each syllable from a small
// inventory, whatever the romanization (Revised Romanization, which South
// Korean passports follow loosely; McCune-Reischauer, which North Korea and
// the UN list use). A syllable is worth what it is worth in Hangul, however
// long its Latin spelling: KWANG and MYONG are as common as 광 and 명.

// koreanInitials, koreanVowels and koreanFinals spell the parts of a
// Korean syllable in the romanizations names are written in: Revised
// Romanization, McCune-Reischauer without its breves and apostrophes
// (CH'OL is chol, Ŏ is o; North Korea writes aspirates th and ph: THAE,
// PHYO), and the spellings passports use between them (YOUNG, SUNG,
// HYUN, CHUL, SOOK, HEE, CHOI). The Latin l is left out: ㄹ starts no
// syllable of a name but a surname's (Lee, Lim, below).
var (
	koreanInitials = []string{"", "g", "k", "kk", "gg", "n", "d", "t", "tt", "th", "r", "m", "b", "p", "pp", "ph",
		"s", "ss", "sh", "j", "jj", "ch", "tch", "h"}
	koreanVowels = []string{"a", "ae", "ai", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "oi", "yo",
		"u", "oo", "yoo", "ou", "wo", "weo", "we", "wi", "yu", "you", "eu", "ui", "eui", "i", "ee", "yi"}
	koreanFinals = []string{"", "k", "n", "t", "l", "m", "p", "ng"}
)

// koreanSyllableSet holds every spelling of a Korean syllable, built from
// the parts above.
var koreanSyllableSet = func() map[string]bool {
	m := make(map[string]bool, len(koreanInitials)*len(koreanVowels)*len(koreanFinals))
	for _, i := range koreanInitials {
		for _, v := range koreanVowels {
			for _, f := range koreanFinals {
				m[i+v+f] = true
			}
		}
	}
	// A vowel written with h, as Oh, Ahn and Noh are.
	for _, s := range []string{"oh", "ahn", "noh", "roh", "suh", "huh", "hur", "kooh"} {
		m[s] = true
	}
	return m
}()

// koreanSurnames are the common Korean surnames as their bearers and the
// lists spell them (romKoreanSurnames gives those of Hangul, and North
// Korea's RI, RIM, RYANG, CHOE, PAK, KYE).
var koreanSurnames = map[string]bool{
	"kim": true, "gim": true, "lee": true, "yi": true, "ri": true, "rhee": true, "park": true, "pak": true,
	"bak": true, "choi": true, "choe": true, "jung": true, "jeong": true, "chung": true, "jong": true,
	"chong": true, "kang": true, "gang": true, "cho": true, "jo": true, "yoon": true, "yun": true,
	"jang": true, "chang": true, "lim": true, "im": true, "rim": true, "han": true, "oh": true, "o": true,
	"seo": true, "suh": true, "so": true, "shin": true, "sin": true, "kwon": true, "gwon": true,
	"hwang": true, "ahn": true, "an": true, "song": true, "ryu": true, "yoo": true, "yu": true,
	"jeon": true, "jon": true, "chon": true, "chun": true, "hong": true, "ko": true, "go": true,
	"koh": true, "moon": true, "mun": true, "yang": true, "ryang": true, "son": true, "sohn": true,
	"bae": true, "pae": true, "baek": true, "paek": true, "paik": true, "heo": true, "hur": true,
	"ho": true, "noh": true, "no": true, "roh": true, "ro": true, "nam": true, "shim": true, "sim": true,
	"ha": true, "kwak": true, "gwak": true, "sung": true, "seong": true, "cha": true, "joo": true,
	"ju": true, "chu": true, "woo": true, "u": true, "koo": true, "ku": true, "gu": true, "min": true,
	"jin": true, "chin": true, "ji": true, "chi": true, "kye": true, "gye": true, "hyon": true,
	"hyun": true, "hyeon": true, "ham": true, "pyon": true, "byun": true, "thae": true, "tae": true,
	"chae": true, "won": true, "pang": true, "bang": true, "kong": true, "gong": true, "om": true,
	"eom": true, "um": true, "uhm": true, "yom": true, "yeom": true, "tak": true, "maeng": true,
	"pyo": true, "phyo": true, "ok": true, "kil": true, "gil": true, "yon": true, "yeon": true,
}

// koreanSurnameShares are the shares of Koreans who bear the five commonest
// surnames, by every spelling (Statistics Korea, 2015 census: Kim 21.5%,
// Lee 14.7%, Park 8.4%, Choi 4.7%, Jeong 4.3%). The name data ranks them
// but gives no counts, and its Zipf law (2% at rank 1) fits Korea badly.
var koreanSurnameShares = map[string]float64{
	"kim": 0.215, "gim": 0.215, "김": 0.215,
	"lee": 0.147, "yi": 0.147, "ri": 0.147, "rhee": 0.147, "이": 0.147, "리": 0.147,
	"park": 0.084, "pak": 0.084, "bak": 0.084, "박": 0.084,
	"choi": 0.047, "choe": 0.047, "최": 0.047,
	"jeong": 0.043, "jung": 0.043, "chung": 0.043, "jong": 0.043, "chong": 0.043, "정": 0.043,
}

// KoreanSurnameBits returns what a Korean surname, folded Latin or one
// syllable of Hangul, is worth among Koreans, -log2 of its share, or 0
// when it is not one of the commonest five.
func KoreanSurnameBits(w string) float64 {
	if s := koreanSurnameShares[w]; s > 0 {
		return -math.Log2(s)
	}
	return 0
}

// syllabary reads names made of syllables from a small inventory, a
// surname and a given name of one or two, in Latin letters.
type syllabary struct {
	// surnames are the surnames a name must start or end with; markers,
	// for a people without surnames, the syllables one of which it must
	// have.
	syllables, surnames, markers map[string]bool
	// maxWords and minSyllables..maxSyllables bound a name.
	maxWords, minSyllables, maxSyllables int
	// typo allows one short word that spells no syllable among three or
	// more (HAN YYU RO, KIM SKO CHOL): a syllable mistyped.
	typo bool
}

var (
	// korean reads a Korean name: two to four words, three or four
	// syllables, one of them mistyped at most.
	korean = &syllabary{syllables: koreanSyllableSet, surnames: koreanSurnames,
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
	case sy.surnames[words[0]]:
		surname = 0
	case sy.surnames[words[last]]:
		surname = last
	default:
		return nil, -1
	}
	syl = make([]uint8, len(words))
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
		if n == 0 {
			return nil, -1
		}
		syl[i] = uint8(n)
		total += n
	}
	if !marked || total < sy.minSyllables || total > sy.maxSyllables {
		return nil, -1
	}
	return syl, surname
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
	isKorean := false
	if syl == nil {
		syl, surname = korean.read(words)
		isKorean = syl != nil
	}
	if syl == nil {
		syl, surname = chinese.read(words)
	}
	if syl == nil {
		syl, surname = burmese.read(words)
	}
	if syl == nil {
		return false
	}
	for i := range syl {
		toks[i].Syllables = syl[i]
		if surname < 0 && burmeseHonorifics[words[i]] {
			toks[i].Kind, toks[i].Syllables = Honorific, 0 // U Tin Oo, Daw Aung San Suu Kyi
		}
	}
	if isKorean {
		toks[surname].SurnameBits = KoreanSurnameBits(words[surname])
	}
	return true
}
