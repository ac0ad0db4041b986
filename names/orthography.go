package names

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// turkishLetters are the letters only Turkish and Azerbaijani write among
// the Latin alphabets of names (ç, ö and ü are also French and German):
// Azerbaijani's ə as well (Məmmədov, Cəfər).
const turkishLetters = "şŞğĞıİəƏ"

// kurmanjiWritten reports whether name is written in the Latin alphabet of
// Kurmanji Kurdish (Hawar's, which the Kurds of Turkey and Syria use): it
// has ê, î or û, and no letter that alphabet lacks. Hawar spells Arabic
// names as Turkish does, c for j, ç ch, ş sh, e for a, and x for kh as
// Azerbaijani does (Ehmed Xelîl, Ahmad Khalil; Mihemed, Hesen), so such a
// name is read as Turkish. French writes ê and î too, but beside é, è or
// ô (Jérôme, Benoît Hébert), and Vietnamese with its other marks; a
// French name with ê or î alone (Benoît Dupont) gains forms that meet
// nothing. Romanian writes î for Russian's ы (Crîlov): a name with a word
// that ends as East Slavic names do is not read so.
func kurmanjiWritten(name string, words []string) bool {
	if !strings.ContainsAny(name, "êîûÊÎÛ") {
		return false
	}
	for _, r := range name {
		if r >= 0x80 && unicode.IsLetter(r) && !strings.ContainsRune("çÇêÊîÎşŞûÛ", r) {
			return false
		}
	}
	for _, w := range words {
		if SlavicLatin(foldLatin(w, true)) {
			return false
		}
	}
	return true
}

// turkishForm returns the Latin word w, of a name written with Turkish
// letters, as English spells the Arabic names Turkish writes its own way,
// or "" when that changes nothing:
//
//   - c is j, ç ch, ş sh and ğ gh: CEMAL Jamal, CAFER Jafar, ŞERİF Sharif,
//     RECEP Rajab;
//   - a final b or d after a vowel is written p or t, as Turkish says it:
//     AHMET Ahmad, YAKUP Yaqub, EYÜP Ayyub, MÜCAHİT Mujahid;
//   - -ettin is -eddin, al-Din: NURETTİN Nur al-Din, NECMETTİN Najm al-Din;
//   - Azerbaijani x is kh: Xəlil Khalil (Turkish writes no x).
//
// Without such letters a name is not read so: c is s or k in the names of
// most languages that write it (Cesar and Jasir are two names).
func turkishForm(w string) string { return turkishRead(w, false, false) }

