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
// ranked by count (محمد -> mohamed, mohammed, muhammad, ...), else two
// known words' forms joined (علیرضا -> alireza), else a beam search over
// letter-in-context options learned from the same data, with two fixed
// readings of the letters (وثيق -> wathiq, wasiq); a leading article ال is
// romanized joined (البغدادي -> albaghdadi).
// Cyrillic, Greek, Hebrew, Armenian, Georgian, Devanagari, Bengali,
// Gurmukhi, Gujarati, Hangul, Kana and Ethiopic follow letter tables with the common
// variants (Юрий -> yuriy, yurii, iurii, ...). Han through the spellings
// of popular names the data lists (王 -> wang, wong), then Hanyu Pinyin
// without tones (光宗 -> guangzong); other scripts only through that data.
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
	case "Han":
		rule = romHan(token)
	case "Ethiopic":
		rule = romEthiopic(token)
	}
	return romMerge(out, rule)
}

// SpelledAlike reports whether the parallel name data gives the Latin forms
// a and b as spellings of one word in Arabic script: عائشة is written
// aisha, ayesha and aicha, فايز fayez and faiz. Such spellings can differ in
// their run of vowels (a-i against a-ye), which is otherwise the mark of
// another name (Sayed and Said); what the data shows, it shows for people.
func SpelledAlike(a, b string) bool { return SameSpelling(SpellIDs(a), SpellIDs(b)) }

// SpellIDs returns the numbers of the words in Arabic script that the
// parallel name data spells with the Latin form f and with another form;
// nil for most forms. Two forms with a number in common are spellings of
// one word (SameSpelling).
func SpellIDs(f string) []int32 { return romLoad().arSpell[f] }

// SameSpelling reports whether two forms' SpellIDs share a word. The ids
// of a form are ascending.
func SameSpelling(a, b []int32) bool {
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] == b[0]:
			return true
		case a[0] < b[0]:
			a = a[1:]
		default:
			b = b[1:]
		}
	}
	return false
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
	// arSpell maps a Latin form to the Arabic tokens (by number) the data
	// spells with it and with another form: see SpelledAlike. arID holds
	// the number of each such Arabic token, alone in a slice.
	arSpell map[string][]int32
	arID    map[string][]int32
	arCtx   map[uint32][]romOpt // Arabic letter in context -> options
	local   map[string][]string // local-script popular name -> forms
	lm      []float32           // Latin letter trigram costs, see lmCost
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
	tri := map[[3]int]float64{}
	defer func() {
		if len(tri) > 0 {
			t.lm = romBuildLM(tri)
		}
		t.arSpell = map[string][]int32{}
		t.arID = map[string][]int32{}
		var n int32
		for w, forms := range t.arWords {
			if len(forms) < 2 {
				continue
			}
			for _, f := range forms {
				t.arSpell[f] = append(t.arSpell[f], n)
			}
			t.arID[w] = []int32{n}
			n++
		}
	}()
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
		case "latlm":
			n, err := strconv.Atoi(v)
			if len(k) != 3 || err != nil {
				continue
			}
			a, b, c := romLMSym(k[0]), romLMSym(k[1]), romLMSym(k[2])
			if a < 0 || a == 27 || b < 0 || b == 27 || c <= 0 {
				continue
			}
			tri[[3]int{a, b, c}] += float64(n)
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
				// An empty option for a written letter is alignment
				// noise unless the data shows a merge (romArDropMin).
				if f[:i] == "" && romArWritten(key) && (key>>24 != 3 || p < romArDropMin) {
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
	'ə': "a", 'ƴ': "y", 'ɓ': "b", 'ɗ': "d", 'ƙ': "k", 'ș': "s", 'ț': "t",
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
	hash uint64 // FNV-1a of b[:n], to find duplicates cheaply
}

// romCand extends beam entry parent with option opt of the current slot.
type romCand struct {
	parent, opt uint8
	cost        float32
	hash        uint64
}

const (
	romHypLen = 72
	romBeamW  = 8
	romFNV    = 1099511628211
)

// romLMWeight scales the Latin letter model's cost against the letter
// options' cost in the Arabic beam; chosen on a development split of the
// training data (every 20th Google train pair, gentables -holdout).
var romLMWeight float32 = 0.25

// romBeam returns the RomanizeMax cheapest distinct concatenations of one
// option per slot, keeping the best romBeamW distinct prefixes at each
// step. With lm, the cost of each string under the Latin letter trigram
// model is added (weighted by romLMWeight).
func romBeam(slots [][]romOpt) []string { return romLoad().beam(slots, false) }

