package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A name written by ear in another script follows how it sounds, not how
// it is spelled: George Bush is Джордж Буш in Russian, ג'ורג' בוש in
// Hebrew, ジョージ・ブッシュ in Japanese and 조지 부시 in Korean. The
// romanizations of those words (dzhordzh, jooji) are not spellings of
// "george", however the letters are compared. Sound keys meet them: a
// word's consonants as classes of sounds, read from the Latin spelling by
// the rules of the languages names come from, and from the romanization of
// the other script by its sounds.
//
// The classes are coarse on purpose, as transcriptions are:
//
//	P  p f ph                         B  b v (and w said as v)
//	T  t (th)                         D  d
//	K  k g q c before a back vowel    S  s z ts tz, c before e i y
//	X  sh ch zh j dzh, g before e i   M  m
//	N  n                              L  l
//	R  r                              H  Cyrillic х between vowels
//
// A Latin h, kh or ch between vowels is read both as H and as nothing: it
// may be said (Zawahiri Завахири) or not (Abraham Авраам).
//
// Cyrillic, Hebrew, Greek, Armenian, Georgian, kana and Hangul write a
// foreign name's voiced and voiceless stops apart, as its spelling does
// (Trump טראמפ トランプ 트럼프, Biden ביידן バイデン 바이든), and Hebrew
// writes p and f with one letter, b and v with another (פ, ב), so B is
// not P nor D T. A Latin word's last b or d meets a voiceless one too, as
// German, Dutch and Russian say it (Gerhard ゲアハルト), and Japanese
// writes a v closing a syllable f (Yevgeny エフゲニー). g and k stay one
// class: English writes the ق of Arabic names g (Gaddafi), which Hebrew
// and Greek write k (קדאפי, Καντάφι). Chinese writes English d with its t
// (唐纳德 Donald): its keys are marked blind to voicing (soundBlind), and
// so is the index's key (SoundClasses).
//
// Vowels, h, w, y and kh are left out: scripts add vowels (Japanese
// ブッシュ busshu, Korean 트럼프 teureompeu), and h is written, dropped or
// made kh at will. A letter written twice, and a sound spelled by several
// letters, give one class.
//
// Japanese and Korean hear less: l and r are one sound, and s, sh, ch, z
// and j are one class (Korean writes sh as s, 부시 Bush; z as j, 지단
// Zidane), and an r after a vowel and before a consonant or at the end is
// not said in English (ジョージ, 조지 George; カーター Carter), though it
// is in German (メルケル Merkel).

// SoundMode says how finely a script hears a name's consonants.
type SoundMode uint8

// Sound modes.
const (
	// SoundWest is for Cyrillic, Greek, Hebrew, Armenian and Georgian:
	// every class apart.
	SoundWest SoundMode = iota
	// SoundEast is for Japanese kana and Hangul: l and r one class, the
	// sibilants one class, r after a vowel optional.
	SoundEast
)

// maxSoundKeys bounds the keys of one word: each letter read several ways
// doubles them, the likeliest readings first.
const maxSoundKeys = 8

// SoundScript returns the sound mode in which a word of the script is
// compared with Latin words by sound, and whether it is.
func SoundScript(script string) (SoundMode, bool) {
	switch script {
	case "Cyrillic", "Hebrew", "Armenian", "Georgian", "Greek":
		// Greek has no sh, ch, j or zh, but hears r and l apart: its
		// words are read in SoundWest, their sibilants both ways
		// (readGreek).
		return SoundWest, true
	case "Hiragana", "Katakana", "Hangul", "Han":
		return SoundEast, true
	}
	return 0, false
}

// OnlyByEar reports whether a script writes foreign names only by ear
// (Japanese kana, Hangul, Han, Greek), where Cyrillic and Hebrew also
// transliterate them letter by letter.
func OnlyByEar(script string) bool {
	switch script {
	case "Hiragana", "Katakana", "Hangul", "Han", "Greek":
		return true
	}
	return false
}

// soundBeam builds the keys of one word, letter by letter: every key takes
// each reading of a letter, up to maxSoundKeys keys.
type soundBeam struct {
	mode  SoundMode
	keys  [maxSoundKeys]soundKey
	count int
	latin bool
	h     bool // the word starts with h or kh
	// unwritten is set for a script that does not write its vowels, whose
	// slots without them say nothing (soundAnyVowel).
	unwritten bool
	// blind is set for a script that does not tell voiced stops from
	// voiceless ones (Han), whose keys start with soundBlind.
	blind bool
}

