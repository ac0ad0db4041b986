package screening

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// chineseSurnames and chineseSyllables are common Chinese surnames and
// given-name characters, in Han and in pinyin.
var (
	chineseSurnames = [][2]string{
		{"王", "WANG"}, {"李", "LI"}, {"张", "ZHANG"}, {"刘", "LIU"}, {"陈", "CHEN"}, {"杨", "YANG"},
		{"黄", "HUANG"}, {"赵", "ZHAO"}, {"吴", "WU"}, {"周", "ZHOU"}, {"徐", "XU"}, {"孙", "SUN"},
		{"马", "MA"}, {"朱", "ZHU"}, {"胡", "HU"}, {"郭", "GUO"}, {"何", "HE"}, {"林", "LIN"},
		{"高", "GAO"}, {"罗", "LUO"},
	}
	chineseSyllables = [][2]string{
		{"伟", "WEI"}, {"芳", "FANG"}, {"娜", "NA"}, {"敏", "MIN"}, {"静", "JING"}, {"丽", "LI"},
		{"强", "QIANG"}, {"磊", "LEI"}, {"军", "JUN"}, {"洋", "YANG"}, {"勇", "YONG"}, {"艳", "YAN"},
		{"杰", "JIE"}, {"涛", "TAO"}, {"明", "MING"}, {"超", "CHAO"}, {"秀", "XIU"}, {"霞", "XIA"},
		{"平", "PING"}, {"刚", "GANG"}, {"华", "HUA"}, {"建", "JIAN"}, {"国", "GUO"}, {"文", "WEN"},
		{"辉", "HUI"}, {"海", "HAI"}, {"宇", "YU"}, {"鹏", "PENG"}, {"斌", "BIN"}, {"峰", "FENG"},
		{"志", "ZHI"}, {"红", "HONG"}, {"春", "CHUN"}, {"东", "DONG"}, {"成", "CHENG"}, {"林", "LIN"},
		{"金", "JIN"}, {"龙", "LONG"}, {"玉", "YU"}, {"新", "XIN"},
	}
)

// TestChineseNamesStress screens made-up Chinese names, a common surname
// and a given name of one or two common characters, with a random birth
// date and a Chinese nationality, against UN + OFAC + UK: in Han, and in
// pinyin as passports write them, surname first (ZHANG Chunxin) and last
// (Chunxin ZHANG). Read as rare words, pinyin syllables (QIANG, 13 bits)
// raised an alert on 0.60% and 0.65% of this draw where Han raised 0.05%;
// now 0.05% each, and Han 0.10% (docs/threshold.md). It fails if any
// spelling alerts on more than 0.3%.
func TestChineseNamesStress(t *testing.T) {
	if testing.Short() {
		t.Skip("screens 3 x 2,000 names against three lists")
	}
	rng := rand.New(rand.NewPCG(5, 5))
	spellings := []string{"Han", "pinyin, surname first", "pinyin, surname last"}
	stressSpellings(t, "Chinese", "CHN", spellings, 0.003, func() ([]string, string) {
		sur := chineseSurnames[rng.IntN(len(chineseSurnames))]
		given := [][2]string{chineseSyllables[rng.IntN(len(chineseSyllables))]}
		if rng.IntN(3) > 0 {
			given = append(given, chineseSyllables[rng.IntN(len(chineseSyllables))])
		}
		var han, pin string
		for _, g := range given {
			han += g[0]
			pin += strings.ToLower(g[1])
		}
		pin = strings.ToUpper(pin[:1]) + pin[1:]
		date := fmt.Sprintf("%d-%02d-%02d", 1950+rng.IntN(53), 1+rng.IntN(12), 1+rng.IntN(28))
		return []string{sur[0] + han, sur[1] + " " + pin, pin + " " + sur[1]}, date
	})
}