func (t *romTables) beam(slots [][]romOpt, lm bool) []string {
	last := -1
	for i, o := range slots {
		if len(o) > 0 {
			last = i
		}
	}
	if last < 0 {
		return nil
	}
	var beamA, beamB [romBeamW]romHyp
	cur, next := beamA[:1], beamB[:0]
	cur[0] = romHyp{hash: 14695981039346656037}
	// best holds the romBeamW cheapest distinct extensions, sorted by cost.
	var best [romBeamW]romCand
	for si, opts := range slots[:last+1] {
		if len(opts) == 0 {
			continue
		}
		if len(opts) > 8 {
			opts = opts[:8]
		}
		nb := 0
		for i := range cur {
			h := &cur[i]
			for j := range opts {
				o := &opts[j]
				if int(h.n)+len(o.s) > romHypLen {
					continue
				}
				c := romCand{parent: uint8(i), opt: uint8(j), cost: h.cost + o.cost, hash: h.hash}
				for k := 0; k < len(o.s); k++ {
					c.hash = (c.hash ^ uint64(o.s[k])) * romFNV
				}
				if nb == romBeamW && c.cost >= best[nb-1].cost {
					continue
				}
				if lm {
					c.cost += romLMWeight * t.lmCost(h.b[:h.n], o.s, si == last)
				}
				nb = romInsert(&best, nb, c)
			}
		}
		next = next[:0]
		for i := range nb {
			c := &best[i]
			p := &cur[c.parent]
			s := opts[c.opt].s
			next = append(next, romHyp{n: p.n + uint8(len(s)), cost: c.cost, hash: c.hash})
			nh := &next[len(next)-1]
			copy(nh.b[:p.n], p.b[:p.n])
			copy(nh.b[p.n:], s)
		}
		if len(next) == 0 {
			return nil
		}
		cur, next = next, cur
	}
	out := make([]string, 0, min(len(cur), RomanizeMax))
	for i := range cur {
		if len(out) == RomanizeMax {
			break
		}
		if cur[i].n > 0 {
			out = append(out, string(cur[i].b[:cur[i].n]))
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// romInsert adds c to best[:n], kept sorted by cost (ties keep arrival
// order) and free of duplicate strings, and returns the new length.
func romInsert(best *[romBeamW]romCand, n int, c romCand) int {
	for j := range n {
		if best[j].hash == c.hash {
			if best[j].cost <= c.cost {
				return n
			}
			copy(best[j:n-1], best[j+1:n])
			n--
			break
		}
	}
	if n == romBeamW && c.cost >= best[n-1].cost {
		return n
	}
	i := n
	if n == romBeamW {
		i = n - 1
	} else {
		n++
	}
	for i > 0 && best[i-1].cost > c.cost {
		best[i] = best[i-1]
		i--
	}
	best[i] = c
	return n
}

// romLMSym numbers the symbols of the Latin letter model: 0 for the word
// start, 1-26 for a-z, 27 for the word end.
func romLMSym(c byte) int {
	switch {
	case c == '^':
		return 0
	case c == '$':
		return 27
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 1
	}
	return -1
}

// lmCost is the cost, -ln P, of appending s (and the word end, if final)
// to prefix under the Latin letter trigram model.
func (t *romTables) lmCost(prefix []byte, s string, final bool) float32 {
	if t.lm == nil {
		return 0
	}
	a, b := 0, 0
	if n := len(prefix); n >= 2 {
		a, b = int(prefix[n-2]-'a')+1, int(prefix[n-1]-'a')+1
	} else if n == 1 {
		b = int(prefix[0]-'a') + 1
	}
	var cost float32
	for i := 0; i < len(s); i++ {
		c := int(s[i]-'a') + 1
		cost += t.lm[(a*27+b)*28+c]
		a, b = b, c
	}
	if final {
		cost += t.lm[(a*27+b)*28+27]
	}
	return cost
}

// romBuildLM turns trigram counts into costs, -ln P(c | a b), interpolating
// the trigram, bigram and unigram estimates (Witten-Bell weights).
func romBuildLM(tri map[[3]int]float64) []float32 {
	var ab [27 * 27]float64
	var abTypes [27 * 27]float64
	var bc [27 * 28]float64
	var b1 [27]float64
	var bTypes [27]float64
	var uni [28]float64
	var total float64
	for k, v := range tri {
		ab[k[0]*27+k[1]] += v
		abTypes[k[0]*27+k[1]]++
		if bc[k[1]*28+k[2]] == 0 {
			bTypes[k[1]]++
		}
		bc[k[1]*28+k[2]] += v
		b1[k[1]] += v
		uni[k[2]] += v
		total += v
	}
	lm := make([]float32, 27*27*28)
	for a := range 27 {
		for b := range 27 {
			for c := 1; c < 28; c++ {
				pu := (uni[c] + 1) / (total + 27)
				p2 := pu
				if n := b1[b]; n > 0 {
					l := n / (n + bTypes[b])
					p2 = l*bc[b*28+c]/n + (1-l)*pu
				}
				p := p2
				if n := ab[a*27+b]; n > 0 {
					l := n / (n + abTypes[a*27+b])
					p = l*tri[[3]int{a, b, c}]/n + (1-l)*p2
				}
				lm[(a*27+b)*28+c] = float32(-math.Log(p))
			}
		}
	}
	return lm
}
