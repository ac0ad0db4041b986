package names

import (
	"slices"
	"testing"
)

func TestKoreanName(t *testing.T) {
	for _, tc := range []struct {
		name    string
		syl     []uint8 // nil: not read as Korean
		surname int
	}{
		{"KIM YONG BOK", []uint8{1, 1, 1}, 0},
		{"Kim Jong Un", []uint8{1, 1, 1}, 0},
		{"Kyongchol JO", []uint8{2, 1}, 1},
		{"RI SONG JIN", []uint8{1, 1, 1}, 0},
		{"MUN CHO'NG-CH'O'L", []uint8{1, 1, 1}, 0}, // McCune-Reischauer, hyphen split
		{"Park Geun-hye", []uint8{1, 1, 1}, 0},
		{"LEE Min Ho", []uint8{1, 1, 1}, 0},
		{"THAE YONG HO", []uint8{1, 1, 1}, 0},
		{"O YONG SIK", []uint8{1, 1, 1}, 0},
		{"KIM YOUNGBOK", []uint8{1, 2}, 0},
		{"HAN YYU-RO", []uint8{1, 1, 1}, 0}, // one short word mistyped
		{"YOON CHUL YOUNG", []uint8{1, 1, 1}, 0},
		{"Chul-young Yoon", []uint8{1, 1, 1}, 2},
		// Both ends are surnames: the commoner is (Nam Ung KIM, Sung-ho
		// PARK), and the first when neither is among the five (KIM IL
		// SUNG, HAN NAM SONG).
		{"Nam Ung KIM", []uint8{1, 1, 1}, 2},
		{"KIM NAM UNG", []uint8{1, 1, 1}, 0},
		{"Sung-ho PARK", []uint8{1, 1, 1}, 2},
		{"KIM IL SUNG", []uint8{1, 1, 1}, 0},
		{"HAN NAM SONG", []uint8{1, 1, 1}, 0},
		// Not Korean names.
		{"Sami Hakim", nil, 0},           // Korean syllables, no Korean surname
		{"Mohammed Kim", nil, 0},         // Mohammed is no syllable
		{"Hasan Ali Kang", nil, 0},       // five syllables
		{"ZHANG WEI", nil, 0},            // pinyin
		{"Abu Bakr al-Baghdadi", nil, 0}, //
		{"KIM", nil, 0},                  // one word
		{"KIM ABDULLAH FARAH", nil, 0},   // two words that are no syllables
		{"KIM JONG", nil, 0},             // two syllables
	} {
		words := SplitWords(tc.name)
		syl, surname := korean.read(folded(words))
		if !slices.Equal(syl, tc.syl) || syl != nil && surname != tc.surname {
			t.Errorf("%q (%q): syllables %v, surname %d; want %v, %d", tc.name, words, syl, surname, tc.syl, tc.surname)
		}
	}
}

func TestKoreanNameTokens(t *testing.T) {
	// Read as Korean, IL is a syllable of the name, not the article.
	toks := Tokenize("KIM IL SUNG")
	if len(toks) != 3 || toks[1].Kind != Word || toks[1].Syllables != 1 || toks[0].SurnameBits != KoreanSurnameBits("kim") || toks[2].SurnameBits != 0 {
		t.Errorf("KIM IL SUNG: %+v", toks)
	}
	toks = Tokenize("Yong-bok KIM")
	var surnames int
	for _, tk := range toks {
		if tk.SurnameBits > 0 {
			surnames++
			if tk.Forms[0] != "kim" {
				t.Errorf("Yong-bok KIM: surname %q", tk.Forms[0])
			}
		}
	}
	if surnames != 1 {
		t.Errorf("Yong-bok KIM: %d surnames, want 1: %+v", surnames, toks)
	}
	// Any other name keeps its structure.
	toks = Tokenize("Zayn il Abidin")
	if len(toks) < 2 || toks[1].Kind != Particle || toks[0].Syllables != 0 {
		t.Errorf("Zayn il Abidin: %+v", toks)
	}
}

// TestKoreanFold checks that the romanizations' spellings of one Korean
// syllable fold alike, and other syllables apart.
func TestKoreanFold(t *testing.T) {
	for _, tc := range [][2]string{
		{"pom", "bom"}, {"chong", "jong"}, {"chin", "jin"}, {"kil", "gil"}, {"cho", "jo"},
		{"tong", "dong"}, {"woo", "u"}, {"kyongchol", "gyeongcheol"}, {"kuk", "guk"},
		{"young", "yong"}, {"song", "seong"},
	} {
		a, b := KoreanFold(tc[0]), KoreanFold(tc[1])
		if a == "" || a != b {
			t.Errorf("KoreanFold(%q) = %q, KoreanFold(%q) = %q: want one fold", tc[0], a, tc[1], b)
		}
	}
	for _, tc := range [][2]string{{"pom", "pam"}, {"chong", "chol"}, {"kil", "kim"}, {"su", "so"}} {
		if a, b := KoreanFold(tc[0]), KoreanFold(tc[1]); a == b {
			t.Errorf("KoreanFold(%q) = KoreanFold(%q) = %q: want two", tc[0], tc[1], a)
		}
	}
	for _, w := range []string{"mohammed", "xyz", ""} {
		if f := KoreanFold(w); f != "" {
			t.Errorf("KoreanFold(%q) = %q, want none", w, f)
		}
	}
	// The fold is a form of the words of a name read as Korean only.
	if toks := Tokenize("Jang Pom Su"); !slices.Contains(toks[1].Forms, KoreanFold("bom")) {
		t.Errorf("Jang Pom Su: Pom's forms %v lack the fold", toks[1].Forms)
	}
	if toks := Tokenize("Bom Smith"); slices.Contains(toks[0].Forms, KoreanFold("bom")) {
		t.Errorf("Bom Smith: Bom's forms %v have the fold", toks[0].Forms)
	}
}