// turkishVowels returns w read as turkishForm reads it, and with the
// vowels Turkish and Azerbaijani give the Arabic ones read as English
// spells them: e is a (the fatha: TEVFİK Tawfiq, ZEYNEP Zaynab), ö and ü
// u (ÖMER Umar, SÜLEYMAN Sulayman), and Ebu Abu (Ebubekir, Abu Bakr).
// Skeletons ignore vowels, but Tevfik and Tawfiq differ in half their
// letters, under the edit similarity a skeleton needs
// (compare.skelFloor). A final t or p after a vowel is read both ways, as
// said (CEVDET Jawdat, HİKMET Hikmat: the Arabic ta) and as turkishForm
// reads it (AHMET Ahmad). Turkish writes خ h as it writes ح, so a first h
// is also read kh (HALİD Khalid, HATİCE Khatija). Words turkishForm brings
// to a family of their own (Mehmet, Muhammad) are left alone: read mahmad,
// Mehmet would meet Mahmud. It returns no form that is w's or tf, its
// turkishForm.
func turkishVowels(w, tf string) []string {
	folded := foldLatin(w, true)
	if _, ok := families[folded]; ok {
		return nil
	}
	var out []string
	add := func(f string) {
		if f != "" && f != folded && f != tf && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	first := turkishRead(w, true, false)
	add(first)
	add(turkishRead(w, true, true))
	if first == "" {
		first = folded
	}
	if len(first) >= 4 && first[0] == 'h' && isVowel(first[1]) {
		add("k" + first)
	}
	return out
}

// turkishRead is turkishForm, with the vowels read as turkishVowels
// reads them when vowels is set, and a final t or p kept as said when
// said is set.
func turkishRead(w string, vowels, said bool) string {
	var b strings.Builder
	b.Grow(len(w) + 4)
	for _, r := range strings.ToLower(w) {
		switch r {
		case 'c':
			b.WriteByte('j')
		case 'ç':
			b.WriteString("ch")
		case 'x':
			b.WriteString("kh")
		case 'ı':
			b.WriteString("i")
		case '\u0307': // the dot of İ, lower-cased
		case 'e', 'ə':
			if vowels {
				b.WriteByte('a')
			} else {
				b.WriteString(foldLatin(string(r), true))
			}
		case 'ö', 'ü':
			if vowels {
				b.WriteByte('u')
			} else {
				b.WriteString(foldLatin(string(r), true))
			}
		default:
			if r < utf8.RuneSelf {
				if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
					b.WriteRune(r)
				}
			} else if s, ok := soundLetters[r]; ok { // ş sh, ğ gh
				b.WriteString(s)
			} else {
				b.WriteString(foldLatin(string(r), true))
			}
		}
	}
	f := b.String()
	if n := len(f); n >= 4 && isVowel(f[n-2]) && !said {
		switch f[n-1] {
		case 't':
			f = f[:n-1] + "d"
		case 'p':
			f = f[:n-1] + "b"
		}
	}
	for _, s := range [...]string{"ettin", "attin", "ittin", "uttin"} {
		if vowels {
			s = strings.ReplaceAll(s, "e", "a")
		}
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
	// Hungarian is Hungary's spelling of foreign names (hungarianForm).
	Hungarian
	// Baltic is Latvian's and Lithuanian's, which give every name their
	// own nominative endings (balticForm).
	Baltic
	// Dutch is the spelling of Russian names by Dutch and the
	// Scandinavian languages (dutchForm).
	Dutch
	// Czech is Czech's and Slovak's, which Slovene and Croatian share
	// for Russian names (czechForm).
	Czech
	// Romanian is Romania's and Moldova's (romanianForm).
	Romanian
	// GermanArabic is German's spelling of Arabic names, which its press
	// and registers use (germanArabicForm).
	GermanArabic
	// GermanSlavic is German's spelling of Russian, Ukrainian and
	// Belarusian names (Duden's), read in every word of a name that shows
	// it (germanSlavicWritten, germanSlavicRead).
	GermanSlavic
	// PolishSlavic is Polish's (polishSlavicWritten, polishSlavicRead).
	PolishSlavic
	// Uzbek is Uzbekistan's Latin alphabet, which its documents use; read
	// with Russia's transliteration as well, which its older ones use
	// (uzbekForms, russianForm).
	Uzbek
)

// shownBy are the orthographies a name's words can show without a
// document to say so, with the test of their marks, in the order they are
// tried.
var shownBy = [...]struct {
	orth    Orthography
	written func(words []string) bool
}{
	{Somali, somaliWritten},
	{Hungarian, hungarianWritten},
	{Baltic, balticWritten},
	{Dutch, dutchWritten},
	{Romanian, romanianWritten},
	{Czech, czechWritten},
	{PolishSlavic, polishSlavicWritten},
	{GermanSlavic, germanSlavicWritten},
	{GermanArabic, germanArabicWritten},
	{Uzbek, uzbekWritten},
}

// writtenIn returns the orthography a name's words show (shownBy), or
// Latin.
func writtenIn(words []string) Orthography {
	for _, o := range shownBy {
		if o.written(words) {
			return o.orth
		}
	}
	return Latin
}

// form returns the further form of the Latin word w in orth, or "".
func (orth Orthography) form(w string) string {
	switch orth {
	case Turkish:
		return turkishForm(w)
	case Russian:
		return russianForm(w)
	case Somali:
		return somaliForm(w)
	case Hungarian:
		return hungarianForm(w)
	case Baltic:
		return balticForm(w)
	case Dutch:
		return dutchForm(w)
	case Czech:
		return czechForm(w)
	case Romanian:
		return romanianForm(w)
	case GermanArabic:
		return germanArabicForm(w)
	case GermanSlavic:
		if fs := germanSlavicRead(foldLatin(w, true)); len(fs) > 0 {
			return fs[0]
		}
	case PolishSlavic:
		if polishSlavicForm(w) == "" {
			return polishSlavicRead(w) // a word with Polish's marks is read so already
		}
	}
	return ""
}

// polishSlavicWritten reports whether a name's words show Polish spelling
// of an East Slavic name: a woman's patronymic so spelled (Moisiejewna),
// or a man's (Iwanowicz) before the surname, or after it beside an East
// Slavic given name Polish spells with its marks (Kuzniec Siergiej
// Iwanowicz). Its other words are then read so too: Polish writes ц c, and
// in "Wiktor Wiaczesławowicz JACENKO" JACENKO is YATSENKO, COKOW TSOKOV.
// Polish surnames end in -owicz and -ewicz too, made of given names or not
// (Adam Mickiewicz, Julita Pietrewicz, Łukasz Iwanowicz): last in a name,
// beside no such given name, they are no mark.
func polishSlavicWritten(words []string) bool {
	for i, w := range words {
		woman := hasSuffixFold(w, "wna")
		if !woman && !hasSuffixFold(w, "wicz") {
			continue // most words, and most names, have no patronymic
		}
		r := polishSlavicRead(w)
		if r == "" || PatronymicStem(r) == "" {
			continue
		}
		if woman || i < len(words)-1 || slices.ContainsFunc(words, polishSlavicGivenName) {
			return true
		}
	}
	return false
}

// polishSlavicGivenName reports whether w is an East Slavic given name
// Polish spells with its marks (Siergiej).
func polishSlavicGivenName(w string) bool {
	r := polishSlavicForm(w)
	return r != "" && SlavicGivenName(r) != 0
}

// forms returns the further forms of the Latin word w in orth: form's,
// and for GermanSlavic both of germanSlavicRead's (s read s and z).
func (orth Orthography) forms(w string) []string {
	if orth == Baltic {
		// Latvian writes х h (Hodotovs, Mihails, Lihačevs): the
		// ending's form is also read with kh.
		var out []string
		f := balticForm(w)
		if f != "" {
			out = append(out, f)
		} else {
			f = foldLatin(w, true)
		}
		if kh := latvianKh(f); kh != "" {
			out = append(out, kh)
		}
		return out
	}
	if orth == GermanSlavic {
		f := foldLatin(w, true)
		if len(f) < 3 || germanSlavicMarks(f) {
			return nil // wordForms reads it already
		}
		return germanSlavicRead(f)
	}
	if orth == Uzbek {
		var out []string
		if f := russianForm(w); f != "" {
			out = append(out, f)
		}
		return append(out, uzbekForms(w)...)
	}
	if orth == Turkish {
		var out []string
		tf := turkishForm(w)
		if tf != "" {
			out = append(out, tf)
		}
		return append(out, turkishVowels(w, tf)...)
	}
	if f := orth.form(w); f != "" {
		return []string{f}
	}
	return nil
}

// latvianKh returns f, a Latvian word read (balticForm), with each h that
// is not the second letter of sh, ch, zh or kh read kh, or "" when it has
// none: Latvian writes х h, as Lithuanian writes it ch.
func latvianKh(f string) string {
	var b []byte
	changed := false
	for i := 0; i < len(f); i++ {
		if f[i] == 'h' && (i == 0 || strings.IndexByte("sczk", f[i-1]) < 0) {
			b = append(b, 'k')
			changed = true
		}
		b = append(b, f[i])
	}
	if !changed {
		return ""
	}
	return string(b)
}

// germanSlavicWritten reports whether a name's words show German spelling
// of an East Slavic name: a patronymic so spelled (Iwanowitsch,
// Jegorowna), or two words with the marks of a Slavic word German spells
// and German's own words lack: jew, wj, and a w in a Slavic ending
// (Wjatscheslaw Lawrow, Jewgeni Prigoschin is one: sch is German's own).
// Its other words are then read so too, though they show no mark
// themselves: German writes ц z and з s, and JAAKUBEZ is YAKUBETS, Kusnez
// KUZNETS, Sima ZIMA, in a name with Wiktorowitsch. German's and the
// Scandinavian languages' own marks (sch, ch, kj: Albrecht Schmiedt, Kjell
// Sivertsen) are not enough.
func germanSlavicWritten(words []string) bool {
	marked := 0
	for _, w := range words {
		if !containsFold(w, "w") {
			continue // every mark has a w; most words have none
		}
		f := foldLatin(w, true)
		if len(f) > 9 && strings.HasSuffix(f, "witsch") || len(f) > 7 && strings.Contains(f, "w") && (strings.HasSuffix(f, "owna") || strings.HasSuffix(f, "ewna")) {
			return true
		}
		if strings.Contains(f, "jew") || strings.Contains(f, "wj") || slavicW(f) {
			marked++
		}
	}
	return marked >= 2
}

// slavicW reports whether the folded word f ends in a Slavic ending German
// writes with w (Lawrow, Medwedewa, Chodorkowski), after a consonant;
// not after r or h unless the word has another w: Andrew, Matthew and
// Morrow are English.
func slavicW(f string) bool {
	for _, e := range [...]string{"ow", "owa", "ew", "ewa", "owski", "ewski", "owskaja", "ewskaja"} {
		if len(f) <= len(e)+2 || !strings.HasSuffix(f, e) {
			continue
		}
		c := f[len(f)-len(e)-1]
		if strings.IndexByte("aeiouy", c) >= 0 || (c == 'r' || c == 'h') && strings.Count(f, "w") < 2 {
			continue
		}
		return true
	}
	return false
}

// arabicParticles are the words of Arabic name structure that German
// spelling keeps, lower-case.
var arabicParticles = map[string]bool{
	"al": true, "el": true, "as": true, "asch": true, "ad": true, "ar": true, "at": true, "az": true,
	"abu": true, "abou": true, "bin": true, "ibn": true, "abd": true, "abdel": true, "abdul": true,
}

// germanArabicWritten reports whether a name's words show German spelling
// of an Arabic name: dsch first or after a vowel, which only German writes
// (Dschamal, al-Hadsch; not Wildschut's d-sch), or a title Scheich or
// Schaich; or, in a name with a word of Arabic name structure (al-, Abu,
// bin, Abd), sch (asch-Schami) or a first ch before a vowel (Chalid). ch
// alone is no mark: Chawla is not Khawla. Nor is j, which German writes
// for ي (Jussuf, Ajman) and English for ج (Jamal, al-Ajmi); in a name
// German spelling shows, it is read y.
func germanArabicWritten(words []string) bool {
	particle, mark := false, false
	for _, w := range words {
		if i := indexFold(w, "dsch"); i == 0 || i > 0 && isVowel(lowerAt(w, i-1)) {
			return true // not in a compound's d-sch (Wildschut)
		}
		if strings.EqualFold(w, "scheich") || strings.EqualFold(w, "schaich") {
			return true
		}
		lw := w
		if i := strings.IndexByte(lw, '-'); i > 0 {
			lw = lw[:i] // al-Sawahiri
			if arabicParticles[strings.ToLower(lw)] {
				particle = true
			}
		}
		if len(w) <= 5 && arabicParticles[strings.ToLower(w)] {
			particle = true
		}
		if containsFold(w, "sch") || lowerAt(w, 0) == 'c' && lowerAt(w, 1) == 'h' && isVowel(lowerAt(w, 2)) {
			mark = true
		}
	}
	return particle && mark
}

// germanArabicForm returns the Latin word w, of an Arabic name in German
// spelling, as English spells it, or "" when that changes nothing. German
// writes ج dsch, ش sch, خ ch, ي j, and ز s, which it says z before a
// vowel, and س between vowels ss (Dschamal, Scheich, Chalid, Jussuf,
// al-Sawahiri, Hussein).
func germanArabicForm(w string) string {
	return respell(w, germanArabicLetters, func(f string, i int) (string, int) {
		if f[i] == 's' && i+1 < len(f) && isVowel(f[i+1]) && (i == 0 || isVowel(f[i-1])) {
			return "z", 1
		}
		return "", 0
	})
}

// germanArabicLetters are the letters germanArabicForm reads otherwise.
var germanArabicLetters = []respelling{{"dsch", "j"}, {"tsch", "ch"}, {"sch", "sh"}, {"ch", "kh"}, {"ss", "s"}, {"j", "y"}}

// respelling is a run of letters of one spelling, and how English spells
// it.
type respelling struct{ from, to string }

// respell returns the Latin word w, folded, with each run of letters that
// rules spell otherwise written as English spells it, the first rule
// that matches winning, or "" when that changes nothing. context, when
// not nil, reads first the letters whose reading depends on those around
// them: it returns what English writes for f[i:] and the letters read,
// or 0 for none.
func respell(w string, rules []respelling, context func(f string, i int) (string, int)) string {
	f := foldLatin(w, true)
	b := make([]byte, 0, len(f)+4)
next:
	for i := 0; i < len(f); {
		if context != nil {
			if to, n := context(f, i); n > 0 {
				b, i = append(b, to...), i+n
				continue
			}
		}
		for _, r := range rules {
			if strings.HasPrefix(f[i:], r.from) {
				b, i = append(b, r.to...), i+len(r.from)
				continue next
			}
		}
		b, i = append(b, f[i]), i+1
	}
	if string(b) == f {
		return ""
	}
	return string(b)
}

// czechWritten reports whether a name's words show the Czech or Slovak
// spelling of a Russian name: a letter only they write (ř, ě, ů, ď, ť, ň,
// ľ, ĺ, ŕ), a word ending in -vič (Vladimirovič; Serbian and Croatian
// names end in -vić), or in -kij (Chodorkovskij, Beleckij).
func czechWritten(words []string) bool {
	for _, w := range words {
		if strings.ContainsAny(w, "řŘěĚůŮďĎťŤňŇľĽĺĹŕŔ") {
			return true
		}
		if len(w) > 6 && (hasSuffixFold(w, "vič") || hasSuffixFold(w, "kij")) {
			return true
		}
	}
	return false
}

// czechForm returns the Latin word w, of a name in Czech or Slovak
// spelling, as English spells a Russian name, or "" when that changes
// nothing: c is ts (ц), ch kh (х), j y (й), and š, č, ž sh, ch, zh
// (Beleckij, Chorošev, Jurjevič).
func czechForm(w string) string {
	if f := slavicLatinFold(w, true); f != foldLatin(w, true) {
		return f
	}
	return ""
}

// romanianLetters are letters only Romanian writes among the alphabets of
// names (â and î are also French; ş and ţ with a cedilla are the older
// forms of ș and ț, and ş is also Turkish's). A name with one of
// romanianOnly, which Turkish does not write, is Romanian whatever else
// it has (Lucaşenco, Alexandru Ţurcan).
const (
	romanianLetters = "ășțşţĂȘȚŞŢ"
	romanianOnly    = "ășțţĂȘȚŢ"
)

// romanianWritten reports whether a name's words show the Romanian
// spelling of a Russian name: a letter only Romanian writes
// (romanianLetters), or a word ending in -vici, as Romanian writes -вич
// (Vladimirovici), or in -enco, -енко (Boicenco), after three letters.
func romanianWritten(words []string) bool {
	for _, w := range words {
		if strings.ContainsAny(w, romanianLetters) {
			return true
		}
		if len(w) > 7 && hasSuffixFold(w, "vici") || len(w) > 6 && hasSuffixFold(w, "enco") {
			return true // -енко as Romania and Moldova write it (Boicenco, Tcacenco)
		}
	}
	return false
}

// romanianForm returns the Latin word w, of a name in Romanian spelling,
// as English spells a Russian name, or "" when that changes nothing.
// Romanian writes ш ș, ж j, ц ț, х h, ы î, ч ci before a, o, u and at the
// end and c before e and i, к and г before e and i ch and gh, кс cs, and
// я, ю, ё, е after a vowel or first ia, iu, io, ie (Alecsandr
// Vladimirovici, Ievghenii, Serghei, Nichita, Viaceslav, Belîh).
func romanianForm(w string) string {
	rs := []rune(strings.ToLower(w))
	var b strings.Builder
	at := func(i int) rune {
		if i >= 0 && i < len(rs) {
			return rs[i]
		}
		return 0
	}
	front := func(r rune) bool { return r == 'e' || r == 'i' }
	for i := 0; i < len(rs); i++ {
		r, next := rs[i], at(i+1)
		switch {
		case (r == 'c' || r == 'g') && next == 'h' && front(at(i+2)):
			if r == 'c' {
				b.WriteByte('k') // Nichita
			} else {
				b.WriteByte('g') // Serghei
			}
			i++
		case r == 'c' && next == 's':
			b.WriteString("ks") // Alecsandr
			i++
		case r == 'c' && next == 'i' && (at(i+2) == 0 || strings.ContainsRune("aou", at(i+2))):
			b.WriteString("ch") // Vladimirovici, Viaceslav's cia
			i++
		case r == 'c' && front(next):
			b.WriteString("ch")
		case r == 'c':
			b.WriteByte('k')
		case r == 'i' && i+1 < len(rs) && strings.ContainsRune("aoue", next) && (i == 0 || !isVowel(byte(at(i-1)))):
			b.WriteByte('y') // Iurii, Viaceslav
		case r == 'j':
			b.WriteString("zh")
		case r == 'h':
			b.WriteString("kh")
		case r == 'î' || r == 'â':
			b.WriteByte('y')
		case r == 'ș' || r == 'ş':
			b.WriteString("sh")
		case r == 'ț' || r == 'ţ':
			b.WriteString("ts")
		default:
			b.WriteString(foldLatin(string(r), true))
		}
	}
	if f := b.String(); f != foldLatin(w, true) {
		return f
	}
	return ""
}

// dutchWritten reports whether a name's words show the Dutch or
// Scandinavian spelling of a Russian name: sj or zj, which English never
// writes (Setsjin, Prigozjin, Sjojgoe), or a final -itj (Vladimirovitj);
// or oe, Dutch's u, in a name with a word that ends as East Slavic
// surnames and patronymics do (Natalja Michajlovna BOEGOEK, Klavdija
// Joerjevna). Dutch names write oe too (de Boer, Hoekstra), but beside no
// such word.
func dutchWritten(words []string) bool {
	oe, slavic := false, false
	for _, w := range words {
		if containsFold(w, "sj") || containsFold(w, "zj") || len(w) > 5 && hasSuffixFold(w, "itj") {
			return true
		}
		if containsFold(w, "oe") {
			oe = true
		}
		if len(w) > 5 && !slavic {
			for _, e := range [...]string{"ov", "ev", "ova", "eva", "ovna", "evna"} {
				if hasSuffixFold(w, e) {
					slavic = true
					break
				}
			}
		}
	}
	return oe && slavic
}

// dutchForm returns the Latin word w, of a name in Dutch or Scandinavian
// spelling, as English spells a Russian name, or "" when that changes
// nothing. Dutch writes ш sj, ч tsj, ж zj, х ch, у oe and й j (Vladimir
// Vladimirovitsj Poetin, Igor Setsjin, Jevgeni Prigozjin, Aleksandr
// Loekasjenko); Swedish, Danish and Norwegian ш sj, ч tj, ж zj, й j
// (Vladimirovitj).
func dutchForm(w string) string {
	return respell(w, dutchLetters, func(f string, i int) (string, int) {
		if strings.HasPrefix(f[i:], "tj") && (i+2 == len(f) || !isVowel(f[i+2])) {
			return "ch", 2 // Swedish -vitj
		}
		return "", 0
	})
}

// dutchLetters are the letters dutchForm reads otherwise.
var dutchLetters = []respelling{{"tsj", "ch"}, {"sj", "sh"}, {"zj", "zh"}, {"ch", "kh"}, {"oe", "u"}, {"j", "y"}}

// hungarianWritten reports whether a name's words show Hungarian spelling,
// which the EU's list gives every person's name in among its languages
// (Szergej Viktorovics Lavrov, Vlagyimir Putyin, Jevgenyij Prigozsin).
// Some marks say so alone: ő or ű, which only Hungarian writes; dzs; ksz
// for x (Aljakszandr); gy, ty or ny before i or e (Vlagyimir, Putyin,
// Jevgenyij; not Tanya or Aditya, which English and Indian names write);
// -vics (Viktorovics). Others say so two together: sz first before e or
// i, zs inside a word, cs between vowels or after one at the end, gy, ty
// or ny first before i or e, a final j after a vowel, once a name (Igor
// Szecsin, Szergej, Nyikolaj; not Ericson, Boucsein, Vítězslav, Nyirenda
// or Andrej Matej alone). A name with
// Polish's cz, rz, w or ł is Polish, whose sz is ш (Tadeusz Paluszak).
func hungarianWritten(words []string) bool {
	weak, finalJ := 0, 0
	for _, w := range words {
		if strings.ContainsAny(w, "őŐűŰ") {
			return true
		}
		if containsFold(w, "cz") || containsFold(w, "rz") || containsFold(w, "w") || strings.ContainsAny(w, "łŁ"+romanianLetters) {
			return false // Polish's letters, or Romanian's (Alecsandr Pușcov: cs is ks)
		}
		if containsFold(w, "dzs") || containsFold(w, "ksz") || len(w) > 6 && hasSuffixFold(w, "vics") {
			return true
		}
		for i := 0; i+1 < len(w); i++ {
			c, d, next := lowerAt(w, i), lowerAt(w, i+1), lowerAt(w, i+2)
			soft := d == 'y' && (c == 'g' || c == 't' || c == 'n') && (next == 'i' || next == 'e')
			switch {
			case soft && i > 0:
				return true
			case soft, // first: Nyikolaj, and Bantu names (Nyirenda)
				i == 0 && c == 's' && d == 'z' && (next == 'e' || next == 'i'),
				i > 0 && c == 'z' && d == 's' && next != 0,
				c == 'c' && d == 's' && isVowel(lowerAt(w, i-1)) && (next == 0 || isVowel(next)):
				weak++
			}
		}
		if n := len(w); n >= 4 && lowerAt(w, n-1) == 'j' && isVowel(lowerAt(w, n-2)) {
			finalJ = 1 // й as j, as Hungarian and other Slavic spellings write it (Szergej)
		}
	}
	return weak+finalJ >= 2
}

// lowerAt returns w[i] in ASCII lower case, other bytes as they are, and 0
// out of w.
func lowerAt(w string, i int) byte {
	if i < 0 || i >= len(w) {
		return 0
	}
	c := w[i]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}

// containsFold reports whether w holds sub, lower-case ASCII, in any case,
// without copying w.
func containsFold(w, sub string) bool { return indexFold(w, sub) >= 0 }

// indexFold returns the index of the first sub, lower-case ASCII, in w, in
// any case, or -1.
func indexFold(w, sub string) int {
	for i := 0; i+len(sub) <= len(w); i++ {
		j := 0
		for j < len(sub) && lowerAt(w, i+j) == sub[j] {
			j++
		}
		if j == len(sub) {
			return i
		}
	}
	return -1
}

// hasSuffixFold reports whether w ends in suf, in any case.
func hasSuffixFold(w, suf string) bool {
	return len(w) >= len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf)
}

