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
		case 'ş':
			b.WriteString("sh")
		case 'ğ':
			b.WriteString("gh")
		case 'ı', 'i', '\u0307': // the dot of İ, lower-cased
			if r != '\u0307' {
				b.WriteString("i")
			}
		default:
			b.WriteString(foldLatin(string(r), true))
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
