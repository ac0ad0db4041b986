package names

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TokenKind says what part a token plays in a name.
type TokenKind uint8

// Token kinds.
const (
	// Word is an ordinary name word: it identifies.
	Word TokenKind = iota
	// Particle is a word that carries structure but no identity: the Arabic
	// article (al-, el-, ar-Rahman's ar-) and the filiation words bin, ibn,
	// bint, ben, ould. Lists and passports keep or drop them at will, so they
	// neither make nor block a match.
	Particle
	// Honorific is a title written as part of a name: Haji, Mullah, Maulavi,
	// Sheikh, Dr. It may be present on one side and absent on the other.
	Honorific
	// Initial is a single letter standing for a name.
	Initial
)

// Token is one word of a name in canonical Latin form.
type Token struct {
	Raw   string    // the word as written (for a joined token, the words joined by a space)
	Forms []string  // Latin forms, lower-case ASCII; Forms[0] is the canonical one
	Kind  TokenKind //
	// Syllables is, in a name that reads as a Korean or Chinese name in
	// Latin letters (KIM YONG BOK, Kyongchol JO, ZHANG Chunxin), the
	// number of syllables the word spells, and 0 in any other name.
	Syllables uint8
	// SurnameBits is what the surname of a Korean name, in Latin letters
	// or Hangul, is worth among Koreans when it is one of the commonest
	// five (KoreanSurnameBits), and 0 otherwise.
	SurnameBits float64
	// VowelsWritten is set on the Latin words of a name in the Somali
	// alphabet, which writes every vowel, long ones twice: a vowel
	// written in one word and not in another makes another name there
	// (Maxamed, Mohamed, and Maxamuud, Mahmud).
	VowelsWritten bool
	// Reading is set on the Latin words of a name that shows one mark of
	// the Somali alphabet but not both (an x, or a long vowel written
	// twice): the word as English would spell it in that alphabet
	// (somaliForm), when that differs. It is not one of the word's forms,
	// the sign being weak, but it tells what the word may weigh: Saciid,
	// if Somali, is as common as Said.
	Reading string
	// ByEar is set on the Han words of a name written between middle
	// dots (乔治·布什, George Bush): Chinese writes a foreign or minority
	// name so, each part spelled by ear, and a Chinese name never.
	ByEar bool
	// Nisba is set on a word of origin after an article (al-Shishani,
	// "the Chechen", "le Marocain"): a nickname that lists add to a
	// kunya or a name, or leave out (nisbaGroups).
	Nisba bool
}

// Key returns the token's canonical Latin form.
func (t Token) Key() string {
	if len(t.Forms) == 0 {
		return ""
	}
	return t.Forms[0]
}

// articles are the Arabic definite article as romanizations write it alone
// or hyphenated ("al-Baghdadi", "el Sayed", "ul-Haq").
var articles = map[string]bool{"al": true, "el": true, "ul": true, "il": true, "ol": true}

// sunArticles are the article assimilated to a following sun letter, as in
// "ar-Rahman", "ad-Din", "ash-Shami", "az-Zarqawi": an article only when the
// next word starts with the same consonant(s).
var sunArticles = map[string]string{
	"ad": "d", "ar": "r", "as": "s", "at": "t", "az": "z", "an": "n", "ash": "sh",
	"adh": "dh", "ath": "th", "ed": "d", "er": "r", "es": "s", "et": "t", "ez": "z",
	"en": "n", "esh": "sh", "ud": "d", "ur": "r", "us": "s", "ut": "t", "uz": "z",
	"un": "n", "ush": "sh", "ad-": "d",
}

// surnameParticles are the words that begin surnames in the languages of
// Europe (van der Berg, von der Leyen, de Gaulle, da Silva, Di Maio, del
// Río, dos Santos), after a given name: they are written into the surname
// or left out (Vanderberg, Ludwig Beethoven), and a name that leaves one
// out is no other name. Not le and la, which are names too (Le is
// Vietnamese), nor do, a Vietnamese surname. They stay words: Van is a
// Vietnamese and a Korean syllable too (Li Van CHOL), and a name that
// gives one meets it.
var surnameParticles = map[string]bool{
	"van": true, "von": true, "vom": true, "zu": true, "zum": true, "zur": true, "der": true,
	"den": true, "ter": true, "ten": true, "de": true, "da": true, "di": true, "du": true,
	"des": true, "del": true, "della": true, "dos": true, "das": true,
	// de la and de los as the Philippines join them (Dela Cruz, Delos
	// Santos).
	"dela": true, "delos": true, "delas": true,
}

// chainParticles continue a surname's particles after one of
// surnameParticles, and only there: de la Cruz, de los Santos, van de
// Ven, von dem Bussche.
var chainParticles = map[string]bool{"la": true, "las": true, "los": true, "le": true, "dem": true}

// IsSurnameParticle reports whether form is one of surnameParticles or
// chainParticles.
func IsSurnameParticle(form string) bool { return surnameParticles[form] || chainParticles[form] }

// scriptParticles are von and van as the scripts that write European
// names by ear romanize them: фон, פון, φον, フォン (fon); 凡, ファン,
// 반 (fan, ban).
var scriptParticles = map[string]bool{"fon": true, "fan": true, "ban": true}

// SurnameParticle reports whether t is one of surnameParticles, in Latin
// letters, or in another script that writes European names by ear by any
// of its romanizations (ван, דה, ντε, ダ, 达). Arabic script is left out:
// its short words' guessed readings spell them by chance (دی, Dey, reads
// di).
func SurnameParticle(t Token) bool {
	switch sc := Script(t.Raw); {
	case sc == "Latin":
		return surnameParticles[t.Key()]
	case sc == "Arabic" || sc == "":
		return false
	}
	for _, f := range t.Forms {
		if surnameParticles[f] || scriptParticles[f] {
			return true
		}
	}
	return false
}

