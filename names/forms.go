package names

import (
	"strings"
	"unicode/utf8"
)

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
			return withMaqsuraA(withQafG(romArWithDiminutive(romInterleave(out, Romanize(strings.TrimPrefix(w, "ال"))), w), w), w)
		}
		if sc == "Arabic" {
			return withMaqsuraA(withQafG(romArWithDiminutive(forms, w), w), w)
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
	if r := malayForm(f); r != "" {
		forms = appendUnique(forms, r)
	}
	for _, r := range jForms(f) {
		forms = appendUnique(forms, r)
	}
	if r := soundForm(w); r != "" {
		forms = appendUnique(forms, r)
	}
	for _, r := range germanSlavicForms(f) {
		forms = appendUnique(forms, r)
	}
	if r := polishSlavicForm(w); r != "" {
		forms = appendUnique(forms, r)
	}
	if r := frenchSlavicForm(f); r != "" {
		forms = appendUnique(forms, r)
	}
	return forms
}

// jForms returns f with its j read y, as German, Dutch, the Scandinavian
// languages, the Slavic languages written in Latin letters (Bosnian,
// Croatian, Slovene, Polish, Czech), Albanian and Hungarian read it, and
// with its oe read u as Dutch reads it, when that spells a name of the
// parallel data: Jusuf, Jahja, Jasin, Junus are Yusuf, Yahya, Yasin,
// Yunus, and the Russian names those alphabets write so Jurij, Natalja,
// Alexej; Joesoef is Yusuf and Soeleiman Sulayman in Dutch, and in
// Indonesian as written before 1972.
//
// The skeleton keeps j apart from y (Jamal is no Yamal), and oe spells ö
// in German documents (Goetz, Schroeder). So a reading counts only when
// it is a spelling the parallel data knows and f is a word no name data
// knows: Jamal and Jun are spellings themselves; Juan, read yuan (يوان),
// and Josef, read yosef (يوسف, Yusuf), are names of their own peoples.
// A j between vowels is left alone, as English writes it in Arabic and
// Indian names (Sajida is no Sayida, Rajan no Rayan), and so is the dj
// of French and English spelling (Djamel, Jamal). A final oe is Korean's
// 외 (CHOE) or English (Monroe). Words of four letters or fewer are left
// alone: Jong, read yong, is a Dutch surname and a Korean syllable (정),
// not Yong (용). Spanish reads j kh (Jalid, Khalid), but English writes
// the j of as many Arabic names the data lacks (Jalil, read so, is
// Khalil), so that reading is not made. It returns nil when no reading
// counts.
func jForms(f string) []string {
	if len(f) < 5 || !strings.Contains(f, "j") && !strings.Contains(f, "oe") || SpellIDs(f) != nil || FormFrequency(f) > 0 {
		return nil
	}
	read := func(j, oe bool) string {
		var b []byte
		for i := 0; i < len(f); i++ {
			switch {
			case j && f[i] == 'j' && (i == 0 || f[i-1] != 'd' && !(isVowel(f[i-1]) && i+1 < len(f) && isVowel(f[i+1]))):
				b = append(b, 'y')
			case oe && f[i] == 'o' && i+2 < len(f) && f[i+1] == 'e':
				b = append(b, 'u')
				i++
			default:
				b = append(b, f[i])
			}
		}
		return string(b)
	}
	var out []string
	for _, r := range []string{read(true, false), read(false, true), read(true, true)} {
		if r != f && SpellIDs(r) != nil {
			out = appendUnique(out, r)
		}
	}
	return out
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
//     other names. (-ene and -ine are left alone: Greene and Green, Malene
//     and Mo'alin, Martine and Martin);
//   - c before e, i or y is s, as in French, Spanish and Portuguese (and
//     English): HOCINE hosine, KACEM Qasim, BELKACEM Belqasim, NACER
//     Nasir, MOHCINE Muhsin. The skeleton reads every c as k, the k of
//     Kacem's other spelling Kasem is no q. An sc is left alone (Italian
//     sci, sce are sh), and so are the words the name data knows as
//     another people's and that it spells in no Arabic script (Centeno,
//     Vicente): their vowels tell them apart (Santino), which a skeleton
//     does not read.
//
// The first form stays, for the names in which the same letters are u and
// a vowel (FOUAD, Fu'ad), and in which c is k, ch or ts (Italian Cesare,
// Croatian Cetinić).
func frenchForm(f string) string {
	ane := len(f) >= 6 && strings.HasSuffix(f, "ane")
	soft := softC(f) && (SpellIDs(f) != nil || FormFrequency(f) == 0)
	if len(f) < 4 || !ane && !soft && !strings.Contains(f, "ou") {
		return ""
	}
	var b []byte
	for i := 0; i < len(f); i++ {
		if f[i] == 'o' && i+2 < len(f) && f[i+1] == 'u' && isVowel(f[i+2]) && f[i+2] != 'u' {
			b = append(b, 'w')
			i++
			continue
		}
		if soft && f[i] == 'c' && softCAt(f, i) {
			b = append(b, 's')
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

// malayForm returns f with the sy of Indonesian and Malaysian spelling
// read sh, as English spells ش, or "" when f has none: SYARIF Sharif,
// HISYAM Hisham, AISYAH Aishah, Abu Bakar BA'ASYIR (Ba'ashir), ROSYID
// Rashid. The skeleton reads sy as s, and the two spellings meet by edit
// alone (Syarif and Sharif, 0.83), or not at all. Only an sy before a, i
// or u is read so: before e it is Syed, Syeda (Sayyid), as South Asia
// writes them. Inside a word that ends as East Slavic names do, sy is the
// soft s of Cyrillic (KASYANOV, TARASYUK), and inside one that ends as
// Armenian surnames do (-yan, -yants) it is Armenian's (SARGSYAN, which
// read sargshan met the Persian سرخوشیان, Sarkhoshian): those are left
// alone. The first form stays.
func malayForm(f string) string {
	if len(f) < 4 || !strings.Contains(f, "sy") {
		return ""
	}
	// Cyrillic's soft s and Armenian's -yan come inside a word, never
	// first (SYAMSUDDIN, whose -in is no Slavic ending).
	inside := !SlavicLatin(f) && !strings.HasSuffix(f, "yan") && !strings.HasSuffix(f, "yants")
	var b []byte
	for j := 0; j < len(f); j++ {
		if f[j] == 's' && (j == 0 || inside) && j+2 < len(f) && f[j+1] == 'y' && (f[j+2] == 'a' || f[j+2] == 'i' || f[j+2] == 'u') {
			b = append(b, 's', 'h')
			j++
			continue
		}
		b = append(b, f[j])
	}
	if string(b) == f {
		return ""
	}
	return string(b)
}

// softC reports whether the folded word f has a c said s (softCAt), and
// is no word of the Somali alphabet, whose c is ع: a first c (CIISE Isa,
// CILMI Ilmi), or a vowel written twice (SICIID Said, ISMAACIIL Ismail).
func softC(f string) bool {
	if strings.HasPrefix(f, "c") {
		return false
	}
	for i := 0; i+1 < len(f); i++ {
		if isVowel(f[i]) && f[i+1] == f[i] {
			return false
		}
	}
	for i := 0; i+1 < len(f); i++ {
		if f[i] == 'c' && softCAt(f, i) {
			return true
		}
	}
	return false
}

// softCAt reports whether the c at f[i] comes before e, i or y, after no
// s, and not in a final -ce or -ces: the names of the Maghreb write it
// inside the word, and English words of organizations' names end so
// (Forces, Service), whose readings would count as people's.
func softCAt(f string, i int) bool {
	if i+1 >= len(f) || i > 0 && f[i-1] == 's' {
		return false
	}
	if rest := f[i+1:]; rest == "e" || rest == "es" {
		return false
	}
	switch f[i+1] {
	case 'e', 'i', 'y':
		return true
	}
	return false
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

// withMaqsuraA adds, after forms, the Persian or Urdu word w read with its
// final ی as a. The two languages write one ی for the alif maqsura of
// their Arabic names and for the far commoner final i of the nisba
// (خدادادی Khodadadi), and the romanization data, which folds ی into ي,
// reads i. Only a word of the feminine pattern fuʿlā is read a too: three
// consonants and the ی, no long vowel written between them (صغری Soghra,
// کبری Kobra, بشری Boshra: Arabic's صغرى, كبرى, بشرى). A nisba of that
// shape (صبری Sabri, فخری Fakhri) gains a reading it does not need, and a
// nisba with a long vowel (حمیدی Hamidi, ضرغامی Zarghami) none. The first
// reading of the word with ا for its ی is added when no form has its
// skeleton. Like withQafG it comes beyond RomanizeMax: a slot taken from
// the i readings loses a spelling they carry.
func withMaqsuraA(forms []string, w string) []string {
	stem, ok := strings.CutSuffix(w, "ی")
	if !ok || utf8.RuneCountInString(stem) != 3 || strings.ContainsAny(stem, "اآوؤیيئءةه") {
		return forms
	}
	a := Romanize(stem + "ا")
	if len(a) == 0 {
		return forms
	}
	sk := Skeleton(a[0])
	for _, o := range forms {
		if Skeleton(o) == sk {
			return forms
		}
	}
	return append(forms, a[0])
}

// germanSlavicForms returns f read as the German spelling of a Russian,
// Ukrainian or Belarusian name (Duden's transliteration, which German
// documents, papers and Swiss lists use) and written as English spells
// it, or nil when f shows none of its marks. German writes ш and ж sch
// (Patruschew, Prigoschin), ч tsch (Kowaltschuk), щ schtsch, х ch
// (Chodorkowski, Lichatschow), в w (Lawrow), й and the я, ю, е after a
// consonant j (Jewgeni, Pjotr, Matwijenko), ц z (Zyganow), с between
// vowels ss and з s (Wassili, Kasakow). English writes sh, zh, ch, shch,
// kh, v, y, ts, s and z, and the two share too few letters to meet:
// LIKHACHEV and Lichatschow. sch is ш or ж, and s between vowels с or з,
// so two forms come back when they are written: the first reads sch sh,
// s s and z ts (Patruschew, Isajew, Garzew), the second sch zh, s z, and
// z z as Polish and Czech write з, which share the German w and j
// (Prigoschin, Kasakow, Jezubow).
//
// Without its marks a word is not read so: ch is ч in English and ш in
// French, j is dj in English and ж in French, w is و in Arabic names.
// The marks are sch, a j after a consonant other than d, and a w with a
// j or a Slavic ending (Jewgeni; Lawrow, Chodorkowski). A w with a ch is
// not one: Chawla is not Khawla.
func germanSlavicForms(f string) []string {
	if len(f) < 4 || !germanSlavicMarks(f) {
		return nil
	}
	return germanSlavicRead(f)
}

// germanSlavicRead is germanSlavicForms without the marks: the word of a
// name whose other words show them (GermanSlavic). Its second form also
// reads a first s before a vowel z, as German says it (Sachar is Zakhar,
// Sima Zima, Sawison Zavizon).
func germanSlavicRead(f string) []string {
	var sh, zh []byte
	put := func(s string) { sh, zh = append(sh, s...), append(zh, s...) }
	for i := 0; i < len(f); i++ {
		c := f[i]
		switch {
		case strings.HasPrefix(f[i:], "schtsch"):
			put("shch")
			i += 6
		case strings.HasPrefix(f[i:], "tsch"):
			put("ch")
			i += 3
		case strings.HasPrefix(f[i:], "sch"):
			sh, zh = append(sh, "sh"...), append(zh, "zh"...)
			i += 2
		case c == 'c' && i+1 < len(f) && f[i+1] == 'h':
			put("kh")
			i++
		case c == 'c' && i+1 < len(f) && f[i+1] == 'k':
			put("k")
			i++
		case c == 'w':
			put("v")
		case c == 'j':
			put("y")
		case c == 'z':
			zh = append(zh, 'z')
			if i > 0 && f[i-1] == 't' {
				sh = append(sh, 's') // tz: the t is written
			} else {
				sh = append(sh, "ts"...)
			}
		case c == 's' && i+1 < len(f) && f[i+1] == 's':
			put("s")
			i++
		case c == 's' && i+1 < len(f) && isVowel(f[i+1]) && (i == 0 || isVowel(f[i-1])):
			sh, zh = append(sh, 's'), append(zh, 'z')
		case c == 'x':
			put("ks")
		default:
			put(string(c))
		}
	}
	if string(sh) == f {
		return nil
	}
	if string(zh) == string(sh) || string(zh) == f {
		return []string{string(sh)}
	}
	return []string{string(sh), string(zh)}
}

// germanSlavicMarks reports whether f has the marks of a Slavic name
// spelled the German way (see germanSlavicForms):
//
//   - sch, jew or wj (Prigoschin, Jewgeni, Wjatscheslaw);
//   - jo after a consonant other than d, ё (Pjotr, Semjon), and j before
//     another vowel after s, z, t, p, b, f, k, w or v (Tatjana, Bisjuk);
//   - zk, ц before к (Belezki, Gorizkaja);
//   - ch in a word ending in -skij or -ckij, as Czech and Slovak write
//     -ский (Chodorkovskij);
//   - ch before a consonant other than l and r, or at the end after a
//     vowel: х (Muchtar, Wainach);
//   - a w in a Slavic ending (Lawrow, Chodorkowski, Krawez); -ew after a
//     consonant other than r and h (Garzew, Medwedew: Andrew and Matthew
//     are English).
//
// A j before a vowel after m, n, r, l or h is no mark: Amjad, Sanjay,
// Arjun and Bahjat are Arabic and Indian names, and the South Slavs write
// lj and nj (Putinja). Nor is a w with a ch: Chawla is not Khawla, or a
// final -ez alone: Lopez and Perez are Spanish.
func germanSlavicMarks(f string) bool {
	if strings.Contains(f, "sch") || strings.Contains(f, "jew") || strings.Contains(f, "wj") || strings.Contains(f, "zk") {
		return true
	}
	if strings.Contains(f, "ch") && len(f) > 6 && (strings.HasSuffix(f, "skij") || strings.HasSuffix(f, "ckij")) {
		return true // Czech and Slovak -skij: Chodorkovskij
	}
	for i := 1; i+1 < len(f); i++ {
		c, next := f[i], f[i+1]
		switch {
		case c == 'j' && isVowel(next) && strings.IndexByte("sztpbfkwv", f[i-1]) >= 0:
			return true
		case c == 'j' && next == 'o' && !isVowel(f[i-1]) && f[i-1] != 'd' && f[i-1] != 'j':
			return true
		case c == 'c' && next == 'h' && f[i-1] != 's' && f[i-1] != 't' && (i+2 == len(f) && isVowel(f[i-1]) || i+2 < len(f) && !isVowel(f[i+2]) && f[i+2] != 'l' && f[i+2] != 'r'):
			return true
		}
	}
	w := strings.Count(f, "w")
	if n := len(f); n > 5 && strings.HasSuffix(f, "ew") && strings.IndexByte("aeiourhy", f[n-3]) < 0 {
		return true
	}
	if w == 0 {
		return false
	}
	for _, e := range [...]string{"ow", "owa", "ewa", "owna", "ewna", "owski", "ewski", "owskij", "ewskij", "owskaja", "ewskaja", "ez"} {
		if len(f) > len(e)+2 && strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}

// frenchSlavicForm returns f read as the French spelling of a Russian,
// Ukrainian or Belarusian name (which French documents and the lists of
// France, Belgium and Switzerland use) and written as English spells it,
// or "" when f shows none of its marks. French writes у ou (Ousmanov,
// Kovaltchouk), ч tch, ш ch (Choïgou), ж j (Jirinovski, Prigojine), г
// before e and i gu (Evgueni, Guennadi), я, ю and е at the start ia, iou
// and ie (Iouri, Ianoukovitch), and a mute e after a final n or dr
// (Poutine, Volodine, Alexandre). Its marks are tch as French writes it
// (frenchTch), iou, gue and gui, an i before a vowel at the start, and
// those final e's (not -ene: Greene and Irene are English). A word with
// those marks is read whole the French way: ou is u, ch sh, j zh.
//
// ou alone is no mark: French spells Arabic names with it (Youssef,
// Mahmoud), and the skeleton already reads them (frenchForm).
func frenchSlavicForm(f string) string {
	n := len(f)
	if n < 4 {
		return ""
	}
	mute := n >= 6 && (strings.HasSuffix(f, "ine") || strings.HasSuffix(f, "dre"))
	if !mute && !frenchTch(f) && !strings.Contains(f, "iou") && !strings.Contains(f, "gue") && !strings.Contains(f, "gui") && !(f[0] == 'i' && isVowel(f[1])) {
		return ""
	}
	if mute {
		f = f[:n-1]
	}
	var b []byte
	for i := 0; i < len(f); i++ {
		c := f[i]
		switch {
		case strings.HasPrefix(f[i:], "tch"):
			b = append(b, "ch"...)
			i += 2
		case strings.HasPrefix(f[i:], "ch"):
			b = append(b, "sh"...)
			i++
		case strings.HasPrefix(f[i:], "ou"):
			b = append(b, 'u')
			i++
		case c == 'j' && (i == 0 || f[i-1] != 'd'):
			b = append(b, "zh"...)
		case c == 'g' && i+2 < len(f) && f[i+1] == 'u' && (f[i+2] == 'e' || f[i+2] == 'i'):
			b = append(b, 'g')
			i++
		case c == 'i' && i+1 < len(f) && isVowel(f[i+1]) && f[i+1] != 'i' && (i == 0 || !isVowel(f[i-1]) && i+2 < len(f)):
			b = append(b, 'y') // Iouri, Viatcheslav; not a final -ia (Maria)
		case c == 's' && i+1 < len(f) && f[i+1] == 's':
			b = append(b, 's')
			i++
		default:
			b = append(b, c)
		}
	}
	if string(b) == f && !mute {
		return ""
	}
	return string(b)
}

// frenchTch reports whether f has a tch that French writes for ч and
// English does not: after a consonant (Timtchenko, Kovaltchouk), before
// ou, es or en (Viatcheslav, Outchenkov) and at the end of a long word
// (Ianoukovitch). English writes tch after a short vowel (Mitchell,
// Fletcher, Hutchins, Fitch).
func frenchTch(f string) bool {
	for i := strings.Index(f, "tch"); i >= 0; {
		rest := f[i+3:]
		if i > 0 && !isVowel(f[i-1]) || rest == "" && len(f) >= 7 || strings.HasPrefix(rest, "ou") || strings.HasPrefix(rest, "es") || strings.HasPrefix(rest, "en") {
			return true
		}
		j := strings.Index(rest, "tch")
		if j < 0 {
			break
		}
		i += 3 + j
	}
	return false
}

// polishSlavicForm returns the Latin word w read as the Polish spelling of
// a Russian, Ukrainian or Belarusian name and written as English spells
// it, or "" when w shows none of Polish's marks. Polish writes ш sz, ч cz,
// щ szcz, ж ż, х ch, ц c, в w, й j, л before a hard vowel ł, and е, я, ю
// and ё after a consonant ie, ia, iu and io (Siergiej Ławrow, Jewgienij
// Prigożyn, Nikołaj Patruszew, Wiaczesław Wołodin, Dmitrij Pieskow). The
// marks are ż, ł, ś, ń, sz and cz, and ie after a consonant in a word with
// a j or a w (Siergiej, Miedwiediew; not Daniel or Gabriel).
func polishSlavicForm(w string) string {
	lw := strings.ToLower(w)
	if !strings.ContainsAny(lw, "żłśń") && !strings.Contains(lw, "sz") && !strings.Contains(lw, "cz") && !polishIE(lw) {
		return ""
	}
	return polishSlavicRead(w)
}

// polishSlavicRead is polishSlavicForm without the marks: a word of a name
// whose patronymic shows them (PolishSlavic).
func polishSlavicRead(w string) string {
	lw := strings.ToLower(w)
	if strings.Contains(lw, "sch") {
		return "" // German (Schwarz)
	}
	rs := []rune(lw)
	var b []byte
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		var next rune
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case r == 's' && next == 'z' && i+3 < len(rs) && rs[i+2] == 'c' && rs[i+3] == 'z':
			b = append(b, "shch"...)
			i += 3
		case r == 's' && next == 'z':
			b = append(b, "sh"...)
			i++
		case r == 'c' && next == 'z':
			b = append(b, "ch"...)
			i++
		case r == 'r' && next == 'z':
			b = append(b, "zh"...)
			i++
		case r == 'c' && next == 'h':
			b = append(b, "kh"...)
			i++
		case r == 'c':
			b = append(b, "ts"...)
		case r == 'd' && next == 'ż':
			b = append(b, 'j') // дж, ج: Dżochar Dzhokhar, Dżamal Jamal
			i++
		case r == 'ż' || r == 'ź':
			b = append(b, "zh"...)
		case r == 'w':
			b = append(b, 'v')
		case r == 'j':
			b = append(b, 'y')
		case r == 'i' && i > 0 && !polishVowel(rs[i-1]) && polishVowel(next) && next != 'i':
			if next != 'e' {
				b = append(b, 'y') // ia, iu, io after a consonant: я, ю, ё
			}
		default:
			b = append(b, foldLatin(string(r), true)...)
		}
	}
	f := string(b)
	if f == foldLatin(w, true) {
		return ""
	}
	return f
}

func polishVowel(r rune) bool { return strings.ContainsRune("aeiouyąęó", r) }

// polishIE reports whether the lower-case word w has ie after a consonant
// and a j or a w: Polish spelling of е (see polishSlavicForm).
func polishIE(w string) bool {
	if !strings.ContainsAny(w, "jw") {
		return false
	}
	for i := 1; i+2 < len(w); i++ {
		if w[i] == 'i' && w[i+1] == 'e' && !isVowel(w[i-1]) && w[i-1] != 'y' {
			return true
		}
	}
	return false
}
