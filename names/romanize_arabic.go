package names

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/akascreen/aka/names/internal/arnorm"
)

// romArabicRune maps one Arabic-script rune to the letter the tables use,
// or 0 to drop it (arnorm.Rune, which gentables reads the training data
// with).
func romArabicRune(r rune) rune { return arnorm.Rune(r) }

// romArIndex numbers the normalized letters for context keys: 1-42 for
// U+0621-U+064A, then the Persian and Maghrebi letters; 0 for none.
func romArIndex(r rune) uint32 {
	switch {
	case r >= 0x0621 && r <= 0x064A:
		return uint32(r - 0x0620)
	case r == 'پ':
		return 43
	case r == 'چ':
		return 44
	case r == 'ژ':
		return 45
	case r == 'گ':
		return 46
	case r == 'ڤ':
		return 47
	case r == 'ڨ':
		return 48
	}
	return 0
}

const (
	romArStart = 62 // '^': before the first letter
	romArEnd   = 63 // '$': after the last letter
)

// Context keys: level 3 is (previous, letter, next); level 2 is (letter,
// position in the word); level 1 the letter alone.
func romArKey3(prev, cur, next uint32) uint32 { return 3<<24 | prev<<12 | cur<<6 | next }
func romArKey2(cur, pos uint32) uint32        { return 2<<24 | cur<<6 | pos }
func romArKey1(cur uint32) uint32             { return 1<<24 | cur<<6 }

// Positions for level 2 keys, as gentables writes them.
const (
	romArPosMid    = 1 // '-'
	romArPosInit   = 2 // '^'
	romArPosFinal  = 3 // '$'
	romArPosSingle = 4 // '='
)

// romArKeyString parses a context key as gentables writes it: three
// letters (with ^ and $ for the word edges), a letter and a position mark,
// or one letter.
func romArKeyString(k string) (uint32, bool) {
	rs := []rune(k)
	idx := func(r rune) uint32 {
		switch r {
		case '^':
			return romArStart
		case '$':
			return romArEnd
		}
		return romArIndex(r)
	}
	switch len(rs) {
	case 1:
		if c := romArIndex(rs[0]); c != 0 {
			return romArKey1(c), true
		}
	case 2:
		c := romArIndex(rs[0])
		var pos uint32
		switch rs[1] {
		case '-':
			pos = romArPosMid
		case '^':
			pos = romArPosInit
		case '$':
			pos = romArPosFinal
		case '=':
			pos = romArPosSingle
		}
		if c != 0 && pos != 0 {
			return romArKey2(c, pos), true
		}
	case 3:
		p, c, n := idx(rs[0]), romArIndex(rs[1]), idx(rs[2])
		if p != 0 && c != 0 && n != 0 {
			return romArKey3(p, c, n), true
		}
	}
	return 0, false
}

// romArFallback gives the options for the letters the data barely shows:
// the Persian letters and the Maghrebi veh and gaf.
var romArFallback = map[rune][]romOpt{
	'پ': {{"p", 0.9}, {"pa", 0.9}, {"pe", 0.9}, {"po", 1.4}, {"pu", 1.8}, {"b", 2.5}},
	'چ': {{"ch", 0.9}, {"cha", 0.9}, {"che", 1.1}, {"cho", 1.6}, {"tch", 2.5}, {"j", 3}},
	'ژ': {{"zh", 0.9}, {"j", 1.1}, {"zha", 1.4}, {"zhe", 1.4}, {"ja", 1.8}, {"z", 2.5}},
	'گ': {{"g", 0.9}, {"go", 1.1}, {"ga", 1.1}, {"gu", 1.6}, {"ge", 1.6}},
	'ڤ': {{"v", 0.5}, {"va", 1.2}, {"ve", 1.2}, {"f", 2}},
	'ڨ': {{"g", 0.5}, {"ga", 1.2}, {"gue", 2}, {"q", 2}},
}