// hungarianForm returns the Latin word w, of a name in Hungarian spelling,
// as English spells a Russian, Ukrainian or Belarusian name, or "" when
// that changes nothing. Hungarian writes с sz, ш s, ж zs, ч cs, щ scs, дж
// dzs, ц c, й j, х h, and the soft дь, ть and нь before a vowel gy, ty and
// ny (Vlagyimir Vlagyimirovics Putyin, Szergej Lavrov, Jevgenyij Prigozsin,
// Dmitrij Medvegyev, Igor Szecsin).
func hungarianForm(w string) string {
	return respell(w, hungarianLetters, func(f string, i int) (string, int) {
		if i+2 < len(f) && f[i+1] == 'y' && isVowel(f[i+2]) {
			switch f[i] {
			case 'g':
				return "d", 2
			case 't', 'n', 'l':
				return f[i : i+1], 2
			}
		}
		return "", 0
	})
}

// hungarianLetters are the letters hungarianForm reads otherwise, the
// longest first.
var hungarianLetters = []respelling{
	{"dzs", "j"}, {"scs", "shch"}, {"sz", "s"}, {"zs", "zh"}, {"cs", "ch"}, {"s", "sh"}, {"c", "ts"}, {"j", "y"},
}

// balticLetters are letters that Latvian or Lithuanian write and no other
// alphabet of names does.
const balticLetters = "āĀēĒīĪūŪņŅļĻķĶģĢėĖįĮųŲ"

