package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// latinFold maps Latin letters that do not decompose under NFD to ASCII:
// among them Azerbaijani ə, which English spells a (Əliyev Aliyev,
// Məmmədov Mammadov), and the open vowels and hooked consonants of the
// African reference alphabet, as Hausa, Fula and Lingala write names
// (ɓ, ɗ, ƙ, ƴ, ɛ, ɔ).
var latinFold = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'þ': "th", 'ð': "d", 'ł': "l",
	'đ': "d", 'ı': "i", 'ħ': "h", 'ŋ': "ng", 'ſ': "s", 'ƒ': "f", 'ɨ': "i",
	'ə': "a", 'ɛ': "e", 'ɔ': "o", 'ɓ': "b", 'ɗ': "d", 'ƙ': "k", 'ƴ': "y",
	'ʉ': "u", 'ŧ': "t", 'ĸ': "k",
}

// isNameMark reports whether r is a mark that is part of a word rather than a
// separator: apostrophes and the signs transliterations use for the Arabic
// ayn and hamza ("Nu’aymi", "Ma'mun", "ʿAbd"). They are dropped, so the
// word stays whole.
func isNameMark(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʿ', 'ʾ', '`', '´', 'ʻ', 'ˈ', '′':
		return true
	}
	return false
}

// FoldLatin lowercases a Latin-script word and folds it to ASCII: marks are
// stripped ("Müller" gives "muller"), letters that do not decompose are
// mapped ("ß" gives "ss"), apostrophes and ayn/hamza signs dropped, and
// anything that is not a letter a-z dropped.
func FoldLatin(s string) string { return foldLatin(s, false) }

// foldLatin is FoldLatin; with digits, it also keeps the ASCII digits.
func foldLatin(s string, digits bool) string {
	var b strings.Builder
	b.Grow(len(s))
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		s = norm.NFD.String(s)
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case digits && r >= '0' && r <= '9':
			b.WriteRune(r)
		case r < utf8.RuneSelf:
		default:
			lr := unicode.ToLower(r)
			if f, ok := latinFold[lr]; ok {
				b.WriteString(f)
			}
		}
	}
	return b.String()
}

// SplitWords splits a name into words at spaces, hyphens, punctuation and
// script changes, keeping apostrophes, ayn/hamza signs and combining marks
// inside words (the vowel signs of Devanagari and other Indic scripts are
// spacing marks: "जौहर" is one word). It also splits at a change between
// Latin and another script, so that "أبو بكر (Abu Bakr)" gives four words,
// except where a word mixes Latin and Cyrillic letters that look alike:
// lists and keyboards write Belarusian і with a Latin i ("Мiхаiл") and
// slip a Latin A or O into a Cyrillic word ("КАРТAПOЛOВ"), or a Cyrillic о
// into a Latin one ("Mоhammed"); those letters are read in the word's
// script.
func SplitWords(s string) []string {
	var words []string
	start := -1
	prev := ""
	mixed := false // the word so far holds Latin and Cyrillic homoglyphs
	flush := func(end int) {
		if start >= 0 {
			w := s[start:end]
			if mixed {
				words = append(words, splitMixed(w)...)
			} else {
				words = append(words, w)
			}
			start = -1
		}
		mixed = false
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || isNameMark(r) || r == '\u200c' {
			sc := RuneScript(r)
			if start >= 0 && sc != "" && prev != "" && sc != prev {
				if (sc == "Latin" || sc == "Cyrillic") && (prev == "Latin" || prev == "Cyrillic") {
					mixed = true
				} else {
					flush(i)
				}
			}
			if start < 0 {
				start = i
			}
			if sc != "" {
				prev = sc
			}
			continue
		}
		flush(i)
		prev = ""
	}
	flush(len(s))
	return words
}

// latinLookalikes and cyrillicLookalikes map letters of one script to the
// letter of the other that looks the same.
var (
	latinLookalikes = map[rune]rune{
		'a': 'а', 'c': 'с', 'e': 'е', 'i': 'і', 'o': 'о', 'p': 'р', 'x': 'х', 'y': 'у', 'ĸ': 'к',
		'A': 'А', 'B': 'В', 'C': 'С', 'E': 'Е', 'H': 'Н', 'I': 'І', 'K': 'К', 'M': 'М', 'O': 'О',
		'P': 'Р', 'T': 'Т', 'X': 'Х', 'Y': 'У',
		// Stressed or dotted vowels typed with the Latin keyboard.
		'ë': 'ё', 'é': 'е', 'á': 'а', 'ó': 'о',
	}
	cyrillicLookalikes = func() map[rune]rune {
		m := make(map[rune]rune, len(latinLookalikes))
		for l, c := range latinLookalikes {
			if l < 0x80 { // one Latin letter for each
				m[c] = l
			}
		}
		return m
	}()
)

// splitMixed reads a word of Latin and Cyrillic letters in one script when
// the other's letters in it all look like letters of the first (the script
// with more letters wins a tie of lookalikes), else splits it where the
// script changes.
func splitMixed(w string) []string {
	var latin, cyrillic int
	latinAlike, cyrillicAlike := true, true
	for _, r := range w {
		switch RuneScript(r) {
		case "Latin":
			latin++
			_, ok := latinLookalikes[r]
			latinAlike = latinAlike && ok
		case "Cyrillic":
			cyrillic++
			_, ok := cyrillicLookalikes[r]
			cyrillicAlike = cyrillicAlike && ok
		}
	}
	var to map[rune]rune
	switch {
	case latinAlike && (!cyrillicAlike || cyrillic >= latin):
		to = latinLookalikes
	case cyrillicAlike:
		to = cyrillicLookalikes
	}
	if to != nil {
		return []string{strings.Map(func(r rune) rune {
			if c, ok := to[r]; ok {
				return c
			}
			return r
		}, w)}
	}
	var out []string
	start, prev := 0, ""
	for i, r := range w {
		sc := RuneScript(r)
		if sc != "" && prev != "" && sc != prev {
			out = append(out, w[start:i])
			start = i
		}
		if sc != "" {
			prev = sc
		}
	}
	return append(out, w[start:])
}
