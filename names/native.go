package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// arabicFold maps the Arabic-script letters that spellings of one name
// write interchangeably to one letter: the hamza seats and madda on alif,
// the forms of yeh (Arabic, Persian, Urdu, alif maqsura), kaf and keheh,
// teh marbuta and the heh forms, waw and yeh with hamza.
var arabicFold = map[rune]rune{
	'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
	'ى': 'ي', 'ی': 'ي', 'ے': 'ي', 'ې': 'ي', 'ئ': 'ي',
	'ک': 'ك', 'ڪ': 'ك',
	'ة': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ە': 'ه', 'ھ': 'ه',
	'ؤ': 'و',
}

// kurdishUyghurLetters are the letters of the Arabic-script alphabets of
// Sorani Kurdish and Uyghur that Arabic, Persian, Urdu and Pashto do not
// write: ە, their short e or a; ێ ê; ۆ o; ڵ and ڕ, Sorani's ll and rr; ۇ
// and ۈ, Uyghur's u and ü.
const kurdishUyghurLetters = "ەێۆڵڕۇۈ"

// NativeKey returns a word as written in its own script, folded so that
// two spellings of a name written the same way compare equal, or "" for a
// word in Latin script or in no known script. It is what two words of the
// same script are compared on before their romanizations: romanization of
// an unvowelled script guesses, the letters do not.
//
// Every script is case-folded and put in NFC; in Arabic script the short
// vowel signs, tatweel and joiners are dropped, the letters above are
// folded, and the article ال is dropped from the start of each word of
// four letters or more and after عبد ("عبد الرحمن" and "عبدالرحمن" meet).
// Spaces are dropped, so a compound written apart meets one written joined.
//
// A word in the Arabic script of Sorani Kurdish or Uyghur
// (kurdishUyghurLetters) has no native key: those alphabets write every
// vowel, and Sorani spells Arabic's emphatic letters as it says them
// (تاڵەبانی, طالباني Talabani), so such a word and an Arabic one are
// compared by their romanizations.
func NativeKey(word string) string {
	sc := Script(word)
	if sc == "" || sc == "Latin" || sc == "Arabic" && strings.ContainsAny(word, kurdishUyghurLetters) {
		return ""
	}
	word = norm.NFC.String(word)
	if sc != "Arabic" {
		var b strings.Builder
		for _, r := range word {
			if unicode.IsLetter(r) || unicode.IsMark(r) {
				b.WriteRune(unicode.ToLower(r))
			}
		}
		return b.String()
	}
	var b strings.Builder
	for _, part := range strings.Fields(word) {
		rs := make([]rune, 0, len(part))
		for _, r := range part {
			if unicode.IsMark(r) || r == 'ـ' || r == 'ء' || !unicode.IsLetter(r) {
				continue
			}
			if f, ok := arabicFold[r]; ok {
				r = f
			}
			rs = append(rs, r)
		}
		if len(rs) >= 4 && rs[0] == 'ا' && rs[1] == 'ل' {
			rs = rs[2:]
		}
		if len(rs) >= 6 && string(rs[:5]) == "عبدال" {
			rs = append(rs[:3:3], rs[5:]...)
		}
		b.WriteString(string(rs))
	}
	return b.String()
}