// balticEndings end the Latvian and Lithuanian spellings of East Slavic
// names, as balticForm reads them: -ovs, -evs, -ejs (Lavrovs, Medvedevs,
// Sergejs), -ijus, -ejus (Sergejus), -skis (-ский). Not -ijs, which ends
// Dutch names too (Mathijs, Parijs): Dmitrijs is known by its given name.
var balticEndings = []string{"ovs", "evs", "ejs", "ajs", "ijus", "ejus", "ajus", "skis"}

// balticWritten reports whether a name's words show Latvian or Lithuanian
// spelling. Some marks say so alone: a letter only they write
// (balticLetters), a word with one of balticEndings after three letters
// at least, -čs or -čius (Abramovičs, Abramovičius), or an East Slavic
// given name with their ending (Vladimirs, Vladimiras, Igoris, Dmitrijs).
// -ovas and -evas say so alone after a consonant other than n (Lavrovas,
// Medvedevas), two together otherwise (Ivanovas; Spanish writes
// Casanovas, Cuevas). English ends many names in -as, -is and -us (Thomas, Davis,
// Marcus), and German in -ichs (Heinrichs): no mark.
func balticWritten(words []string) bool {
	weak := 0
	for _, w := range words {
		if strings.ContainsAny(w, balticLetters) {
			return true
		}
		if hasSuffixFold(w, "čs") || hasSuffixFold(w, "čius") {
			return true
		}
		for _, e := range balticEndings {
			if len(w) >= len(e)+3 && hasSuffixFold(w, e) {
				return true
			}
		}
		if n := len(w); n >= 7 && (hasSuffixFold(w, "ovas") || hasSuffixFold(w, "evas")) {
			if c := lowerAt(w, n-5); !isVowel(c) && c != 'n' {
				return true // Lavrovas, Medvedevas
			}
			weak++ // Ivanovas, Casanovas, Cuevas
		}
		if lowerAt(w, len(w)-1) == 's' {
			if stem := balticStem(foldLatin(w, true)); len(stem) >= 4 && SlavicGivenName(stem) != 0 {
				return true
			}
		}
	}
	return weak >= 2
}

