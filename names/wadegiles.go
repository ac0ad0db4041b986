package names

import "sync"

// Chinese names in Wade-Giles. Taiwan's passports, older documents and
// some lists write Chinese names in Wade-Giles (WEI Hsueh-kang, TSAI
// Ing-wen, CHIANG Ching-kuo) where the mainland and most lists write
// Hanyu Pinyin (Wei Xuegang, Cai Yingwen, Jiang Jingguo). Without its
// apostrophes and diaereses, which documents drop, a Wade-Giles syllable
// is one or two pinyin syllables: chang is zhang or chang, kuo guo or kuo,
// hsueh xue.
//
// The table is built from the pinyin syllables (pinyinSyllableSet) by
// the standard conversion (pinyinWadeGiles), so the two cannot disagree.

var (
	wadeGilesOnce sync.Once
	// wadeGilesPinyin maps a Wade-Giles syllable, folded, to the pinyin
	// syllables it may stand for; pinyinWG a pinyin syllable to its
	// Wade-Giles.
	wadeGilesPinyin map[string][]string
	pinyinWG        map[string]string
)

func loadWadeGiles() {
	wadeGilesPinyin = make(map[string][]string, len(pinyinSyllableSet))
	pinyinWG = make(map[string]string, len(pinyinSyllableSet))
	for _, ini := range pinyinInitials {
		for _, fin := range pinyinFinals {
			if !pinyinSpells(ini, fin) {
				continue // pinyinSyllableSet, the product, holds more
			}
			p := ini + fin
			w := pinyinWadeGiles(ini, fin)
			wadeGilesPinyin[w] = appendUnique(wadeGilesPinyin[w], p)
			pinyinWG[p] = w
		}
	}
	wadeGilesPinyin["szu"] = wadeGilesPinyin["ssu"] // si, written both ways
}

// readWadeGiles reads the folded Latin words of a name as a Chinese name
// in Wade-Giles, as chinese reads pinyin, and returns the syllables of
// each word, which is the surname, and each word's pinyin spellings; nil
// when the words do not read so.
func readWadeGiles(words []string) (syl []uint8, surname int, pinyin [][]string) {
	var buf [4]string
	read := buf[:0]
	for i, w := range words {
		p := WadeGilesPinyin(w)
		if p == nil || i == len(buf) {
			return nil, -1, nil
		}
		r := p[0]
		// The first word, else the last, may be the surname: read it so
		// (chang: the surname zhang).
		if i == 0 || i == len(words)-1 && !chineseSurnames[read[0]] {
			for _, x := range p {
				if chineseSurnames[x] {
					r = x
					break
				}
			}
		}
		read = append(read, r)
	}
	syl, surname = chinese.read(read)
	if syl == nil {
		return nil, -1, nil
	}
	// The likeliest reading first: it is the word's form that joins with
	// the next (Hsiao-hung: xiaohong).
	pinyin = make([][]string, len(words))
	for i, w := range words {
		pinyin[i] = append([]string{read[i]}, WadeGilesPinyin(w)...)
	}
	return syl, surname, pinyin
}

// pinyinSpells reports whether the initial ini and final fin make a
// syllable pinyin writes: j, q and x only before i and ü (written u);
// zh, ch, sh, r, z, c, s, g, k, h and f never before i but in zhi, zi...;
// y, w and no initial as pinyin writes them. pinyinSyllableSet, which
// only reads names, holds more.
func pinyinSpells(ini, fin string) bool {
	iFinal := fin[0] == 'i' && (fin != "i" || ini != "zh" && ini != "ch" && ini != "sh" && ini != "r" && ini != "z" && ini != "c" && ini != "s")
	umlaut := fin == "u" || fin == "ue" || fin == "uan" || fin == "un"
	switch ini {
	case "j", "q", "x":
		return iFinal || umlaut
	case "y":
		return pinyinYFinals[fin]
	case "w":
		return pinyinWFinals[fin]
	case "":
		return pinyinBareFinals[fin]
	case "n", "l":
		return fin != "er"
	case "b", "p", "m", "d", "t":
		return fin != "er" && fin != "ve" && fin != "ue" && fin != "iong" && fin != "iang"
	}
	return !iFinal && fin != "er" && fin != "ve" && fin != "ue"
}

// The finals pinyin writes after y and w, and alone.
var (
	pinyinYFinals    = setOf("a", "o", "e", "ao", "ou", "an", "ang", "ong", "i", "in", "ing", "u", "ue", "uan", "un")
	pinyinWFinals    = setOf("a", "o", "ai", "ei", "an", "en", "ang", "eng", "u")
	pinyinBareFinals = setOf("a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er")
)

