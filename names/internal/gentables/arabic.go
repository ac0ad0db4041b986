package main

import (
	"bufio"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/akascreen/aka/names/internal/arnorm"
)

// latinFold lowercases s, strips diacritics (NFD, drop marks), spells the
// letters that do not decompose (ß, æ, ø, ł, ...) and keeps only a-z. It is
// the first form names.Romanize gives for a Latin token; a test in names
// checks they agree.
func latinFold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r):
		default:
			if sp, ok := latinSpecial[r]; ok {
				b.WriteString(sp)
			}
		}
	}
	return b.String()
}

// latinSpecial spells the Latin letters that NFD does not decompose; it is
// names.romLatinSpecial, and a test in names checks they agree.
var latinSpecial = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'þ': "th", 'ð': "d",
	'ł': "l", 'đ': "d", 'ı': "i", 'ŋ': "n", 'ħ': "h", 'ŧ': "t", 'ĸ': "k",
	'ƒ': "f", 'ſ': "s", 'ĳ': "ij", 'ɨ': "i", 'ʉ': "u", 'ɛ': "e", 'ɔ': "o",
	'ə': "e", 'ƴ': "y", 'ɓ': "b", 'ɗ': "d", 'ƙ': "k", 'ș': "s", 'ț': "t",
}

// arNormRune maps one Arabic-script rune to the letter the tables use, 0 to
// drop it: arnorm.Rune, which names' romanizer reads with.
func arNormRune(r rune) rune { return arnorm.Rune(r) }

func arNorm(s string) []rune {
	var out []rune
	for _, r := range s {
		if r == ' ' {
			continue
		}
		if n := arNormRune(r); n != 0 {
			out = append(out, n)
		}
	}
	return out
}

type arPair struct {
	ar  []rune
	lat string
	n   int
}

// readArabicPairs reads the training pairs: Wikidata tokens (with their
// counts), the Google Wikipedia train split, and the Arabic-script rows of
// the popular names dataset.
func readArabicPairs(data, holdout string) ([]arPair, error) {
	var pairs []arPair
	add := func(ar, lat string, n int) {
		a := arNorm(ar)
		l := latinFold(lat)
		if len(a) == 0 || l == "" {
			return
		}
		// Wikidata often pairs "البغدادي" with "baghdadi": the English
		// token lost its article. Romanize joins the article, so put it back.
		if len(a) > 3 && a[0] == 'ا' && a[1] == 'ل' && !arHasArticle(l) {
			l = "al" + l
		}
		pairs = append(pairs, arPair{a, l, n})
	}
	wd := filepath.Join(data, "wikidata_coling2018", "wd_arabic.normalized.aligned.tokens")
	if err := eachLine(wd, func(line string, ln int) error {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return fmt.Errorf("%s:%d: %d fields, want 3", wd, ln, len(f))
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("%s:%d: count: %w", wd, ln, err)
		}
		add(f[1], f[0], n)
		return nil
	}); err != nil {
		return nil, err
	}
	gt := filepath.Join(data, "google_transliteration", "ar2en-train.txt")
	var dev strings.Builder
	if err := eachLine(gt, func(line string, ln int) error {
		f := strings.Split(line, "\t")
		if len(f) != 2 {
			return fmt.Errorf("%s:%d: %d fields, want 2", gt, ln, len(f))
		}
		if holdout != "" && ln%20 == 0 {
			dev.WriteString(line + "\n")
			return nil
		}
		add(f[0], f[1], 1)
		return nil
	}); err != nil {
		return nil, err
	}
	if holdout != "" {
		if err := os.WriteFile(holdout, []byte(dev.String()), 0o644); err != nil {
			return nil, err
		}
	}
	pn := filepath.Join(data, "popular_names_by_country", "common-forenames-by-country.csv")
	rows, err := readCSV(pn)
	if err != nil {
		return nil, err
	}
	for _, r := range rows[1:] {
		if len(r) < 12 {
			continue
		}
		loc, rom := r[10], r[11]
		if !strings.ContainsFunc(loc, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) {
			continue
		}
		lt, rt := strings.Fields(loc), strings.Fields(rom)
		if len(lt) != len(rt) {
			continue
		}
		for i := range lt {
			add(lt[i], rt[i], 1)
		}
	}
	log.Printf("arabic: %d training pairs", len(pairs))
	return pairs, nil
}