// filiation words introduce a father's (or tribe's) name: Arabic bin and
// bint, ould and mint as Mauritania writes walad and bint (Hassaniya),
// Tuareg ag (IYAD AG GHALI), Malaysia's binti abbreviated bt or bte and
// Singapore's binte.
var filiation = map[string]bool{
	"bin": true, "ibn": true, "bint": true, "binti": true, "ben": true, "bte": true, "bt": true, "binte": true,
	"ibni": true, "ould": true, "wuld": true, "ulad": true, "walad": true, "bn": true,
	"mint": true, "ag": true,
}

// honorifics are religious, academic and courtesy titles that lists and
// documents write as part of a name.
var honorifics = map[string]bool{
	"haji": true, "hajji": true, "hadji": true, "alhaji": true, "alhaj": true, "alhajj": true, "haci": true,
	"mullah": true, "mulla": true, "molla": true, "mollah": true, "maulavi": true, "mawlawi": true,
	"maulvi": true, "moulavi": true, "mawlavi": true, "maulana": true, "mawlana": true, "qari": true,
	"sheikh": true, "shaykh": true, "shaikh": true, "sheik": true, "shaykhah": true, "dr": true,
	"mr": true, "mrs": true, "ms": true, "prof": true, "imam": true, "mufti": true, "ustad": true,
	"ustadh": true, "ustaz": true, "professor": true, "colonel": true, "col": true, "general": true,
	"gen": true, "commander": true, "cmdr": true, "captain": true, "capt": true, "lieutenant": true,
	"lt": true, "brigadier": true, "chief": true, "sergeant": true, "sgt": true, "admiral": true,
	// Shia clerics' ranks, as Iran's names carry them (Ayatollah Ali
	// Khamenei, Hojatoleslam Mohseni-Ejei); an engineer's and a
	// senator's titles; the clergy's (not Rev: رئيف, Raif, reads rev
	// first).
	"ayatollah": true, "ayatullah": true, "ayatolla": true, "hojatoleslam": true,
	"hojjatoleslam": true, "hojatolislam": true, "hujjatulislam": true, "hojjatulislam": true,
	"engr": true, "engineer": true, "senator": true, "reverend": true,
	"pastor": true,
	// Sheikh as Turkish (Şeyh) and Azerbaijani (Şeyx) write it.
	"seyh": true, "sheyh": true, "seyx": true, "sheykh": true,
	// Courtesy titles in German, French and Spanish, and the
	// generational suffixes (not II: Ii is a Japanese surname).
	"herr": true, "frau": true, "mme": true, "mlle": true, "sra": true, "srta": true,
	"jr": true, "jnr": true, "sr": true, "snr": true, "iii": true, "iv": true,
}

// scriptHonorific reports whether a word in another script than Latin is a
// title by one of its forms: one of honorifics of four letters or more
// (حاجی reads haci first, as Turkish writes it, then haji; ملا mla, mulla),
// or one of scriptTitles. The short English titles (Dr, Lt) are left out: a
// guessed romanization can spell them by chance.
func scriptHonorific(t Token) bool {
	if Script(t.Raw) == "Latin" {
		return false
	}
	for _, f := range t.Forms {
		if len(f) >= 4 && honorifics[f] || scriptTitles[f] {
			return true
		}
	}
	return false
}

// scriptTitles are romanizations of titles written in Arabic script that
// are also given names in Latin letters, where they stay words: شيخ reads
// cheikh (Cheikh is a Senegalese name), الحاج hajj or hadj, مولوی mawalawi.
var scriptTitles = map[string]bool{
	"cheikh": true, "cheick": true, "shikh": true, "hajj": true, "hadj": true, "haj": true,
	"mawalawi": true, "mulawi": true, "maulawi": true,
}

// abdPrefixes are "servant of" written as a word of its own before one of
// God's names ("Abd al-Rahman", "Abdul Rahman", "Abdel Aziz"). The shorter
// "abdi" and "abdu" are left out: Somali and West African names use them
// alone.
var abdPrefixes = map[string]bool{
	"abd": true, "abdul": true, "abdel": true, "abdal": true, "abdol": true, "abdoul": true,
	"abdil": true, "abdur": true, "abdus": true, "abdelal": true,
	"abdoel": true, // Dutch oe, and Indonesian before 1972 (jForms)
}

// kunyaPrefixes are "father of" and "mother of" ("Abu Bakr", "Abou Mohamed",
// "Umm Hamza"): with the next word they make one name.
var kunyaPrefixes = map[string]string{
	"abu": "abu", "abou": "abu", "abo": "abu", "aboo": "abu", "abul": "abu", "abi": "abu",
	"ebu": "abu", // Turkish and Bosnian: Ebu Hanife, Ebu Bekir
	"umm": "umm", "um": "umm", "omm": "umm", "oum": "umm",
}

