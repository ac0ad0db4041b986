package names

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// romTablesGz holds the tables internal/gentables learns from the parallel
// name data: ICAO Doc 9303 Latin forms, Arabic whole-token romanizations and
// Arabic letter-in-context options, and local-script spellings of popular
// names.
//
//go:embed romanize_tables.tsv.gz
var romTablesGz []byte

// RomanizeMax is the most forms Romanize returns.
const RomanizeMax = 6

// Romanize returns up to RomanizeMax plausible romanizations of one token (a
// word without spaces) in any script, in lowercase ASCII letters a-z only
// (apostrophes, ayn and hamza marks, digits and punctuation dropped), the
// most plausible first, without duplicates. It returns nil for a token
// without letters, and for Han or Thai tokens it has no romanization for.
//
// Latin: the first form folds diacritics (MÜLLER -> muller), the second, when
// it differs, is the ICAO Doc 9303 form (mueller). Arabic script (Arabic,
// Persian, Urdu): the forms observed for the token in the parallel data,
// ranked by count (محمد -> mohamed, mohammed, muhammad, ...), else a beam
// search over letter-in-context options learned from the same data; a
// leading article ال is romanized joined (البغدادي -> albaghdadi).
// Cyrillic, Greek, Hebrew, Armenian, Georgian, Devanagari, Bengali,
// Gurmukhi, Gujarati, Hangul and Kana follow letter tables with the common
// variants (Юрий -> yuriy, yurii, iurii, ...). Han and other scripts only
// through the spellings of popular names the data lists (王 -> wang, wong).
//
// Romanize is safe for concurrent use; the tables load on first use.
func Romanize(token string) []string {
	if token == "" {
		return nil
	}
	if out, ok := romASCII(token); ok {
		return out
	}
	switch Script(token) {
	case "":
		return nil
	case "Latin", "Cyrillic", "Greek", "Armenian", "Georgian":
		return romAlphabetic(token)
	case "Arabic":
		return romArabic(token)
	}
	t := romLoad()
	var out []string
	if f, ok := t.local[romLocalKey(token)]; ok {
		out = append(out, f...)
	}
	var rule []string
	switch Script(token) {
	case "Hebrew":
		rule = romHebrew(token)
	case "Devanagari", "Bengali", "Gurmukhi", "Gujarati":
		rule = romIndic(token)
	case "Hangul":
		rule = romHangul(token)
	case "Hiragana", "Katakana":
		rule = romKana(token)
	}
	return romMerge(out, rule)
}

// romASCII handles the common case of a token already in ASCII: lowercase
// letters, everything else dropped.
func romASCII(token string) ([]string, bool) {
	var buf [64]byte
	b := buf[:0]
	for i := 0; i < len(token); i++ {
		c := token[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' {
			b = append(b, c)
		}
	}
	if len(b) == 0 {
		return nil, true
	}
	return []string{string(b)}, true
}