// pinyinWadeGiles writes the pinyin syllable ini+fin in Wade-Giles, without
// apostrophes or diaereses.
func pinyinWadeGiles(ini, fin string) string {
	// ü, the u after j, q, x and y and the ve of lve and nve, is written
	// u, as documents write it.
	if fin == "ve" {
		fin = "ue"
	}
	var w string
	switch ini {
	case "b":
		w = "p"
	case "d":
		w = "t"
	case "g":
		w = "k"
	case "j", "q", "zh":
		w = "ch"
	case "x":
		w = "hs"
	case "r":
		w = "j"
	case "z", "c":
		w = "ts"
		if fin == "i" {
			w = "tz"
		}
	case "s":
		w = ini
		if fin == "i" {
			w = "ss"
		}
	default:
		w = ini // p, t, k, ch, sh, m, f, n, l, h, y, w and none
	}
	switch {
	case fin == "i" && (ini == "zh" || ini == "ch" || ini == "sh" || ini == "r"):
		fin = "ih" // zhi chih, shi shih, ri jih
	case fin == "i" && (ini == "z" || ini == "c" || ini == "s"):
		fin = "u" // zi tzu, si ssu
	case fin == "i" && ini == "y":
		return "i" // yi
	case fin == "ou" && ini == "y":
		return "yu" // you
	case fin == "e" && (ini == "g" || ini == "k" || ini == "h"):
		fin = "o" // ge ko, he ho
	case fin == "uo" && ini != "g" && ini != "k" && ini != "h" && ini != "sh":
		fin = "o" // duo to, luo lo, zhuo cho; guo kuo
	case fin == "ui" && (ini == "g" || ini == "k"):
		fin = "uei" // gui kuei
	case fin == "er":
		fin = "erh"
	case fin == "ie" || fin == "e" && ini == "y":
		fin += "h" // jie chieh, ye yeh
	case fin == "ue":
		fin = "ueh" // xue hsueh, yue yueh, lve lueh
	case fin == "ian":
		fin = "ien" // tian tien, qian chien
	case fin == "an" && ini == "y":
		fin = "en" // yan yen
	case fin == "ong":
		fin = "ung" // zhong chung, dong tung
	case fin == "iong":
		fin = "iung" // xiong hsiung
	}
	return w + fin
}

// WadeGilesPinyin returns the pinyin spellings of the folded Latin word w
// read as one or two Wade-Giles syllables (hsueh: xue; chingkuo: jingguo,
// jingkuo, qingguo...), at most maxWadeGilesForms of them, or nil when w
// spells none.
func WadeGilesPinyin(w string) []string {
	wadeGilesOnce.Do(loadWadeGiles)
	if p := wadeGilesPinyin[w]; p != nil {
		return p
	}
	var out []string
	for i := 1; i < len(w); i++ {
		a, b := wadeGilesPinyin[w[:i]], wadeGilesPinyin[w[i:]]
		for _, x := range a {
			for _, y := range b {
				if len(out) < maxWadeGilesForms {
					out = appendUnique(out, x+y)
				}
			}
		}
	}
	return out
}

// WadeGiles returns the syllables of the folded pinyin word w written in
// Wade-Giles (xuegang: hsueh, kang), or nil when w is not one to three
// pinyin syllables. A word that splits more than one way is split with
// its first syllable longest (xian: hsien).
func WadeGiles(w string) []string {
	wadeGilesOnce.Do(loadWadeGiles)
	var split func(w string, n int) []string
	split = func(w string, n int) []string {
		if w == "" {
			return []string{}
		}
		if n == 0 {
			return nil
		}
		for i := min(len(w), 6); i > 0; i-- {
			if s, ok := pinyinWG[w[:i]]; ok {
				if rest := split(w[i:], n-1); rest != nil {
					return append([]string{s}, rest...)
				}
			}
		}
		return nil
	}
	out := split(w, 3)
	if len(out) == 0 {
		return nil
	}
	return out
}

// maxWadeGilesForms bounds the pinyin spellings of a word of two
// Wade-Giles syllables: chih-chung is zhizhong, chizhong, zhichong...
const maxWadeGilesForms = 4

// pinyinSyllable reports whether the folded word w is one pinyin
// syllable, or spells in Wade-Giles no single syllable: a word of a
// Wade-Giles name that is not one of Wade-Giles's own syllables (chia,
// hsueh) is read as pinyin.
func pinyinSyllable(w string) bool {
	wadeGilesOnce.Do(loadWadeGiles)
	_, ok := pinyinWG[w]
	return ok || wadeGilesPinyin[w] == nil
}