// A soundKey holds its classes in capitals and, between them, the vowels
// the word writes there in small letters, at most soundSlotVowels a slot
// ("VaLo" for Elon's ea, "PiTi" for Biden's). Classes alone make the key
// that finds names (SoundClasses); the vowels tell names apart that share
// them (SoundKeysMeet).
type soundKey struct {
	buf [48]byte
	n   uint8 // the bytes of the key
	cls uint8 // its classes
	// lc is the last class; slot counts the vowels written since.
	lc   byte
	slot uint8
	// vowel is set when a vowel came after the last class.
	vowel bool
	// last is the class of the last letter before the mode merged it (R
	// for an r that SoundEast writes L). In a romanization, which spells
	// one Korean ㄹ lr (블라디미르 beulradimireu), one class twice is one
	// whatever the letters (latin unset).
	last byte
}

// soundSlotVowels is how many vowels a key keeps between two classes.
const soundSlotVowels = 3

// soundOnset is the first class of a key whose word starts with a vowel
// (Elon, אילון; William, Уильям), which a word starting with a consonant
// does not share: the keys are few, and where a word starts is a large
// part of what they say.
const soundOnset = 'V'

// soundAnyVowel stands in a key's slot for a vowel that may be any, or
// none: a key's slot without it and without vowels is one where the word
// says none.
const soundAnyVowel = 'x'

// soundBlind starts the keys of a word in a script that writes voiced and
// voiceless stops alike (Chinese: 唐纳德 Donald, 特朗普 Trump), whose P
// and T meet a Latin word's B and D (SoundKeysMeet).
const soundBlind = '~'

func (b *soundBeam) reset(mode SoundMode, word string) {
	b.mode, b.count, b.blind = mode, 1, false
	b.keys[0] = soundKey{}
	// A word that starts with h or kh starts with a consonant, though
	// the keys leave it out: Hemingway's is not a vowel onset, since
	// Hebrew writes המינגוויי with no vowel after its ה.
	b.h = strings.HasPrefix(word, "h") || strings.HasPrefix(word, "kh")
}

// class maps a class to the mode's: in SoundEast, R is L and X is S; in
// a script blind to voicing, each voiced stop is its voiceless one.
func (b *soundBeam) class(c byte) byte {
	if b.mode == SoundEast {
		switch c {
		case 'R':
			return 'L'
		case 'X':
			return 'S'
		}
	}
	if b.blind {
		return unvoiced(c)
	}
	return c
}

// unvoiced maps the voiced stops' classes to the voiceless ones'.
func unvoiced(c byte) byte {
	switch c {
	case 'B':
		return 'P'
	case 'D':
		return 'T'
	}
	return c
}

// emit appends the reading s (classes, or "" for none) to every key.
func (b *soundBeam) emit(s string) {
	for k := 0; k < b.count; k++ {
		b.push(&b.keys[k], s)
	}
}

// sawVowel writes the vowel c on every key; 0 for a vowel that says
// nothing of the name's (an English final e, a vowel a script adds),
// written soundAnyVowel, once a slot.
func (b *soundBeam) sawVowel(c byte) {
	if c == 0 {
		c = soundAnyVowel
	}
	for k := 0; k < b.count; k++ {
		key := &b.keys[k]
		key.vowel = true
		if c == soundAnyVowel && key.slot > 0 && key.buf[key.n-1] == soundAnyVowel {
			continue
		}
		key.write(c)
	}
}

// write appends the vowel c to the key's slot, if it has room.
func (key *soundKey) write(c byte) {
	if key.slot < soundSlotVowels && int(key.n) < len(key.buf) {
		key.buf[key.n] = c
		key.n++
		key.slot++
	}
}

// add writes the class c on the key. In a script that does not write its
// vowels, a slot without them says nothing (soundAnyVowel).
func (b *soundBeam) add(key *soundKey, c byte) {
	if b.unwritten && key.slot == 0 {
		key.write(soundAnyVowel)
	}
	if int(key.n) < len(key.buf) {
		key.buf[key.n] = c
		key.n++
		key.cls++
		key.lc, key.slot = c, 0
	}
}