// families are spellings that neither skeletons nor edit distance bring
// together: abbreviations of Muhammad that lists and passports use, and the
// Turkish and Russian forms of Muhammad and a few other common names.
var families = map[string]string{
	"md": "muhammad", "mohd": "muhammad", "muhd": "muhammad", "mhd": "muhammad", "mohd.": "muhammad",
	// Muhammad as Turkish writes it, which no skeleton brings to it.
	"mehmet": "muhammad", "mehmed": "muhammad", "muhammet": "muhammad",
	// Muhammad and Mahmud as Indonesian writes them, ch for the ح of the
	// Dutch-era spelling, and Moch., Muh. and Moh. for short (Mochamad,
	// Moch. Rizieq Shihab): no skeleton brings ch to h.
	"mochammad": "muhammad", "mochamad": "muhammad", "muchammad": "muhammad", "muchamad": "muhammad",
	"moch": "muhammad", "muh": "muhammad", "moh": "muhammad", "machmud": "mahmud", "machmoed": "mahmud",
	// The common Arabic names as Russian writes them in the North
	// Caucasus, and Russian passports in Latin letters: х for ح and г
	// for h, which no skeleton brings to the English spellings.
	"magomed": "muhammad", "mukhammad": "muhammad", "mukhammed": "muhammad", "mukhamed": "muhammad",
	"mukhamad": "muhammad", "akhmed": "ahmad", "akhmad": "ahmad", "akhmat": "ahmad",
	"ibragim": "ibrahim", "khasan": "hasan", "gasan": "hasan", "khusein": "husayn", "khusain": "husayn",
	"khuseyn": "husayn", "gusein": "husayn", "guseyn": "husayn",
	// ... and as the Maghreb writes them in French: HOCINE and HACENE
	// read hosine and hasene (frenchForm), short of the edit similarity
	// a skeleton needs, and Lahcen is al-Hasan.
	"hocine": "husayn", "houcine": "husayn", "hacene": "hasan", "ahcene": "hasan", "lahcen": "hasan",
	// The Maghreb's spoken forms, whose vowels no skeleton or edit
	// similarity forgives: M'hamed and Mhammed are Muhammad, said with
	// its first vowel dropped; Larbi, Lahoucine and Lahoussine are
	// al-Arabi and al-Husayn with the article's l joined and a vowel
	// moved (the l alone before a consonant is read by vowelArticle).
	"mhamed": "muhammad", "mhammed": "muhammad", "mhamad": "muhammad", "mhammad": "muhammad",
	"larbi": "arabi", "lahoucine": "husayn", "lahoussine": "husayn",
	// Ali as Hausa says it, with the final vowel Hausa gives names
	// (Aliyu), and as Bosnian does (Alija, Izetbegović's): the longer
	// names meet with their forms by edit similarity (Adamu, Yusufu;
	// Hamdija), Ali is too short.
	"aliyu": "ali", "alija": "ali",
	// Mahmud as Somali names are spelled in English (Maxamuud in the
	// Somali alphabet): Mohamud is not Mohamed, which shares its skeleton.
	"mohamud": "mahmud", "mohamoud": "mahmud", "mahamud": "mahmud", "mahamoud": "mahmud", "mohamuud": "mahmud",
	// Dawud (داود), whose و spellings read as the vowel (Daud, Daoud) or
	// the consonant (Dawood): the skeletons d and dwd do not meet, and no
	// rule on w alone is safe (Lewis and Louis, Hawking and Hocking).
	// Turkish and Azerbaijani write Davud, Davut.
	"daud": "dawud", "daoud": "dawud", "dawood": "dawud", "dawoud": "dawud", "davud": "dawud", "davut": "dawud",
}

// Tokenize splits a name into canonical tokens, recognizing the structure of
// Arabic names so that "Abd al-Rahman", "Abdul Rahman", "Abdelrahman" and
// "Abdurrahman" give the same token, and "Abu Bakr" and "Abubakar" meet.
//
// A name written "SURNAME, Given" (one comma) is read as "Given SURNAME".
// Compatibility characters are read as the letters they stand for (NFKC):
// Arabic presentation forms, as text copied from PDF documents has them
// ("ﺻﺍﻠﺡ" is صالح), fullwidth Latin, ligatures.
func Tokenize(name string) []Token {
	toks, _ := tokenize(name, false, Latin)
	return toks
}

// tokenize is Tokenize, reading Latin words as orth spells them; with
// report, it also returns the unread words (see TokenizeUnread).
func tokenize(name string, report bool, orth Orthography) (toks []Token, unread []string) {
	name = expandMaria(name)
	if !norm.NFKC.IsNormalString(name) {
		name = norm.NFKC.String(name)
	}
	if i := strings.IndexByte(name, ','); i > 0 && strings.Count(name, ",") == 1 {
		if head, tail := strings.TrimSpace(name[:i]), strings.TrimSpace(name[i+1:]); head != "" && tail != "" {
			name = tail + " " + head
		}
	}
	words := splitKoreanNames(splitGluedPrefixes(joinPersianSuffixes(visualOrder(SplitWords(name)))))
	// Chinese writes a foreign or minority name's parts between middle
	// dots (阿不都·哈克, Abudu Hake): each is a transcription, not a
	// surname and a given name.
	dotted := strings.ContainsAny(name, "·・‧•")
	if !dotted {
		words = splitChineseNames(words)
	}
	if strings.ContainsAny(name, turkishLetters) && !strings.ContainsAny(name, romanianOnly) {
		orth = Turkish
	} else if orth == Latin {
		if orth = writtenIn(words); orth == Latin && kurmanjiWritten(name, words) {
			orth = Turkish
		}
	}
	hinted := orth == Latin && somaliHinted(words)
	toks = make([]Token, 0, len(words))
	for _, w := range words {
		forms, script := wordForms(w), Script(w)
		if orth != Latin && len(forms) > 0 && script == "Latin" {
			for _, f := range orth.forms(w) {
				forms = appendUnique(forms, f)
			}
		}
		if len(forms) == 0 {
			if report && hasLetter(w) {
				unread = append(unread, w)
			}
			continue
		}
		var reading string
		if hinted && script == "Latin" {
			// Three letters at least: AA, an alias of initials, is no
			// name A.
			if reading = somaliForm(w); len(reading) < 3 {
				reading = ""
			}
		}
		toks = append(toks, Token{Raw: w, Forms: forms, VowelsWritten: orth == Somali && script == "Latin", ByEar: dotted && script == "Han", Reading: reading})
	}
	for i := range toks {
		// Written in Hangul, a word of one syllable is the surname
		// (김정식 is read 김 정식).
		if r, n := utf8.DecodeRuneInString(toks[i].Raw); n == len(toks[i].Raw) && r >= 0xAC00 && r <= 0xD7A3 {
			toks[i].SurnameBits = KoreanSurnameBits(toks[i].Raw)
		}
	}
	if readSyllabic(toks) {
		return toks, unread // no particles: IL in KIM IL SUNG, BIN in ZHANG BIN HUA are syllables
	}
	return structure(toks), unread
}

