package names

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
	"golang.org/x/text/unicode/norm"
)

// romAlphabetic romanizes a token written in Latin, Cyrillic, Greek,
// Armenian or Georgian letters, alone or mixed (a Cyrillic о inside a Latin
// name is read as o). A Latin-only token gets its folded form and its ICAO
// Doc 9303 form; other letters get their tables' options, combined by the
// beam.
func romAlphabetic(token string) []string {
	t := romLoad()
	if !norm.NFC.IsNormalString(token) {
		token = norm.NFC.String(token)
	}
	var rbuf [48]rune
	rs := rbuf[:0]
	latinOnly := true
	for _, r := range token {
		if !unicode.IsLetter(r) {
			continue // marks left after NFC, digits, punctuation
		}
		r = unicode.ToLower(r)
		if r >= 0x80 && !unicode.Is(unicode.Latin, r) {
			latinOnly = false
		}
		rs = append(rs, r)
	}
	if len(rs) == 0 {
		return nil
	}
	if latinOnly {
		var fb, ib [64]byte
		fold, icao := fb[:0], ib[:0]
		for _, r := range rs {
			if r < 0x80 {
				fold = append(fold, byte(r))
				icao = append(icao, byte(r))
				continue
			}
			f, i := t.romLatin(r)
			fold = append(fold, f...)
			if i == "" {
				i = f
			}
			icao = append(icao, i...)
		}
		if len(fold) == 0 {
			return nil
		}
		if string(fold) == string(icao) || len(icao) == 0 {
			return []string{string(fold)}
		}
		return []string{string(fold), string(icao)}
	}
	ukr, srb := false, false
	for _, r := range rs {
		switch r {
		case 'і', 'ї', 'є', 'ґ':
			ukr = true
		case 'ђ', 'ј', 'љ', 'њ', 'ћ', 'џ':
			srb = true
		}
	}
	var sbuf [48][]romOpt
	slots := sbuf[:0]
	var stops []greekStop
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		var prev, next rune
		if i > 0 {
			prev = rs[i-1]
		}
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case r < 0x80 || unicode.Is(unicode.Latin, r):
			f, _ := t.romLatin(r)
			if r < 0x80 {
				f = romASCIILetters[r]
			}
			slots = append(slots, []romOpt{{f, 0}})
		case r == 'к' && next == 'с':
			// English writes кс as x in names: Alexander, Maxim.
			slots = append(slots, []romOpt{{"ks", 0}, {"x", 0.3}})
			i++
		case srb && romSerbian[r] != nil:
			slots = append(slots, romSerbian[r])
		case unicode.Is(unicode.Cyrillic, r):
			opts := romCyrillic(r, prev, next, i == 0, i+1 == len(rs), ukr)
			if opts == nil {
				if b := cyrillicBase(r); b != 0 {
					opts = romCyrillic(b, prev, next, i == 0, i+1 == len(rs), ukr)
				}
			}
			slots = append(slots, opts)
		case unicode.Is(unicode.Greek, r):
			opts, n := romGreek(rs[i:], i == 0)
			if n == 2 && i > 0 {
				if stop := romGreekStops[string(rs[i:i+2])]; stop != "" {
					stops = append(stops, greekStop{len(slots), stop})
				}
			}
			slots = append(slots, opts)
			i += n - 1
		case unicode.Is(unicode.Armenian, r):
			if r == 'ո' && next == 'ւ' {
				slots = append(slots, []romOpt{{"u", 0}, {"ou", 1.2}})
				i++
				continue
			}
			if r == 'ո' && i == 0 {
				slots = append(slots, []romOpt{{"vo", 0}, {"o", 0.7}})
				continue
			}
			if r == 'ե' && i == 0 {
				slots = append(slots, []romOpt{{"ye", 0}, {"e", 0.7}})
				continue
			}
			slots = append(slots, romArmenian[r])
		case unicode.Is(unicode.Georgian, r):
			slots = append(slots, romGeorgian[r])
		}
	}
	if len(stops) == 0 {
		return romBeam(slots)
	}
	// Greek writes the b, d and g of foreign names as μπ, ντ and γκ
	// (Μπαγκντάντι is Baghdadi); inside a word, ELOT 743 and passports
	// write mp, nt and gk. Both readings come first.
	elot := romBeam(slots)
	for _, st := range stops {
		slots[st.slot] = []romOpt{{st.stop, 0}}
	}
	return romInterleave(elot, romBeam(slots))
}

// cyrillicBase returns the letter romCyrillic reads for a Cyrillic letter
// of another people's alphabet it has no reading of, or 0: the letter a
// mark is put on (Tatar's and Mari's ӓ ӧ ӱ, Chuvash's ӑ ӗ ӳ, Udmurt's ӵ,
// Moldova's ӂ), or the letter a descender or hook is added to, read as
// the alphabets of Central Asia read theirs (Tatar's җ and Azerbaijani's
// ҹ as Tajik's ҷ, j; Bashkir's ҡ as қ, q; Azerbaijani's ҝ, g, as г). A
// letter with neither (Chechen's palochka Ӏ, a glottal stop) stays unread.
func cyrillicBase(r rune) rune {
	if b, ok := cyrillicBases[r]; ok {
		return b
	}
	var buf [8]byte
	d := norm.NFD.AppendString(buf[:0], string(r))
	b, n := utf8.DecodeRune(d)
	if n < len(d) && b != r && unicode.Is(unicode.Cyrillic, b) {
		return b
	}
	return 0
}

// cyrillicBases are the letters cyrillicBase reads, for those that do not
// decompose.
var cyrillicBases = map[rune]rune{
	'җ': 'ҷ', 'ҹ': 'ҷ', 'ҽ': 'ч', 'ҿ': 'ч', 'ӌ': 'ч', 'ҡ': 'қ', 'ӄ': 'қ', 'ҝ': 'г',
	'ҕ': 'ғ', 'ҙ': 'з', 'ҫ': 'с', 'ҥ': 'ң', 'ӈ': 'ң', 'ӊ': 'ң', 'ҧ': 'п',
	'ҭ': 'т', 'ҵ': 'ц', 'ӆ': 'л', 'ӎ': 'м', 'ӕ': 'а', 'ԁ': 'д',
}