func (b *soundBeam) push(key *soundKey, s string) {
	if s != "" && key.cls == 0 && key.vowel && !b.h {
		b.add(key, soundOnset)
	}
	for i := 0; i < len(s); i++ {
		c := b.class(s[i])
		// One class twice with no vowel between is one sound: Mattis,
		// ブッシュ busshu. But the r and l that English writes together
		// stay two, though Japanese and Korean hear one class: they put a
		// vowel between them (シャルル sharuru, Charles).
		if key.cls > 0 && key.lc == c && (key.last == s[i] || !b.latin) && (i > 0 || !key.vowel) {
			continue
		}
		b.add(key, c)
		key.last = s[i]
	}
	if s != "" {
		key.vowel = false
	}
}

// fork appends each reading to every key: the keys become the keys times
// the readings, the first reading's first, at most maxSoundKeys.
func (b *soundBeam) fork(readings ...string) {
	if len(readings) == 1 {
		b.emit(readings[0])
		return
	}
	count := b.count
	base := b.keys
	out := 0
	for _, r := range readings {
		for k := 0; k < count && out < maxSoundKeys; k++ {
			b.keys[out] = base[k]
			b.push(&b.keys[out], r)
			out++
		}
	}
	b.count = out
}

// result appends the keys to out, each once, in order, until out holds
// maxSoundKeys: a word's forms give keys that differ in their vowels
// alone, the likeliest form's first.
func (b *soundBeam) result(out []string) []string {
	for k := 0; k < b.count && len(out) < maxSoundKeys; k++ {
		key := &b.keys[k]
		if key.cls == 0 {
			continue
		}
		if b.unwritten && key.slot == 0 {
			key.write(soundAnyVowel)
		}
		k := key.buf[:key.n]
		if b.blind {
			var kb [49]byte
			k = append(append(kb[:0], soundBlind), k...)
		}
		if containsBytes(out, k) {
			continue
		}
		out = append(out, string(k))
	}
	return out
}

func containsBytes(s []string, v []byte) bool {
	for _, x := range s {
		if x == string(v) {
			return true
		}
	}
	return false
}

// SoundClasses returns a key's classes, without its vowels and with each
// voiced stop its voiceless one: the key that finds names, which
// SoundKeysMeet tells apart.
func SoundClasses(key string) string {
	var buf [48]byte
	c := buf[:0]
	for i := 0; i < len(key); i++ {
		if key[i] < 'a' {
			c = append(c, unvoiced(key[i]))
		}
	}
	return string(c)
}

// soundVowelAlike are the vowels a vowel written in a Latin word may be
// said as, and a script write it: English and French say a as a, ei or o
// (Taylor テイラー, Walker Уокер), e and i as i, e or a (-er, Michael
// マイケル), o as a or u (Clinton 克林顿), u as a, o or e (Trump トランプ,
// Churchill Черчилль). A romanization's y is a vowel's too (Hebrew's יי,
// Gates גייטס).
var soundVowelAlike = [...]string{'a': "aeoy", 'e': "eiay", 'i': "ieay", 'o': "oau", 'u': "uaoe", 'y': "yiea"}

// SoundKeysMeet reports how many classes two keys share, the onset left
// out, when they have the same classes and the vowels between them can be
// the same (soundVowelAlike; a slot without vowels meets any), and 0
// otherwise. Latin is the key of the Latin word.
func SoundKeysMeet(latin, other string) int {
	blind := len(other) > 0 && other[0] == soundBlind
	if blind {
		other = other[1:]
	}
	i, j, n := 0, 0, 0
	for {
		// The vowels of the slot before the next class.
		li, lj := i, j
		for i < len(latin) && latin[i] >= 'a' {
			i++
		}
		for j < len(other) && other[j] >= 'a' {
			j++
		}
		if !vowelsAlike(latin[li:i], other[lj:j]) {
			return 0
		}
		if i == len(latin) || j == len(other) {
			if i != len(latin) || j != len(other) {
				return 0
			}
			return n
		}
		if latin[i] != other[j] && !((blind || lastClass(latin, i)) && unvoiced(latin[i]) == other[j]) {
			return 0
		}
		if latin[i] != soundOnset {
			n++
		}
		i, j = i+1, j+1
	}
}