// romArLetters appends to buf the normalized letters of an Arabic-script
// word (romArabicRune), without its marks. In a word that writes ە, the
// short e or a of Sorani Kurdish and Uyghur, which write every vowel, that
// letter is left out but at the end, as Arabic leaves its short vowels
// unwritten: ئەحمەد is احمد, Ahmad; فەرەج is فرج, Faraj; حەمە is حمه, Hama.
// A first ئ before a vowel is ا (onsetVowels).
func romArLetters(w string, buf []rune) []rune {
	start := len(buf)
	shortE := strings.ContainsRune(w, 'ە')
	for i, r := range w {
		if shortE && r == 'ە' && i+len("ە") < len(w) {
			continue
		}
		if n := romArabicRune(r); n != 0 {
			buf = append(buf, n)
		}
	}
	if len(buf) > start && buf[start] == 'ئ' {
		if _, n := utf8.DecodeRuneInString(w); strings.ContainsRune(onsetVowels, firstRune(w[n:])) {
			buf[start] = 'ا'
		}
	}
	return buf
}

// onsetVowels are the letters that, after a first ئ, show it is the glottal
// onset Sorani Kurdish and Uyghur write before a word's first vowel, where
// Arabic writes ا (ئەحمەد Ahmad, ئیبراهیم Ibrahim, ئۆجەلان Öcalan). Arabic
// and Persian begin no word with ئ.
const onsetVowels = "اەۆوێیيېىۇۈ"

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// arLookup looks letters up in the whole-token table: the word itself,
// else, when it starts with the article ال, the word without it (article
// set, rest the letters after it). ok reports whether the data knows the
// word.
func (t *romTables) arLookup(letters []rune) (forms []string, rest []rune, article, ok bool) {
	if f, ok := t.arWords[string(letters)]; ok {
		return f, letters, false, true
	}
	if len(letters) > 3 && letters[0] == 'ا' && letters[1] == 'ل' {
		rest = letters[2:]
		f, ok := t.arWords[string(rest)]
		return f, rest, true, ok
	}
	return nil, letters, false, false
}

// romArabic romanizes an Arabic-script token: the whole-token table first,
// then, for a token starting with the article ال, "al" joined to the rest's
// forms, else the beam over letters in context.
func romArabic(token string) []string {
	var buf [32]rune
	letters := romArLetters(token, buf[:0])
	if len(letters) == 0 {
		return nil
	}
	t := romLoad()
	f, rest, article, ok := t.arLookup(letters)
	if ok {
		f = romArExtend(f, rest, t)
	} else {
		f = romArGuess(t, rest)
		// A final ه typed for the feminine ة, as Persian and much
		// everyday Arabic typing write it (سميه for سمية, Sumaya;
		// زينيه for زينية, Zayniyah): the word read with ة first, when
		// the data knows it so or it ends in يه, the nisba's feminine.
		if n := len(rest); n >= 3 && rest[n-1] == 'ه' {
			tm := append(rest[:n-1:n-1], 'ة')
			if g, _, article, known := t.arLookup(tm); known && !article {
				f = romInterleave(g, f)
			} else if rest[n-2] == 'ي' {
				f = romInterleave(romArGuess(t, tm), f)
			}
		}
		// A final ى is the alif maqsura, read a (نهى Nuha, ضحى Duha,
		// صغرى Sughra), though much Egyptian typing writes it for a
		// final ي (حلمى Helmy): the word is read both ways, a first.
		if n := len(rest); n >= 2 && endsAlifMaqsura(token) {
			ta := append(rest[:n-1:n-1], 'ا')
			f = romInterleave(romArGuess(t, ta), f)
		}
	}
	if !article {
		return f
	}
	out := make([]string, 0, len(f))
	for _, s := range f {
		out = append(out, "al"+s)
	}
	return out
}

// endsAlifMaqsura reports whether the last letter of the Arabic-script
// token, marks aside, is ى, which romArabicRune folds into ي.
func endsAlifMaqsura(token string) bool {
	for i := len(token); i > 0; {
		r, size := utf8.DecodeLastRuneInString(token[:i])
		if romArabicRune(r) != 0 {
			return r == 'ى'
		}
		i -= size
	}
	return false
}

// RomanizeKnown reports whether token is an Arabic-script word the
// romanization data knows, its article aside: its forms are spellings that
// people use (علي: ali, aly...), not guesses letter by letter (كل: cl, kal,
// where Gul was meant).
func RomanizeKnown(token string) bool {
	known, _ := KnownArabic(token)
	return known
}