// romGreekStops are the Greek digraphs for voiced stops, and the stop.
var romGreekStops = map[string]string{"μπ": "b", "ντ": "d", "γκ": "g"}

type greekStop struct {
	slot int
	stop string
}

// romInterleave merges two lists of forms best first, alternating, each
// form once, at most RomanizeMax.
func romInterleave(a, b []string) []string {
	out := make([]string, 0, RomanizeMax)
	add := func(f string) {
		if len(out) < RomanizeMax && f != "" && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	for i := 0; i < max(len(a), len(b)); i++ {
		if i < len(a) {
			add(a[i])
		}
		if i < len(b) {
			add(b[i])
		}
	}
	return out
}

// romASCIILetters holds the ASCII lowercase letters as strings.
var romASCIILetters = func() (t [128]string) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = string(c)
	}
	return t
}()

func romIsCyrVowel(r rune) bool {
	return strings.ContainsRune("аеёиоуыэюяіїєaeiou", r)
}

// romCyrillic gives the options for one Cyrillic letter: ICAO Doc 9303
// (Юрий -> iurii), BGN/PCGN and common English spellings (yuriy, yuri),
// with Ukrainian readings when the token has a Ukrainian letter, and the
// Serbian, Macedonian, Belarusian, Kazakh and Tajik letters.
func romCyrillic(r, prev, next rune, first, last, ukr bool) []romOpt {
	afterVowel := first || romIsCyrVowel(prev) || prev == 'ь' || prev == 'ъ'
	switch r {
	case 'е':
		if afterVowel && !ukr {
			return []romOpt{{"e", 0}, {"ye", 0.4}, {"ie", 2}}
		}
		return []romOpt{{"e", 0}}
	case 'ё':
		if afterVowel {
			return []romOpt{{"yo", 0}, {"e", 0.3}, {"io", 1.5}}
		}
		if prev == 'ж' || prev == 'ч' || prev == 'ш' || prev == 'щ' {
			return []romOpt{{"e", 0}, {"o", 0.5}}
		}
		return []romOpt{{"e", 0}, {"yo", 0.3}, {"io", 1.5}}
	case 'и':
		if ukr {
			return []romOpt{{"y", 0}, {"i", 0.5}}
		}
		return []romOpt{{"i", 0}}
	case 'й':
		if last && (prev == 'и' || prev == 'ы') {
			return []romOpt{{"y", 0}, {"i", 0.3}, {"", 1.0}}
		}
		return []romOpt{{"y", 0}, {"i", 0.4}}
	case 'ю':
		return []romOpt{{"yu", 0}, {"iu", 0.4}, {"u", 2}}
	case 'я':
		return []romOpt{{"ya", 0}, {"ia", 0.4}, {"a", 2}}
	case 'г':
		if ukr {
			return []romOpt{{"h", 0}, {"g", 0.7}}
		}
		return []romOpt{{"g", 0}}
	case 'х':
		return []romOpt{{"kh", 0}, {"h", 0.6}, {"ch", 2}}
	case 'ц':
		return []romOpt{{"ts", 0}, {"tz", 1.5}, {"c", 1.5}}
	case 'ч':
		return []romOpt{{"ch", 0}, {"tch", 2}}
	case 'ш':
		return []romOpt{{"sh", 0}, {"ch", 2.5}}
	case 'щ':
		return []romOpt{{"shch", 0}, {"sch", 1.5}, {"sh", 1.5}}
	case 'ж':
		return []romOpt{{"zh", 0}, {"j", 1.2}, {"z", 2}}
	case 'ъ':
		return []romOpt{{"", 0}, {"ie", 2}}
	case 'ь':
		if romIsCyrVowel(next) {
			return []romOpt{{"", 0}, {"y", 0.8}}
		}
		return []romOpt{{"", 0}}
	case 'ы':
		return []romOpt{{"y", 0}, {"i", 1}}
	case 'і':
		return []romOpt{{"i", 0}}
	case 'ї':
		return []romOpt{{"yi", 0}, {"i", 0.5}}
	case 'є':
		return []romOpt{{"ye", 0}, {"ie", 0.4}, {"e", 1}}
	}
	if s, ok := romCyrillicSimple[r]; ok {
		return s
	}
	return nil
}

// romSerbian are the letters Serbian and Macedonian names write in their
// official Latin forms as š, č, ž, which fold to s, c, z (Тешић, Tešić).
var romSerbian = map[rune][]romOpt{
	'ш': {{"s", 0}, {"sh", 0.3}}, 'ч': {{"c", 0}, {"ch", 0.3}}, 'ж': {{"z", 0}, {"zh", 0.3}},
}