// romMerge appends the forms of b not already in a, keeps the first
// RomanizeMax and drops empty ones.
func romMerge(a, b []string) []string {
	out := a[:0:0]
	add := func(s string) {
		if s == "" || len(out) >= RomanizeMax {
			return
		}
		for _, x := range out {
			if x == s {
				return
			}
		}
		out = append(out, s)
	}
	for _, s := range a {
		add(s)
	}
	for _, s := range b {
		add(s)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// romTables are the embedded tables, parsed once.
type romTables struct {
	icao    map[rune]string     // ü -> ue
	arWords map[string][]string // normalized Arabic token -> forms
	arCtx   map[uint32][]romOpt // Arabic letter in context -> options
	local   map[string][]string // local-script popular name -> forms
	fold    [0x250]string       // Latin-1 to Latin Extended-B folded
	foldExt [0x100]string       // Latin Extended Additional (U+1E00) folded
}

// romOpt is one Latin option for a letter, with its cost, -ln(probability).
type romOpt struct {
	s    string
	cost float32
}

var (
	romOnce sync.Once
	romTab  *romTables
)

func romLoad() *romTables {
	romOnce.Do(func() {
		romTab = romParse(romTablesGz)
	})
	return romTab
}

// romParse reads the embedded tables. They are generated and checked by
// tests, so a malformed line is skipped rather than reported.
func romParse(gz []byte) *romTables {
	t := &romTables{
		icao:    map[rune]string{},
		arWords: map[string][]string{},
		arCtx:   map[uint32][]romOpt{},
		local:   map[string][]string{},
	}
	for i := range t.fold {
		t.fold[i] = romFoldSlow(rune(i))
	}
	for i := range t.foldExt {
		t.foldExt[i] = romFoldSlow(rune(0x1E00 + i))
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return t
	}
	sc := bufio.NewScanner(zr)
	section := ""
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			section = line[1:]
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		switch section {
		case "icao":
			r, _ := utf8.DecodeRuneInString(k)
			t.icao[r] = v
		case "arwords":
			t.arWords[k] = strings.Fields(v)
		case "local":
			t.local[k] = strings.Fields(v)
		case "arctx":
			key, ok := romArKeyString(k)
			if !ok {
				continue
			}
			var opts []romOpt
			for _, f := range strings.Fields(v) {
				i := strings.LastIndexByte(f, ':')
				if i < 0 {
					continue
				}
				p, err := strconv.Atoi(f[i+1:])
				if err != nil || p <= 0 {
					continue
				}
				opts = append(opts, romOpt{f[:i], float32(-math.Log(float64(p) / 1000))})
			}
			t.arCtx[key] = opts
		}
	}
	return t
}

// romFoldSlow folds one Latin letter: NFD without marks, lowercase, and the
// letters that do not decompose spelled out (ß ss, ø o, ł l...).
func romFoldSlow(r rune) string {
	if s, ok := romLatinSpecial[unicode.ToLower(r)]; ok {
		return s
	}
	var b strings.Builder
	for _, c := range norm.NFD.String(string(unicode.ToLower(r))) {
		if c >= 'a' && c <= 'z' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// romLatinSpecial spells the Latin letters that NFD does not decompose.
var romLatinSpecial = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'þ': "th", 'ð': "d",
	'ł': "l", 'đ': "d", 'ı': "i", 'ŋ': "n", 'ħ': "h", 'ŧ': "t", 'ĸ': "k",
	'ƒ': "f", 'ſ': "s", 'ĳ': "ij", 'ɨ': "i", 'ʉ': "u", 'ɛ': "e", 'ɔ': "o",
	'ə': "e", 'ƴ': "y", 'ɓ': "b", 'ɗ': "d", 'ƙ': "k", 'ș': "s", 'ț': "t",
}

// romLatin returns the folded form of a Latin letter and its ICAO Doc 9303
// form ("" when the same).
func (t *romTables) romLatin(r rune) (fold, icao string) {
	lr := unicode.ToLower(r)
	switch {
	case lr < 0x250:
		fold = t.fold[lr]
	case lr >= 0x1E00 && lr < 0x1F00:
		fold = t.foldExt[lr-0x1E00]
	default:
		fold = romFoldSlow(lr)
	}
	if s, ok := t.icao[lr]; ok && s != fold {
		icao = s
	}
	return fold, icao
}

// romLocalKey is the key of the local-script table: lowercase, NFC,
// without combining diacritics U+0300-U+036F.
func romLocalKey(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if r >= 0x300 && r <= 0x36F {
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// romHyp is a partial romanization in the beam.
type romHyp struct {
	b    [romHypLen]byte
	n    uint8
	cost float32
}

const (
	romHypLen = 72
	romBeamW  = 12
)

func (h *romHyp) str() string { return string(h.b[:h.n]) }

// romBeam returns the RomanizeMax cheapest distinct concatenations of one
// option per slot. Options are independent per slot, so keeping the best
// romBeamW distinct prefixes at each step is exact for the top few.
func romBeam(slots [][]romOpt) []string {
	var beamA, beamB [romBeamW]romHyp
	cur, next := beamA[:1], beamB[:0]
	cur[0] = romHyp{}
	var cand [romBeamW * 10]romHyp
	for _, opts := range slots {
		if len(opts) == 0 {
			continue
		}
		nc := 0
		for i := range cur {
			for _, o := range opts {
				if nc == len(cand) {
					break
				}
				h := &cur[i]
				if int(h.n)+len(o.s) > romHypLen {
					continue
				}
				c := &cand[nc]
				*c = *h
				copy(c.b[c.n:], o.s)
				c.n += uint8(len(o.s))
				c.cost += o.cost
				nc++
			}
		}
		// Insertion sort of candidate indexes by cost, stable.
		var idx [len(cand)]uint8
		for i := range nc {
			idx[i] = uint8(i)
			for j := i; j > 0 && cand[idx[j]].cost < cand[idx[j-1]].cost; j-- {
				idx[j], idx[j-1] = idx[j-1], idx[j]
			}
		}
		next = next[:0]
		for _, i := range idx[:nc] {
			if len(next) == romBeamW {
				break
			}
			c := &cand[i]
			dup := false
			for j := range next {
				if string(next[j].b[:next[j].n]) == string(c.b[:c.n]) {
					dup = true
					break
				}
			}
			if !dup {
				next = append(next, *c)
			}
		}
		if len(next) == 0 {
			break
		}
		cur, next = next, cur
	}
	out := make([]string, 0, RomanizeMax)
	for i := range cur {
		if len(out) == RomanizeMax {
			break
		}
		if cur[i].n > 0 {
			out = append(out, cur[i].str())
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