// expandMaria writes out María as Spanish and Filipino names abbreviate it
// before another given name: Ma. (Ma. Cristina, Ma. Lourdes) and Mª (Mª
// del Carmen). Left as it is, the word is Ma, the Chinese surname, and
// conflicts with the Maria a list writes. Only a word Ma or MA with a
// period, or Mª, followed by a space, is read so: Ma without a period is
// Chinese.
func expandMaria(name string) string {
	if !strings.Contains(name, "Ma. ") && !strings.Contains(name, "MA. ") && !strings.Contains(name, "Mª ") {
		return name
	}
	var b strings.Builder
	for i := 0; i < len(name); {
		start := i == 0 || name[i-1] == ' '
		if start && (strings.HasPrefix(name[i:], "Ma. ") || strings.HasPrefix(name[i:], "MA. ")) {
			b.WriteString(name[i : i+2])
			if name[i+1] == 'A' {
				b.WriteString("RIA")
			} else {
				b.WriteString("ria")
			}
			i += 3
			continue
		}
		if start && strings.HasPrefix(name[i:], "Mª ") {
			b.WriteString("Maria")
			i += len("Mª")
			continue
		}
		b.WriteByte(name[i])
		i++
	}
	return b.String()
}

// TokenizeUnread is Tokenize, and also returns the words of name that
// have letters but give no token: words in a script the package does not
// read (Thai, Sinhala, Myanmar...). A caller screening a name must say
// that such words were left out, not treat them as absent.
func TokenizeUnread(name string) ([]Token, []string) { return tokenize(name, true, Latin) }

// TokenizeAs is TokenizeUnread for a name known to be spelled as orth
// spells names, by the country of the document or nationality that
// carries it, where the name's letters no longer say so: the
// machine-readable zone of a passport writes ŞERİF as SERIF, and a Turkish
// CEMAL is Jamal all the same.
func TokenizeAs(name string, orth Orthography) ([]Token, []string) {
	return tokenize(name, true, orth)
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// koreanDoubleSurnames are the Korean surnames of two syllables.
var koreanDoubleSurnames = map[string]bool{
	"남궁": true, "황보": true, "제갈": true, "선우": true, "독고": true, "사공": true, "서문": true,
}

// splitKoreanNames splits a Korean name written as one word of Hangul, as
// Korean writes names (김정식), into surname and given name (김 정식), as
// lists write them in Latin letters (Kim Cho'ng-sik): a word of three
// syllables after its first, of four after a two-syllable surname. A name
// of several words in Hangul is a foreign name written by ear, word by
// word (오사마 빈 라덴 Osama bin Laden, 줄리언 어산지 Julian Assange), and
// is not split.
func splitKoreanNames(words []string) []string {
	hangul := 0
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); r >= 0xAC00 && r <= 0xD7A3 {
			hangul++
		}
	}
	if hangul > 1 {
		return words
	}
	for i := 0; i < len(words); i++ {
		if n := utf8.RuneCountInString(words[i]); n != 3 && n != 4 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(words[i]); r < 0xAC00 || r > 0xD7A3 {
			continue
		}
		rs := []rune(words[i])
		if !hangulSyllables(rs) {
			continue
		}
		switch {
		case len(rs) == 3 && !koreanDoubleSurnames[string(rs[:2])] && hangulSurname(rs[0]) && !hangulLoanword(rs[1:]):
			words = slices.Insert(words, i+1, string(rs[1:]))
			words[i] = string(rs[:1])
			i++
		case len(rs) == 4 && koreanDoubleSurnames[string(rs[:2])]:
			words = slices.Insert(words, i+1, string(rs[2:]))
			words[i] = string(rs[:2])
			i++
		}
	}
	return words
}

// hangulSurname reports whether a Hangul syllable is read as one of the
// Korean surnames (koreanSurnames): a name of three syllables that starts
// otherwise is no Korean name split as surname and given name, but a
// foreign name written by ear (트럼프 Trump, 메르켈 Merkel).
func hangulSurname(r rune) bool {
	for _, f := range romHangul(string(r)) {
		if koreanSurnames[f] {
			return true
		}
	}
	return false
}

// hangulLoanword reports whether Hangul syllables include one of the
// vowel ㅡ without a final consonant (드, 스, 트, 크, 르): the vowel Korean
// puts after a foreign consonant (리처드 Richard, 로널드 Ronald), which
// Korean given names do not have.
func hangulLoanword(rs []rune) bool {
	for _, r := range rs {
		if s := int(r - 0xAC00); s >= 0 && s < 11172 && s%(21*28)/28 == 18 && s%28 == 0 {
			return true
		}
	}
	return false
}

// chineseDoubleSurnames are the common Chinese surnames of two characters.
var chineseDoubleSurnames = map[string]bool{
	"欧阳": true, "司马": true, "诸葛": true, "上官": true, "东方": true, "皇甫": true, "尉迟": true,
	"公孙": true, "慕容": true, "长孙": true, "宇文": true, "司徒": true, "夏侯": true, "令狐": true,
	"歐陽": true, "司馬": true, "諸葛": true, "東方": true, "公孫": true, "長孫": true,
}