var romCyrillicSimple = map[rune][]romOpt{
	'а': {{"a", 0}}, 'б': {{"b", 0}}, 'в': {{"v", 0}, {"w", 2.5}}, 'д': {{"d", 0}},
	'з': {{"z", 0}}, 'к': {{"k", 0}}, 'л': {{"l", 0}}, 'м': {{"m", 0}}, 'н': {{"n", 0}},
	'о': {{"o", 0}}, 'п': {{"p", 0}}, 'р': {{"r", 0}}, 'с': {{"s", 0}}, 'т': {{"t", 0}},
	'у': {{"u", 0}, {"ou", 2.5}}, 'ф': {{"f", 0}}, 'э': {{"e", 0}}, 'ґ': {{"g", 0}},
	// Serbian and Macedonian.
	'ђ': {{"dj", 0}, {"d", 1}}, 'ј': {{"j", 0}, {"y", 1}}, 'љ': {{"lj", 0}, {"l", 1}},
	'њ': {{"nj", 0}, {"n", 1}}, 'ћ': {{"c", 0}, {"ch", 0.5}}, 'џ': {{"dz", 0}, {"dzh", 0.7}, {"j", 1}},
	'ѓ': {{"gj", 0}, {"g", 1}}, 'ќ': {{"kj", 0}, {"k", 1}}, 'ѕ': {{"dz", 0}},
	// Belarusian, Kazakh, Kyrgyz, Tajik, Uzbek.
	'ў': {{"u", 0}, {"w", 0.7}}, 'ә': {{"a", 0}, {"ae", 1.5}}, 'ғ': {{"gh", 0}, {"g", 0.5}},
	'қ': {{"k", 0}, {"q", 0.5}}, 'ң': {{"n", 0}, {"ng", 0.7}}, 'ө': {{"o", 0}, {"oe", 1.5}},
	'ұ': {{"u", 0}}, 'ү': {{"u", 0}, {"ue", 1.5}}, 'һ': {{"h", 0}}, 'ҳ': {{"h", 0}, {"kh", 1}},
	'ӯ': {{"u", 0}}, 'ҷ': {{"j", 0}, {"ch", 0.7}}, 'ӣ': {{"i", 0}},
}

// romGreekPairs are ELOT 743 digraphs with the common variants.
var romGreekPairs = map[string][]romOpt{
	"ου": {{"ou", 0}, {"u", 0.8}},
	"αι": {{"ai", 0}, {"e", 0.8}},
	"ει": {{"ei", 0}, {"i", 0.8}},
	"οι": {{"oi", 0}, {"i", 0.8}},
	"υι": {{"yi", 0}, {"i", 0.8}},
	"αυ": {{"av", 0}, {"af", 0.5}, {"au", 1.5}},
	"ευ": {{"ev", 0}, {"ef", 0.5}, {"eu", 1.5}},
	"ηυ": {{"iv", 0}, {"if", 0.5}},
	"γγ": {{"ng", 0}, {"gg", 1}},
	"γξ": {{"nx", 0}},
	"γχ": {{"nch", 0}, {"nkh", 1}},
}

var romGreekSingle = map[rune][]romOpt{
	'α': {{"a", 0}}, 'β': {{"v", 0}, {"b", 1.5}}, 'γ': {{"g", 0}, {"gh", 2}},
	'δ': {{"d", 0}, {"dh", 2}}, 'ε': {{"e", 0}}, 'ζ': {{"z", 0}}, 'η': {{"i", 0}, {"e", 1.2}},
	'θ': {{"th", 0}}, 'ι': {{"i", 0}}, 'κ': {{"k", 0}, {"c", 2}}, 'λ': {{"l", 0}},
	'μ': {{"m", 0}}, 'ν': {{"n", 0}}, 'ξ': {{"x", 0}, {"ks", 0.7}}, 'ο': {{"o", 0}},
	'π': {{"p", 0}}, 'ρ': {{"r", 0}}, 'σ': {{"s", 0}}, 'ς': {{"s", 0}}, 'τ': {{"t", 0}},
	'υ': {{"y", 0}, {"i", 0.7}}, 'φ': {{"f", 0}, {"ph", 1}}, 'χ': {{"ch", 0}, {"kh", 0.7}, {"h", 1}},
	'ψ': {{"ps", 0}}, 'ω': {{"o", 0}},
}

// romGreek returns the options for the Greek letters at the start of rs and
// how many letters they cover (digraphs take two).
func romGreek(rs []rune, first bool) ([]romOpt, int) {
	base := func(r rune) rune {
		d := norm.NFD.String(string(r))
		for _, c := range d {
			return c
		}
		return r
	}
	a := base(rs[0])
	if len(rs) > 1 {
		b := base(rs[1])
		// A diaeresis on the second letter breaks the digraph (Ταΐς).
		broken := rs[1] == 'ϊ' || rs[1] == 'ϋ' || rs[1] == 'ΐ' || rs[1] == 'ΰ'
		pair := string([]rune{a, b})
		if !broken {
			if o, ok := romGreekPairs[pair]; ok {
				return o, 2
			}
		}
		switch pair {
		case "μπ":
			if first {
				return []romOpt{{"b", 0}, {"mp", 0.7}}, 2
			}
			return []romOpt{{"mp", 0}, {"mb", 0.7}, {"b", 1}}, 2
		case "ντ":
			if first {
				return []romOpt{{"d", 0}, {"nt", 0.7}}, 2
			}
			return []romOpt{{"nt", 0}, {"nd", 0.7}}, 2
		case "γκ":
			if first {
				return []romOpt{{"g", 0}, {"gk", 0.7}}, 2
			}
			return []romOpt{{"gk", 0}, {"ng", 0.5}}, 2
		}
		if a == 'γ' && (b == 'ι' || b == 'ε' || b == 'η' || b == 'υ') {
			return []romOpt{{"g", 0}, {"y", 0.5}}, 1
		}
	}
	return romGreekSingle[a], 1
}

var romArmenian = map[rune][]romOpt{
	'ա': {{"a", 0}}, 'բ': {{"b", 0}}, 'գ': {{"g", 0}}, 'դ': {{"d", 0}}, 'ե': {{"e", 0}, {"ye", 1}},
	'զ': {{"z", 0}}, 'է': {{"e", 0}}, 'ը': {{"y", 0}, {"e", 0.7}}, 'թ': {{"t", 0}, {"th", 1}},
	'ժ': {{"zh", 0}, {"j", 1}}, 'ի': {{"i", 0}}, 'լ': {{"l", 0}}, 'խ': {{"kh", 0}, {"x", 1.5}},
	'ծ': {{"ts", 0}}, 'կ': {{"k", 0}}, 'հ': {{"h", 0}}, 'ձ': {{"dz", 0}}, 'ղ': {{"gh", 0}},
	'ճ': {{"ch", 0}}, 'մ': {{"m", 0}}, 'յ': {{"y", 0}}, 'ն': {{"n", 0}}, 'շ': {{"sh", 0}},
	'ո': {{"o", 0}, {"vo", 1.5}}, 'չ': {{"ch", 0}}, 'պ': {{"p", 0}}, 'ջ': {{"j", 0}},
	'ռ': {{"r", 0}}, 'ս': {{"s", 0}}, 'վ': {{"v", 0}}, 'տ': {{"t", 0}}, 'ր': {{"r", 0}},
	'ց': {{"ts", 0}, {"c", 1}}, 'ւ': {{"v", 0}}, 'փ': {{"p", 0}, {"ph", 1}}, 'ք': {{"k", 0}, {"q", 1.5}},
	'օ': {{"o", 0}}, 'ֆ': {{"f", 0}}, 'և': {{"ev", 0}, {"yev", 0.7}},
}

