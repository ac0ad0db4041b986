package names

import "strings"

// icaoForms are the ICAO Doc 9303 transliterations of Latin letters with
// diacritics that differ from the plain folding: a passport writes MÜLLER as
// MUELLER, a list may write MULLER.
var icaoForms = map[rune]string{
	'ä': "ae", 'ö': "oe", 'ü': "ue", 'å': "aa", 'ø': "oe", 'Ä': "ae", 'Ö': "oe", 'Ü': "ue", 'Å': "aa", 'Ø': "oe",
}

// wordForms returns the Latin forms of one word, the canonical first.
func wordForms(w string) []string {
	if sc := Script(w); sc != "Latin" && sc != "" {
		forms := Romanize(w)
		// The Arabic article is written joined; in Arabic script it is
		// certain, so its forms drop it ("البغدادي" gives "baghdadi"): the
		// word's forms without their article, interleaved with the forms
		// of the rest of the word (العبيدي: the data's "alabidi" keeps a
		// vowel after "al" that Latin "Alan" forbids stripping; عبيدي gives
		// "abidi").
		if sc == "Arabic" && strings.HasPrefix(w, "ال") && len([]rune(w)) > 4 {
			var out []string
			for _, f := range forms {
				if len(f) > 4 && (strings.HasPrefix(f, "al") || strings.HasPrefix(f, "el")) {
					out = appendUnique(out, f[2:])
				} else if s := stripArticle(f); s != f {
					out = appendUnique(out, s)
				}
			}
			return withQafG(romArWithDiminutive(romInterleave(out, Romanize(strings.TrimPrefix(w, "ال"))), w), w)
		}
		if sc == "Arabic" {
			return withQafG(romArWithDiminutive(forms, w), w)
		}
		return forms
	}
	// Digits in a word are kept: they tell organizations apart (M23) and
	// are part of the handles of cyber actors (ALEX560560). A number alone
	// is left out, as before: in a name field it is more often a date or a
	// count than a name.
	f := foldLatin(w, true)
	if strings.Trim(f, "0123456789") == "" {
		return nil
	}
	forms := []string{f}
	for _, r := range w {
		if _, ok := icaoForms[r]; ok {
			var alt []byte
			for _, r := range w {
				if s, ok := icaoForms[r]; ok {
					alt = append(alt, s...)
				} else {
					alt = append(alt, foldLatin(string(r), true)...)
				}
			}
			forms = appendUnique(forms, string(alt))
			break
		}
	}
	if r := cyrillicICAOForm(f); r != "" {
		forms = appendUnique(forms, r)
	}
	if r := frenchForm(f); r != "" {
		forms = appendUnique(forms, r)
	}
	if r := soundForm(w); r != "" {
		forms = appendUnique(forms, r)
	}
	return forms
}

// soundLetters are Latin letters with a mark that every alphabet writing
// them reads one way, and that English spells with two letters; folding
// drops the mark and keeps one (ŠEFIK gives sefik, where English writes
// Shefik, Shafiq).
var soundLetters = map[rune]string{
	'š': "sh", 'ş': "sh", 'č': "ch", 'ć': "ch", 'ž': "zh", 'ğ': "gh", 'đ': "dj",
}

// hasXH reports whether w has Albanian xh, in any case, without copying it.
func hasXH(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if (w[i] == 'x' || w[i] == 'X') && (w[i+1] == 'h' || w[i+1] == 'H') {
			return true
		}
	}
	return false
}

// soundForm returns the Latin word w with its soundLetters spelled as
// English spells them, dž and Albanian xh as j, or "" when it has none:
// Bosnian DŽEMAL is Jamal, ŠEFIK Shafiq; Turkish ŞERİF Sharif; Albanian
// MUHAXHERI Muhajiri; Czech and Lithuanian names read the same (Šimon,
// Shimon). ç is left out: it is ch in Turkish and Albanian, s in French
// and Portuguese (see turkishForm).
func soundForm(w string) string {
	if !strings.ContainsAny(w, "šŠşŞčČćĆžŽğĞđĐ") && !hasXH(w) {
		return ""
	}
	var b strings.Builder
	rs := []rune(strings.ToLower(w))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if (r == 'd' && i+1 < len(rs) && rs[i+1] == 'ž') || (r == 'x' && i+1 < len(rs) && rs[i+1] == 'h') {
			b.WriteByte('j')
			i++
			continue
		}
		if s, ok := soundLetters[r]; ok {
			b.WriteString(s)
			continue
		}
		b.WriteString(foldLatin(string(r), true))
	}
	return b.String()
}