// lastClass reports whether the class at key[i] is the key's last: a
// Latin word's last b or d may be said voiceless, as German, Dutch and
// Russian say it (Gerhard ゲアハルト, Jakob), and written so by ear.
func lastClass(key string, i int) bool {
	for i++; i < len(key); i++ {
		if key[i] < 'a' {
			return false
		}
	}
	return true
}

// vowelsAlike reports whether a slot's vowels in a Latin word (l) and in
// another word (o) can be the same sound: when the Latin word writes none
// there (the other script may add one), when either may be any
// (soundAnyVowel), or when one of each is alike. Where the other word
// says none, the Latin word's must be one that English leaves unsaid: an
// e, or two letters (Shakespeare Шекспир, Michael Майкл); an a, i, o or u
// alone there is another name (Gordon and Κλίντον, o against kl).
func vowelsAlike(l, o string) bool {
	if l == "" || strings.IndexByte(l, soundAnyVowel) >= 0 || strings.IndexByte(o, soundAnyVowel) >= 0 {
		return true
	}
	if o == "" {
		return len(l) > 1 || l == "e"
	}
	for i := 0; i < len(l); i++ {
		if int(l[i]) >= len(soundVowelAlike) {
			continue
		}
		alike := soundVowelAlike[l[i]]
		for j := 0; j < len(o); j++ {
			if strings.IndexByte(alike, o[j]) >= 0 {
				return true
			}
		}
	}
	return false
}

func isSoundVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// byteAt returns s[i], or 0 past either end.
func byteAt[S string | []byte](s S, i int) byte {
	if i >= 0 && i < len(s) {
		return s[i]
	}
	return 0
}

// hBetweenVowels returns the length of the h or kh at s[i] when a vowel
// comes before and after it (1 or 2), and 0 otherwise: Cyrillic writes it
// х and says it (Завахири), a Latin word may say it or not (Zawahiri,
// Abraham).
func hBetweenVowels[S string | []byte](s S, i int) int {
	if i == 0 || !isSoundVowel(s[i-1]) {
		return 0
	}
	n := 1
	if s[i] == 'k' && byteAt(s, i+1) == 'h' {
		n = 2
	} else if s[i] != 'h' {
		return 0
	}
	if !isSoundVowel(byteAt(s, i+n)) {
		return 0
	}
	return n
}

// readCommon reads the letters that a Latin word and a romanization read
// alike, at s[i]: m, n (m before p, b, m, f, v in SoundEast, as kana's ン
// is), z and zh, k and kh, x, q. It returns the index of the last letter
// read, and false for another letter.
func readCommon[S string | []byte](b *soundBeam, s S, i int) (int, bool) {
	next := byteAt(s, i+1)
	switch s[i] {
	case 'm':
		b.emit("M")
	case 'n':
		if b.mode == SoundEast && strings.IndexByte("bpmfv", next) >= 0 {
			b.emit("M")
		} else {
			b.emit("N")
		}
	case 'z':
		if next == 'h' {
			i++
			b.emit("X")
		} else {
			b.emit("S")
		}
	case 'k':
		if next == 'h' {
			i++
			b.emit("")
		} else {
			b.emit("K")
		}
	case 'x':
		b.emit("KS")
	case 'q':
		b.emit("K")
	default:
		return i, false
	}
	return i, true
}

// soundMarked are the Latin letters with marks whose sound folding loses:
// š is sh, not s; ç is ch or s; ğ is not said.
var soundMarked = map[rune]string{
	'š': "X", 'ś': "X", 'ş': "X", 'ș': "X", 'ž': "X", 'ź': "X", 'ż': "X", 'č': "X", 'ć': "X",
	'đ': "X", 'ç': "Q", 'ğ': "G", 'ł': "l", 'ß': "s", 'ñ': "n", 'ö': "oe", 'ü': "ue",
}