// arHasArticle reports whether a romanized token already starts with the
// article, joined or assimilated (al-, el-, ul-, as-sayed, ar-rahman...).
func arHasArticle(l string) bool {
	if strings.HasPrefix(l, "al") || strings.HasPrefix(l, "el") || strings.HasPrefix(l, "ul") || strings.HasPrefix(l, "il") {
		return true
	}
	// Assimilated: a vowel and a doubled consonant (assayed, errahman).
	return len(l) > 3 && strings.ContainsRune("aeiou", rune(l[0])) && l[1] == l[2] && !strings.ContainsRune("aeiou", rune(l[1]))
}

func eachLine(path string, fn func(string, int) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" {
			continue
		}
		if err := fn(line, ln); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// arMaxChunk is the longest Latin string one Arabic letter may produce: a
// digraph and a vowel ("sha", "kha") or a doubled consonant and a vowel.
const arMaxChunk = 3

type arModel struct {
	words map[string][]string           // normalized Arabic token -> ranked forms
	all   map[string][]string           // the same, up to 12 forms, for pooling frequencies
	ctx   map[string]map[string]float64 // context key -> chunk -> probability
	lm    map[string]float64            // Latin letter trigram ("^ab", "yz$") -> weighted count
}

type arAgg struct {
	ar  []rune
	lat string
	n   int
}

// trainArabic learns a letter-to-Latin model by expectation maximization
// over monotone alignments (each Arabic letter yields 0-3 Latin letters,
// since short vowels are not written), drops the pairs that the model finds
// implausible (Wikidata has misaligned pairs such as محمد = "yasmina"),
// counts Viterbi alignments in context, and builds the whole-token table.
func trainArabic(pairs []arPair) *arModel {
	// Aggregate identical pairs.
	agg := map[string]*arAgg{}
	for _, p := range pairs {
		k := string(p.ar) + "\t" + p.lat
		if a, ok := agg[k]; ok {
			a.n += p.n
		} else {
			agg[k] = &arAgg{p.ar, p.lat, p.n}
		}
	}
	keys := make([]string, 0, len(agg))
	for k := range agg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var all []*arAgg
	for _, k := range keys {
		a := agg[k]
		if len(a.lat) > arMaxChunk*len(a.ar) || len(a.ar) > 3*len(a.lat)+1 {
			continue
		}
		all = append(all, a)
	}
	weight := func(a *arAgg) float64 { return 1 + math.Log(float64(a.n)) }

	// EM on P(chunk | letter).
	emit := map[rune]map[string]float64{}
	prob := func(l rune, c string) float64 {
		m := emit[l]
		if m == nil {
			return 1e-4
		}
		if p, ok := m[c]; ok {
			return p
		}
		return 1e-6
	}
	for it := 0; it < 8; it++ {
		counts := map[rune]map[string]float64{}
		var ll float64
		for _, a := range all {
			z := emStep(a, prob, counts, weight(a), it == 0)
			if z > 0 {
				ll += math.Log(z)
			}
		}
		emit = normalize(counts)
		log.Printf("arabic EM iteration %d: log-likelihood %.0f", it, ll)
	}

	// Score each pair by its Viterbi log-probability per letter; drop the
	// worst (misaligned or non-transliterated pairs).
	type scored struct {
		a     *arAgg
		score float64
		seg   []string
	}
	var sc []scored
	for _, a := range all {
		seg, lp := viterbi(a.ar, a.lat, prob)
		if seg == nil {
			continue
		}
		sc = append(sc, scored{a, lp / float64(len(a.ar)), seg})
	}
	cut := make([]float64, len(sc))
	for i, s := range sc {
		cut[i] = s.score
	}
	sort.Float64s(cut)
	threshold := cut[len(cut)*4/100]
	log.Printf("arabic: %d aligned pairs, dropping per-letter log-prob below %.2f", len(sc), threshold)

	m := &arModel{words: map[string][]string{}, all: map[string][]string{}, ctx: map[string]map[string]float64{}, lm: map[string]float64{}}
	c3 := map[string]map[string]float64{}
	c2 := map[string]map[string]float64{}
	c1 := map[string]map[string]float64{}
	inc := func(t map[string]map[string]float64, k, c string, w float64) {
		if t[k] == nil {
			t[k] = map[string]float64{}
		}
		t[k][c] += w
	}
	forms := map[string]map[string]int{}
	for _, s := range sc {
		if s.score < threshold {
			continue
		}
		a := s.a
		w := weight(a)
		for i, l := range a.ar {
			prev, next := '^', '$'
			if i > 0 {
				prev = a.ar[i-1]
			}
			if i+1 < len(a.ar) {
				next = a.ar[i+1]
			}
			inc(c3, arKey3(prev, l, next), s.seg[i], w)
			inc(c2, arKey2(l, prev == '^', next == '$'), s.seg[i], w)
			inc(c1, string(l), s.seg[i], w)
		}
		lw := "^^" + a.lat + "$"
		for i := 0; i+3 <= len(lw); i++ {
			m.lm[lw[i:i+3]] += w
		}
		k := string(a.ar)
		if forms[k] == nil {
			forms[k] = map[string]int{}
		}
		forms[k][a.lat] += a.n
	}

	// Interpolate (Witten-Bell): trigram context, then letter and position,
	// then letter alone.
	p1 := wittenBell(c1, nil, func(string) string { return "" })
	p2 := wittenBell(c2, p1, func(k string) string { return string([]rune(k)[0]) })
	p3 := wittenBell(c3, p2, func(k string) string {
		r := []rune(k)
		return arKey2(r[1], r[0] == '^', r[2] == '$')
	})
	for _, t := range []map[string]map[string]float64{p1, p2, p3} {
		for k, v := range t {
			m.ctx[k] = v
		}
	}

	for k, fm := range forms {
		m.all[k] = rankForms(fm, 12)
		m.words[k] = m.all[k][:min(6, len(m.all[k]))]
	}
	log.Printf("arabic: %d whole tokens, %d contexts", len(m.words), len(m.ctx))
	return m
}

