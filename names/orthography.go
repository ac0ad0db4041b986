package names

import "strings"

// turkishLetters are the letters only Turkish and Azerbaijani write among
// the Latin alphabets of names (ç, ö and ü are also French and German).
const turkishLetters = "şŞğĞıİ"

// turkishForm returns the Latin word w, of a name written with Turkish
// letters, as English spells the Arabic names Turkish writes its own way,
// or "" when that changes nothing:
//
//   - c is j, ç ch, ş sh and ğ gh: CEMAL Jamal, CAFER Jafar, ŞERİF Sharif,
//     RECEP Rajab;
//   - a final b or d after a vowel is written p or t, as Turkish says it:
//     AHMET Ahmad, YAKUP Yaqub, EYÜP Ayyub, MÜCAHİT Mujahid;
//   - -ettin is -eddin, al-Din: NURETTİN Nur al-Din, NECMETTİN Najm al-Din.
//
// Without such letters a name is not read so: c is s or k in the names of
// most languages that write it (Cesar and Jasir are two names).
func turkishForm(w string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(w) {
		switch r {
		case 'c':
			b.WriteString("j")
		case 'ç':
			b.WriteString("ch")
		case 'ı':
			b.WriteString("i")
		case '\u0307': // the dot of İ, lower-cased
		default:
			if s, ok := soundLetters[r]; ok { // ş sh, ğ gh
				b.WriteString(s)
			} else {
				b.WriteString(foldLatin(string(r), true))
			}
		}
	}
	f := b.String()
	if n := len(f); n >= 4 && isVowel(f[n-2]) {
		switch f[n-1] {
		case 't':
			f = f[:n-1] + "d"
		case 'p':
			f = f[:n-1] + "b"
		}
	}
	for _, s := range [...]string{"ettin", "attin", "ittin", "uttin"} {
		if strings.HasSuffix(f, s) && len(f) > len(s)+2 {
			f = f[:len(f)-len(s)] + s[:1] + "ddin"
			break
		}
	}
	if f == foldLatin(w, true) {
		return ""
	}
	return f
}

// Orthography is a way of spelling names in Latin letters that changes
// how Arabic names read in them.
type Orthography int

const (
	// Latin is the default: English, French and the other spellings
	// every word is read in (wordForms).
	Latin Orthography = iota
	// Turkish is Turkey's and Azerbaijan's alphabet (turkishForm).
	Turkish
	// Russian is the Latin spelling of Russian names by Russian
	// documents and those of the other former Soviet states (russianForm).
	Russian
	// Somali is the Somali alphabet, official since 1972 (somaliForm).
	Somali
)

// form returns the further form of the Latin word w in orth, or "".
func (orth Orthography) form(w string) string {
	switch orth {
	case Turkish:
		return turkishForm(w)
	case Russian:
		return russianForm(w)
	case Somali:
		return somaliForm(w)
	}
	return ""
}

// russianForm returns the Latin word w, spelled as Russian documents spell
// it, with kh and g read h, or "" when it has neither. Russian has no h:
// it writes х (kh) for Arabic ح and ه as for خ, and г (g) for h in the
// names of the North Caucasus (MUKHAMMAD Muhammad, KHASAN Hasan, ABU
// KHANIFA Abu Hanifa, MAGOMED, GADZHI Haji, IBRAGIM Ibrahim), and for the
// Ukrainian and Belarusian h (IGOR Ihor, OLEG Oleh, GALINA Halina).
func russianForm(w string) string {
	f := foldLatin(w, true)
	if !strings.Contains(f, "kh") && !strings.Contains(f, "g") {
		return ""
	}
	r := strings.ReplaceAll(f, "kh", "h")
	r = strings.ReplaceAll(r, "g", "h")
	if r == f {
		return ""
	}
	return r
}

// somaliForm returns the Latin word w, spelled in the Somali alphabet, as
// English spells the same name, or "" when that changes nothing. Somali
// writes ح as x and ع as c, and a long vowel twice: MAXAMED is Mohamed,
// XASAN Hasan, CABDULLAAHI Abdullahi, CUMAR Umar, CIISE Isa, FAARAX Farah.
//
//   - x is h;
//   - c is dropped at the start of a word before a vowel, and after a
//     vowel unless it ends the word (Jacfar, Jafar); Somali has no ch or
//     ck, which keep their c;
//   - a doubled vowel is written once.
func somaliForm(w string) string {
	f := foldLatin(w, true)
	if hasXH(f) {
		return "" // Albanian (soundForm)
	}
	b := make([]byte, 0, len(f))
	for i := 0; i < len(f); i++ {
		c := f[i]
		switch {
		case c == 'x':
			c = 'h'
		case c == 'c' && somaliAyn(f, i):
			continue
		case isVowel(c) && len(b) > 0 && b[len(b)-1] == c:
			continue
		}
		b = append(b, c)
	}
	if string(b) == f {
		return ""
	}
	return string(b)
}

// somaliAyn reports whether the c at f[i] is the Somali letter for ع: at
// the start of a word before a vowel, or after a vowel and not last, and
// never in ch or ck.
func somaliAyn(f string, i int) bool {
	if i+1 >= len(f) || f[i+1] == 'h' || f[i+1] == 'k' {
		return false
	}
	return i == 0 && isVowel(f[i+1]) || i > 0 && isVowel(f[i-1])
}

// somaliWritten reports whether a name's words show the Somali alphabet
// without a document to say so: an x next to a vowel (MAXAMED, XASAN,
// FAARAX) and a long vowel written twice as only Somali writes it among
// the spellings of such names (aa, ii or uu: CABDULLAAHI, YASIIN,
// XUUROOW). Either alone is too common elsewhere (Alexander; Maarten,
// Saad); ee and oo are English (Lee, Cooper). Some Dutch, Scandinavian
// and Spanish names have both (Alexander Huurdeman, Isaac Teixeira); the
// further forms that gives them are names nobody bears.
func somaliWritten(words []string) bool {
	var x, long bool
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			c := w[i] | 0x20 // ASCII lower case; other bytes never match below
			switch {
			case c == 'x' && !hasXH(w) && (i > 0 && isVowel(w[i-1]|0x20) || i+1 < len(w) && isVowel(w[i+1]|0x20)):
				x = true
			case i > 0 && (c == 'a' || c == 'i' || c == 'u') && w[i-1]|0x20 == c:
				long = true
			}
		}
	}
	return x && long
}