// slavicLatinFold folds the Latin word w, of a name in an alphabet that
// writes ц c and х ch (Lithuanian, Czech, Slovak), as English spells a
// Slavic name: š, č and ž are sh, ch and zh, c is ts and ch kh. With
// czech, also j is y (й), ř rzh and ě ye.
func slavicLatinFold(w string, czech bool) string {
	var b strings.Builder
	rs := []rune(strings.ToLower(w))
	for i, r := range rs {
		switch {
		case r == 'c' && i+1 < len(rs) && rs[i+1] == 'h':
			b.WriteByte('k')
		case r == 'c':
			b.WriteString("ts")
		case czech && r == 'j':
			b.WriteByte('y')
		case czech && r == 'ř':
			b.WriteString("rzh")
		case czech && r == 'ě':
			b.WriteString("ye")
		case soundLetters[r] != "":
			b.WriteString(soundLetters[r])
		default:
			b.WriteString(foldLatin(string(r), true))
		}
	}
	return b.String()
}

// balticStem returns f without the Latvian or Lithuanian nominative
// ending a man's name takes, or "" when it has none: -s (Putins, Sergejs),
// -as, -is and -us after a consonant (Putinas, Igoris; Kimas: a stem of
// three letters, Kim; JAAKUBECAS, its c read ts), -us after j
// (Sergejus), -ius (Abramovičius); -skis is -skiy.
func balticStem(f string) string {
	n := len(f)
	switch {
	case n > 6 && strings.HasSuffix(f, "skis"):
		return f[:n-2] + "iy"
	case n > 6 && strings.HasSuffix(f, "ius") && !isVowel(f[n-4]):
		return f[:n-3]
	case n > 5 && strings.HasSuffix(f, "jus"):
		return f[:n-2]
	case n > 4 && (strings.HasSuffix(f, "as") || strings.HasSuffix(f, "is") || strings.HasSuffix(f, "us")) && !isVowel(f[n-3]) && (f[n-3] != 's' || f[n-4] == 't'):
		return f[:n-2]
	case n > 4 && f[n-1] == 's' && (f[n-2] == 'j' || !isVowel(f[n-2])) && f[n-2] != 's':
		return f[:n-1]
	}
	return ""
}

