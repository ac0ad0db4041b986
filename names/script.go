package names

import "unicode"

// scripts are the scripts Script reports, in the order it tries them. Common
// and Inherited characters (digits, punctuation, combining marks) belong to
// none and are skipped.
var scripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Latin", unicode.Latin},
	{"Arabic", unicode.Arabic},
	{"Cyrillic", unicode.Cyrillic},
	{"Greek", unicode.Greek},
	{"Han", unicode.Han},
	{"Hangul", unicode.Hangul},
	{"Hiragana", unicode.Hiragana},
	{"Katakana", unicode.Katakana},
	{"Hebrew", unicode.Hebrew},
	{"Devanagari", unicode.Devanagari},
	{"Bengali", unicode.Bengali},
	{"Thai", unicode.Thai},
	{"Georgian", unicode.Georgian},
	{"Armenian", unicode.Armenian},
	{"Ethiopic", unicode.Ethiopic},
	{"Myanmar", unicode.Myanmar},
	{"Khmer", unicode.Khmer},
	{"Gurmukhi", unicode.Gurmukhi},
	{"Gujarati", unicode.Gujarati},
	{"Tamil", unicode.Tamil},
	{"Sinhala", unicode.Sinhala},
	{"Syriac", unicode.Syriac},
	{"Thaana", unicode.Thaana},
}

// RuneScript returns the name of the script of r, or "" for characters
// common to all scripts (digits, spaces, punctuation) and scripts not listed.
func RuneScript(r rune) string {
	if r < 0x80 {
		if (r|0x20) >= 'a' && (r|0x20) <= 'z' {
			return "Latin"
		}
		return ""
	}
	for _, s := range scripts {
		if unicode.Is(s.table, r) {
			return s.name
		}
	}
	return ""
}

// Script returns the dominant script of s, the one most of its letters are
// written in ("Latin", "Arabic", "Cyrillic", ...), or "" when s has no
// letters of a known script. Ties go to the script seen first.
func Script(s string) string {
	var counts [32]int
	best, bestN := -1, 0
	for _, r := range s {
		name := RuneScript(r)
		if name == "" {
			continue
		}
		for i, sc := range scripts {
			if sc.name == name {
				counts[i]++
				if counts[i] > bestN || (counts[i] == bestN && i == best) {
					best, bestN = i, counts[i]
				}
				break
			}
		}
	}
	if best < 0 {
		return ""
	}
	return scripts[best].name
}