// rankForms orders a token's observed Latin forms by count, keeps at most
// six and, for a token seen often, drops forms seen only once or rarely.
func rankForms(fm map[string]int, max int) []string {
	type fc struct {
		f string
		n int
	}
	var l []fc
	total := 0
	for f, n := range fm {
		l = append(l, fc{f, n})
		total += n
	}
	sort.Slice(l, func(i, j int) bool {
		if l[i].n != l[j].n {
			return l[i].n > l[j].n
		}
		return l[i].f < l[j].f
	})
	var out []string
	for i, x := range l {
		if i > 0 && total >= 5 && (x.n < 2 || float64(x.n) < 0.01*float64(l[0].n)) {
			break
		}
		out = append(out, x.f)
		if len(out) == max {
			break
		}
	}
	return out
}

func arKey3(prev, l, next rune) string { return string([]rune{prev, l, next}) }

func arKey2(l rune, initial, final bool) string {
	p := '-'
	switch {
	case initial && final:
		p = '='
	case initial:
		p = '^'
	case final:
		p = '$'
	}
	return string([]rune{l, p})
}

// wittenBell turns counts into probabilities interpolated with a lower
// order distribution: P(c|k) = λ C(k,c)/N(k) + (1-λ) P_lower(c), λ = N/(N+T).
func wittenBell(counts, lower map[string]map[string]float64, back func(string) string) map[string]map[string]float64 {
	out := map[string]map[string]float64{}
	for k, cm := range counts {
		n := sumSorted(cm)
		t := float64(len(cm))
		lam := n / (n + t)
		d := map[string]float64{}
		for c, v := range cm {
			d[c] = lam * v / n
		}
		if lower != nil {
			for c, p := range lower[back(k)] {
				d[c] += (1 - lam) * p
			}
		}
		out[k] = d
	}
	return out
}

// sumSorted adds the values in key order, so that float rounding, and
// hence the output, does not depend on map iteration order.
func sumSorted(m map[string]float64) float64 {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var s float64
	for _, k := range keys {
		s += m[k]
	}
	return s
}

func normalize(counts map[rune]map[string]float64) map[rune]map[string]float64 {
	for _, m := range counts {
		s := sumSorted(m)
		for c := range m {
			m[c] /= s
		}
	}
	return counts
}