// LatinSoundKeys returns the sound keys of a Latin word as written (marks
// and all): how the languages that write names in Latin letters may say
// it, the likeliest first. Letters read several ways: c before e or i (s,
// Italian ch), ch (sh, Greek k, German kh), g before e or i (j, hard g), j
// (English j, German y, Spanish h), th (t, s), w (English w, German v), a
// final s (French leaves it unsaid), gh.
func LatinSoundKeys(raw string, mode SoundMode) []string {
	var buf [48]byte
	s := buf[:0]
	for _, r := range norm.NFC.String(raw) {
		r = unicode.ToLower(r)
		switch {
		case r >= 'a' && r <= 'z':
			s = append(s, byte(r))
		case soundMarked[r] != "":
			s = append(s, soundMarked[r]...)
		case r >= 0x80 && unicode.IsLetter(r):
			s = append(s, FoldLatin(string(r))...)
		}
		if len(s) > 40 {
			break
		}
	}
	var b soundBeam
	b.reset(mode, string(s))
	b.latin = true
	at := func(i int) byte { return byteAt(s, i) }
	front := func(c byte) bool { return c == 'e' || c == 'i' || c == 'y' }
	for i := 0; i < len(s); i++ {
		c, next := s[i], at(i+1)
		if c == next && c != 'c' && !isSoundVowel(c) {
			continue // a letter written twice
		}
		// An h or kh between vowels may be said (Zawahiri, Mikhail,
		// which Cyrillic writes with х) or not (Abraham, Авраам).
		if n := hBetweenVowels(s, i); n > 0 {
			i += n - 1
			b.fork("", "H")
			continue
		}
		if j, ok := readCommon(&b, s, i); ok {
			i = j
			continue
		}
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			switch {
			case c == 'u' && (at(i-1) == 'q' || at(i-1) == 'g' && front(next)):
				// The u of qu and of gue, gui is no vowel
				// (Jacques, Miguel).
			case c == 'e' && (i == len(s)-1 || i == len(s)-2 && next == 's') && (i > 0 && !isSoundVowel(s[i-1]) || at(i-1) == 'u' && (at(i-2) == 'q' || at(i-2) == 'g')):
				// English and French leave a final e unsaid
				// (George, Charles, Jacques): its slot meets any
				// vowel.
				b.sawVowel(0)
			default:
				b.sawVowel(c)
			}
		case 'h':
		case 'w':
			if i > 0 && isSoundVowel(s[i-1]) && !isSoundVowel(next) {
				b.sawVowel('u') // a diphthong's: Newton, Snowden
			} else {
				b.fork("", "B")
			}
		case 'b', 'v':
			switch {
			case c == 'v' && i == 0 && b.mode == SoundEast && !isSoundVowel(next):
				// Japanese writes an initial v before a consonant
				// as a vowel: ウラジーミル, Vladimir.
				b.fork("B", "V")
			case c == 'v' && b.mode == SoundEast && next != 0 && !isSoundVowel(next):
				// and a v closing a syllable as f: エフゲニー,
				// Yevgeny.
				b.fork("B", "P")
			default:
				b.emit("B")
			}
		case 'f':
			b.emit("P")
		case 'p':
			if next == 'h' {
				i++
			}
			b.emit("P")
		case 'l':
			if i > 0 && s[i-1] == 'a' && next == 'k' {
				// English leaves the l of -alk unsaid: Walker,
				// Уокер, ウォーカー.
				b.fork("L", "")
			} else {
				b.emit("L")
			}
		case 'r':
			if b.mode == SoundEast && i > 0 && isSoundVowel(s[i-1]) && !isSoundVowel(next) {
				b.fork("R", "")
			} else {
				b.emit("R")
			}
		case 'd':
			switch {
			case next == 'j' || next == 'X' || next == 'g' && front(at(i+2)):
				i++ // dj, dž, dge: one sound
				b.emit("X")
			case next == 'z' && at(i+2) == 'h':
				i += 2
				b.emit("X")
			default:
				b.emit("D")
			}
		case 't':
			switch {
			case next == 's' && at(i+2) == 'c' && at(i+3) == 'h':
				i += 3
				b.emit("X")
			case next == 'z' && at(i+2) == 's' && at(i+3) == 'c' && at(i+4) == 'h':
				i += 4 // German tzsch: Nietzsche, Ницше
				b.emit("X")
			case next == 'c' && at(i+2) == 'h':
				i += 2
				b.emit("X")
			case next == 'h':
				i++
				b.fork("T", "S")
			case next == 's' || next == 'z':
				i++
				b.emit("S")
			default:
				b.emit("T")
			}
		case 's':
			switch {
			case (next == 't' || next == 'p') && (i == 0 || s[i-1] == 'n' || s[i-1] == 'r'):
				// German st and sp, said sht and shp at a
				// word's or a part's start: Einstein, איינשטיין.
				b.fork("S", "X")
			case next == 'c' && at(i+2) == 'h':
				i += 2
				b.emit("X")
			case next == 'h':
				i++
				b.emit("X")
			case next == 'z':
				i++
				b.fork("X", "S")
			case next == 0 && i >= 3 && isSoundVowel(s[i-1]):
				b.fork("S", "")
			default:
				b.emit("S")
			}
		case 'c':
			switch {
			case next == 'h' && i > 0 && isSoundVowel(s[i-1]) && isSoundVowel(at(i+2)):
				i++
				b.fork("X", "K", "", "H") // and German's ch, Cyrillic's х
			case next == 'h':
				i++
				b.fork("X", "K", "")
			case next == 'k' || next == 'q':
				i++
				b.emit("K")
			case next == 'z':
				i++
				b.emit("X")
			case next == 'c' && front(at(i+2)):
				i++
				b.emit("X")
			case front(next):
				b.fork("S", "X")
			default:
				b.emit("K")
			}
		case 'g':
			switch {
			case next == 'h':
				i++
				b.fork("K", "")
			case front(next) && (i == 0 || s[i-1] != 'g'):
				b.fork("X", "K")
			default:
				b.emit("K")
			}
		case 'j':
			b.fork("X", "")
		case 'X':
			b.emit("X")
		case 'Q':
			b.fork("S", "X")
		case 'G':
			b.fork("", "K")
		}
	}
	return b.result(nil)
}