// balticForm returns the Latin word w, of a name in Latvian or Lithuanian
// spelling, without the ending a man's name takes in them, its š, č and ž
// written sh, ch and zh and its j y, or "" when that changes nothing:
// Vladimirs Putins, Vladimiras Putinas, Sergejus Lavrovas (sergey), Romans
// Abramovičs and Jevgeņijs Prigožins (yevgeniy), as the EU's list gives
// them in those languages. Read with j, JUROVS (Yurov) shared no key of
// the index with YUROV, and was found only when few other Yuri Pavlovich
// were.
func balticForm(w string) string {
	f := slavicLatinFold(w, false)
	if stem := balticStem(f); stem != "" {
		f = stem
	}
	f = strings.ReplaceAll(f, "j", "y")
	if f == foldLatin(w, true) {
		return ""
	}
	return f
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
	x, long := somaliMarks(words)
	return x && long
}

// somaliHinted reports whether a name's words show one mark of the Somali
// alphabet, not both (somaliWritten): Cilmi Maxamed Cali, Ibraahim Aadan
// Saciid. Too weak a sign to read the words so, it is enough to weigh
// them so (Token.Reading).
func somaliHinted(words []string) bool {
	x, long := somaliMarks(words)
	return x != long
}

// somaliMarks reports whether a name's words have an x next to a vowel,
// and a long vowel written twice, as the Somali alphabet writes them
// (somaliWritten).
func somaliMarks(words []string) (x, long bool) {
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
	return x, long
}