// KnownArabic reports whether token is an Arabic-script word the
// romanization data knows (RomanizeKnown), and returns the numbers
// SpellIDs gives the word, with and without its article (الجابر is جابر,
// which Jaber spells), ascending; nil when the data spells it one way.
func KnownArabic(token string) (known bool, spell []int32) {
	if Script(token) != "Arabic" {
		return false, nil
	}
	var buf [32]rune
	letters := romArLetters(token, buf[:0])
	if len(letters) == 0 {
		return false, nil
	}
	t := romLoad()
	if _, _, _, known = t.arLookup(letters); !known {
		return false, nil
	}
	spell = t.arID[string(letters)]
	if len(letters) > 3 && letters[0] == 'ا' && letters[1] == 'ل' {
		if rest := t.arID[string(letters[2:])]; spell == nil {
			spell = rest
		} else if rest != nil && rest[0] != spell[0] {
			spell = []int32{min(spell[0], rest[0]), max(spell[0], rest[0])}
		}
	}
	return true, spell
}

// romArWithDiminutive adds the diminutive reading of the Arabic-script
// word w, its article aside (romArDiminutive), to forms when it is not
// among them, in the last place when forms are full.
func romArWithDiminutive(forms []string, w string) []string {
	var buf [32]rune
	letters := romArLetters(w, buf[:0])
	if len(letters) > 4 && letters[0] == 'ا' && letters[1] == 'ل' {
		letters = letters[2:]
	}
	d := romArDiminutive(letters)
	if d == "" || len(forms) == 0 || slices.Contains(forms, d) {
		return forms
	}
	if len(forms) < RomanizeMax {
		return append(forms, d)
	}
	forms[len(forms)-1] = d
	return forms
}

// romArDiminutive reads a word of the pattern C C ي C, with a nisba ي, a
// feminine ة or -an after it, as the diminutive fuʿayl that names often
// are: عبيد Ubaid, عبيدي Ubaidi, الدليمي (al-)Dulaimi, سليمان Sulaiman,
// شعيب Shuaib. The letters do not show its u and ai, and the data spells
// many such words as if they were faʿil (عبيدي: abidi), which is too far
// from Ubaydi for their shared consonants to count. It returns "" for
// other words.
func romArDiminutive(letters []rune) string {
	cons := func(r rune, w bool) (string, bool) {
		switch r {
		case 'ا', 'ي', 'ة', 'ى':
			return "", false
		case 'و':
			return "w", w
		}
		v, ok := romArConsonants[r]
		return v, ok
	}
	if len(letters) < 4 || letters[2] != 'ي' {
		return ""
	}
	c1, ok1 := cons(letters[0], false)
	c2, ok2 := cons(letters[1], true) // سويد Suwaid
	c3, ok3 := cons(letters[3], false)
	if !ok1 || !ok2 || !ok3 {
		return ""
	}
	var end string
	switch string(letters[4:]) {
	case "":
	case "ي":
		end = "i"
	case "ة", "ه":
		end = "a"
	case "ية":
		end = "iya"
	case "ان":
		end = "an"
	default:
		return ""
	}
	return c1 + "u" + c2 + "ai" + c3 + end
}