// slavicEndings end East Slavic surnames, patronymics and given names in
// Cyrillic (Агафонова, Кабалюк, Михайлович, Евгения): a native name,
// which transliteration spells, not a foreign one written by ear. Read by
// sound, Захарова (z-r-v) would sound like Sohrab.
var slavicEndings = []string{"ов", "ова", "ев", "ева", "ёв", "ёва", "ин", "ина", "ын", "ына", "ий", "ая",
	"ой", "енко", "ко", "ук", "юк", "чук", "ич", "вна", "чна", "ых", "их", "ия", "ья", "ів", "іна", "ій"}

// slavicLatinEndings are slavicEndings as English and passports spell
// them.
var slavicLatinEndings = []string{"ov", "ova", "ev", "eva", "in", "ina", "yn", "yna", "sky", "ski", "skiy", "skaya",
	"enko", "ko", "uk", "yuk", "chuk", "ich", "ych", "ovna", "evna", "ikh", "ykh", "iy", "yy"}

// SlavicLatin reports whether a Latin form ends as East Slavic names do
// (Basurin, Kovalchuk, Petrova): such a name in Cyrillic is spelled by
// transliteration, and read by sound it would meet names it is not
// (Виссарион and Basurin share p-s-r-n).
func SlavicLatin(form string) bool {
	for _, e := range slavicLatinEndings {
		if strings.HasSuffix(form, e) && len(form) > len(e)+2 {
			return true
		}
	}
	return false
}

// SoundKeys returns the sound keys of a word in a script that writes
// foreign names by ear (SoundScript), read from its romanizations, in that
// script's mode; nil for a word in another script, for an East Slavic name
// in Cyrillic, and for a Han word of a Chinese name (Token.ByEar unset).
func SoundKeys(t Token) []string {
	script := Script(t.Raw)
	mode, ok := SoundScript(script)
	switch {
	case !ok:
		return nil
	case script == "Han" && !t.ByEar:
		return nil
	case script == "Hangul" && utf8.RuneCountInString(t.Raw) < 2:
		return nil // a Korean surname, or a syllable of a Korean name split off
	case script == "Cyrillic":
		low := strings.ToLower(t.Raw)
		for _, e := range slavicEndings {
			if strings.HasSuffix(low, e) {
				return nil
			}
		}
	}
	forms := t.Forms
	if script == "Han" {
		// A foreign name is written in the characters whose common
		// reading is the sound (莎 sha, not suo): the other readings
		// only make keys that meet names by chance. Read syllable by
		// syllable.
		forms = []string{hanSyllables(t.Raw)}
	}
	return scriptSoundKeys(forms, mode, script)
}