func TestKoreanSurnameBits(t *testing.T) {
	kim, pak, han := KoreanSurnameBits("kim"), KoreanSurnameBits("박"), KoreanSurnameBits("han")
	if !(kim > 2 && kim < 2.5 && pak > kim && han == 0) {
		t.Errorf("Kim %.2f, 박 %.2f, Han %.2f bits: want Kim about 2.2, Park more, Han 0 (not among the five)", kim, pak, han)
	}
	if KoreanSurnameBits("김") != kim || KoreanSurnameBits("pak") != pak {
		t.Error("a surname weighs the same in Hangul and Latin letters")
	}
}

func TestChineseName(t *testing.T) {
	for _, tc := range []struct {
		name    string
		syl     []uint8
		surname int
	}{
		{"ZHANG Chunxin", []uint8{1, 2}, 0},
		{"Chunxin ZHANG", []uint8{2, 1}, 1},
		{"LI Fang Wei", []uint8{1, 1, 1}, 0},
		{"GAO Qiang", []uint8{1, 1}, 0},
		{"Wang Xiaoming", []uint8{1, 2}, 0},
		// Not Chinese names.
		{"Ahmed Wang", nil, 0},        // Ahmed is no syllable
		{"Zhang Xiaolongwei", nil, 0}, // three syllables in a word
		{"Li Ming Hua Jie", nil, 0},   // four words
		{"Maria Chen Garcia", nil, 0}, // no surname first or last
		{"Chen", nil, 0},              //
		{"Mohammed Ali Ma", nil, 0},   //
	} {
		syl, surname := chinese.read(folded(SplitWords(tc.name)))
		if !slices.Equal(syl, tc.syl) || syl != nil && surname != tc.surname {
			t.Errorf("%q: syllables %v, surname %d; want %v, %d", tc.name, syl, surname, tc.syl, tc.surname)
		}
	}
	// Read as Chinese, BIN is a syllable (斌), not the Arabic filiation.
	toks := Tokenize("ZHANG BIN HUA")
	if len(toks) != 3 || toks[1].Kind != Word || toks[1].Syllables != 1 {
		t.Errorf("ZHANG BIN HUA: %+v", toks)
	}
}

func TestBurmeseName(t *testing.T) {
	for _, tc := range []struct {
		name string
		syl  []uint8
	}{
		{"Min Aung Hlaing", []uint8{1, 1, 1}},
		{"Kyaw Zaw Win", []uint8{1, 1, 1}},
		{"Myint Oo", []uint8{1, 1}},
		{"Thinzar Shunlei Yi", nil}, // Shunlei is no syllable of the inventory
		// Not Burmese names.
		{"Min Lin", nil},            // no syllable only Burmese names write
		{"Aung", nil},               // one word
		{"Soe Abdullah", nil},       //
		{"Maria Tin Oo", nil},       //
		{"Tun Tun Tun Tun Oo", nil}, // five words
	} {
		syl, surname := burmese.read(folded(SplitWords(tc.name)))
		if !slices.Equal(syl, tc.syl) || syl != nil && surname != -1 {
			t.Errorf("%q: syllables %v, surname %d; want %v, no surname", tc.name, syl, surname, tc.syl)
		}
	}
	// U and Daw are titles, and make the name Burmese before Korean (U is
	// a Korean surname).
	toks := Tokenize("U Tin Oo")
	if len(toks) != 3 || toks[0].Kind != Honorific || toks[1].Syllables != 1 || toks[0].SurnameBits != 0 {
		t.Errorf("U Tin Oo: %+v", toks)
	}
}

func folded(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = FoldLatin(w)
	}
	return out
}

// TestVietnameseName: a Vietnamese name is read by its syllables, surname
// first or last, its surname worth its share of Vietnamese people; An
// before Nguyen is a name, not the article an-.
func TestVietnameseName(t *testing.T) {
	for _, tt := range []struct {
		name        string
		syllables   bool
		surname     int
		surnameBits float64
	}{
		{"NGUYEN Van An", true, 0, 1.38},
		{"An Van Nguyen", true, 2, 1.38},
		{"Nguyễn Thị Hương", true, 0, 1.38},
		{"An Nguyen", true, 1, 1.38},
		{"Pham Minh Chinh", true, 0, 3.84},
		{"Nguyen Thanhhoa", false, -1, 0}, // two syllables in a word: another language's
		{"Maria La Rosa", false, -1, 0},
	} {
		toks := Tokenize(tt.name)
		read := len(toks) > 0
		for _, tk := range toks {
			read = read && tk.Syllables > 0
		}
		if read != tt.syllables {
			t.Errorf("%s: read by syllables %v, want %v (%+v)", tt.name, read, tt.syllables, toks)
			continue
		}
		if tt.surname >= 0 {
			if b := toks[tt.surname].SurnameBits; b < tt.surnameBits-0.01 || b > tt.surnameBits+0.01 {
				t.Errorf("%s: surname %s worth %.2f bits, want %.2f", tt.name, toks[tt.surname].Raw, b, tt.surnameBits)
			}
		}
		for _, tk := range toks {
			if tk.Kind != Word {
				t.Errorf("%s: %s is not a word (%d)", tt.name, tk.Raw, tk.Kind)
			}
		}
	}
}