// emStep adds one pair's expected chunk counts (forward-backward) to counts
// and returns the pair's likelihood.
func emStep(a *arAgg, prob func(rune, string) float64, counts map[rune]map[string]float64, w float64, uniform bool) float64 {
	n, m := len(a.ar), len(a.lat)
	p := func(i, j, k int) float64 {
		if uniform {
			return 1
		}
		return prob(a.ar[i], a.lat[j:j+k])
	}
	alpha := make([][]float64, n+1)
	beta := make([][]float64, n+1)
	for i := range alpha {
		alpha[i] = make([]float64, m+1)
		beta[i] = make([]float64, m+1)
	}
	alpha[0][0] = 1
	for i := 1; i <= n; i++ {
		for j := 0; j <= m; j++ {
			var s float64
			for k := 0; k <= arMaxChunk && k <= j; k++ {
				if alpha[i-1][j-k] > 0 {
					s += alpha[i-1][j-k] * p(i-1, j-k, k)
				}
			}
			alpha[i][j] = s
		}
	}
	z := alpha[n][m]
	if z == 0 {
		return 0
	}
	beta[n][m] = 1
	for i := n - 1; i >= 0; i-- {
		for j := m; j >= 0; j-- {
			var s float64
			for k := 0; k <= arMaxChunk && j+k <= m; k++ {
				if beta[i+1][j+k] > 0 {
					s += p(i, j, k) * beta[i+1][j+k]
				}
			}
			beta[i][j] = s
		}
	}
	for i := 0; i < n; i++ {
		l := a.ar[i]
		if counts[l] == nil {
			counts[l] = map[string]float64{}
		}
		for j := 0; j <= m; j++ {
			if alpha[i][j] == 0 {
				continue
			}
			for k := 0; k <= arMaxChunk && j+k <= m; k++ {
				if beta[i+1][j+k] == 0 {
					continue
				}
				g := alpha[i][j] * p(i, j, k) * beta[i+1][j+k] / z
				if g > 1e-9 {
					counts[l][a.lat[j:j+k]] += w * g
				}
			}
		}
	}
	return z
}

// viterbi returns the best segmentation of lat, one chunk per letter, and
// its log-probability.
func viterbi(ar []rune, lat string, prob func(rune, string) float64) ([]string, float64) {
	n, m := len(ar), len(lat)
	best := make([][]float64, n+1)
	from := make([][]int, n+1)
	for i := range best {
		best[i] = make([]float64, m+1)
		from[i] = make([]int, m+1)
		for j := range best[i] {
			best[i][j] = math.Inf(-1)
		}
	}
	best[0][0] = 0
	for i := 1; i <= n; i++ {
		for j := 0; j <= m; j++ {
			for k := 0; k <= arMaxChunk && k <= j; k++ {
				if math.IsInf(best[i-1][j-k], -1) {
					continue
				}
				v := best[i-1][j-k] + math.Log(prob(ar[i-1], lat[j-k:j]))
				if v > best[i][j] {
					best[i][j], from[i][j] = v, k
				}
			}
		}
	}
	if math.IsInf(best[n][m], -1) {
		return nil, 0
	}
	seg := make([]string, n)
	j := m
	for i := n; i > 0; i-- {
		k := from[i][j]
		seg[i-1] = lat[j-k : j]
		j -= k
	}
	return seg, best[n][m]
}

// lmLines writes the Latin letter trigram counts of the romanized side of
// the kept training pairs ("^" before the first letter, "$" after the
// last), rounded to integers.
func (m *arModel) lmLines() []string {
	var out []string
	for k, v := range m.lm {
		if n := int(math.Round(v)); n > 0 {
			out = append(out, fmt.Sprintf("%s\t%d", k, n))
		}
	}
	sort.Strings(out)
	return out
}

func (m *arModel) wordLines() []string {
	var out []string
	for k, f := range m.words {
		out = append(out, k+"\t"+strings.Join(f, " "))
	}
	sort.Strings(out)
	return out
}

// ctxLines writes each context's chunks, most probable first, with their
// probabilities in thousandths; chunks under 1% are left out.
func (m *arModel) ctxLines() []string {
	var out []string
	for k, d := range m.ctx {
		type cp struct {
			c string
			p float64
		}
		var l []cp
		for c, p := range d {
			if p >= 0.01 {
				l = append(l, cp{c, p})
			}
		}
		sort.Slice(l, func(i, j int) bool {
			if l[i].p != l[j].p {
				return l[i].p > l[j].p
			}
			return l[i].c < l[j].c
		})
		if len(l) > 8 {
			l = l[:8]
		}
		var b strings.Builder
		b.WriteString(k)
		b.WriteByte('\t')
		for i, x := range l {
			if i > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%s:%d", x.c, int(math.Round(x.p*1000)))
		}
		out = append(out, b.String())
	}
	sort.Strings(out)
	return out
}