// scriptSoundKeys returns the sound keys of a word in another script from
// its romanizations (forms), read as they sound. Kana's チ and ジ also
// write the ti and di of foreign names (プーチン Putin, ウラジーミル
// Vladimir), and so does Chinese's ji for Russian names (弗拉基米尔, 普京
// Putin). Pinyin spells its sounds its own way: q is ch, x is sh or the h
// of foreign names (希拉里 Hillary), c is ts, w the v of foreign names too
// (维克托 Viktor), and a final nasal before a labial is m (特朗普 Trump,
// 汤姆 Tom).
func scriptSoundKeys(forms []string, mode SoundMode, script string) []string {
	kana := script == "Katakana" || script == "Hiragana"
	han := script == "Han"
	var out []string
	var b soundBeam
	for _, f := range forms {
		b.reset(mode, f)
		b.unwritten = script == "Hebrew"
		b.blind = han
		at := func(i int) byte { return byteAt(f, i) }
		for i := 0; i < len(f); i++ {
			c, next := f[i], at(i+1)
			if c == next && !isSoundVowel(c) {
				continue
			}
			if han {
				if j, ok := readPinyin(&b, f, i); ok {
					i = j
					continue
				}
			}
			if script == "Greek" {
				if j, ok := readGreek(&b, f, i); ok {
					i = j
					continue
				}
			}
			if n := hBetweenVowels(f, i); n > 0 && script == "Cyrillic" {
				// х between vowels, kh or h, is said: Завахири is
				// no Sabri.
				i += n - 1
				b.emit("H")
				continue
			}
			if c != 'n' || next != 'g' || b.mode != SoundEast || kana {
				if j, ok := readCommon(&b, f, i); ok {
					i = j
					continue
				}
			}
			switch c {
			case 'a', 'e', 'i', 'o', 'u', 'y':
				if c == 'e' && next == 'u' && script == "Hangul" {
					i++ // ㅡ eu, the vowel Korean adds to a consonant
					b.sawVowel(0)
				} else if addedVowel(f, i, script) {
					b.sawVowel(0)
				} else {
					b.sawVowel(c)
				}
			case 'h', 'w':
			case 'b', 'v':
				b.emit("B")
			case 'f', 'p':
				if c == 'p' && next == 'h' {
					i++
				}
				if c == 'f' && next == 'u' && i+2 < len(f) && kana {
					// フ writes fu and hu, and the h of Arabic
					// names before a consonant (フセイン Hussein,
					// マフムード Mahmoud), which the keys leave
					// out; last, it is the f or v of -ov and -ev
					// (ラヴロフ Lavrov).
					if i == 0 {
						b.h = true
					}
					b.fork("P", "")
					break
				}
				b.emit("P")
			case 'n':
				// Hangul's final ㅇ, ng: the n of French nasals
				// and English -ng (마크롱 Macron).
				if b.mode == SoundEast && !kana && next == 'g' && (i+2 == len(f) || !isSoundVowel(at(i+2))) {
					i++
				}
				b.emit("N")
			case 'l':
				b.emit("L")
			case 'r':
				b.emit("R")
			case 'd':
				switch {
				case next == 'z' && at(i+2) == 'h':
					i += 2
					b.emit("X")
				case next == 'z':
					i++
					b.emit("X")
				case next == 'j':
				default:
					b.emit("D")
				}
			case 't':
				switch {
				case next == 'c' && at(i+2) == 'h':
				case next == 's' && at(i+2) == 'h':
					i += 2
					b.emit("X")
				case next == 's' && kana:
					// ツ writes ts, and the t and s of English
					// (ゲイツ Gates).
					i++
					b.fork("S", "TS")
				case next == 's' || next == 'z':
					i++
					b.emit("S")
				case next == 'h':
					i++
					b.emit("T")
				default:
					b.emit("T")
				}
			case 's':
				switch {
				case next == 'h' && at(i+2) == 'c' && at(i+3) == 'h':
					i += 3
					b.emit("X")
				case next == 'h':
					i++
					b.emit("X")
				default:
					b.emit("S")
				}
			case 'c':
				switch {
				case next == 'h':
					i++
					if kana {
						b.fork("X", "T")
					} else {
						b.emit("X")
					}
				default:
					b.emit("K")
				}
			case 'j':
				if kana {
					b.fork("X", "D")
				} else {
					b.emit("X")
				}
			case 'g':
				if next == 'h' {
					i++
				}
				b.emit("K")
			}
		}
		out = b.result(out)
	}
	return out
}