// romArGuess romanizes a word the whole-token table does not know. Two
// names written as one word, as Persian often writes compound given names
// (محمدتقی, Mohammad Taghi; علیرضا, Alireza), give their parts' forms
// joined; otherwise the beam's best guess comes first, then the fixed
// readings (romArReading), then the beam's other guesses.
func romArGuess(t *romTables, letters []rune) []string {
	out := make([]string, 0, RomanizeMax)
	add := func(f string) {
		if len(out) < RomanizeMax && f != "" && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	beam := t.romArBeam(letters)
	if a, b := romArSplit(t, letters); a != nil {
		// Best pairs first: both parts' first forms, then one part's
		// second, and so on; the readings and the beam after them.
		for sum := 0; sum < 3 && len(out) < RomanizeMax-2; sum++ {
			for i := 0; i <= sum && len(out) < RomanizeMax-2; i++ {
				if i < len(a) && sum-i < len(b) {
					add(a[i] + b[sum-i])
				}
			}
		}
	} else if len(beam) > 0 {
		add(beam[0])
	}
	add(romArReading(letters, false))
	add(romArReading(letters, true))
	for _, f := range beam {
		add(f)
	}
	if len(out) == 0 {
		return nil // letters with no value (ؽ)
	}
	return out
}

// romArExtendMin is how many forms a table token gets: when the data shows
// fewer, the beam adds its best guesses after them.
const romArExtendMin = 3

// romArExtend copies a table entry, adding guesses (romArGuess) when it
// has fewer than romArExtendMin forms, and else the fixed readings
// (romArReading) while it has fewer than RomanizeMax.
func romArExtend(f []string, letters []rune, t *romTables) []string {
	if len(f) >= romArExtendMin {
		out := make([]string, len(f), RomanizeMax)
		copy(out, f)
		// The data's spellings of a word can all be another language's
		// (دين: dean, deen, as English names are written in Arabic); the
		// region's own reading follows them while there is room (din).
		for _, r := range [2]string{romArReading(letters, false), romArReading(letters, true)} {
			if len(out) < RomanizeMax && r != "" && !slices.Contains(out, r) {
				out = append(out, r)
			}
		}
		return out
	}
	return romMerge(f, romArGuess(t, letters))
}

// romArBeam romanizes letters with the learned options for each letter in
// its context, backing off from (previous, letter, next) to (letter,
// position) to the letter alone.
func (t *romTables) romArBeam(letters []rune) []string {
	var sbuf [32][]romOpt
	slots := sbuf[:0]
	for i, r := range letters {
		c := romArIndex(r)
		prev, next := uint32(romArStart), uint32(romArEnd)
		if i > 0 {
			prev = romArIndex(letters[i-1])
		}
		if i+1 < len(letters) {
			next = romArIndex(letters[i+1])
		}
		pos := uint32(romArPosMid)
		switch {
		case i == 0 && i+1 == len(letters):
			pos = romArPosSingle
		case i == 0:
			pos = romArPosInit
		case i+1 == len(letters):
			pos = romArPosFinal
		}
		// The Persian and Maghrebi letters are too rare in the data for
		// their learned options to be trusted.
		opts, ok := romArFallback[r]
		if !ok {
			opts, ok = t.arCtx[romArKey3(prev, c, next)]
		}
		if !ok {
			opts, ok = t.arCtx[romArKey2(c, pos)]
		}
		if !ok {
			opts, ok = t.arCtx[romArKey1(c)]
		}
		slots = append(slots, opts)
	}
	return t.beam(slots, true)
}

// romArConsonants are the usual English values of the Arabic-script
// consonants, as lists and documents of the region write them; ع and ء
// are written as nothing (Ali, Said).
var romArConsonants = map[rune]string{
	'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh", 'د': "d", 'ذ': "dh",
	'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z",
	'ع': "", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k", 'ل': "l", 'م': "m", 'ن': "n",
	'ه': "h", 'ء': "", 'پ': "p", 'چ': "ch", 'ژ': "zh", 'گ': "g", 'ڤ': "v", 'ڨ': "g",
}

// romArSounded reports whether the letter numbered c (romArIndex) is a
// consonant every Latin spelling writes. The data's alignments give some
// of them an empty option (ت in ابتكار, read "abkar"), which lets a
// word meet names without that consonant (Abukar). Only ع and ء, which
// Latin often does not write, ل, which the article assimilates
// (Abdurrahman), and ه, silent at the end (Abdulla), may be left out.
func romArSounded(c uint32) bool {
	for r, v := range romArConsonants {
		if romArIndex(r) == c {
			return v != "" && r != 'ل' && r != 'ه'
		}
	}
	return false
}

// romArDropMin is how often, in thousandths, the data must leave a written
// letter (romArWritten) out in one context for the empty option to be
// kept: a consonant that merges with the next into one Latin letter (تش is
// "ch", كس "x", تز "z") is left out most of the time, a noisy alignment
// rarely.
const romArDropMin = 250

// romArWritten reports whether every Latin spelling writes something for
// the letter of the context key: a sounded consonant (romArSounded), or an
// alif that begins a word, a vowel however it is spelt (احسان is Ihsan or
// Ehsan, never "hsan").
func romArWritten(key uint32) bool {
	c := key >> 6 & 63
	if romArSounded(c) {
		return true
	}
	if c != romArIndex('ا') {
		return false
	}
	switch key >> 24 {
	case 3:
		return key>>12&63 == romArStart
	case 2:
		pos := key & 63
		return pos == romArPosInit || pos == romArPosSingle
	}
	return false
}

// romArPersian are the values Persian, Dari, Pashto and Urdu give the
// letters they borrowed from Arabic: Wasiq, Faiz, Zahir.
var romArPersian = map[rune]string{'ث': "s", 'ذ': "z", 'ض': "z", 'ظ': "z"}

// romArReading is a fixed-rule romanization of normalized letters: each
// consonant its usual value (persian: the Persian values of ث ذ ض ظ and و
// as w between consonants, Sarwar, Anwari), و and ي as vowels between
// consonants and as w and y elsewhere, ة and a final ه as a, and a short a
// between two consonants, where the script writes none. The learned
// options are guesses weighted by the data, which knows some words and not
// others; this reading is how the region's own lists and documents most
// often spell a name, so that a word the data does not know still meets
// it (وثيق: the data guesses lothik, the reading gives wathiq and wasiq).
func romArReading(letters []rune, persian bool) string {
	const (
		vowel = iota + 1
		consonant
		silent // a consonant written as nothing: ع, ء
	)
	var kbuf [32]uint8
	kind := kbuf[:0]
	for i, r := range letters {
		k := uint8(consonant)
		var next rune
		if i+1 < len(letters) {
			next = letters[i+1]
		}
		switch r {
		case 'ؤ', 'ئ':
			// A hamza after a consonant, before the long vowel its seat
			// announces, follows a short a (رئيف Ra'if, رؤوف Ra'uf): it
			// is written as nothing, as ء is. Elsewhere its seat is the
			// vowel (قائد Qaid, فؤاد Fuad).
			if i > 0 && kind[i-1] == consonant && (next == 'ي' || next == 'و') {
				k = silent
			} else {
				k = vowel
			}
		case 'ا', 'ة':
			k = vowel
		case 'و', 'ي':
			// A vowel after a consonant, unless a vowel follows (Jawad,
			// Dawud); Persian w between consonants (Sarwar).
			if i > 0 && kind[i-1] != vowel && next != 'ا' && next != 'ة' && next != 'و' && next != 'ي' &&
				!(persian && r == 'و' && next != 0 && letters[i-1] != 'ؤ' && letters[i-1] != 'ئ') {
				k = vowel
			}
		case 'ه':
			if i > 0 && i+1 == len(letters) && kind[i-1] != vowel {
				k = vowel // Fatemeh, Zeiniye
			}
		case 'ع', 'ء':
			k = silent
		}
		kind = append(kind, k)
	}
	var b []byte
	for i, r := range letters {
		switch {
		case kind[i] == vowel:
			switch r {
			case 'ا', 'ة', 'ه':
				b = append(b, 'a')
			case 'و', 'ؤ':
				b = append(b, 'u')
			default:
				b = append(b, 'i')
			}
			continue
		case r == 'و':
			b = append(b, 'w')
		case r == 'ي':
			b = append(b, 'y')
		default:
			v, ok := romArPersian[r]
			if !persian || !ok {
				v = romArConsonants[r]
			}
			b = append(b, v...)
		}
		// A short vowel between two consonants.
		if i+1 < len(letters) && kind[i+1] != vowel {
			b = append(b, 'a')
		}
	}
	return string(b)
}

// romArSplit splits a word the table does not know into two words it
// knows, of at least three letters each, the first as long as can be, and
// returns their forms; nil when there is no such split. A second word that
// starts with the article is left to the compounds on Abd and al-Din
// (عبدالرحيم is abdalrahim, not abdul + alraheem).
func romArSplit(t *romTables, letters []rune) ([]string, []string) {
	for i := len(letters) - 3; i >= 3; i-- {
		if letters[i] == 'ا' && letters[i+1] == 'ل' {
			continue
		}
		a, ok := t.arWords[string(letters[:i])]
		if !ok {
			continue
		}
		if b, ok := t.arWords[string(letters[i:])]; ok {
			return a, b
		}
	}
	return nil, nil
}