// frenchForm returns f read as the French spelling of an Arabic name and
// written as English spells it, or "" when that changes nothing. The
// Maghreb's names and the documents of France and Belgium are spelled so:
//
//   - "ou" before a vowel is w: French writes و both as the vowel u and as
//     the consonant w (ZARKAOUI Zarqawi, OUALI Wali, RADOUANE Ridwan,
//     EDDAOUAHIRI al-Zawahiri). The skeleton drops vowels, and with them
//     the w that "ou" stands for;
//   - a final -ane is -an, its e mute (OTHMANE Othman, HASSANE Hassan,
//     DJERMANE جرمان), in words of six letters or more: Jane and Diane are
//     other names.
//
// The first form stays, for the names in which the same letters are u and
// a vowel (FOUAD, Fu'ad).
func frenchForm(f string) string {
	ane := len(f) >= 6 && strings.HasSuffix(f, "ane")
	if len(f) < 4 || !ane && !strings.Contains(f, "ou") {
		return ""
	}
	var b []byte
	for i := 0; i < len(f); i++ {
		if f[i] == 'o' && i+2 < len(f) && f[i+1] == 'u' && isVowel(f[i+2]) && f[i+2] != 'u' {
			b = append(b, 'w')
			i++
			continue
		}
		b = append(b, f[i])
	}
	if ane {
		b = b[:len(b)-1]
	}
	if string(b) == f {
		return ""
	}
	return string(b)
}

// cyrillicICAOForm returns the spelling English gives a Slavic name that a
// passport wrote in the Latin letters of ICAO Doc 9303, which Russian
// passports use since 2013: IURII is Yury, EVGENII Yevgeny's Evgeny,
// IULIIA Yulia, VIACHESLAV Vyacheslav, ALEKSANDR Alexandr, DZHALOLOV
// Jalolov. The lists write the English spelling, and the two share too
// few letters to meet (IURII and Yury: 0.4). It returns "" when the form
// has none of ICAO's marks.
func cyrillicICAOForm(f string) string {
	if len(f) < 4 {
		return ""
	}
	s := strings.ReplaceAll(f, "dzh", "j")
	if strings.HasPrefix(s, "iu") || strings.HasPrefix(s, "ia") || strings.HasPrefix(s, "ie") {
		s = "y" + s[1:] // Ю, Я, Є first: Yury, Yakov, Yevhen
	}
	switch {
	case strings.HasSuffix(s, "iia"):
		s = s[:len(s)-3] + "ia" // -ия: Yulia, Natalia
	case strings.HasSuffix(s, "ii"):
		s = s[:len(s)-2] + "y" // -ий: Yury, Vitaly, Boyarsky
	case strings.HasSuffix(s, "aia"):
		s = s[:len(s)-3] + "aya" // -ая: Obolenskaya
	}
	// Я and Ю after a consonant inside a word: Vyacheslav, Klyavin (at
	// the end, -ia is also Maria and Julia).
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] == 'i' && i > 0 && i+2 < len(s) && (s[i+1] == 'a' || s[i+1] == 'u') && !isVowel(s[i-1]) && s[i-1] != 'y' {
			b = append(b, 'y')
			continue
		}
		b = append(b, s[i])
	}
	s = strings.ReplaceAll(string(b), "ks", "x") // Aleksandr, Maksim
	if s == f {
		return ""
	}
	return s
}

// withQafG adds, after forms, the reading of the Arabic-script word w with
// ق as g: Persian says ق as غ, and writes it gh (قاسم Ghasem, مقدم
// Moghadam, حقیقی Haghighi); the Maghreb and the Gulf say g (قاسمي Gasmi,
// قذافي Gaddafi, قدير Ghedeir). The skeleton folds gh into g, so one form
// meets both. It is the form of forms' first reading with a q, and is not
// added when a form already has its skeleton. It comes beyond RomanizeMax:
// a slot taken from the data's readings loses a spelling they carry.
func withQafG(forms []string, w string) []string {
	if !strings.ContainsRune(w, 'ق') {
		return forms
	}
	for _, f := range forms {
		if !strings.ContainsRune(f, 'q') {
			continue
		}
		g := strings.ReplaceAll(f, "q", "g")
		sk := Skeleton(g)
		for _, o := range forms {
			if Skeleton(o) == sk {
				return forms
			}
		}
		return append(forms, g)
	}
	return forms
}
