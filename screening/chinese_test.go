package screening

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/index"
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
	ents := sharedLists(t, "un/un_consolidated_2026-01-28.xml", "ofac/sdn_2024-05-03.csv", "uk/ofsi_ConList_2025-04-14.xlsx")
	s := New(index.Build(ents))
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(5, 5))
	const n = 2000
	spellings := [3]string{"Han", "pinyin, surname first", "pinyin, surname last"}
	var alerts [3]int
	for range n {
		sur := chineseSurnames[rng.IntN(len(chineseSurnames))]
		given := []([2]string){chineseSyllables[rng.IntN(len(chineseSyllables))]}
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
		for k, name := range [3]string{sur[0] + han, sur[1] + " " + pin, pin + " " + sur[1]} {
			res, err := s.Screen(ctx, aka.Subject{Name: name, BirthDate: date, Nationality: "CHN"})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Matches) > 0 {
				alerts[k]++
				if alerts[k] <= 3 {
					m := res.Matches[0]
					t.Logf("%s %s: %.3f %s %s", name, date, m.Score, m.EntityID, m.Name)
				}
			}
		}
	}
	for k, sp := range spellings {
		rate := float64(alerts[k]) / n
		t.Logf("%d made-up Chinese names in %s with a birth date and a Chinese nationality, against UN + OFAC + UK: %.4f alert", n, sp, rate)
		if rate > 0.003 {
			t.Errorf("%s: %.4f of the names alert, want at most 0.003", sp, rate)
		}
	}
}