// romGeorgian follows the Georgian national system (2002), used on
// Georgian passports.
var romGeorgian = map[rune][]romOpt{
	'ა': {{"a", 0}}, 'ბ': {{"b", 0}}, 'გ': {{"g", 0}}, 'დ': {{"d", 0}}, 'ე': {{"e", 0}},
	'ვ': {{"v", 0}}, 'ზ': {{"z", 0}}, 'თ': {{"t", 0}, {"th", 1.5}}, 'ი': {{"i", 0}},
	'კ': {{"k", 0}}, 'ლ': {{"l", 0}}, 'მ': {{"m", 0}}, 'ნ': {{"n", 0}}, 'ო': {{"o", 0}},
	'პ': {{"p", 0}}, 'ჟ': {{"zh", 0}, {"j", 1}}, 'რ': {{"r", 0}}, 'ს': {{"s", 0}},
	'ტ': {{"t", 0}}, 'უ': {{"u", 0}}, 'ფ': {{"p", 0}, {"ph", 1}}, 'ქ': {{"k", 0}, {"q", 1.5}},
	'ღ': {{"gh", 0}}, 'ყ': {{"q", 0}, {"k", 0.7}}, 'შ': {{"sh", 0}}, 'ჩ': {{"ch", 0}},
	'ც': {{"ts", 0}}, 'ძ': {{"dz", 0}}, 'წ': {{"ts", 0}}, 'ჭ': {{"ch", 0}}, 'ხ': {{"kh", 0}, {"x", 1.5}},
	'ჯ': {{"j", 0}}, 'ჰ': {{"h", 0}},
}

// romHebrewLetters: Hebrew is written without most vowels; ו and י are
// read as vowels between consonants, and a vowel is guessed after a
// consonant followed by another consonant.
var romHebrewLetters = map[rune][]romOpt{
	'א': {{"a", 0}, {"", 0.5}, {"e", 0.8}}, 'ב': {{"b", 0}, {"v", 0.5}}, 'ג': {{"g", 0}},
	'ד': {{"d", 0}}, 'ה': {{"h", 0}, {"a", 0.7}, {"", 1}}, 'ו': {{"v", 0}, {"o", 0.3}, {"u", 0.6}},
	'ז': {{"z", 0}}, 'ח': {{"ch", 0}, {"kh", 0.5}, {"h", 0.7}}, 'ט': {{"t", 0}}, 'י': {{"y", 0}, {"i", 0.2}},
	'כ': {{"k", 0}, {"kh", 0.7}, {"c", 1}}, 'ך': {{"kh", 0}, {"ch", 0.5}, {"k", 1}}, 'ל': {{"l", 0}},
	'מ': {{"m", 0}}, 'ם': {{"m", 0}}, 'נ': {{"n", 0}}, 'ן': {{"n", 0}}, 'ס': {{"s", 0}},
	'ע': {{"a", 0}, {"", 0.5}, {"e", 0.8}}, 'פ': {{"p", 0}, {"f", 0.5}}, 'ף': {{"f", 0}, {"p", 1}},
	'צ': {{"tz", 0}, {"ts", 0.3}, {"z", 1}}, 'ץ': {{"tz", 0}, {"ts", 0.3}, {"z", 1}}, 'ק': {{"k", 0}},
	'ר': {{"r", 0}}, 'ש': {{"sh", 0}, {"s", 0.7}}, 'ת': {{"t", 0}},
}

// Hebrew writes the sounds it lacks with a geresh after the nearest letter
// (ג'ורג' George, ז'אק Jacques, צ'רצ'יל Churchill; ח'אלד Khaled, ת'
// th), and a consonantal v or w inside a word as וו (וולפגנג Wolfgang).
// They are read as letters of their own, written here as runes of the
// private use area.
const (
	hebrewJ  = '\uE000' // ג'
	hebrewZh = '\uE001' // ז'
	hebrewCh = '\uE002' // צ' ץ'
	hebrewTh = '\uE003' // ת'
	hebrewDh = '\uE004' // ד'
	hebrewKh = '\uE005' // ח'
	hebrewGh = '\uE006' // ע'
	hebrewVV = '\uE007' // וו
)

// hebrewGeresh maps a letter to the letter it and a geresh write.
var hebrewGeresh = map[rune]rune{'ג': hebrewJ, 'ז': hebrewZh, 'צ': hebrewCh, 'ץ': hebrewCh, 'ת': hebrewTh, 'ד': hebrewDh, 'ח': hebrewKh, 'ע': hebrewGh}

func init() {
	for r, o := range map[rune][]romOpt{
		hebrewJ: {{"j", 0}, {"dj", 0.5}}, hebrewZh: {{"zh", 0}, {"j", 0.5}}, hebrewCh: {{"ch", 0}, {"tch", 0.7}},
		hebrewTh: {{"th", 0}, {"s", 0.7}}, hebrewDh: {{"dh", 0}, {"z", 0.7}}, hebrewKh: {{"kh", 0}, {"h", 0.7}},
		hebrewGh: {{"gh", 0}, {"r", 1}}, hebrewVV: {{"v", 0}, {"w", 0.5}},
	} {
		romHebrewLetters[r] = o
	}
}

