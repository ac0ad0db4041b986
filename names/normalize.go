package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// latinFold maps Latin letters that do not decompose under NFD to ASCII.
var latinFold = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'þ': "th", 'ð': "d", 'ł': "l",
	'đ': "d", 'ı': "i", 'ħ': "h", 'ŋ': "ng", 'ſ': "s", 'ƒ': "f", 'ɨ': "i",
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
func FoldLatin(s string) string {
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
// spacing marks: "जौहर" is one word). It
// also splits at a change between Latin and another script, so that
// "أبو بكر (Abu Bakr)" gives four words.
func SplitWords(s string) []string {
	var words []string
	start := -1
	prev := ""
	flush := func(end int) {
		if start >= 0 {
			words = append(words, s[start:end])
			start = -1
		}
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || isNameMark(r) || r == '\u200c' {
			sc := RuneScript(r)
			if start >= 0 && sc != "" && prev != "" && sc != prev {
				flush(i)
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
