package names

import (
	"slices"
	"strings"
	"testing"
)

func TestWadeGilesPinyin(t *testing.T) {
	for _, tt := range []struct {
		wg   string
		want []string // among the readings
	}{
		{"hsueh", []string{"xue"}},
		{"chang", []string{"zhang", "chang"}},
		{"kuo", []string{"guo", "kuo"}},
		{"chih", []string{"zhi", "chi"}},
		{"tzu", []string{"zi", "ci"}},
		{"szu", []string{"si"}},
		{"ssu", []string{"si"}},
		{"chien", []string{"jian", "qian"}},
		{"hsiung", []string{"xiong"}},
		{"yeh", []string{"ye"}},
		{"erh", []string{"er"}},
		{"jih", []string{"ri"}},
		{"kuei", []string{"gui", "kui"}},
		{"chung", []string{"zhong", "chong"}},
		{"yung", []string{"yong"}},
		{"lo", []string{"luo"}},
		{"ko", []string{"ge", "ke"}},
		{"yueh", []string{"yue"}},
		{"chun", []string{"zhun", "chun", "jun", "qun"}},
		{"hsuehkang", []string{"xuegang", "xuekang"}},
	} {
		got := WadeGilesPinyin(tt.wg)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("WadeGilesPinyin(%q) = %v, want %s among them", tt.wg, got, w)
			}
		}
	}
	// No reading is a spelling pinyin does not write.
	for _, w := range []string{"chang", "chung", "chia", "hsueh"} {
		for _, p := range WadeGilesPinyin(w) {
			if slices.Contains([]string{"jang", "qang", "jong", "qong", "chia", "xve", "zhiang"}, p) {
				t.Errorf("WadeGilesPinyin(%q) gives %q, which pinyin does not write", w, p)
			}
		}
	}
	for _, w := range []string{"smith", "kim", "mohammed", "ali"} {
		if got := WadeGilesPinyin(w); got != nil && w != "ali" {
			t.Errorf("WadeGilesPinyin(%q) = %v, want nil", w, got)
		}
	}
	// Every pinyin syllable is read back from its Wade-Giles.
	wadeGilesOnce.Do(loadWadeGiles)
	for p, w := range pinyinWG {
		if !slices.Contains(WadeGilesPinyin(w), p) {
			t.Errorf("pinyin %s is Wade-Giles %s, read back as %v", p, w, WadeGilesPinyin(w))
		}
	}
}

func TestWadeGiles(t *testing.T) {
	for _, tt := range []struct{ pinyin, want string }{
		{"xuegang", "hsueh kang"},
		{"zhongguo", "chung kuo"},
		{"jiang", "chiang"},
		{"zi", "tzu"},
		{"si", "ssu"},
		{"shi", "shih"},
		{"ri", "jih"},
		{"yi", "i"},
		{"you", "yu"},
		{"yan", "yen"},
		{"tian", "tien"},
		{"qiu", "chiu"},
		{"xiong", "hsiung"},
		{"gui", "kuei"},
		{"duo", "to"},
		{"he", "ho"},
		{"lve", "lueh"},
		{"smith", ""},
	} {
		if got := strings.Join(WadeGiles(tt.pinyin), " "); got != tt.want {
			t.Errorf("WadeGiles(%q) = %q, want %q", tt.pinyin, got, tt.want)
		}
	}
}

// TestTokenizeWadeGiles: a name that reads as Chinese in Wade-Giles gives
// its words their pinyin spellings, first when the name has a syllable
// only Wade-Giles writes, after the word's own otherwise; other names are
// left alone.
func TestTokenizeWadeGiles(t *testing.T) {
	for _, tt := range []struct {
		name  string
		forms [][]string // each word's first forms, then forms it must have
	}{
		{"WEI Hsueh-kang", [][]string{{"wei"}, {"xue", "hsueh"}, {"gang", "kang"}}},
		{"Chung-hua TENG", [][]string{{"zhong", "chung"}, {"hua"}, {"deng", "teng"}}},
		{"Chi YANG", [][]string{{"chi", "qi", "ji"}, {"yang"}}},
		{"Lei CHANG", [][]string{{"lei"}, {"chang", "zhang"}}},
		{"Ali Hassan", [][]string{{"ali"}, {"hassan"}}},
		{"Kim Jong Un", [][]string{{"kim"}, {"jong"}, {"un"}}},
	} {
		toks := Tokenize(tt.name)
		if len(toks) != len(tt.forms) {
			t.Errorf("%s: %d tokens, want %d", tt.name, len(toks), len(tt.forms))
			continue
		}
		for i, want := range tt.forms {
			if toks[i].Forms[0] != want[0] {
				t.Errorf("%s: word %d's first form %q, want %q (%v)", tt.name, i, toks[i].Forms[0], want[0], toks[i].Forms)
			}
			for _, f := range want[1:] {
				if !slices.Contains(toks[i].Forms, f) {
					t.Errorf("%s: word %d's forms %v lack %q", tt.name, i, toks[i].Forms, f)
				}
			}
		}
	}
	for _, n := range []string{"Ali Hassan", "Kim Jong Un", "John Smith"} {
		for _, tk := range Tokenize(n) {
			if len(tk.Forms) > 2 {
				t.Errorf("%s: %s has forms %v", n, tk.Raw, tk.Forms)
			}
		}
	}
}