// splitChineseNames splits a Chinese name written as one word of two to
// four Han characters (赵光宗) into surname and given name (赵 光宗), as
// passports and lists write it in Latin letters (ZHAO Guangzong): the
// surname is the first character, or the first two when they are a
// two-character surname (欧阳修).
func splitChineseNames(words []string) []string {
	for i := 0; i < len(words); i++ {
		n := utf8.RuneCountInString(words[i])
		if n < 2 || n > 4 {
			continue
		}
		rs := []rune(words[i])
		han := true
		for _, r := range rs {
			han = han && RuneScript(r) == "Han"
		}
		if !han {
			continue
		}
		cut := 1
		if chineseDoubleSurnames[string(rs[:2])] {
			cut = 2
		}
		if cut == len(rs) || (n == 4 && cut == 1) {
			continue // a surname alone, or four characters without a double surname
		}
		words = slices.Insert(words, i+1, string(rs[cut:]))
		words[i] = string(rs[:cut])
		i++
	}
	return words
}

// hangulSyllables reports whether rs are all precomposed Hangul syllables.
func hangulSyllables(rs []rune) bool {
	for _, r := range rs {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return true
}

// structure marks particles, honorifics and initials and joins the Arabic
// compound names, in place.
//
// A kunya or "Abd" word at the end of a name stays a word of its own: lists
// that write the surname last (the UK's Name 6) turn "Abu Jihad" into "Jihad
// ABU"; comparison joins it with the other words (see JoinPrefix).
func structure(in []Token) []Token {
	out := in[:0:0]
	for i := 0; i < len(in); i++ {
		t := in[i]
		k := t.Key()
		hasNext := i+1 < len(in)
		switch {
		case articles[k] && hasNext:
			t.Kind = Particle
		case hasNext && sunArticles[k] != "" && strings.HasPrefix(in[i+1].Key(), sunArticles[k]):
			t.Kind = Particle
		case k == "the" && hasNext:
			// "The Moroccan", "Abu Abdurrahman the Norwegian": the English
			// article of a nickname.
			t.Kind = Particle
		case (k == "le" || k == "la") && hasNext && nisbas[in[i+1].Key()] != "":
			// "Abderrahmane le Marocain"; Le alone is a Vietnamese name.
			t.Kind = Particle
		case filiation[k] && i > 0 && hasNext, (k == "ould" || k == "wuld") && hasNext:
			// Ould, Mauritania's "son of", also starts a name that
			// leaves out the given name (Ould Kheirou, Hamada Ould
			// Mohamed KHEIROU); the other filiation words are names
			// there (Ben, Bin), or a nickname's (Ibn al-Khattab).
			t.Kind = Particle
		case (k == "nee" || k == "geb") && i > 0 && hasNext:
			// "Zeinab née Suma", "Anna Schmidt geb. Müller": the birth
			// surname follows.
			t.Kind = Particle
		case (k == "son" || k == "daughter") && i > 0 && i+2 < len(in) && in[i+1].Key() == "of":
			// "Abdul Haq son of M. Anwar Khan": English filiation.
			t.Kind = Particle
			in[i+1].Kind = Particle
			out = append(out, t, in[i+1])
			i++
			continue
		case (honorifics[k] || scriptHonorific(t)) && (hasNext || i > 0):
			t.Kind = Honorific
		case hasNext && prefixForm(t) != "" && (prefixForm(t) != "abi" || i > 0 && filiation[in[i-1].Key()]):
			// Abi is Abu's genitive, after a filiation word (Ali ibn Abi
			// Talib); elsewhere it is a given name (Abi Smith).
			k = prefixForm(t)
			// Join with the next word, skipping an article between them.
			j := i + 1
			if j+1 < len(in) && (articles[in[j].Key()] || (sunArticles[in[j].Key()] != "" && strings.HasPrefix(in[j+1].Key(), sunArticles[in[j].Key()]))) {
				j++
			}
			next := in[j]
			var forms []string
			prefix := kunyaPrefixes[k]
			for _, f := range next.Forms {
				root := stripArticle(f)
				if prefix != "" {
					forms = appendUnique(forms, prefix+root)
				} else {
					forms = appendUnique(forms, "abd"+abdRoot(root))
				}
			}
			// The words as written, run together, are a form too, so that
			// a typing error in the prefix ("Adbul Bari") still meets it.
			forms = appendUnique(forms, k+next.Key())
			raw := t.Raw
			for _, w := range in[i+1 : j+1] {
				raw += " " + w.Raw
			}
			out = append(out, Token{Raw: raw, Forms: forms})
			i = j
			continue
		case t.Kind == Word && len(k) >= 3 && !articles[k] && compoundTailAt(in, i+1) > 0:
			j := compoundTailAt(in, i+1)
			tail := compoundTails[in[j].Key()]
			var forms []string
			for _, f := range canonicalForms(t.Forms) {
				if c := compoundForm(f); c != "" {
					f = c
				}
				forms = appendUnique(forms, f+tail)
			}
			raw := t.Raw
			for _, w := range in[i+1 : j+1] {
				raw += " " + w.Raw
			}
			out = append(out, Token{Raw: raw, Forms: forms})
			i = j
			continue
		case len(k) == 1:
			t.Kind = Initial
		default:
			t.Forms = canonicalForms(t.Forms)
			if Script(t.Raw) == "Latin" {
				// Any form: a word's spelling in its orthography may be
				// the family's (MAXAMUUD, read mahamud).
				for _, f := range t.Forms {
					if fam, ok := families[f]; ok {
						t.Forms = append([]string{fam}, t.Forms...)
						break
					}
				}
			}
			if n, ok := nisbas[t.Key()]; ok && Script(t.Raw) == "Latin" {
				t.Forms = appendUnique(t.Forms, n)
			}
			// In Latin letters only: in Arabic script an l is a letter
			// (ليساء, read lessa, is no al-Essa).
			if Script(t.Raw) == "Latin" {
				for _, f := range t.Forms {
					if a := vowelArticle(f); a != "" {
						t.Forms = appendUnique(t.Forms, a)
						if fam, ok := families[a]; ok {
							t.Forms = appendUnique(t.Forms, fam)
						}
					}
				}
			}
			if len(out) > 0 && out[len(out)-1].Kind == Particle && nisbaWord(t) {
				switch pk := out[len(out)-1].Key(); {
				case articles[pk], sunArticles[pk] != "", pk == "the", pk == "le", pk == "la":
					t.Nisba = true
				}
			}
		}
		out = append(out, t)
	}
	return out
}

// prefixForm returns the form of t that is an "Abd" or kunya prefix, or "".
// A word in another script is one when any of its romanizations is
// (Greek Αμπού reads ampou, abou, abu).
func prefixForm(t Token) string {
	if k := t.Key(); abdPrefixes[k] || kunyaPrefixes[k] != "" {
		return k
	}
	if Script(t.Raw) == "Latin" {
		return ""
	}
	for _, f := range t.Forms[1:] {
		if abdPrefixes[f] || kunyaPrefixes[f] != "" {
			return f
		}
	}
	return ""
}

// compoundTailAt returns the index of a compound tail ("Din", "Ullah")
// at i, or after an article at i, or 0 when there is none.
func compoundTailAt(in []Token, i int) int {
	if i >= len(in) {
		return 0
	}
	k := in[i].Key()
	if compoundTails[k] != "" {
		return i
	}
	if (articles[k] || sunArticles[k] != "") && i+1 < len(in) {
		if n := in[i+1].Key(); compoundTails[n] == "din" || (compoundTails[n] == "allah" && n != "ullah") {
			return i + 1
		}
	}
	return 0
}

// canonicalForms rewrites joined compound forms ("abdulrahman",
// "aboubakar", "albaghdadi") to their canonical shape, keeping the joined
// article form as a second form so that "Alrawi" meets both "Al-Rawi" and
// "Rawi".
func canonicalForms(forms []string) []string {
	var out []string
	for _, f := range forms {
		if c := compoundForm(f); c != "" {
			out = appendUnique(out, c)
			continue
		}
		switch {
		case len(f) > 5 && strings.HasPrefix(f, "abd"):
			out = appendUnique(out, "abd"+abdRoot(f[3:]))
		case len(f) > 5 && (strings.HasPrefix(f, "abou") || strings.HasPrefix(f, "aboo")) && !isVowel(f[4]):
			out = appendUnique(out, "abu"+f[4:])
		case len(f) > 4 && strings.HasPrefix(f, "abo") && !isVowel(f[3]):
			out = appendUnique(out, "abu"+f[3:])
		default:
			out = appendUnique(out, f)
			// The Maghreb and West Africa write Abu as Bou, in one word
			// with the name after it (Boubacar and Boubaker are Abubakar;
			// Boualem, بوعلام): the word is also read with Abu.
			if len(f) > 5 && strings.HasPrefix(f, "bou") {
				out = appendUnique(out, "abu"+f[3:])
			}
		}
		if s := stripArticle(f); s != f && joinedArticle(f, s) {
			out = appendUnique(out, s)
		}
		if s := stripBinAl(f); s != f {
			out = appendUnique(out, s)
		}
	}
	return out
}

// stripBinAl returns what follows "bin al-" (and ben, ibn, bint) written
// into one word with the name it introduces (BINALSHIBH, Ramzi bin
// al-Shibh), or f.
func stripBinAl(f string) string {
	for _, p := range [...]string{"binal", "benal", "ibnal", "bintal", "binel", "benel", "ibnel"} {
		if len(f) >= len(p)+4 && strings.HasPrefix(f, p) && !isVowel(f[len(p)]) {
			return f[len(p):]
		}
	}
	return f
}

// dinSuffixes and allahSuffixes end compound names built on "al-Din"
// ("Shamsuddin", "Alaeddine") and "Allah" ("Hidayatullah", "Najibullah"),
// longest first. Turkish writes al-Din -ettin, as it says it (Nurettin,
// Seyfettin, Bahattin, Muhittin), with or without its letters to show it.
var (
	dinSuffixes   = []string{"uddeen", "eddine", "uddin", "eddin", "addin", "oddin", "iddin", "aldin", "eldin", "uldin", "ud din", "ettin", "attin", "ittin", "uttin"}
	allahSuffixes = []string{"ullah", "ollah", "allah", "ellah", "illah", "ulla", "olla"}
)

// compoundForm rewrites a joined "X al-Din" or "X Allah" compound to its
// canonical form, X followed by "din" or "allah" with the linking vowel and
// article dropped: "shamsuddin" gives "shamsdin", "hidayatullah" gives
// "hidayatallah". It returns "" for other forms, and leaves "abd" compounds
// to abdRoot.
func compoundForm(f string) string {
	if strings.HasPrefix(f, "abd") {
		return ""
	}
	for _, suf := range dinSuffixes {
		if len(f) >= len(suf)+3 && strings.HasSuffix(f, suf) {
			return f[:len(f)-len(suf)] + "din"
		}
	}
	for _, suf := range allahSuffixes {
		if len(f) >= len(suf)+3 && strings.HasSuffix(f, suf) {
			return f[:len(f)-len(suf)] + "allah"
		}
	}
	return ""
}

// compoundTails are the words that, written apart, end an "X al-Din" or
// "X Allah" compound: "Jalal al-Din", "Najib Ullah", "هدايت الله". Alla
// and Ulla without their h are not: written apart they are given names
// (Alla Viktorovna, the Russian Алла; Ulla), and the lists write Allah
// apart with its h; joined (Hidayatulla, Abdalla) they still end one.
var compoundTails = map[string]string{
	"din": "din", "deen": "din", "dine": "din", "uddin": "din", "eddin": "din", "eddine": "din",
	"addin": "din", "aldin": "din", "eldin": "din",
	"allah": "allah", "ullah": "allah", "ollah": "allah", "ellah": "allah",
}

// stripArticle removes a joined article: "albaghdadi" gives "baghdadi",
// "arrahman" gives "rahman". Short remainders are kept whole ("alan",
// "ali", "elias" stay).
func stripArticle(f string) string {
	if len(f) >= 6 && (strings.HasPrefix(f, "al") || strings.HasPrefix(f, "el")) && !isVowel(f[2]) {
		return f[2:]
	}
	// Assimilated: "arrahman", "ashshami", "addin".
	if len(f) >= 6 && (f[0] == 'a' || f[0] == 'e') && !isVowel(f[1]) && f[1] == f[2] && f[1] != 'l' {
		return f[2:]
	}
	return f
}

// vowelArticle returns what follows an article joined to a word that
// begins with a vowel, which stripArticle keeps whole (Alan, Elena,
// Alexander): Alamin and Elamin are al-Amin, Alomar al-Omar; and what
// follows the l alone that the Maghreb and West Africa write for the
// article before a vowel (Lamine, al-Amin). Only when the rest is a
// spelling of a word in Arabic script that the parallel data knows, and
// the whole word is none and a rarer name than the rest: Alison, Lamar
// (a spelling of لامار) and Lazar (Azar is no word the data knows) stay
// whole.
//
// The Maghreb also writes the article's l alone before a consonant, the
// vowel of the article dropped as it is said (Lhoussine al-Husayn, Lhaj
// al-Hajj, Lmokhtar al-Mukhtar). No name of a European language begins
// so but with ll, lj (Ljubica), ly or lw, which are left alone; Tibetan
// names begin with lh (Lhamo, Lhakpa), but their rest is no Arabic word.
// The rest must still be a spelling the parallel data knows (or one of
// the families, Lhoucine's Houcine, which then gives its family too), and
// the whole word none and no commoner a name. It returns "" otherwise.
func vowelArticle(f string) string {
	var s string
	lone := false
	switch {
	case len(f) >= 6 && (strings.HasPrefix(f, "al") || strings.HasPrefix(f, "el")) && isVowel(f[2]):
		s = f[2:]
	case len(f) >= 5 && f[0] == 'l' && isVowel(f[1]):
		s = f[1:]
	case len(f) >= 4 && f[0] == 'l' && !isVowel(f[1]) && !strings.ContainsRune("ljyw", rune(f[1])):
		s, lone = f[1:], true
	default:
		return ""
	}
	if _, fam := families[s]; SpellIDs(s) == nil && !fam || SpellIDs(f) != nil {
		return ""
	}
	if pf := PopulationFrequency(f); pf > PopulationFrequency(s) || !lone && pf == PopulationFrequency(s) {
		return ""
	}
	return s
}

// joinedArticle reports whether the word f, which stripArticle reads as s
// after an article, is one: f is no name the name data knows (Albaghdadi,
// Alrawi), or s is a spelling of a word in Arabic script that the
// parallel data knows (Alhassan, Elhadi). A known name whose rest is no
// Arabic word begins with the letters only: Alberto is not Berto's, nor
// Alfredo Fredo's, nor Alvarez Varez's.
func joinedArticle(f, s string) bool {
	return PopulationFrequency(f) == 0 || SpellIDs(s) != nil
}

// abdRoot returns the divine name that follows "abd" in a joined form:
// "ulrahman", "elrahman", "urrahman", "urahman", "rahman" all give
// "rahman"; "ullah", "allah", "ulla" give "allah". French writes the
// linking vowel ou (Abdoulkader, Abdourahmane), Dutch oe (Abdoelrachman).
// Somali, Hausa and Fulani write Abdullah with the Arabic genitive ending,
// Abdullahi, and West Africa in French Abdoulaye: both are "allah".
func abdRoot(rest string) string {
	r := rest
	if strings.HasPrefix(r, "ou") || strings.HasPrefix(r, "oe") {
		r = r[1:]
	}
	switch {
	case len(r) >= 2 && isVowel(r[0]) && r[1] == 'l' && len(r) > 4:
		r = r[2:] // ul-, el-, al-, ol-, il-
	case len(r) >= 3 && isVowel(r[0]) && !isVowel(r[1]) && r[1] == r[2]:
		r = r[2:] // assimilated: ur-r, us-s, ud-d
	case len(r) >= 4 && isVowel(r[0]) && !isVowel(r[1]):
		r = r[1:] // abdurahman, abdirahman
	}
	switch r {
	case "lah", "llah", "la", "lla", "allah", "ullah", "ellah", "alla", "ulla", "ah",
		"lahi", "llahi", "laye", "aye":
		// Not "ahi": Abdulahi is Abdullahi, but also Abd al-Hayy romanized
		// (عبدالحی, abdalahi).
		return "allah"
	}
	return r
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

func appendUnique(s []string, v string) []string {
	if v == "" {
		return s
	}
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// IsArabicParticle reports whether a form is the Arabic article (al, el,
// ad...) or a filiation word (bin, ibn, ben, bint): a mark of the Arabic
// naming chain, whose words after the given name are the father's and the
// grandfather's.
func IsArabicParticle(form string) bool {
	return articles[form] || sunArticles[form] != "" || filiation[form]
}

// IsFatherNote reports whether a particle, as written (raw), appends the
// father's name to a person's own rather than continuing a chain of names:
// the Dari and Pashto ولد (walad), English "son of" and
// "daughter of", as lists and Afghan documents write "Gulab Gul walad
// Hazrat Gul". Bin, ibn and ould chain the forebears' names that are part of
// the name itself (Mohammed bin Salman bin Abdulaziz).
func IsFatherNote(raw string) bool {
	switch strings.ToLower(raw) {
	case "ولد", "walad", "son", "daughter":
		return true
	}
	return false
}

// IsPrefix reports whether a form is "servant of" ("abdul", "abd", "abdel")
// or "father of"/"mother of" ("abu", "abou", "umm") written as a word of its
// own.
func IsPrefix(form string) bool { return abdPrefixes[form] || kunyaPrefixes[form] != "" }

// JoinPrefix joins a prefix word with the form of the word it governs, as
// Tokenize does for adjacent words: JoinPrefix("abdul", "rahman") gives
// "abdrahman", JoinPrefix("abou", "jihad") gives "abujihad". It is for names
// whose parts were reordered ("Rahman ... ABDUL", "Jihad ABU": a surname put
// last).
func JoinPrefix(prefix, form string) string {
	if k := kunyaPrefixes[prefix]; k != "" {
		return k + stripArticle(form)
	}
	return "abd" + abdRoot(stripArticle(form))
}

// legalForms are the words that say what kind of body an organization is
// rather than which: its legal form, in the languages of the lists, as
// romanized and folded ("L.L.C." folds to llc, "S.A." to s and a).
var legalForms = map[string]bool{
	"llc": true, "ltd": true, "limited": true, "inc": true, "incorporated": true, "corp": true,
	"corporation": true, "co": true, "company": true, "plc": true, "llp": true, "lp": true,
	"gmbh": true, "ag": true, "kg": true, "sa": true, "sas": true, "sarl": true, "srl": true,
	"spa": true, "bv": true, "nv": true, "oy": true, "ab": true, "asa": true, "pte": true,
	"pvt": true, "pty": true, "jsc": true, "ojsc": true, "cjsc": true, "pjsc": true, "ooo": true,
	"zao": true, "oao": true, "pao": true, "ao": true, "tov": true, "too": true, "fze": true,
	"fzco": true, "fzc": true, "fzllc": true, "est": true, "establishment": true, "sal": true,
	"wll": true, "bsc": true, "kft": true, "sro": true, "doo": true, "sdn": true, "bhd": true,
	"joint": true, "stock": true, "société": true, "societe": true, "anonyme": true,
	// Spelled out: "Limited Liability Company"; Spanish and Portuguese
	// "Sociedad Anónima", "Limitada".
	"liability": true, "ltda": true, "limitada": true, "sociedad": true, "sociedade": true,
	"anonima": true,
	// Russian, Kazakh, Ukrainian and Belarusian forms as OFAC and the UK
	// romanize them whole: "Obshchestvo s Ogranichennoi Otvetstvennostyu"
	// (OOO), "Publichnoe Aktsionernoe Obshchestvo" (PAO), "Tovarishchestvo
	// s Ogranichennoi Otvetstvennostyu" (TOO), "Tovarystvo z Obmezhenoyu
	// Vidpovidalnistyu" (TOV), "Unitarnoe Predpriyatie" (a state unitary
	// enterprise), a "Kontsern".
	"obshchestvo": true, "obshestvo": true, "obschestvo": true, "ogranichennoi": true,
	"ogranichennoy": true, "ogranichennoj": true, "otvetstvennostyu": true,
	"otvetstvennostiu": true, "otvetstvennostju": true, "aktsionernoe": true,
	"aktsionernoye": true, "publichnoe": true, "publichnoye": true, "nepublichnoe": true,
	"zakrytoe": true, "zakrytoye": true, "otkrytoe": true, "otkrytoye": true,
	"tovarishchestvo": true, "tovarystvo": true, "obmezhenoyu": true, "obmezhenoiu": true,
	"vidpovidalnistyu": true, "vidpovidalnistiu": true, "aktsionerne": true, "pryvatne": true,
	"publichne": true, "unitarnoe": true, "unitarnoye": true, "predpriyatie": true,
	"predpriyatiye": true, "enterprise": true, "unitary": true, "partnership": true,
	"kontsern": true, "concern": true, "konzern": true, "kompaniya": true,
	"kompanii": true, "korporatsiya": true, "korporatsiia": true, "korporatsia": true,
	"korporatsii": true, "goskorporatsiya": true,
	// A vessel's name's prefix: motor vessel, motor tanker (MV, M/V,
	// M.T.), as a vessel is an organization's name here.
	"mv": true, "mt": true,
	// Russian state enterprises: FKP (federal treasury enterprise), FGUP
	// and FSUE (federal state unitary enterprise), GUP, MUP, FGBU, and ANO
	// (autonomous non-profit organization).
	"fkp": true, "fgup": true, "fsue": true, "gup": true, "mup": true, "fgbu": true, "ano": true,
	// "Public Joint Stock Company", "Open Joint Stock Company", "Closed
	// Joint Stock Company", "Private Limited": PJSC, OJSC, CJSC.
	"public": true, "open": true, "closed": true, "private": true,
	// German spelled out: "Gesellschaft mit beschränkter Haftung",
	// "Aktiengesellschaft"; Turkish "Anonim Şirketi"; Persian and Arabic
	// "Sherkat Sahami Khass" (a private joint-stock company), "Sharikat".
	"gesellschaft": true, "beschrankter": true, "beschraenkter": true, "haftung": true,
	"aktiengesellschaft": true, "anonim": true, "sirketi": true, "sherkat": true,
	"sahami": true, "khass": true, "sharikat": true, "sharika": true,
}

// IsLegalForm reports whether a token's form names an organization's
// legal form (LLC, Ltd, GmbH, OOO, "Company"...): in an organization's
// name it tells what kind of body it is, not which.
func IsLegalForm(form string) bool { return legalForms[form] }