func romHebrew(token string) []string {
	var rbuf [32]rune
	rs := rbuf[:0]
	for _, r := range token {
		last := len(rs) - 1
		switch {
		case (r == '\'' || r == '׳' || r == '’') && last >= 0 && hebrewGeresh[rs[last]] != 0:
			rs[last] = hebrewGeresh[rs[last]]
			continue
		case r == 'ו' && last >= 0 && rs[last] == 'ו':
			rs[last] = hebrewVV
			continue
		}
		if _, ok := romHebrewLetters[r]; ok {
			rs = append(rs, r)
		}
	}
	if len(rs) == 0 {
		return nil
	}
	// Two readings: ב כ פ as stops (b, k, p), as the table prefers, and
	// as the fricatives (v, kh, f) they also are; unpointed text does not
	// say which, and the vowel guesses would crowd the fricatives out of
	// one beam (פדרמן is Federman). The second reads ח h, as Israel's
	// standard romanization writes it (Haim, Nahum) and as the Arabic
	// names Hebrew writes with it are spelled (מחמוד Mahmoud, חסן Hassan,
	// אחמד Ahmad); the first reads it ch, as everyday spelling does
	// (Chaim, Nachum).
	return romInterleave(romHebrewReading(rs, nil), romHebrewReading(rs, romHebrewSoft))
}

// romHebrewSoft are the second reading's letters: the fricative readings
// of ב כ פ, and ח as h.
var romHebrewSoft = map[rune][]romOpt{
	'ב': {{"v", 0}, {"b", 0.5}}, 'כ': {{"kh", 0}, {"ch", 0.5}, {"k", 0.7}}, 'פ': {{"f", 0}, {"ph", 0.5}, {"p", 0.7}},
	'ח': {{"h", 0}, {"ch", 0.5}, {"kh", 0.7}},
}

func romHebrewReading(rs []rune, soft map[rune][]romOpt) []string {
	mater := func(r rune) bool { return r == 'ו' || r == 'י' || r == 'א' || r == 'ע' || r == 'ה' }
	var sbuf [64][]romOpt
	slots := sbuf[:0]
	// A word cannot start with a vowel in Hebrew writing: an initial א
	// carries the vowel that a following י or ו writes (אילי Eli, Ili;
	// אורי Uri, Ori).
	if len(rs) > 2 && rs[0] == 'א' && (rs[1] == 'י' || rs[1] == 'ו') {
		if rs[1] == 'י' {
			slots = append(slots, []romOpt{{"i", 0}, {"e", 0.3}, {"ei", 0.6}, {"ay", 0.8}})
		} else {
			slots = append(slots, []romOpt{{"o", 0}, {"u", 0.3}, {"av", 0.8}})
		}
		rs = rs[2:]
	}
	for i, r := range rs {
		opts := romHebrewLetters[r]
		if o, ok := soft[r]; ok {
			opts = o
		}
		// A final ו after a consonant is a vowel (פבלו Pablo), and so is
		// a ו before the last consonant after a vowel letter (נפוליאון
		// Napoleon, -יון -ion).
		if r == 'ו' && i > 0 && (i+1 == len(rs) && !mater(rs[i-1]) || i+2 == len(rs) && mater(rs[i-1]) && !mater(rs[i+1])) {
			opts = []romOpt{{"o", 0}, {"u", 0.4}, {"v", 1.2}}
		}
		if (r == 'ו' || r == 'י') && (i == 0 || i+1 < len(rs) && !mater(rs[i+1]) && !mater(rs[i-1])) {
			if i == 0 {
				slots = append(slots, opts)
				continue
			}
			// Between consonants, a vowel letter is a vowel.
			if r == 'ו' {
				opts = []romOpt{{"o", 0}, {"u", 0.4}, {"v", 1.2}}
			} else {
				opts = []romOpt{{"i", 0}, {"e", 0.8}, {"y", 1}}
			}
		}
		slots = append(slots, opts)
		if i+1 < len(rs) && !mater(r) && !mater(rs[i+1]) {
			slots = append(slots, romHebrewVowel)
		}
	}
	return romBeam(slots)
}

var romHebrewVowel = []romOpt{{"a", 0.3}, {"e", 0.5}, {"", 0.9}, {"o", 1.5}}