// readPinyin reads the letters that pinyin spells otherwise than other
// romanizations, at f[i]: q, x, c, w, and the final nasals before a labial.
// It returns the index of the last letter read, and false for another
// letter.
func readPinyin(b *soundBeam, f string, i int) (int, bool) {
	next := byteAt(f, i+1)
	switch f[i] {
	case 'q':
		b.emit("X")
	case 'x':
		if i == 0 {
			b.h = true // 希拉里 Hillary: the h starts no vowel onset
		}
		b.fork("X", "")
	case 'c':
		if next == 'h' {
			i++
			b.emit("X")
		} else {
			b.fork("S", "TS") // 盖茨 Gates
		}
	case 'j':
		// 杰克逊 Jackson, 斯基 -sky, and the ti and di of Russian
		// names, which Chinese hears soft (普京 Putin, 弗拉基米尔
		// Vladimir, 梅德韦杰夫 Medvedev).
		b.fork("X", "K", "T")
	case 'w':
		b.fork("", "P")
	case 'n':
		// A syllable's final n or ng before a labial is m (特朗普
		// Trump, 汤姆 Tom).
		j := i
		if next == 'g' {
			j++
		}
		if byteAt(f, j+1) != hanSyllableBreak || strings.IndexByte("bpmf", byteAt(f, j+2)) < 0 || byteAt(f, j+2) == 0 {
			return i, false
		}
		b.emit("M")
		return j, true
	default:
		return i, false
	}
	return i, true
}

// readGreek reads the letters of a Greek word's romanization that Greek
// writes for sounds it does not have, at f[i]: σ and ζ for s and z, and
// for the sh and zh of foreign names (Μπους Bush, Ασάνζ Assange), τσ for
// ts and ch (Μότσαρτ Mozart, Τσόρτσιλ Churchill), τζ for j (Τζορτζ
// George); χ, ch, is the h or kh that the keys leave out (Χίλαρι
// Hillary). It returns the index of the last letter read, and false for
// another letter.
func readGreek(b *soundBeam, f string, i int) (int, bool) {
	next := byteAt(f, i+1)
	switch {
	case f[i] == 'c' && next == 'h':
		if i == 0 {
			b.h = true
		}
		return i + 1, true
	case f[i] == 's' || f[i] == 'z':
		b.fork("S", "X")
	case f[i] == 't' && next == 's':
		b.fork("S", "X")
		return i + 1, true
	case f[i] == 't' && next == 'z':
		b.fork("X", "S")
		return i + 1, true
	default:
		return i, false
	}
	return i, true
}

// addedVowel reports whether the vowel at f[i] of a romanization says
// nothing of the name's vowels: one the script adds to write a consonant
// alone, kana's o after t and d before a consonant (トランプ toranpu),
// pinyin's e alone and er, its o after b, p, m and f, and its i after a
// sibilant (特朗普 telangpu, 默克尔 mokeer, 斯 si); and a Hebrew word's a
// and e, which Hebrew does not write and its romanizations guess.
func addedVowel(f string, i int, script string) bool {
	if script == "Hebrew" {
		return f[i] == 'a' || f[i] == 'e'
	}
	if i == 0 || isSoundVowel(f[i-1]) {
		return false
	}
	prev, next := f[i-1], byteAt(f, i+1)
	switch script {
	case "Katakana", "Hiragana":
		return f[i] == 'o' && (prev == 't' || prev == 'd') && (next == 0 || !isSoundVowel(next))
	case "Han":
		switch f[i] {
		case 'e':
			return next != 'i' && next != 'n'
		case 'o':
			return strings.IndexByte("bpmf", prev) >= 0 && next != 'u' && next != 'n'
		case 'i':
			return strings.IndexByte("szchr", prev) >= 0 && next != 'a' && next != 'e' && next != 'n' && next != 'u' && next != 'o'
		}
	}
	return false
}
