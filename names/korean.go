package names

import (
	"slices"
	"strings"
)

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
var koreanSyllableSet = spellings([][]string{koreanInitials, koreanVowels, koreanFinals},
	// A vowel written with h, as Oh, Ahn and Noh are.
	"oh", "ahn", "noh", "roh", "suh", "huh", "hur", "kooh")

// koreanSurnames are the common Korean surnames as their bearers and the
// lists spell them (romKoreanSurnames gives those of Hangul, and North
// Korea's RI, RIM, RYANG, CHOE, PAK, KYE).
var koreanSurnames = setOf(
	"kim", "gim", "lee", "yi", "ri", "rhee", "park", "pak", "bak", "choi", "choe", "jung", "jeong",
	"chung", "jong", "chong", "kang", "gang", "cho", "jo", "yoon", "yun", "jang", "chang", "lim",
	"im", "rim", "han", "oh", "o", "seo", "suh", "so", "shin", "sin", "kwon", "gwon", "hwang", "ahn",
	"an", "song", "ryu", "yoo", "yu", "jeon", "jon", "chon", "chun", "hong", "ko", "go", "koh",
	"moon", "mun", "yang", "ryang", "son", "sohn", "bae", "pae", "baek", "paek", "paik", "heo", "hur",
	"ho", "noh", "no", "roh", "ro", "nam", "shim", "sim", "ha", "kwak", "gwak", "sung", "seong",
	"cha", "joo", "ju", "chu", "woo", "u", "koo", "ku", "gu", "min", "jin", "chin", "ji", "chi",
	"kye", "gye", "hyon", "hyun", "hyeon", "ham", "pyon", "byun", "thae", "tae", "chae", "won",
	"pang", "bang", "kong", "gong", "om", "eom", "um", "uhm", "yom", "yeom", "tak", "maeng", "pyo",
	"phyo", "ok", "kil", "gil", "yon", "yeon",
)

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
	return korean.surnameBits(w)
}

// Korean romanizations spell one syllable's sounds differently: McCune-
// Reischauer, as North Korea and the UN write names, tells the plain
// stops from the aspirated ones by an apostrophe that lists drop (CH'OL
// is chol, CHONG is 정 or 청), and writes them voiceless at the start of
// a word (Pom, Chong, Chin, Kil); Revised Romanization, and OFAC's
// spellings of the same people, write them voiced (Bom, Jong, Jin, Gil);
// passports write 우 Woo and 이 Lee. koreanFoldInitials and
// koreanFoldVowels fold each part of a syllable to one spelling (g k to
// k, d t to t, b p to p, j ch to ch; eo to o and eu to u, as MR's ŏ and
// ŭ lose their breves), so that Jang Pom Su and Bom Su JANG, Ri Jong
// Chol and Chong Chol RI, Cho Il Woo and Il-U CHO give one form.
var (
	koreanFoldInitials = map[string]string{
		"g": "k", "kk": "k", "gg": "k", "d": "t", "tt": "t", "th": "t", "b": "p", "pp": "p", "ph": "p",
		"j": "ch", "jj": "ch", "tch": "ch", "ss": "s", "sh": "s",
	}
	koreanFoldVowels = map[string]string{
		"eo": "o", "yeo": "yo", "weo": "wo", "eu": "u", "oo": "u", "ou": "u", "yoo": "yu", "you": "yu",
		"ee": "i", "yi": "i", "ai": "ae", "oi": "oe", "eui": "ui",
	}
)

// koreanFoldSyllable returns the folded spelling of one Korean syllable
// spelled from koreanInitials, koreanVowels and koreanFinals, or of 우 and
// 영 as passports write them, or "" when s spells none.
func koreanFoldSyllable(s string) string {
	switch s {
	case "woo", "wu":
		return "u" // 우, as passports write it (Woo, U)
	case "young":
		return "yong" // 영, as passports write it
	}
	for _, ini := range koreanInitials {
		if !strings.HasPrefix(s, ini) {
			continue
		}
		rest := s[len(ini):]
		for _, v := range koreanVowels {
			if !strings.HasPrefix(rest, v) {
				continue
			}
			fin := rest[len(v):]
			if !slices.Contains(koreanFinals, fin) {
				continue
			}
			out := ini
			if f, ok := koreanFoldInitials[ini]; ok {
				out = f
			}
			if f, ok := koreanFoldVowels[v]; ok {
				out += f
			} else {
				out += v
			}
			return out + fin
		}
	}
	return ""
}

// KoreanFold returns the folded spelling of a word of a name read as a
// Korean name in Latin letters, of one syllable or two (Kyongchol), or ""
// when it spells none.
func KoreanFold(w string) string {
	if f := koreanFoldSyllable(w); f != "" {
		return f
	}
	for i := 1; i < len(w); i++ {
		if a, b := koreanFoldSyllable(w[:i]), koreanFoldSyllable(w[i:]); a != "" && b != "" {
			return a + b
		}
	}
	return ""
}