// romIndic romanizes Devanagari, and Bengali, Gurmukhi and Gujarati through
// the Devanagari letter at the same place in their blocks (the blocks share
// the ISCII layout). Each consonant carries the inherent vowel a unless a
// vowel sign or virama follows; the word-final a is dropped, and a second
// reading also drops a medial a between a vowel and a consonant-vowel
// (schwa syncope: रजनीकांत -> rajnikant, rajanikant).
func romIndic(token string) []string {
	type unit struct {
		cons     string // consonant, "" for an independent vowel
		vowel    string // vowel sign or independent vowel; "a" inherent
		inherent bool
		tail     string // anusvara, visarga
		long     bool   // long vowel (ā, ī, ū)
	}
	var ubuf [32]unit
	us := ubuf[:0]
	bengali := false
	for _, r := range token {
		switch {
		case r >= 0x0980 && r <= 0x09FF:
			bengali = true
			if r == 0x09CE { // khanda ta
				us = append(us, unit{cons: "t"})
				continue
			}
			if r == 0x09F0 || r == 0x09F1 { // Assamese's ৰ ra and ৱ wa, read as Devanagari's र and व
				c := "r"
				if r == 0x09F1 {
					c = "v"
				}
				us = append(us, unit{cons: c, vowel: "a", inherent: true})
				continue
			}
			r -= 0x80
		case r >= 0x0A00 && r <= 0x0A7F:
			switch r {
			case 0x0A70: // tippi
				r = 0x0902
			case 0x0A71: // addak: gemination, not spelled
				continue
			default:
				r -= 0x100
			}
		case r >= 0x0A80 && r <= 0x0AFF:
			r -= 0x180
		}
		if r < 0x0900 || r > 0x097F {
			continue
		}
		if c, ok := romDevaCons[r]; ok {
			if bengali {
				switch r {
				case 0x0935: // ব is b
					c = "b"
				case 0x092F: // য is j
					c = "j"
				}
			}
			us = append(us, unit{cons: c, vowel: "a", inherent: true})
			continue
		}
		if v, ok := romDevaVowel[r]; ok {
			us = append(us, unit{vowel: v, long: r == 0x0906 || r == 0x0908 || r == 0x090A})
			continue
		}
		if len(us) == 0 {
			continue
		}
		u := &us[len(us)-1]
		switch {
		case r == 0x094D: // virama
			u.vowel, u.inherent = "", false
		case r == 0x093C: // nukta
			if n, ok := romDevaNukta[u.cons]; ok {
				u.cons = n
			}
		case r == 0x0902 || r == 0x0901: // anusvara, chandrabindu
			u.tail = "n"
		case r == 0x0903:
			u.tail = "h"
		default:
			if v, ok := romDevaSign[r]; ok && u.cons != "" {
				u.vowel, u.inherent = v, false
				u.long = r == 0x093E || r == 0x0940 || r == 0x0942
			}
		}
	}
	if len(us) == 0 {
		return nil
	}
	build := func(syncope, longs bool) string {
		var b strings.Builder
		deleted := false
		for i, u := range us {
			b.WriteString(u.cons)
			v := u.vowel
			if u.inherent {
				if i == len(us)-1 && i > 0 {
					v = ""
				}
				if syncope && i > 0 && i+1 < len(us) && u.tail == "" && !deleted {
					// Schwa syncope: V C(a) C V drops the a.
					n := us[i+1]
					nextCV := n.cons != "" && n.vowel != "" && !(n.inherent && i+1 == len(us)-1)
					if us[i-1].vowel != "" && nextCV {
						v = ""
					}
				}
			}
			if longs && u.long {
				switch v {
				case "a":
					v = "aa"
				case "i":
					v = "ee"
				case "u":
					v = "oo"
				}
			}
			deleted = u.inherent && v == ""
			b.WriteString(v)
			b.WriteString(u.tail)
		}
		return b.String()
	}
	return romMerge([]string{build(true, false), build(false, false)},
		[]string{build(true, true), build(false, true)})
}

var romDevaCons = map[rune]string{
	0x0915: "k", 0x0916: "kh", 0x0917: "g", 0x0918: "gh", 0x0919: "n",
	0x091A: "ch", 0x091B: "chh", 0x091C: "j", 0x091D: "jh", 0x091E: "n",
	0x091F: "t", 0x0920: "th", 0x0921: "d", 0x0922: "dh", 0x0923: "n",
	0x0924: "t", 0x0925: "th", 0x0926: "d", 0x0927: "dh", 0x0928: "n",
	0x092A: "p", 0x092B: "ph", 0x092C: "b", 0x092D: "bh", 0x092E: "m",
	0x092F: "y", 0x0930: "r", 0x0932: "l", 0x0933: "l", 0x0935: "v",
	0x0936: "sh", 0x0937: "sh", 0x0938: "s", 0x0939: "h",
	0x0958: "q", 0x0959: "kh", 0x095A: "gh", 0x095B: "z", 0x095C: "r",
	0x095D: "rh", 0x095E: "f", 0x095F: "y",
}

var romDevaNukta = map[string]string{"k": "q", "kh": "kh", "g": "gh", "j": "z", "ph": "f", "d": "r", "dh": "rh"}

var romDevaVowel = map[rune]string{
	0x0905: "a", 0x0906: "a", 0x0907: "i", 0x0908: "i", 0x0909: "u", 0x090A: "u",
	0x090B: "ri", 0x090F: "e", 0x0910: "ai", 0x0913: "o", 0x0914: "au",
	0x090D: "e", 0x0911: "o",
}

var romDevaSign = map[rune]string{
	0x093E: "a", 0x093F: "i", 0x0940: "i", 0x0941: "u", 0x0942: "u", 0x0943: "ri",
	0x0947: "e", 0x0948: "ai", 0x094B: "o", 0x094C: "au", 0x0945: "e", 0x0949: "o",
}