// uzbekForms returns the Latin word w, in Uzbek's Latin alphabet, as
// English spells the same name after Russian, or nil when that changes
// nothing. Uzbek writes х x, ў oʻ and ғ gʻ, where English writes kh, u
// and gh: XOʻJAYEV is KHODZHAEV (Khojaev), GʻULOM Ghulom, YOʻLDOSHEV
// Yuldashev, and NAMANGONIY's -iy is -i. The second form also reads o as
// a: Uzbek writes the Arabic and Persian a of its names o, where Russian
// writes а (TOHIR Tahir, ABDULLOH Abdullah, NAMANGONIY Namangani).
func uzbekForms(w string) []string {
	var b, v strings.Builder
	rs := []rune(strings.ToLower(w))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		mark := i+1 < len(rs) && uzbekMark(rs[i+1])
		switch {
		case r == 'o' && mark:
			b.WriteByte('u')
			v.WriteByte('u')
			i++
		case r == 'g' && mark:
			b.WriteString("gh")
			v.WriteString("gh")
			i++
		case r == 'x' && !(i+1 < len(rs) && rs[i+1] == 'h'):
			b.WriteString("kh")
			v.WriteString("kh")
		case r == 'o':
			b.WriteByte('o')
			v.WriteByte('a')
		default:
			f := foldLatin(string(r), true)
			b.WriteString(f)
			v.WriteString(f)
		}
	}
	folded := foldLatin(w, true)
	var out []string
	for _, f := range [2]string{b.String(), v.String()} {
		if strings.HasSuffix(f, "iy") && len(f) > 4 {
			f = f[:len(f)-1]
		}
		if f != folded && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// uzbekMark reports whether r is the mark Uzbek writes after o and g
// (oʻ, gʻ): the turned comma, or the quotes and apostrophes typed for it.
func uzbekMark(r rune) bool {
	switch r {
	case '\u02bb', '\u2018', '\u2019', '\'', '`', '\u02bc':
		return true
	}
	return false
}

// uzbekWritten reports whether a name's words show Uzbek's Latin alphabet:
// oʻ or gʻ inside a word, or an x first or before a consonant in a
// surname with a Russian ending (XOJAYEV, TOXTAYEV), which English spells
// kh. Marks of others are not Uzbek's: an O' first before a capital is
// Irish (O'Brien), 's English, ng' pinyin's (Gong'an), o' before a vowel
// the hamza or ayn of Arabic names (FO'AD, MO'ALIN), and in one or two
// Korean syllables McCune-Reischauer's ŏ (YO'N, CHO'NGSONG); an
// x between vowels, or before s, is the ks of Alexandrov, Maximov and
// Alexseyev, and xh Albanian's.
func uzbekWritten(words []string) bool {
	for _, w := range words {
		marked := strings.ContainsAny(w, "\u02bb\u2018\u2019'`\u02bc")
		if !marked && !strings.ContainsAny(w, "xX") {
			continue // most words: nothing to read, nothing allocated
		}
		f := foldLatin(w, true)
		if !marked {
			if len(f) >= 5 && slavicSurnameEnding(f) && uzbekX(f) {
				return true
			}
			continue
		}
		syllable := korean.count(f) > 0 // a Korean one
		rs := []rune(w)
		for i := 0; i+2 < len(rs); i++ {
			r := unicode.ToLower(rs[i])
			if r != 'o' && r != 'g' || !uzbekMark(rs[i+1]) || !unicode.IsLetter(rs[i+2]) {
				continue
			}
			switch {
			case i == 0 && unicode.IsUpper(rs[i+2]):
			case i+3 == len(rs) && unicode.ToLower(rs[i+2]) == 's':
			case r == 'g' && i > 0 && unicode.ToLower(rs[i-1]) == 'n':
			case r == 'o' && (syllable || strings.ContainsRune("aeiou", unicode.ToLower(rs[i+2]))):
			default:
				return true
			}
		}
		if len(f) >= 5 && slavicSurnameEnding(f) && uzbekX(f) {
			return true
		}
	}
	return false
}

// uzbekX reports whether the folded word f has an x first or before a
// consonant other than s and h: Uzbek's x, not the ks of Alexandrov.
func uzbekX(f string) bool {
	for i := 0; i+1 < len(f); i++ {
		if f[i] == 'x' && (i == 0 || !isVowel(f[i+1]) && f[i+1] != 's' && f[i+1] != 'h') {
			return true
		}
	}
	return false
}

// slavicSurnameEnding reports whether the folded word f ends as Russian
// surnames, and the Central Asian ones made like them, do: -ov, -ev,
// -ova, -eva.
func slavicSurnameEnding(f string) bool {
	for _, e := range [...]string{"ov", "ev", "ova", "eva"} {
		if strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}