// Hangul: Revised Romanization of Korean from the syllable's jamo.
var (
	romHangulInitial = [...]string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	romHangulMedial  = [...]string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	romHangulFinal   = [...]string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
	// A final consonant before a silent initial ㅇ is read as an initial.
	romHangulLinked = [...]string{"", "g", "kk", "gs", "n", "nj", "nh", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m", "b", "bs", "s", "ss", "ng", "j", "ch", "k", "t", "p", "h"}
	// McCune-Reischauer-style unvoiced initials, common in passports.
	romHangulInitialMR = [...]string{"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "jj", "ch", "k", "t", "p", "h"}
	// McCune-Reischauer vowels, breves dropped: ㅓ ŏ, ㅕ yŏ, ㅡ ŭ, ㅢ ŭi.
	romHangulMedialMR = [...]string{"a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"}
)

// romKoreanSurnames spells the common one-syllable surnames the way their
// bearers usually do (Revised Romanization gives gim, i, bak).
var romKoreanSurnames = map[rune][]string{
	'김': {"kim", "gim"}, '이': {"lee", "yi", "i", "rhee"}, '박': {"park", "bak", "pak"},
	'최': {"choi", "choe"}, '정': {"jung", "jeong", "chung"}, '강': {"kang", "gang"},
	'조': {"cho", "jo"}, '윤': {"yoon", "yun"}, '장': {"jang", "chang"}, '임': {"lim", "im"},
	'한': {"han"}, '오': {"oh", "o"}, '서': {"seo", "suh"}, '신': {"shin", "sin"},
	'권': {"kwon", "gwon"}, '황': {"hwang"}, '안': {"ahn", "an"}, '송': {"song"},
	'류': {"ryu", "yoo", "yu"}, '유': {"yoo", "yu"}, '전': {"jeon", "jun", "chun"},
	'홍': {"hong"}, '고': {"ko", "go"}, '문': {"moon", "mun"}, '양': {"yang"},
	'손': {"son", "sohn"}, '배': {"bae", "pae"}, '백': {"baek", "paik"}, '허': {"heo", "hur"},
	'노': {"noh", "no", "roh"}, '남': {"nam"}, '심': {"shim", "sim"}, '하': {"ha"},
	'곽': {"kwak", "gwak"}, '성': {"sung", "seong"}, '차': {"cha"}, '주': {"joo", "ju"},
	'우': {"woo", "u"}, '구': {"koo", "gu"}, '민': {"min"}, '진': {"jin"}, '지': {"ji"},
}

func romHangul(token string) []string {
	var sbuf [16]rune
	syl := sbuf[:0]
	for _, r := range token {
		if r >= 0xAC00 && r <= 0xD7A3 {
			syl = append(syl, r)
		}
	}
	if len(syl) == 0 {
		return nil
	}
	if len(syl) == 1 {
		if s, ok := romKoreanSurnames[syl[0]]; ok {
			return romMerge(s, nil)
		}
	}
	build := func(initials *[19]string, medials *[21]string) string {
		var b strings.Builder
		for i, r := range syl {
			s := int(r - 0xAC00)
			ini, med, fin := s/(21*28), s%(21*28)/28, s%28
			b.WriteString(initials[ini])
			b.WriteString(medials[med])
			linked := i+1 < len(syl) && int(syl[i+1]-0xAC00)/(21*28) == 11
			if linked {
				b.WriteString(romHangulLinked[fin])
			} else {
				b.WriteString(romHangulFinal[fin])
			}
		}
		return b.String()
	}
	// Revised Romanization; McCune-Reischauer, which North Korea and the
	// UN list use (Cho'ng, Un); and the spellings between them that names
	// are known by (Kim Jong Un).
	return romMerge([]string{build(&romHangulInitial, &romHangulMedial)},
		[]string{build(&romHangulInitialMR, &romHangulMedialMR), build(&romHangulInitial, &romHangulMedialMR)})
}

// romKanaTable is modified Hepburn for the katakana syllables; hiragana
// maps onto katakana by offset.
var romKanaTable = map[rune]string{
	'ア': "a", 'イ': "i", 'ウ': "u", 'エ': "e", 'オ': "o",
	'カ': "ka", 'キ': "ki", 'ク': "ku", 'ケ': "ke", 'コ': "ko",
	'ガ': "ga", 'ギ': "gi", 'グ': "gu", 'ゲ': "ge", 'ゴ': "go",
	'サ': "sa", 'シ': "shi", 'ス': "su", 'セ': "se", 'ソ': "so",
	'ザ': "za", 'ジ': "ji", 'ズ': "zu", 'ゼ': "ze", 'ゾ': "zo",
	'タ': "ta", 'チ': "chi", 'ツ': "tsu", 'テ': "te", 'ト': "to",
	'ダ': "da", 'ヂ': "ji", 'ヅ': "zu", 'デ': "de", 'ド': "do",
	'ナ': "na", 'ニ': "ni", 'ヌ': "nu", 'ネ': "ne", 'ノ': "no",
	'ハ': "ha", 'ヒ': "hi", 'フ': "fu", 'ヘ': "he", 'ホ': "ho",
	'バ': "ba", 'ビ': "bi", 'ブ': "bu", 'ベ': "be", 'ボ': "bo",
	'パ': "pa", 'ピ': "pi", 'プ': "pu", 'ペ': "pe", 'ポ': "po",
	'マ': "ma", 'ミ': "mi", 'ム': "mu", 'メ': "me", 'モ': "mo",
	'ヤ': "ya", 'ユ': "yu", 'ヨ': "yo",
	'ラ': "ra", 'リ': "ri", 'ル': "ru", 'レ': "re", 'ロ': "ro",
	'ワ': "wa", 'ヰ': "i", 'ヱ': "e", 'ヲ': "o", 'ン': "n", 'ヴ': "vu",
	'ァ': "a", 'ィ': "i", 'ゥ': "u", 'ェ': "e", 'ォ': "o",
}

func romKana(token string) []string {
	// The Arabic article, which Japanese writes アル (アル＝バグダーディー,
	// al-Baghdadi).
	if token == "アル" {
		return []string{"al"}
	}
	var lb, sb [64]byte
	long, short := lb[:0], sb[:0]
	double, hasLong := false, false
	for _, r := range token {
		if r >= 0x3041 && r <= 0x3096 {
			r += 0x60 // hiragana to katakana
		}
		switch r {
		case 'ッ':
			double = true
			continue
		case 'ー':
			if len(long) > 0 {
				long = append(long, long[len(long)-1])
				hasLong = true
			}
			continue
		case 'ャ', 'ュ', 'ョ':
			v := byte("auo"[strings.IndexRune("ャュョ", r)/3])
			long, short = romKanaYoon(long, v), romKanaYoon(short, v)
			continue
		case 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ':
			// A small vowel replaces the vowel before it (ティ ti, ファ fa).
			v := byte("aiueo"[strings.IndexRune("ァィゥェォ", r)/3])
			if n := len(long); n > 1 && strings.IndexByte("aiueo", long[n-1]) >= 0 {
				long[n-1], short[len(short)-1] = v, v
				continue
			}
		}
		syl, ok := romKanaTable[r]
		if !ok {
			continue
		}
		if double && strings.IndexByte("aiueon", syl[0]) < 0 {
			c := syl[0]
			if c == 'c' {
				c = 't'
			}
			long, short = append(long, c), append(short, c)
		}
		double = false
		long, short = append(long, syl...), append(short, syl...)
	}
	if len(long) == 0 {
		return nil
	}
	if hasLong {
		return []string{string(short), string(long)}
	}
	return []string{string(long)}
}

// romKanaYoon joins a small ya, yu or yo to the i-syllable before it
// (キャ kya, シャ sha, チョ cho, ジュ ju).
func romKanaYoon(b []byte, v byte) []byte {
	if n := len(b); n > 0 && b[n-1] == 'i' {
		b = b[:n-1]
		if n >= 3 && (string(b[n-3:]) == "sh" || string(b[n-3:]) == "ch") || n >= 2 && b[n-2] == 'j' {
			return append(b, v)
		}
	}
	return append(b, 'y', v)
}

// romHanArgs asks go-pinyin for every reading of a character, without
// tones.
var romHanArgs = func() pinyin.Args {
	a := pinyin.NewArgs()
	a.Heteronym = true
	return a
}()

// romHan romanizes Han characters in Hanyu Pinyin without tones, as
// Chinese passports and the lists write Chinese names (赵光宗, zhaoguangzong,
// Guangzong ZHAO): the most common reading of each character first, then
// the word with one character read another way (勒 le or lei), at most
// RomanizeMax forms. Characters without a reading are dropped.
func romHan(token string) []string {
	var readings [][]string
	for _, rs := range pinyin.Pinyin(token, romHanArgs) {
		var ascii []string // ê (欸) folds to e
		for _, r := range rs {
			if f := FoldLatin(r); f != "" && !slices.Contains(ascii, f) {
				ascii = append(ascii, f)
			}
		}
		if len(ascii) > 0 {
			readings = append(readings, ascii)
		}
	}
	if len(readings) == 0 {
		return nil
	}
	word := func(i, k int) string {
		var b strings.Builder
		for j, rs := range readings {
			if j == i {
				b.WriteString(rs[k])
			} else {
				b.WriteString(rs[0])
			}
		}
		return b.String()
	}
	out := []string{word(-1, 0)}
	for i, rs := range readings {
		for k := 1; k < len(rs) && len(out) < RomanizeMax; k++ {
			if f := word(i, k); !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// hanSyllableBreak separates the syllables of hanSyllables.
const hanSyllableBreak = '\''

// hanSyllables returns the commonest pinyin reading of each character of
// a Han word, without tones, separated by hanSyllableBreak (贝卢斯科尼,
// bei'lu'si'ke'ni): read by sound, where a syllable ends says what its
// letters are (ke ni, not ken i). Characters without a reading are dropped.
func hanSyllables(token string) string {
	var b strings.Builder
	for _, rs := range pinyin.Pinyin(token, romHanArgs) {
		for _, r := range rs {
			if f := FoldLatin(r); f != "" {
				if b.Len() > 0 {
					b.WriteByte(hanSyllableBreak)
				}
				b.WriteString(f)
				break
			}
		}
	}
	return b.String()
}

// romEthiopicRows are the consonants of the Ethiopic syllabary's rows of
// eight (U+1200-U+137F), as Amharic and Tigrinya names are usually
// written in Latin letters: the ejectives as their plain consonants, ""
// for the vowel carriers አ and ዐ. A row's columns are its vowels
// (romEthiopicVowels); the labialized rows (ቈ, ኈ, ኰ, ጐ...) add w.
var romEthiopicRows = [...]string{
	"h", "l", "h", "m", "s", "r", "s", "sh", // ሀ ለ ሐ መ ሠ ረ ሰ ሸ
	"q", "qw", "q", "qw", "b", "v", "t", "ch", // ቀ ቈ ቐ ቘ በ ቨ ተ ቸ
	"h", "hw", "n", "ny", "", "k", "kw", "kh", // ኀ ኈ ነ ኘ አ ከ ኰ ኸ
	"kw", "w", "", "z", "zh", "y", "d", "d", // ዀ ወ ዐ ዘ ዠ የ ደ ዸ
	"j", "g", "gw", "ng", "t", "ch", "p", "ts", // ጀ ገ ጐ ጘ ጠ ጨ ጰ ጸ
	"ts", "f", "p", // ፀ ፈ ፐ
}

// romEthiopicVowels are the seven orders' vowels, and the eighth's
// (labialized, ሏ lwa). The first order (ä) is written e or a; the sixth
// (ə, or no vowel) is left out or written i or e, and left out at the
// end of a word (ግርማይ Girmay, ኤርሚኣስ Ermias).
var romEthiopicVowels = [8][]romOpt{
	{{"e", 0}, {"a", 0.3}},
	{{"u", 0}},
	{{"i", 0}},
	{{"a", 0}},
	{{"e", 0}, {"ie", 1}},
	{{"", 0}, {"i", 0.3}, {"e", 0.4}},
	{{"o", 0}},
	{{"wa", 0}, {"ua", 0.5}},
}

// romEthiopic romanizes the Ethiopic syllabary (Amharic, Tigrinya,
// Tigre): each syllable is its row's consonant and its column's vowel.
func romEthiopic(token string) []string {
	var sbuf [48][]romOpt
	slots := sbuf[:0]
	var syl [24][2]int // row, column
	n := 0
	for _, r := range token {
		if r < 0x1200 || r >= 0x1200+rune(len(romEthiopicRows))*8 || n == len(syl) {
			continue
		}
		syl[n] = [2]int{int(r-0x1200) / 8, int(r-0x1200) % 8}
		n++
	}
	for i := range n {
		row, col := syl[i][0], syl[i][1]
		if c := romEthiopicRows[row]; c != "" {
			slots = append(slots, []romOpt{{c, 0}})
		}
		v := romEthiopicVowels[col]
		carrier := romEthiopicRows[row] == ""
		switch {
		case carrier && col == 0:
			v = []romOpt{{"a", 0}, {"e", 0.3}} // አበበ Abebe
		case carrier && col == 5:
			v = []romOpt{{"i", 0}, {"e", 0.3}} // እ is a vowel
		case col == 5 && i == n-1:
			v = nil // no vowel ends the word
		}
		if v != nil {
			slots = append(slots, v)
		}
	}
	return romBeam(slots)
}
