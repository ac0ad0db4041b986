package compare

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strings"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/countries"
	"github.com/akascreen/aka/names"
)

// Token is a name token prepared for comparison.
type Token struct {
	Raw   string
	Forms []string // Latin forms; Forms[0] is canonical
	Skels []string // Skels[i] is the skeleton of Forms[i]
	Masks []uint32 // Masks[i] has bit c-'a' set for each letter c in Forms[i]
	Kind  names.TokenKind
	Bits  float64 // rarity among people of the token's forms
	// SkelBits is the rarity of the token's skeletons, at most Bits: a
	// match by spelling variation is worth this.
	SkelBits float64
	Latin    bool // written in Latin script
	// Native is the word as written, folded (names.NativeKey), for a word
	// in another script; Script names that script. Two words of one
	// script are compared on their letters too, not only on the guesses
	// of their romanizations.
	Native, Script string
	// Known is set for a word in Arabic script that the romanization data
	// knows (names.RomanizeKnown): its forms are spellings people use.
	Known bool
	// Common is set when the name data knows the token as a popular name
	// in some country (see sharedNameBits).
	Common bool
	// Given is set when the word is a given name of some people: it is
	// Common, or the lists give it as a given name to several people
	// (GivenRarity: Abdi, Mukhtar and Hamza, which the name data knows
	// from no country's commonest). A name met after another such word
	// loses sharedNameBits.
	Given bool
	// Bound is set when the word's Local rarity bounds its rarity among
	// all people (LocalRarity.LocalBound): the lists say it is commoner than the name
	// data does, and a Common word is then worth at most its local rarity
	// too.
	Bound bool
	// Spell are the words in Arabic script that the parallel name data
	// spells with a Latin word's first form among other spellings
	// (names.SpellIDs), or that a word in Arabic script the data knows is
	// (names.KnownArabic); nil for most words.
	Spell []int32
	// VariantKey and VariantKeyQ are, for a Latin word, the
	// names.ArabicVariantKey of its first skeleton, g read as ج and as ق.
	VariantKey, VariantKeyQ string
	// SurnameParticle is set on a particle of a European surname after a
	// given name (van, von der, de la: markSurnameParticles): it meets
	// the other name's as any word does, and costs nothing left out.
	SurnameParticle bool
	// Paternal is set on the first of a listed person's two surnames when
	// the person's countries name people the Spanish way (see
	// markPaternal): given names, the father's surname, the mother's.
	Paternal bool
	// Married is set on a listed Spanish-named woman's husband's surname,
	// after her father's and de (see markPaternal): she bears it in
	// place of her mother's surname, which the name as she was born
	// gives, so the two are no conflict.
	Married bool
	// Country is the ISO code of the country a word of an organization's
	// name names (Tunisia, Yemen, Syrian), zero otherwise: see
	// countryConflict.
	Country [2]byte
	// Term is the number of the word of organizations' names, in English
	// or romanized Russian, that a word of an organization's name is
	// (names.OrgTerm: Zavod and Plant), 0 otherwise.
	Term uint8
	// Place and PlaceStem are, for a word of an organization's name that
	// is a Russian adjective of a place, the place and the adjective's
	// stem (names.PlaceAdjective: Tambovskii, tambov and tambovsk); ""
	// otherwise.
	Place, PlaceStem string
	// Syllables is the number of syllables of a Latin word of a name read
	// as Korean or Chinese (names.Token.Syllables), 0 otherwise.
	Syllables uint8
	// Local is the word's rarity among the people of the nationality the
	// lists most often give it as a given name to (LocalRarity), 0 when
	// none does (see local).
	Local float64
	// SurnameBits is what a common Korean surname is worth among Koreans
	// (names.Token.SurnameBits), 0 otherwise.
	SurnameBits float64
	// Slavic is the number of the East Slavic given name one of the
	// word's forms spells in Ukrainian, Russian or Belarusian
	// (names.SlavicGivenName), or of the father's name a patronymic is
	// made of (names.SlavicPatronymic), with slavicPatronymic set; 0 for
	// most words.
	Slavic uint16
	// Nick are the groups of given names and their familiar forms a
	// Latin or Cyrillic word is in (names.Hypocoristic: Bill and William,
	// Sasha and Aleksandr), nil for most words.
	Nick []uint16
	// VowelsWritten is set on a word of a name in the Somali alphabet
	// (names.Token.VowelsWritten).
	VowelsWritten bool
	// Nisba is set on a word of origin after an article (names.Token.Nisba).
	Nisba bool
	// reading is the word's Somali reading when its name hints at that
	// alphabet (names.Token.Reading), weighed with its forms.
	reading string
	// arVowels is, for a word in Arabic script, the long vowels it
	// writes between its consonants (arabicVowels); "" for others.
	arVowels string
	// Russian is a Latin word's first form as russianFold writes it, once
	// when the name is prepared ("" for words under 3 or over 32 letters).
	// Russian2 is its other forms' first key that differs, "" for most
	// words: a German or Polish reading of the word (Jefimow, yefimov:
	// efimov).
	Russian, Russian2 string
	// Sound are a word's sound keys (names.LatinSoundKeys,
	// names.SoundKeys) by mode: for a word in a script that writes
	// foreign names by ear (names.SoundScript), in that script's mode;
	// for a Latin word of a query, in both. A listed Latin word's are
	// read when needed (soundKeys).
	Sound [2][]string
}

// Name is a name prepared for comparison: tokenized, its tokens' skeletons
// and rarities computed once.
type Name struct {
	Text   string
	Tokens []Token
	// Joins are the adjacent word pairs joined into one form, for
	// matching "Jean Marie" against "Jeanmarie".
	Joins []Join
	// Org is set for the names of organizations, vessels and aircraft,
	// and for a query that can be one (see wholeOrgNameBits).
	Org bool
	// Unread are the words with letters that give no token, in a script
	// names does not read (names.TokenizeUnread): left out of the
	// comparison.
	Unread []string
	// Numbers are the name's words of digits alone, without leading
	// zeros (GRACE 1, SAFE SEA 2, Plant No. 9): no token, but two
	// organizations' or vessels' names with different numbers name two
	// of them (numberConflict).
	Numbers []string
}

// wholeOrgNameBits is the least evidence of an organization's name met whole:
// every word on both sides matched, none missing or extra. The words of a
// company's name are common among company names ("Al-Qaida" shares its one
// word with a dozen listed groups); the name as a whole is what identifies.
const wholeOrgNameBits = 16.0

// Join is two words, I and J, written as one: adjacent (J = I+1), or
// with the article between them, which a name written as one word drops
// (أمجدعباس, Amjad al-Abbas).
type Join struct {
	I, J int
	// Term is, in an organization's name, the word of organizations'
	// names the two words joined are (names.OrgTerm: Machine Building),
	// 0 otherwise.
	Term uint8
	joined
}

// joined is two words written as one: their canonical forms run together,
// its skeleton and letters, and their native forms run together when both
// are written in the same script other than Latin.
type joined struct {
	Form, Skel     string
	Mask           uint32 // letterMask(Form)
	Native, Script string
	// Spelled is set when both words are Latin or known spellings (see
	// shapeGate in TokenSimilarity).
	Spelled bool
}

func joinTokens(a, b *Token, form string) joined {
	j := joined{Form: form, Skel: names.Skeleton(form), Mask: letterMask(form), Spelled: (a.Latin || a.Known) && (b.Latin || b.Known)}
	if a.Native != "" && b.Native != "" && a.Script == b.Script {
		j.Native, j.Script = a.Native+b.Native, a.Script
	}
	return j
}

// Weights of tokens that carry little identity.
const (
	honorificBits = 1.0
	initialBits   = 2.0
	minWordBits   = 2.0
)

// Alignment parameters.
const (
	// minSim is the token similarity below which two tokens do not match.
	minSim = 0.7
)

// Penalties for tokens left unmatched (variables for calibration, see Params).
var (
	// missingQuery is the share of a query token's bits lost when the
	// listed name lacks it: a name the list does not give is evidence
	// against, but lists give incomplete names.
	missingQuery = 0.5
	// missingListed is the share of a listed token's bits lost when the
	// query lacks it: queries and documents often give part of a name.
	missingListed = 0.2
	// missingPaternal is missingListed for the father's surname of a name
	// given the Spanish way when the query has the mother's: Felipe MORENO
	// PEREZ goes by Felipe Moreno, and a part of his name that leaves out
	// Moreno and keeps Pérez is as unlikely as a word the list lacks.
	missingPaternal = 0.5

	// nameConflict is what a name loses when each side has a word of at
	// least conflictMinBits the other lacks: two given names (Tarak and Ali
	// BEN TAHER BEN FALEH OUNI HARZI are brothers; Luis and John Jairo
	// SALAZAR), where one side omitting a word is no evidence against.
	nameConflict = -4.0
	// conflictMinBits is the least weight of a word left unmatched for it
	// to make a conflict: the most common given names (Mohammed, Ali),
	// which sources add and drop, do not.
	conflictMinBits = 8.0
	// givenConflictMax is the most a name is worth when its conflict is
	// between the first words of both names: their given names. The words
	// after a given name are the father's, the grandfather's and the
	// family's, which brothers, sisters and cousins share (YASIR and OMAR
	// SABAWI IBRAHIM HASAN AL-TIKRITI; UDAY SADDAM HUSSEIN AL-TIKRITI and
	// his father). However rare, they say which family, not which of its
	// members, so the name alone stays under the threshold; a birth date
	// or a document can still make the match.
	givenConflictMax = 8.0
	// givenConflictMinBits is conflictMinBits for two given names in one
	// script: Ali, Omar and Ahmad are given names, which sources do not
	// drop from the front of a name. Mohammed (6.4 bits), often a first
	// name before the one used (Mohammad Barzan is Barzan), is at the
	// limit. Across scripts conflictMinBits stays: a word read from another
	// script may be romanized past matching (كُل read kal, for Gul).
	givenConflictMinBits = 6.0
	// sharedNameBits is what each popular name after the first loses when
	// several match. Token frequencies are shares of all people, but
	// popular names cluster in one naming culture: among people who have
	// one of Ali, Abdullah and Ahmed, the others are far more common than
	// worldwide. The first popular token pays for the culture; the rest
	// are worth their frequency within it, about 1/20 of the world (so
	// log2(20), rounded).
	sharedNameBits = 4.5
	// skelFloor is the least edit similarity at which two forms with the
	// same consonant skeleton count as spellings of one name: Mohammed
	// and Muhammad (0.625), Yusuf and Youssef (0.57) are; Mohammed and
	// Mahmoud (0.5), Banan and Baynah, Amin and Oman share a skeleton by
	// chance.
	skelFloor = 0.55
	// skelShapeFloor is the least edit similarity at which two Latin
	// forms with the same skeleton but vowels in other places (sameShape)
	// count as spellings of one name. Written in Latin letters on both
	// sides, vowels are evidence: Mohammed and Muhammad have theirs in the
	// same places, Eliasson and Olsson (0.625), Kakar and Kaur (0.6) do
	// not; Zawahiri and Zawahri (0.875), a vowel dropped, are close enough.
	skelShapeFloor = 0.7

	// joinSkelBase is what two words joined earn against one word by
	// their consonants alone, before a tenth of their edit similarity
	// (see joinSim).
	joinSkelBase = 0.85
)

// Prepare tokenizes a name and weighs its tokens by rarity.
func Prepare(text string, r Rarity) Name { return prepare(text, r, names.Latin) }

// prepare is Prepare, with Latin words read as orth spells them
// (names.TokenizeAs).
func prepare(text string, r Rarity, orth names.Orthography) Name {
	toks, unread := names.TokenizeAs(text, orth)
	n := Name{Text: text, Tokens: make([]Token, 0, len(toks)), Unread: unread, Numbers: nameNumbers(text)}
	for _, t := range toks {
		pt := Token{Raw: t.Raw, Forms: t.Forms, Kind: t.Kind, Skels: make([]string, len(t.Forms)), Masks: make([]uint32, len(t.Forms)), Syllables: t.Syllables, SurnameBits: t.SurnameBits, VowelsWritten: t.VowelsWritten, Nisba: t.Nisba, reading: t.Reading}
		pt.Script = names.Script(t.Raw)
		pt.Latin = pt.Script == "Latin"
		if !pt.Latin && t.Kind == names.Word {
			pt.Native = names.NativeKey(t.Raw)
			pt.Known, pt.Spell = names.KnownArabic(t.Raw)
			if pt.Script == "Arabic" {
				pt.arVowels = arabicVowels(t.Raw)
			}
			if mode, ok := names.SoundScript(pt.Script); ok {
				pt.Sound[mode] = names.SoundKeys(t)
			}
		}
		for i, f := range t.Forms {
			pt.Skels[i] = names.Skeleton(f)
			pt.Masks[i] = letterMask(f)
		}
		if pt.Latin && t.Kind == names.Word {
			pt.Spell = names.SpellIDs(t.Forms[0])
			pt.VariantKey, pt.VariantKeyQ = names.ArabicVariantKey(pt.Skels[0])
			if devoicedFinal(t.Forms[0]) {
				pt.VariantKey, pt.VariantKeyQ = voicedFinal(pt.VariantKey), voicedFinal(pt.VariantKeyQ)
			}
			pt.Russian = russianKey(t.Forms[0])
			for _, f := range t.Forms[1:] {
				if k := russianKey(f); k != pt.Russian && k != "" {
					pt.Russian2 = k
					break
				}
			}
		}
		if t.Kind == names.Word && (pt.Latin || pt.Script == "Cyrillic") {
			for _, f := range t.Forms {
				if pt.Nick = names.Hypocoristic(f); pt.Nick != nil {
					break
				}
			}
			for _, f := range t.Forms {
				if pt.Slavic = names.SlavicGivenName(f); pt.Slavic != 0 {
					break
				}
				if p := names.SlavicPatronymic(f); p != 0 {
					pt.Slavic = p | slavicPatronymic
					break
				}
			}
		}
		switch t.Kind {
		case names.Particle:
			pt.Bits = 0
		case names.Honorific:
			pt.Bits = honorificBits
		case names.Initial:
			pt.Bits = initialBits
		default:
			pt.weigh(r)
		}
		if t.Kind != names.Word {
			pt.SkelBits = pt.Bits
		}
		n.Tokens = append(n.Tokens, pt)
	}
	markSurnameParticles(n.Tokens, toks)
	for i := 0; i+1 < len(n.Tokens); i++ {
		if k, form := joinsNext(n.Tokens, i); k > 0 {
			// "bin Laden" meets Binladen, "Ben Chekroun" Benchekroun, as
			// the Maghreb and the Gulf write them, and "von der Leyen"
			// Vonderleyen; the join is worth the name alone, bin being a
			// particle.
			n.Joins = append(n.Joins, Join{I: i, J: k, joined: joinTokens(&n.Tokens[i], &n.Tokens[k], form)})
			continue
		}
		if n.Tokens[i].Kind != names.Word {
			continue
		}
		j := i + 1
		if t := &n.Tokens[j]; t.Kind == names.Particle && j+1 < len(n.Tokens) && t.Latin && idafaArticle(t.Forms[0]) && n.Tokens[j+1].Kind == names.Word {
			// The compounds of South Asian names, written with the
			// article whole or apart: "Inayat ur Rahman" meets
			// INAYATURRAHMAN, "Inam-ul-Haq" Inamulhaq.
			a, b := &n.Tokens[i], &n.Tokens[j+1]
			n.Joins = append(n.Joins, Join{I: i, J: j + 1, joined: joinTokens(a, b, a.Forms[0]+t.Forms[0]+b.Forms[0])})
			continue
		}
		if t := &n.Tokens[j]; t.Kind == names.Particle && (t.Forms[0] == "al" || t.Forms[0] == "el") && j+1 < len(n.Tokens) {
			j++
		}
		if n.Tokens[j].Kind == names.Word {
			a, b := &n.Tokens[i], &n.Tokens[j]
			n.Joins = append(n.Joins, Join{I: i, J: j, joined: joinTokens(a, b, a.Forms[0]+b.Forms[0])})
			if a.Syllables == 1 && b.Syllables == 1 {
				// A Chinese given name of two syllables written apart
				// (Yueh-chun) meets one written whole (Yuequn) by any
				// of its syllables' spellings: a Wade-Giles ch is zh,
				// ch, j or q in pinyin (names.WadeGilesPinyin).
				n.Joins = appendSyllableJoins(n.Joins, i, j, a, b)
			}
		}
	}
	return n
}

// idafaArticle reports whether a particle is the article as South Asian
// names write it between the words of a compound (idafa), and into one
// word with them: ul, and ur, ud, us... before a sun letter (Inam-ul-Haq
// Inamulhaq, Zia-ur-Rahman Ziaurrahman).
func idafaArticle(f string) bool {
	switch f {
	case "ul", "ur", "ud", "us", "uz", "un", "ush", "ut":
		return true
	}
	return false
}

// joinsNext returns, for a particle that is often written into one word
// with the name after it, the place of that name's word and the form of
// the two joined, or 0 for any other token: bin, ben or ibn in Latin
// letters, which introduce a father's name (Binladen), and the particles
// of European surnames, one or a chain (Vanderberg, Vonderleyen,
// Delacruz).
func joinsNext(toks []Token, i int) (int, string) {
	t := &toks[i]
	if !t.Latin {
		return 0, ""
	}
	switch f := t.Forms[0]; {
	case t.Kind == names.Particle && (f == "bin" || f == "ben" || f == "ibn"):
		if b := &toks[i+1]; b.Kind == names.Word && b.Latin {
			return i + 1, f + b.Forms[0]
		}
	case t.SurnameParticle:
		form := f
		for k := i + 1; k < len(toks); k++ {
			b := &toks[k]
			if !b.Latin || b.Kind != names.Word {
				break
			}
			if !b.SurnameParticle {
				return k, form + b.Forms[0]
			}
			form += b.Forms[0]
		}
	}
	return 0, ""
}

// markSurnameParticles sets Token.SurnameParticle on the particles of
// European surnames that begin a surname after a given name
// (names.SurnameParticle), and on la, las, los, le and dem after one (de
// la Cruz, van de Ven).
func markSurnameParticles(toks []Token, raw []names.Token) {
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.Kind != names.Word || toks[i+1].Kind != names.Word {
			continue
		}
		t.SurnameParticle = names.SurnameParticle(raw[i]) ||
			toks[i-1].SurnameParticle && t.Latin && names.IsSurnameParticle(t.Forms[0])
	}
}

// maxSyllableJoins bounds the joins of two syllables' further spellings.
const maxSyllableJoins = 8

// appendSyllableJoins adds the joins of the syllables a and b (the words i
// and j of a name) by their spellings other than the first two's.
func appendSyllableJoins(joins []Join, i, j int, a, b *Token) []Join {
	n := 0
	for x, fa := range a.Forms {
		for y, fb := range b.Forms {
			if x == 0 && y == 0 {
				continue
			}
			if n == maxSyllableJoins {
				return joins
			}
			joins = append(joins, Join{I: i, J: j, joined: joinTokens(a, b, fa+fb)})
			n++
		}
	}
	return joins
}

// nameNumbers returns the words of a name that are digits alone, each
// once, without leading zeros; nil for most names.
func nameNumbers(text string) []string {
	if !strings.ContainsAny(text, "0123456789") {
		return nil
	}
	var out []string
	for _, w := range names.SplitWords(text) {
		if strings.Trim(w, "0123456789") != "" {
			continue
		}
		if w = strings.TrimLeft(w, "0"); w == "" {
			w = "0"
		}
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// numberConflict reports whether two names both carry numbers and share
// none: GRACE 1 and GRACE 2 are two vessels, Plant No. 9 and Plant No. 19
// two plants, whatever their words.
func numberConflict(q, l *Name) bool {
	if len(q.Numbers) == 0 || len(l.Numbers) == 0 {
		return false
	}
	for _, n := range q.Numbers {
		if slices.Contains(l.Numbers, n) {
			return false
		}
	}
	return true
}

// countryCode returns the ISO code of the country a word names
// (countries.Code), zero for none.
func countryCode(word string) [2]byte {
	if c := countries.Code(word); len(c) == 2 {
		return [2]byte{c[0], c[1]}
	}
	return [2]byte{}
}

// elided returns the rest of a word written with an elided article or
// preposition, l' or d' (l’Ouganda: Ouganda).
func elided(raw string) (string, bool) {
	if len(raw) < 3 || (raw[0]|0x20 != 'l' && raw[0]|0x20 != 'd') {
		return "", false
	}
	for _, apo := range [...]string{"'", "’", "‘"} {
		if strings.HasPrefix(raw[1:], apo) {
			return raw[1+len(apo):], true
		}
	}
	return "", false
}

// asOrganization reads an organization's name: its legal-form words
// ("LLC", "GmbH", "OOO", "Company") are optional, as titles are in a
// person's (lists and registers write them or not, in one language or
// another), and a person's title is a word of it ("General" Trading,
// "Captain" for a vessel).
func (n *Name) asOrganization(r Rarity) {
	if !n.Org || len(n.Tokens) < 2 {
		return // a name that is only a legal form is that name
	}
	optional := func(t *Token) {
		t.Kind = names.Honorific
		t.Bits, t.SkelBits = honorificBits, honorificBits
	}
	for i := 0; i < len(n.Tokens); i++ {
		t := &n.Tokens[i]
		if (t.Kind == names.Word || t.Kind == names.Honorific) && (names.IsLegalForm(t.Forms[0]) || orgFunctionWords[t.Forms[0]]) {
			optional(t)
			continue
		}
		if t.Kind == names.Honorific {
			t.Kind = names.Word
			t.weigh(r)
		}
		if t.Kind == names.Word {
			// Four letters at least: AL, IN, USA are codes or words.
			if t.Latin && len(t.Forms[0]) >= 4 {
				t.Country = countryCode(t.Forms[0])
				if t.Country == [2]byte{} {
					// French and Italian elide the article: l'Ouganda,
					// d'Iran.
					if rest, ok := elided(t.Raw); ok && len(rest) >= 4 {
						t.Country = countryCode(rest)
					}
				}
			}
			if t.Latin {
				t.Term = names.OrgTerm(t.Forms[0])
				t.Place, t.PlaceStem = names.PlaceAdjective(t.Forms[0])
			} else {
				// A word in Cyrillic, by its romanizations: России,
				// Rossii, Russia.
				for _, f := range t.Forms {
					if t.Term = names.OrgTerm(f); t.Term != 0 {
						break
					}
				}
			}
			if t.Country == [2]byte{} && t.Term != 0 {
				t.Country = countryCode(names.OrgTermWord(t.Term))
			}
			continue
		}
		// Written with dots, a legal form is a run of initials:
		// "L.L.C.", "S.A.", "N.V.".
		j, form := i, ""
		for ; j < len(n.Tokens) && n.Tokens[j].Kind == names.Initial; j++ {
			form += n.Tokens[j].Forms[0]
		}
		if j-i >= 2 && names.IsLegalForm(form) {
			for k := i; k < j; k++ {
				optional(&n.Tokens[k])
			}
			i = j - 1
		}
	}
	for k := range n.Joins {
		n.Joins[k].Term = names.OrgTerm(n.Joins[k].Form)
	}
	// The name's own acronym, as lists add it ("Defense Technology and
	// Science Research Center (DTSRC)"), says nothing the words do not.
	for i := range n.Tokens {
		if t := &n.Tokens[i]; t.Kind == names.Word && t.Latin && ownAcronym(n, i) {
			optional(t)
		}
	}
}

// ownAcronym reports whether word i of an organization's name is the
// initials of its other words, as Acronyms reads them (with the legal
// forms or without).
func ownAcronym(n *Name, i int) bool {
	f := n.Tokens[i].Forms[0]
	if len(f) < 3 || len(f) > 8 {
		return false
	}
	all, named := initials(n, i)
	return string(all) == f || string(named) == f
}

// local is the word's Local rarity, +Inf when it has none.
func (pt *Token) local() float64 {
	if pt.Local == 0 {
		return math.Inf(1)
	}
	return pt.Local
}

// LocalRarity is a Rarity that also knows how rare a word is as a given
// name among the people of one nationality (index.Rarity.LocalBits), and
// so bounds its rarity among all people by that and the people's share of
// the world (index.Rarity.LocalBound): a name borne by one in 2^L of a
// people making up 2^-G of the world is borne by at least one in 2^(L+G)
// of all people.
type LocalRarity interface {
	LocalBits(form string) float64
	LocalBound(form string) float64
}

// GivenRarity is a Rarity that also knows which words the lists give as
// given names (index.Rarity.GivenName).
type GivenRarity interface {
	GivenName(form string) bool
}

// weigh sets a word's rarity.
func (pt *Token) weigh(r Rarity) {
	pt.Bits, pt.SkelBits, pt.Local, pt.Bound, pt.Given = math.Inf(1), math.Inf(1), 0, false, false
	lr, _ := r.(LocalRarity)
	gr, _ := r.(GivenRarity)
	bound := math.Inf(1)
	for i, f := range pt.Forms {
		if gr != nil && gr.GivenName(f) {
			pt.Given = true
		}
		if lr != nil {
			if b := lr.LocalBits(f); b > 0 && !math.IsInf(b, 1) && (pt.Local == 0 || b < pt.Local) {
				pt.Local = b
			}
		}
		if lr != nil {
			bound = min(bound, lr.LocalBound(f))
		}
		// A derived name is recognized by its likeliest spelling only:
		// the romanizer's further guesses end in -ev or -i by chance.
		if names.FormFrequency(f) > 0 || i == 0 && names.DerivedFromPopular(f) {
			pt.Common = true
		}
		pt.Bits = min(pt.Bits, r.Bits(f))
		pt.SkelBits = min(pt.SkelBits, r.SkeletonBits(pt.Skels[i]))
	}
	// A word that may be Somali weighs no more than the name it would be.
	if f := pt.reading; f != "" {
		if names.FormFrequency(f) > 0 {
			pt.Common = true
		}
		pt.Bits = min(pt.Bits, r.Bits(f))
	}
	// Syllabic scripts: a Hangul or Han word is a syllable or two from a
	// small inventory, whatever its romanization's length.
	if c := syllableCap(pt.Raw); c > 0 {
		pt.Bits = min(pt.Bits, c)
	}
	// So is a word of a Korean or Chinese name in Latin letters. The cap
	// is what a syllable is worth among the people who bear such names, so
	// the word is not a popular name that loses sharedNameBits beside
	// another: KIM YONG BOK weighs what 김영복 does.
	if pt.Syllables > 0 {
		pt.Bits = min(pt.Bits, bitsPerSyllable*float64(pt.Syllables))
		pt.Common = false
		pt.Local = 0
	}
	// The commonest Korean surnames are worth less than a syllable: Kim
	// is borne by a fifth of Koreans.
	if pt.SurnameBits > 0 {
		pt.Bits = min(pt.Bits, pt.SurnameBits)
	}
	if pt.Local > 0 && bound < pt.Bits {
		// The lists say the name is commoner than the name data does:
		// it is weighed as a given name of the people the lists know
		// (Nikolay: 5 in 10 million in the data, one in 48 of OFAC's
		// Russians), popular or not.
		pt.Bits = bound
		pt.Bound = true
	}
	pt.Bits = max(pt.Bits, minWordBits)
	pt.SkelBits = max(min(pt.SkelBits, pt.Bits), minWordBits)
	// A syllable of a Korean or Chinese name is weighed by syllables, as
	// above, not as a given name.
	pt.Given = (pt.Given || pt.Common) && pt.Syllables == 0
}

// NameBound bounds from above the bits a listed name can earn against q
// when only query words weighing matched bits in all (of q's Words) can
// match it: every other word is missing. Initials and joins are allowed
// for.
func NameBound(q *Name, matched float64) float64 {
	p := boundParts(q)
	unmatched := max(0, p.words-matched)
	b := matched - p.unmatchedCost(unmatched) + p.extra
	if q.Org && unmatched < 1e-6 {
		b = max(b, wholeOrgNameBits) // every word hit: the name may be met whole
	}
	return b
}

// WordBits returns the bits of n's words: what a name weighs, and what it
// leaves unmatched when none of its words is met.
func (n *Name) WordBits() float64 {
	return boundParts(n).words
}

// bound is what NameBound and MinMatched need of a query's name: the bits
// of its words, the most its initials and honorifics can earn, which the
// index does not look up, and the bits of its words that cost nothing when
// left unmatched (a surname's particle, an organization's country) and
// that cost missingListed (a nisba, the father's name, a patronymic, a
// word of organizations' names, a middle word of a chain: alignMissing).
type bound struct {
	words, extra, free, cheap float64
}

func boundParts(q *Name) bound {
	var p bound
	father := fatherFrom(q)
	first, last, words := -1, -1, 0
	for i := range q.Tokens {
		if q.Tokens[i].Kind == names.Word {
			if first < 0 {
				first = i
			}
			last = i
			words++
		}
	}
	for i := range q.Tokens {
		t := &q.Tokens[i]
		switch t.Kind {
		case names.Initial:
			p.extra += initialBits
		case names.Honorific:
			p.extra += honorificBits
		case names.Word:
			p.words += t.Bits
			switch {
			case t.SurnameParticle || q.Org && t.Country != [2]byte{}:
				p.free += t.Bits
			case t.Nisba || i > father || patronymic(t) || q.Org && t.Term != 0,
				!q.Org && words >= 4 && i > first && i < last: // a chain shortened (shortened)
				p.cheap += t.Bits
			}
		}
	}
	return p
}

// unmatchedCost bounds from below what query words weighing u bits in all
// cost when left unmatched: the free and cheap words are taken to be
// those, and the rest cost missingQuery.
func (p bound) unmatchedCost(u float64) float64 {
	f := min(u, p.free)
	c := min(u-f, p.cheap)
	return missingListed*c + missingQuery*(u-f-c)
}

// OtherNameMinBits is the least rarity of a query word that counts when
// found in another name of a person than the one aligned: a common word
// ("Mohammed", about 6 bits) found among a person's dozen aliases is
// chance, and would earn next to nothing after their cost.
const OtherNameMinBits = 10

// OtherNamesWeight is the weight of matched words to bound a person's name
// with (NameBound) when query words weighing name bits hit that name and
// words of at least OtherNameMinBits weighing other bits hit only the
// person's other names: those earn at most crossNameShare of their bits
// instead of costing missingQuery.
func OtherNamesWeight(name, other float64) float64 {
	return name + (crossNameShare+missingQuery)/(1+missingQuery)*other
}

// MinMatched returns the least weight of matched query words for which
// NameBound reaches bits.
func MinMatched(q *Name, bits float64) float64 {
	p := boundParts(q)
	m := p.minMatched(bits)
	if q.Org && p.words >= 0 && bits <= wholeOrgNameBits {
		// A name met whole earns wholeOrgNameBits whatever its words
		// weigh: only names hit by every query word can, and names hit by
		// fewer are held to the bound below.
		return min(m, p.words)
	}
	return m
}

// minMatched solves matched - unmatchedCost(words-matched) + extra = bits
// for matched, the left side growing with matched: in the regime where
// words of each cost are left unmatched, from the dearest.
func (p bound) minMatched(bits float64) float64 {
	// Words of every cost left unmatched.
	m := (bits - p.extra + missingListed*p.cheap + missingQuery*(p.words-p.free-p.cheap)) / (1 + missingQuery)
	if p.words-m > p.free+p.cheap {
		return m
	}
	// Only free and cheap ones.
	m = (bits - p.extra + missingListed*(p.words-p.free)) / (1 + missingListed)
	if p.words-m > p.free {
		return m
	}
	return bits - p.extra
}

// bitsPerSyllable is what one Hangul or Han syllable of a name is worth.
const bitsPerSyllable = 4.5

// syllableCap returns the most a word in a syllabic script can be worth, or
// 0 for other scripts.
func syllableCap(raw string) float64 {
	n := 0
	for _, r := range raw {
		switch names.RuneScript(r) {
		case "Hangul", "Han", "Hiragana", "Katakana":
			n++
		default:
			return 0
		}
	}
	return bitsPerSyllable * float64(n)
}

// TokenSimilarity compares two tokens: 1 for the same form, high for forms
// with the same skeleton (transliteration variants), the edit similarity of
// the closest forms otherwise, and a fixed similarity for an initial that
// starts the other token. It returns how the tokens met.
func TokenSimilarity(a, b *Token) (float64, string) {
	if a.Kind == names.Initial || b.Kind == names.Initial {
		if a.Kind == b.Kind {
			if a.Forms[0] == b.Forms[0] {
				return 1, "exact"
			}
			return 0, ""
		}
		ini, word := a, b
		if b.Kind == names.Initial {
			ini, word = b, a
		}
		for _, f := range word.Forms {
			if f[0] == ini.Forms[0][0] {
				return 0.8, "initial"
			}
		}
		return 0, ""
	}
	if twoScripts(a.Script, b.Script) {
		return 0, ""
	}
	// An East Slavic given name and the patronymic made of it are two
	// names: Viktor is not Sergei Viktorovich's, though it starts his
	// father's name.
	if a.Slavic != 0 && a.Slavic^b.Slavic == slavicPatronymic {
		return 0, ""
	}
	native := a.Native != "" && b.Native != "" && a.Script == b.Script
	// Hangul writes every vowel, and Korean names differ by them (영식
	// Yong-sik, 영숙 Yong-suk; 상철 Sang-chol, 송철 Song-chol): a shared
	// consonant skeleton is no spelling variant there.
	vowelsWritten := a.Script == "Hangul" || b.Script == "Hangul"
	if native && a.Native == b.Native {
		return 1, "exact"
	}
	// Latin spellings with one skeleton whose vowels fall elsewhere must
	// be alike in shape to meet (Mohammed and Mahmoud do not). So must the
	// forms of a word in another script that the romanization data knows:
	// they are Latin spellings people use, and محمد's (mohamed, muhammad)
	// meet Mahmud's skeleton as Mohammed's do, not its shape.
	shapeGate := (a.Latin || a.Known) && (b.Latin || b.Known)
	// Two Latin words the parallel name data gives as spellings of two
	// words in Arabic script, and never of one, are two names, however
	// alike their consonants: Hassan (حسن) and Hussein (حسين), Mahmoud
	// (محمود) and Mohammed (محمد) share no skeleton meeting. Unless they
	// differ only by a letter written twice, as the shadda often is and
	// often is not (Awwad, عواد, is written Awad, as عوض is), or by a
	// final y or i: the data also spells foreign names several ways in
	// Arabic script, and Andrei and Andrey, Dmitri and Dmitry are one
	// name (Russian й, ий). Their edit similarity stays. So with a word in
	// Arabic script that the data knows, against a Latin word it spells
	// only other words with: حسين and Hassan, حمیدی (Hamidi) and Hamdi,
	// ايمان (Iman) and Ayman. Two words in Arabic script are compared on
	// their letters (nativeSim).
	apart := a.Spell != nil && b.Spell != nil && (a.Latin || b.Latin) && !names.SameSpelling(a.Spell, b.Spell)
	// Hebrew writes long vowels (ו o or u, י i) and leaves out the
	// others, which its forms guess: a Latin word that meets a Hebrew one
	// by skeleton must have a vowel of the written one's kind where it is
	// written (hebrewVowelsAgree). מחמוד is Mahmoud, and its guess
	// mahamod is not Muhammad, whose Hebrew is מוחמד.
	hebrew := 0
	if a.Script == "Hebrew" && b.Latin {
		hebrew = 1
	} else if b.Script == "Hebrew" && a.Latin {
		hebrew = 2
	}
	best, how := 0.0, ""
	for i, fa := range a.Forms {
		for j, fb := range b.Forms {
			if fa == fb {
				if i == 0 && j == 0 && a.Latin == b.Latin {
					return 1, "exact"
				}
				h := "variant"
				if !a.Latin || !b.Latin {
					h = "transliteration"
				}
				if best < 1 {
					best, how = 1, h
				}
				continue
			}
			s := 0.0
			// Each edit changes the set of letters by at most two, so
			// half the letters in one form only bound the distance.
			if lb := (bits.OnesCount32(a.Masks[i]^b.Masks[j]) + 1) / 2; float64(lb) <= (1-minSim)*float64(max(len(fa), len(fb))) {
				s = levSim(fa, fb)
			}
			h := "edit"
			if sa, sb := a.Skels[i], b.Skels[j]; sa == sb && len(sa) >= 2 && !vowelsWritten && !(apart && !sameLetters(fa, fb)) {
				lev := s
				if lev == 0 {
					lev = levSim(fa, fb)
				}
				s2 := 0.9 + 0.1*lev
				// Different final vowels often mark another name, not
				// another spelling: Angela and Angelo; so does a final
				// vowel on one side only, the feminine of many languages:
				// Malik and Malika, Said and Saida, Ivan and Ivana
				// (Abdallah and Abdalla end alike: a final h after a
				// vowel is not written in Arabic).
				if la, lb := fa[len(fa)-1], fb[len(fb)-1]; la != lb && isVowel(la) && isVowel(lb) {
					s2 = 0.85
				} else if endsInVowel(fa) != endsInVowel(fb) {
					s2 = min(s2, 0.85)
				}
				// The Arabic -iyya ending as Turkish and Persian write
				// it, -iye: ZEINIYE and ZAYNIYAH, Zekiye and Zakiyah,
				// share only half their letters.
				if lev < skelShapeFloor {
					if ea, eb := iyaEnding(fa), iyaEnding(fb); ea != fa || eb != fb {
						lev = max(lev, levSim(ea, eb))
					}
				}
				// Endings other spellings write another way: the
				// feminine ة and a final ه as Levantine and Persian
				// write them, -eh (ehEnding: Saadeh and Saada), and a
				// French silent e (silentE: Hassine and Hussayn). The
				// edit and shape tests read the forms so when that
				// brings them closer.
				shapeA, shapeB := fa, fb
				if lev < skelShapeFloor {
					closer := func(ea, eb string) {
						if ea != fa || eb != fb {
							if l := levSim(ea, eb); l > lev {
								lev, shapeA, shapeB = l, ea, eb
							}
						}
					}
					closer(ehEnding(fa, fb), ehEnding(fb, fa))
					if latinOrArabic(a) && latinOrArabic(b) {
						closer(silentE(fa, fb), silentE(fb, fa))
					}
				}
				if (lev < skelFloor || shapeGate && lev < skelShapeFloor && !sameShape(shapeA, shapeB) && !names.SpelledAlike(fa, fb)) && !unknownSkeleton(a, b, i, j, lev) {
					s2 = 0
				}
				// Another people's name (otherPeople) against a spelling
				// of an Arabic word, both in Latin letters and of four
				// letters or more, meet by their consonants by chance:
				// the first is spelled as said, its vowels are the
				// name's. Farias (Portuguese) and Firas share a skeleton
				// and a shape, at edit similarity 0.67. (Shorter words
				// are syllables as often, which the parallel data also
				// spells in Arabic script: Wan and Van, of Li Van Chol.)
				if lev < skelShapeFloor && a.Latin && b.Latin && min(len(fa), len(fb)) >= 4 && (otherPeople(a) && b.Spell != nil || otherPeople(b) && a.Spell != nil) {
					s2 = 0
				}
				// The Somali alphabet writes every vowel: Maxamed
				// (Mohamed) has one Mahmud lacks.
				if (a.VowelsWritten || b.VowelsWritten) && !sameShape(fa, fb) && !sameLetters(fa, fb) {
					s2 = 0
				}
				if hebrew == 1 && !hebrewVowelsAgree(fa, fb) || hebrew == 2 && !hebrewVowelsAgree(fb, fa) {
					s2 = 0
				}
				if a.arVowels != "" && b.Latin && !arabicVowelsAgree(a.arVowels, fb) || b.arVowels != "" && a.Latin && !arabicVowelsAgree(b.arVowels, fa) {
					s2 = 0
				}
				if s2 > s {
					s, h = s2, "skeleton"
				}
			}
			if s < 0.8 && isPrefix(fa, fb) {
				s, h = 0.8, "prefix"
			}
			if s > best {
				best, how = s, h
			}
		}
	}
	// Two Latin spellings of one Arabic word, whose skeletons differ by a
	// letter romanizations write differently (names.ArabicVariantKey):
	// Gamal and Jamal, Hegazi and Hijazi, Dhahir and Zahir, Johar and
	// Jawhar, Gasmi and Qasmi. Either the parallel data gives both as
	// spellings of one word, or one of them is no spelling the data knows
	// and neither is another people's name the name data knows: Meguid
	// (Egypt's Majid), Dhawahri and Zawahiri, Nofal and Nawfal, Gaddafi and
	// Qadhafi. Gordon and Jordan do not meet so, and two words the data
	// gives as spellings of two (Hamza, Hamed) do not either ("apart").
	if best < 0.9 && a.Latin && b.Latin && len(a.VariantKey) >= 2 && (a.VariantKey == b.VariantKey || a.VariantKeyQ == b.VariantKeyQ) {
		lev := levSim(a.Forms[0], b.Forms[0])
		switch {
		case names.SameSpelling(a.Spell, b.Spell):
			if lev >= skelFloor && 0.9+0.1*lev > best {
				best, how = 0.9+0.1*lev, "variant"
			}
		case (a.Spell == nil || b.Spell == nil) && a.Skels[0] != b.Skels[0] && len(a.VariantKey) >= 3 && arabicOrUnknown(a) && arabicOrUnknown(b) && variantLetters(a, b):
			if lev >= unknownVariantFloor && 0.85+0.1*lev > best {
				best, how = 0.85+0.1*lev, "variant"
			}
		}
	}
	// kh written h, or h kh, and nothing else (khOnly), where one word is
	// no spelling the parallel data knows and neither is another people's
	// name (arabicOrUnknown): Khasiev and Hasiev, Halid and Khalid. Two
	// words the data gives as spellings of two Arabic words do not meet
	// so; a word it lacks does, whatever its people: Khanna (Punjabi)
	// meets Hanna (حنا), as Russian would write it.
	if best < 0.9 && a.Latin && b.Latin && (a.Spell == nil || b.Spell == nil) && arabicOrUnknown(a) && arabicOrUnknown(b) &&
		min(len(a.Forms[0]), len(b.Forms[0])) >= 5 && a.Forms[0] != b.Forms[0] && khOnly(a.Forms[0], b.Forms[0]) {
		if s := 0.85 + 0.1*levSim(a.Forms[0], b.Forms[0]); s > best {
			best, how = s, "variant"
		}
	}
	// The Russian е and ё, which the parallel data spells in Arabic script
	// two ways, as the Latin spellings have them: "apart" does not hold.
	if best < 0.95 && a.Russian != "" && (a.Russian == b.Russian || a.Russian == b.Russian2 || a.Russian2 != "" && (a.Russian2 == b.Russian || a.Russian2 == b.Russian2)) {
		best, how = 0.95, "variant"
	}
	// One East Slavic given name as Ukrainian, Russian and Belarusian say
	// it: Mykola, Nikolay and Mikalai; Volodymyr and Vladimir; and one
	// patronymic: Hryhorovych, Grigorievich and Ryhorovich.
	if best < 0.95 && a.Slavic != 0 && a.Slavic == b.Slavic {
		best, how = 0.95, "variant"
	}
	// A given name and a familiar form of it: Bill and William, Pepe and
	// José, Sasha and Oleksandr.
	if best < 0.9 && a.Nick != nil && b.Nick != nil && shareNick(a.Nick, b.Nick) {
		best, how = 0.9, "nickname"
	}
	// One word of organizations' names, in English and romanized
	// Russian: Zavod and Plant, Nauchno and Scientific.
	if best < 0.95 && a.Term != 0 && a.Term == b.Term {
		best, how = 0.95, "translation"
	}
	// A place and the Russian adjective of it, in organizations' names:
	// Tambov and Tambovskii, Izhevsk and Izhevskiy.
	if best < 0.95 && (placeOf(a, b) || placeOf(b, a)) {
		best, how = 0.95, "translation"
	}
	// A letter typed twice in a short word, where neither skeleton nor
	// edit similarity reaches (YYU for Yu, a syllable of HAN YU RO): the
	// same letters once each.
	// So are two neighbouring letters typed the wrong way round (SKO for
	// Sok, a syllable of KIM SOK CHOL; Afiz for Faiz), where one edit in
	// three or four letters leaves too little edit similarity.
	if best < 0.8 && a.Latin && b.Latin && len(a.Forms[0]) <= 4 && len(b.Forms[0]) <= 4 && a.Forms[0] != b.Forms[0] &&
		(sameUndoubled(a.Forms[0], b.Forms[0]) || swappedOnce(a.Forms[0], b.Forms[0])) {
		best, how = 0.8, "edit"
	}
	if native {
		// Written in one script, the letters are the evidence: their
		// romanizations may meet by the romanizer's guesses (ملیكا
		// "melika" and مالک "malik" share malika).
		if ns := nativeSim(a.Native, b.Native, a.Script); ns < best {
			best, how = ns, "edit"
		}
	}
	if best < soundSim {
		if s := soundSimilarity(a, b); s > best {
			best, how = s, "sound"
		}
	}
	if best < minSim {
		return 0, ""
	}
	// An East Slavic surname and the patronymic made of its root are two
	// names, which only a prefix or a few letters join: ALEXANDROV is not
	// Alexey Alexandrovich MORDASHOV's, nor PETROVA Olga Petrovna's.
	if (how == "prefix" || how == "edit") && (names.PatronymicOfSurname(b.Forms[0], a.Forms[0]) || names.PatronymicOfSurname(a.Forms[0], b.Forms[0])) {
		return 0, ""
	}
	if how != "exact" && (!a.Latin || !b.Latin) && how != "transliteration" && how != "sound" {
		how = "transliteration"
	}
	return best, how
}

// soundSim is the similarity of a Latin word and a word in another script
// that sound alike by a key of three classes (soundSimilarity): half the
// word's weight. The keys merge consonants and read vowels loosely, so
// Sergio and Сергей, Evans and Иван sound alike too; a name needs more
// than one such word, or another word met by its letters, to reach the
// threshold.
const soundSim = 0.85

// soundSimilarity returns soundSim when a Latin word and a word in a
// script that writes foreign names by ear have sound keys that meet
// (names.SoundKeysMeet) by three classes, more by more (Джордж and
// George, ジョージ and George, 부시 and Bush by two), and 0 otherwise. A
// Latin word read as Korean or Chinese is left out: Hangul writes every
// vowel of a Korean name, which the keys read loosely (영식 Yong-sik,
// 영숙 Yong-suk).
func soundSimilarity(a, b *Token) float64 {
	lt, st := a, b
	if !lt.Latin {
		lt, st = b, a
	}
	if !lt.Latin || st.Latin || lt.Kind != names.Word || st.Kind != names.Word || lt.Syllables > 0 {
		return 0
	}
	mode, ok := names.SoundScript(st.Script)
	if !ok || st.Sound[mode] == nil {
		return 0
	}
	keys := lt.Sound[mode]
	if keys == nil {
		keys = names.LatinSoundKeys(lt.Raw, mode)
	}
	// East Slavic names are transliterated into Cyrillic, not written by
	// ear; given names and patronymics have their own table (Slavic),
	// on either side: Павел meets Pavel and Paul by it, and Bill by no
	// sound.
	if st.Script == "Cyrillic" && (lt.Slavic != 0 || st.Slavic != 0 || names.SlavicLatin(lt.Forms[0])) {
		return 0
	}
	n := 0
	for _, k := range keys {
		for _, sk := range st.Sound[mode] {
			n = max(n, names.SoundKeysMeet(k, sk))
		}
	}
	switch {
	case n >= 4:
		return 1 - soundLongDoubt/float64(n)
	case n == 3:
		return soundSim
	case n == 2:
		return soundShortSim
	}
	return 0
}

// soundLongDoubt makes soundSim for a key of n classes, four or more,
// 1 - soundLongDoubt/n: each class is a sound two names share only by
// chance, and few names share a long key. At four (Trump t-r-m-p, Donald
// t-n-l-t), 0.9, two thirds of the word's weight; at five (Zuckerberg
// s-k-p-r-k, Clinton k-l-n-t-n), 0.92; at six, 0.933. Two classes (0.8)
// are on the same curve, and three (0.85) a little under it: Japanese,
// Korean and Chinese hear fewer classes, and at 0.875 a key of three
// raised the names that alert beyond English in
// TestForeignTranscriptionAlarms by 9 to 20 in each of them.
const soundLongDoubt = 0.4

// soundShortSim is soundSim for keys of two classes (Bush, John), which
// many more names share: a third of the word's weight.
const soundShortSim = 0.8

// shareNick reports whether two words share a group of hypocoristics.
func shareNick(a, b []uint16) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// slavicPatronymic marks a Token's Slavic number as a patronymic's: the
// patronymic Serhiyovych is not the given name Sergey.
const slavicPatronymic = 1 << 15

// unknownVariantFloor is the edit similarity from which two Latin words
// that the name data does not give as spellings of one meet as Arabic
// spelling variants: Meguid and Majid (0.5).
const unknownVariantFloor = 0.5

// unknownSkeleton reports whether two Latin words that share a skeleton
// of three consonants or more, at edit similarity unknownVariantFloor or
// more, are words no name data knows, neither as a people's name nor as
// a spelling of a word in Arabic script: then nothing says their vowels
// tell two names apart, and Arabic script, which leaves short vowels
// unwritten and writes w and y for vowels too, is read with the vowels
// in other places (Ghwell and Ghawil, غويل). Mohammed and Mahmoud, Kabir
// and Akbar are names the data knows, and still need a shape alike; a
// word with letters beyond ASCII is written in a language's own alphabet,
// whose vowels are as said (Şensoy is not Senussi).
func unknownSkeleton(a, b *Token, i, j int, lev float64) bool {
	return a.Latin && b.Latin && lev >= unknownVariantFloor && len(a.Skels[i]) >= 3 &&
		plainASCII(a.Raw) && plainASCII(b.Raw) &&
		a.Spell == nil && b.Spell == nil &&
		names.FormFrequency(a.Forms[i]) == 0 && names.FormFrequency(b.Forms[j]) == 0
}

// plainASCII reports whether s has no letter beyond ASCII.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// otherPeople reports whether a Latin word is a name the name data knows
// and no spelling of a word in Arabic script the parallel data knows:
// another people's name (Farias, Gordon).
func otherPeople(t *Token) bool {
	return t.Spell == nil && names.FormFrequency(t.Forms[0]) > 0
}

// arabicOrUnknown reports whether a Latin word is a spelling of an Arabic
// word the parallel data knows, or a word no name data knows: not another
// people's name (Gordon, Jordan).
func arabicOrUnknown(t *Token) bool {
	return t.Spell != nil || names.FormFrequency(t.Forms[0]) == 0
}

// variantLetters reports whether two Latin words' skeletons differ only
// by the letters Arabic romanizations write differently, each in its
// place: g and j (ج), g and q or k (ق, when the other word writes q or k:
// Savorgnan and Svorcan do not meet), z and dh (ذ ظ ض: Zawahiri and
// Dhawahri; a plain d is another letter, Hamza and Hamed do not meet); and
// a w that one of them lacks, when it is the diphthong aw or ow before a
// consonant, which is also written o (Nawfal, Nofal). kh and h are left to
// the data, to the documents' spellings (Russian, Somali) and to khOnly:
// Duhul is not Dakhil. Kashvi and Kuchi, Vaskova and Viskovic, Ferrand and
// Fernandez do not meet.
func variantLetters(a, b *Token) bool {
	sa, sb := a.Skels[0], b.Skels[0]
	if wa, wb := strings.Count(sa[1:], "w"), strings.Count(sb[1:], "w"); wa != wb {
		f := a.Forms[0]
		if wb > wa {
			f = b.Forms[0]
		}
		if !hasDiphthongAw(f) {
			return false
		}
		sa = sa[:1] + strings.ReplaceAll(sa[1:], "w", "")
		sb = sb[:1] + strings.ReplaceAll(sb[1:], "w", "")
	}
	if len(sa) != len(sb) {
		return false
	}
	for i := 0; i < len(sa); i++ {
		x, y := sa[i], sb[i]
		if x == y {
			continue
		}
		if i == len(sa)-1 && (x == 't' && y == 'd' && devoicedFinal(a.Forms[0]) || x == 'd' && y == 't' && devoicedFinal(b.Forms[0])) {
			continue
		}
		other := b.Forms[0]
		if y == 'g' || y == 'd' {
			x, y, other = y, x, a.Forms[0]
		}
		dh := a.Forms[0]
		if other == a.Forms[0] {
			dh = b.Forms[0]
		}
		switch {
		case x == 'g' && y == 'j':
		case x == 'g' && y == 'k' && strings.ContainsAny(other, "qk"):
		case x == 'd' && y == 'z' && strings.Contains(dh, "dh"):
		case x == 'd' && y == 't' && strings.Contains(dh, "dh") && strings.Contains(other, "th"):
			// ذ written th, as English says it: Ghathafi, Qadhafi.
		default:
			return false
		}
	}
	return true
}

// khOnly reports whether two Latin forms are one but for kh written h,
// and letters written twice: Russian writes both ح and خ х, kh
// (Khasiev, Khamzat, Zelimkhan), and Turkish and Bosnian write both h
// (Halid, Halil), where English spellings tell them apart. Duhul and
// Dakhil differ by more.
func khOnly(a, b string) bool {
	return sameUndoubled(strings.ReplaceAll(a, "kh", "h"), strings.ReplaceAll(b, "kh", "h"))
}

// devoicedFinal reports whether the Latin form f ends in a vowel and t, as
// Turkish writes the final d of Arabic names, saying it so (Ahmet Ahmad,
// Mahmut Mahmud, Mesut Masud, Fuat Fuad, Ferit Farid, Murat Murad), and
// Chad's French spelling (Ahmat, Mahamat). Only t: Arabic script writes p
// as b, so the parallel data gives Rupp and Robb as one word.
func devoicedFinal(f string) bool {
	n := len(f)
	return n >= 4 && f[n-1] == 't' && isVowel(f[n-2])
}

// voicedFinal returns the variant key k with its last letter, a t, read d
// (devoicedFinal).
func voicedFinal(k string) string {
	if n := len(k); n > 0 && k[n-1] == 't' {
		return k[:n-1] + "d"
	}
	return k
}

// hasDiphthongAw reports whether f has aw or ow before a consonant.
func hasDiphthongAw(f string) bool {
	for i := 1; i+1 < len(f); i++ {
		if f[i] == 'w' && (f[i-1] == 'a' || f[i-1] == 'o') && !isVowel(f[i+1]) {
			return true
		}
	}
	return false
}

// iyaEnding writes the Arabic ending -iyya (ـية) of a form one way: -iya,
// whatever the spelling (-iyah, -iyya, -iyyah, -iye, -iyeh, -iyye). It
// returns f when it has none of them.
func iyaEnding(f string) string {
	for _, e := range [...]string{"iyyah", "iyyeh", "iyya", "iyye", "iyah", "iyeh", "iye"} {
		if len(f) > len(e)+1 && strings.HasSuffix(f, e) {
			return f[:len(f)-len(e)] + "iya"
		}
	}
	return f
}

// ehEnding returns the form f with a final -eh after a consonant written
// -a, when the other form ends in -a or -ah: the feminine ة (Saadeh,
// Saada) and a final ه (Zadeh, Zada) as other spellings write them. Three
// letters or more come before it: Oleh (Oleg) and Ola are two names. Saleh
// (صالح) has no such ending, and is read so only against -a or -ah: Salo,
// another name, does not meet it. It returns f otherwise.
func ehEnding(f, other string) string {
	n, m := len(f), len(other)
	if n >= 5 && f[n-1] == 'h' && f[n-2] == 'e' && !isVowel(f[n-3]) && f[n-3] != 'y' &&
		m >= 2 && (other[m-1] == 'a' || other[m-1] == 'h' && other[m-2] == 'a') {
		return f[:n-2] + "a"
	}
	return f
}

// latinOrArabic reports whether a word is written in Latin or Arabic
// script: a French silent e (silentE) is no matter for the scripts that
// write foreign names by ear, which the sound keys read (Шекспир,
// Shakespeare).
func latinOrArabic(t *Token) bool { return t.Latin || t.Script == "Arabic" }

// silentE returns the form f without a final e after a consonant, when
// the other form ends in a consonant other than y or h (a vowel's, as in
// Fatimah): French spellings of Arabic names end so (Hassine, Hussayn;
// Slimane, Sulayman; Othmane, Uthman). It returns f otherwise.
func silentE(f, other string) string {
	n, m := len(f), len(other)
	if n >= 4 && f[n-1] == 'e' && !isVowel(f[n-2]) && f[n-2] != 'y' && m >= 2 && !isVowel(other[m-1]) && other[m-1] != 'y' && other[m-1] != 'h' {
		return f[:n-1]
	}
	return f
}

// swappedOnce reports whether b is a with two neighbouring, different
// letters swapped, in three letters or more: "sko" and "sok", "afiz" and
// "faiz"; not "li" and "il", two syllables.
func swappedOnce(a, b string) bool {
	if len(a) != len(b) || len(a) < 3 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// sameUndoubled reports whether a and b are the same letters once each
// runs of one letter are written once ("yyu" and "yu"), without copying
// either: it runs in the comparison of every pair of short words.
func sameUndoubled(a, b string) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] != b[j] {
			return false
		}
		c := a[i]
		for i < len(a) && a[i] == c {
			i++
		}
		for j < len(b) && b[j] == c {
			j++
		}
	}
	return i == len(a) && j == len(b)
}

// russianKey returns a Latin form's key, which one Russian name has
// whether a passport writes it (ICAO Doc 9303, since 2013) or English
// does; two words with one key meet at 0.95. е at the start
// and ё after a consonant are e on a passport, ye and yo in English (ELENA
// and Yelena, PETR and Pyotr, FEDOR and Fyodor, Potemkin and Potyomkin); ю
// and я at the start are iu and ia, yu and ya (IURII, Yuriy); the ending
// -ий is -ii, -iy or -y (EVGENII, Yevgeniy, Yevgeny), and -ij in Czech,
// Polish, German and South Slavic spelling (Dmitrij), which also write a
// final й after another vowel j (Andrej and Andrey, Nikolaj and Nikolay),
// and ю and е at the start ju and je (Jury, Jelena). Romanian and Italian
// write г before е and и gh (Evgheni, Serghei). Belarusian writes the
// surname endings -ov and -enko -au or -ou and -enka (SIVAKAU and Sivakov,
// LUKASHENKA and Lukashenko). Most words are their own key: then the form
// itself is returned, and nothing is allocated.
func russianKey(f string) string {
	if len(f) < 3 || len(f) > 32 {
		return ""
	}
	var buf [32]byte
	if k := russianFold(f, &buf); string(k) != f {
		return string(k)
	}
	return f
}

// russianFold writes f into buf as russianKey keys it, and returns it.
func russianFold(f string, buf *[32]byte) []byte {
	switch {
	case strings.HasPrefix(f, "ye"), strings.HasPrefix(f, "ie"):
		f = f[1:]
	case strings.HasPrefix(f, "iu"), strings.HasPrefix(f, "ia"):
		buf[0] = 'y'
		f = f[1:]
		return russianTail(f, buf, 1)
	case len(f) > 2 && (strings.HasPrefix(f, "ju") || strings.HasPrefix(f, "je")) && !isVowel(f[2]):
		// Czech, Polish, German, Belarusian and South Slavic Latin write
		// ю and е at the start ju and je (Jury, Jelena); not ja, which
		// is also another people's (Jan and Yan).
		if f[1] == 'e' {
			f = f[1:]
			break
		}
		buf[0] = 'y'
		return russianTail(f[1:], buf, 1)
	}
	return russianTail(f, buf, 0)
}

func russianTail(f string, buf *[32]byte, n int) []byte {
	end, y := len(f), false
	for _, e := range [...]string{"iy", "ii", "yy", "yi", "ij", "yj"} {
		if len(f) > len(e)+1 && strings.HasSuffix(f, e) {
			end, y = len(f)-len(e), true
			break
		}
	}
	// й after another vowel, which Czech, Polish, German and the South
	// Slavs write j: Andrej, Sergej, Nikolaj, Aleksej.
	if !y && len(f) >= 5 && f[len(f)-1] == 'j' && isVowel(f[len(f)-2]) {
		end, y = len(f)-1, true
	}
	for i := 0; i < end && n < len(buf); i++ {
		if f[i] == 'g' && i+2 < len(f) && f[i+1] == 'h' && (f[i+2] == 'e' || f[i+2] == 'i') {
			// Romanian and Italian write a hard g before e and i gh
			// (Evgheni, Serghei).
			buf[n] = 'g'
			n++
			i++
			continue
		}
		if f[i] == 'y' && i > 0 && i+1 < end && f[i+1] == 'o' && !isVowel(f[i-1]) && f[i-1] != 'y' {
			buf[n] = 'e'
			n++
			i++
			continue
		}
		buf[n] = f[i]
		n++
	}
	if y && n < len(buf) {
		buf[n] = 'y'
		n++
	}
	// Belarusian ў: the surname ending -ов is -au or -ou (SIVAKAU,
	// BARSUKOU, Sivakov), and -енко -enka (LUKASHENKA).
	if k := n; k >= 5 && !isVowel(buf[k-3]) && buf[k-1] == 'u' && (buf[k-2] == 'a' || buf[k-2] == 'o') {
		buf[k-2], buf[k-1] = 'o', 'v'
	} else if k >= 6 && buf[k-1] == 'a' && buf[k-2] == 'k' && (buf[k-3] == 'n' || buf[k-3] == 'i') {
		buf[k-1] = 'o'
	}
	return buf[:n]
}

// sameLetters reports whether a and b are the same letters but for a
// letter written twice (sameUndoubled) and a final y written i.
func sameLetters(a, b string) bool {
	if sameUndoubled(a, b) {
		return true
	}
	yi := func(c byte) bool { return c == 'y' || c == 'i' }
	la, lb := len(a), len(b)
	if la < 2 || lb < 2 || !yi(a[la-1]) || !yi(b[lb-1]) {
		return false
	}
	return sameUndoubled(a[:la-1], b[:lb-1])
}

// sameShape reports whether a and b alternate consonants and vowels in the
// same way: the same number of vowel runs, before the same consonant runs
// (Mohammed and Muhammad: CVCVCVC; Eliasson VCVCVC and Olsson VCVC). A y
// that no vowel follows is a vowel (Aly, Husayn).
func sameShape(a, b string) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		va, vb := shapeVowel(a, i), shapeVowel(b, j)
		if va != vb {
			return false
		}
		for i < len(a) && shapeVowel(a, i) == va {
			i++
		}
		for j < len(b) && shapeVowel(b, j) == vb {
			j++
		}
	}
	return i == len(a) && j == len(b)
}

// hebrewVowelsAgree reports whether the Latin form l has, between each
// two consonants, a vowel of the kind the form h of a Hebrew word reads
// from a vowel letter there: o or u (ו) wants o or u, and i (י) wants i,
// e or y. Russian's ё, which Hebrew writes יו (פיודורוב Fyodorov), is e
// in English spelling (Fedorov), and a y or i before the o or u lets e
// agree. Hebrew's forms guess a and e for the vowels it does not write,
// and those want nothing. Forms whose consonants fall into runs
// differently (mahamod and Mahmoud, where Hebrew's guess splits hm) are
// not compared, and agree.
func hebrewVowelsAgree(h, l string) bool {
	var hg, lg [16]string
	nh, nl := vowelGaps(h, &hg), vowelGaps(l, &lg)
	if nh != nl || nh < 0 {
		return true
	}
	for k, g := range hg[:nh] {
		want := ""
		switch {
		case strings.Contains(g, "yo") || strings.Contains(g, "io"):
			want = "oue"
		case strings.ContainsAny(g, "ou"):
			want = "ou"
		case strings.Contains(g, "i"):
			want = "iey"
		}
		if want != "" && !strings.ContainsAny(lg[k], want) {
			return false
		}
	}
	return true
}

// arabicVowels returns, for a word in Arabic script, what it writes
// between each two of its consonants: "u" for و, "i" for ي or ی, "a" for
// ا, "-" for nothing (short vowels are not written), one byte a gap, from
// the gap after its first consonant to the gap before its last; "" when
// it has fewer than two consonants, or more than 16. Alef and hamza
// forms, ع and ة are left out, as romanizations leave them out or write
// them as vowels; و and ي at the start, after ا or before a vowel letter
// are consonants (Walid, Nawaz, Dawood), as is ه. The article is left
// out, and words joined are not read.
func arabicVowels(w string) string {
	if strings.ContainsAny(w, " \u200c-") {
		return "" // words joined (ابو مهاجر): their vowels meet at the seam
	}
	rs := []rune(w)
	if len(rs) > 4 && rs[0] == 'ا' && rs[1] == 'ل' {
		rs = rs[2:] // the article, which Latin forms leave out
	}
	var buf [17]byte
	n := 0    // gaps written
	cons := 0 // consonants seen
	gap := byte('-')
	vowelLetter := func(r rune) bool {
		switch r {
		case 'ا', 'آ', 'أ', 'إ', 'و', 'ي', 'ی', 'ى':
			return true
		}
		return false
	}
	for i, r := range rs {
		var v byte
		switch r {
		case 'ا', 'آ', 'ى':
			v = 'a'
		case 'و', 'ي', 'ی':
			consonantal := cons == 0 && i == 0 || i > 0 && (rs[i-1] == 'ا' || rs[i-1] == 'آ') || i+1 < len(rs) && vowelLetter(rs[i+1])
			if !consonantal {
				v = 'u'
				if r != 'و' {
					v = 'i'
				}
			}
		case 'أ', 'إ', 'ء', 'ئ', 'ؤ', 'ع', 'ة', 'ـ':
			continue
		}
		if r >= 0x064B && r <= 0x0652 || r == 0x0670 { // harakat, shadda, sukun
			continue
		}
		if v != 0 {
			if cons > 0 && gap == '-' {
				gap = v
			}
			continue
		}
		if cons > 0 {
			if n == len(buf) {
				return ""
			}
			buf[n] = gap
			n++
		}
		cons++
		gap = '-'
	}
	if cons < 2 {
		return ""
	}
	return string(buf[:n])
}

// arabicVowelsAgree reports whether the Latin form l has a vowel where the
// word in Arabic script writes a long one between two consonants (vowels
// from arabicVowels): o, u or w for و (NOORZAI is not نوروزی, Nowruzi, nor
// MAHAD موحد, Movahed), i, e or y for ي. Hebrew's vowel letters are read
// so too (hebrewVowelsAgree). Forms with another number of consonants
// than the word's (a letter the romanization writes double or leaves out)
// are not compared, and agree.
func arabicVowelsAgree(vowels, l string) bool {
	var gaps [17]string
	n := 0
	i := 0
	// Skip the vowels before the first consonant.
	for i < len(l) && latinVowelAt(l, i) {
		i++
	}
	for i < len(l) {
		// One consonant: a digraph or a letter written twice counts once.
		c := l[i]
		i++
		if i < len(l) && l[i] == 'h' && strings.IndexByte("sktgdczp", c) >= 0 {
			i++
		}
		for i < len(l) && l[i] == c {
			i++
		}
		start := i
		for i < len(l) && latinVowelAt(l, i) {
			i++
		}
		if i == len(l) {
			break // the vowels after the last consonant
		}
		if n == len(gaps) {
			return true
		}
		gaps[n] = l[start:i]
		n++
	}
	if n != len(vowels) {
		return true
	}
	for k := 0; k < n; k++ {
		want := ""
		switch vowels[k] {
		case 'u':
			want = "ouw"
		case 'i':
			want = "iey"
		case 'a':
			want = "aeiou"
		}
		if want != "" && !strings.ContainsAny(gaps[k], want) {
			return false
		}
	}
	return true
}

// latinVowelAt reports whether l[i] is a vowel, or a w or y that no vowel
// follows (Nawroz, Husayn).
func latinVowelAt(l string, i int) bool {
	return shapeVowel(l, i) || l[i] == 'w' && (i+1 == len(l) || !isVowel(l[i+1]))
}

// vowelGaps writes into gaps the vowels of f before its first run of
// consonants, and after each run, and returns how many it wrote, or -1
// when f has more runs than gaps holds. A y is a vowel before a consonant
// or last (shapeVowel), and goes with the vowel it comes before
// (gapLetter).
func vowelGaps(f string, gaps *[16]string) int {
	n, i := 0, 0
	for {
		start := i
		for i < len(f) && gapLetter(f, i) {
			i++
		}
		if n == len(gaps) {
			return -1
		}
		gaps[n] = f[start:i]
		n++
		if i == len(f) {
			return n
		}
		for i < len(f) && !gapLetter(f, i) {
			i++
		}
		if i == len(f) {
			if n == len(gaps) {
				return -1
			}
			gaps[n] = ""
			return n + 1
		}
	}
}

// gapLetter reports whether f[i] is a vowel, or a y before one (vowelGaps):
// the yod and vav of ё, and Latin's ye and yo, stand together.
func gapLetter(f string, i int) bool {
	return shapeVowel(f, i) || f[i] == 'y' && i+1 < len(f) && isVowel(f[i+1])
}

func shapeVowel(f string, i int) bool {
	return isVowel(f[i]) || f[i] == 'y' && (i+1 == len(f) || !isVowel(f[i+1]))
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// endsInVowel reports whether a form ends in a vowel or y, a final h after
// a vowel aside ("Fatimah" ends as "Fatima").
func endsInVowel(f string) bool {
	if n := len(f); n >= 2 && f[n-1] == 'h' && isVowel(f[n-2]) {
		f = f[:n-1]
	}
	c := f[len(f)-1]
	return isVowel(c) || c == 'y'
}

// letterMask returns a set of the letters a-z in f.
func letterMask(f string) uint32 {
	var m uint32
	for i := 0; i < len(f); i++ {
		if c := f[i] - 'a'; c < 26 {
			m |= 1 << c
		}
	}
	return m
}

// isPrefix reports whether the shorter of a and b, at least four letters and
// half the longer, starts the longer: a truncated name ("Abdulhai Sale").
func isPrefix(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 4 && 2*len(a) >= len(b) && strings.HasPrefix(b, a)
}

// levSim is 1 - edit distance / length of the longer string, where the
// distance counts insertions, deletions, substitutions and transpositions of
// adjacent letters (optimal string alignment): "Adbul" is one typing error
// from "Abdul".
func levSim(a, b string) float64 {
	if a == b {
		return 1
	}
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 || lb > 64 {
		return 0
	}
	// Quick reject: the length difference alone puts the pair under minSim.
	if float64(abs(la-lb))/float64(max(la, lb)) > 1-minSim+0.1 {
		return 0
	}
	return osaSim([]byte(a), []byte(b))
}

// osaSim is 1 - the optimal string alignment distance of a and b (b at
// most 64 long) / the length of the longer.
func osaSim[E comparable](a, b []E) float64 {
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 || lb > 64 {
		return 0
	}
	var buf [3][65]int
	pp, prev, cur := buf[0][:lb+1], buf[1][:lb+1], buf[2][:lb+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= la; i++ {
		cur[0] = i
		for j := 1; j <= lb; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, pp[j-2]+1)
			}
			cur[j] = d
		}
		pp, prev, cur = prev, cur, pp
	}
	return 1 - float64(prev[lb])/float64(max(la, lb))
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// gain is the share of a token's bits that a match of similarity s earns:
// all of them for the same form, most for a transliteration variant,
// nothing at minSim, where a chance resemblance becomes likely.
func gain(s float64) float64 {
	g := (s - minSim) / (1 - minSim)
	return max(0, min(1, g))
}

// unit is a candidate pairing in the alignment: one or two query tokens
// with one or two listed tokens.
type unit struct {
	q1, q2 int // query token indices; q2 = -1 when single
	l1, l2 int
	sim    float64
	how    string
	w      float64 // the bits at stake: the rarity of what matched
	value  float64
}

// CompareNames aligns the query name's tokens with the listed name's,
// regardless of order, and returns the name evidence. The alignment is the
// best one-to-one assignment found greedily by value (similarity times
// rarity); adjacent tokens may join ("Abdul Rahman" against "Abdulrahman").
func CompareNames(q, l *Name) aka.NameEvidence {
	ev := aka.NameEvidence{Query: q.Text, Listed: l.Text}
	align(q, l, nil, &ev)
	return ev
}

// NameBits returns the bits CompareNames would give, without building the
// explanation.
func NameBits(q, l *Name) float64 {
	return align(q, l, nil, nil)
}

// joinedBits is what two words written as one weigh: what they would
// weigh written apart, so that a given name after another loses
// sharedNameBits ("Mohammadamin" is Mohammad Amin, not a rare word). seen
// says whether a given name (Token.Given) was already met, and is updated.
func joinedBits(a, b *Token, seen *bool) float64 {
	if a.SkelBits < b.SkelBits {
		a, b = b, a
	}
	var sum float64
	for _, t := range [2]*Token{a, b} {
		w := t.SkelBits
		if t.Given {
			if *seen {
				w = max(w-sharedNameBits, 0.3*w)
			}
			*seen = true
		}
		sum += w
	}
	return sum
}

// otherNames are the words of an entity's names, for a query word the name
// aligned lacks: it may be found among the others.
type otherNames struct {
	words []Token // each word of the entity's names once
	name  *Name   // the name aligned, whose own words are left out
	// cost is what finding a word among the other names costs against
	// finding it in the name itself: log2 of the number of distinct words
	// the entity's names carry, since any of them could have met it.
	cost float64
}

// crossNameShare is the share of a word's bits, after cost, that a query
// word earns when another name of the entity carries it: lists split one
// person's names across aliases (SANAULLAH GHAFARI, a.k.a. Shahab
// Muhajer) and documents combine them (Sanaullah Muhajir), but so can
// chance.
var crossNameShare = 0.5

// find returns the best match for query token t among the other names'
// words: the listed word as written, the similarity and the bits at stake.
func (o *otherNames) find(t *Token) (string, float64, float64) {
	var raw string
	var best, w float64
next:
	for i := range o.words {
		lt := &o.words[i]
		for j := range o.name.Tokens {
			if o.name.Tokens[j].Forms[0] == lt.Forms[0] {
				continue next
			}
		}
		s, _ := TokenSimilarity(t, lt)
		if s < 0.9 || s <= best {
			continue
		}
		best, raw = s, lt.Raw
		w = min(t.Bits, lt.Bits)
		if s < 1 {
			w = min(t.SkelBits, lt.SkelBits)
		}
	}
	return raw, best, w
}

// repeated reports whether query word i repeats a word the query gives
// before it, or one the alignment met: a word written twice ("Hussam Hussam
// Dayi") is one piece of evidence, and its second copy is not looked for
// among the other names, where it would meet the same name again (Hussam
// LUQA, a.k.a. HOUSSAM).
func repeated(q *Name, used *[64]bool, i int) bool {
	f := q.Tokens[i].Forms[0]
	for j := range q.Tokens {
		if j != i && (j < i || used[j]) && q.Tokens[j].Kind == names.Word && q.Tokens[j].Forms[0] == f {
			return true
		}
	}
	return false
}

// align computes the name evidence, filling ev when it is not nil, and
// returns its bits. With other names, a query word the name lacks may be
// found among them.
func align(q, l *Name, others *otherNames, ev *aka.NameEvidence) float64 {
	b, _ := alignMissing(q, l, others, ev)
	return b
}

// alignMissing is align that also returns the query words of at least
// OtherNameMinBits left unmatched (or met only in other names), a bit each.
func alignMissing(q, l *Name, others *otherNames, ev *aka.NameEvidence) (float64, uint64) {
	if len(q.Tokens) > 64 || len(l.Tokens) > 64 {
		return 0, 0
	}
	var missing uint64
	var buf [64]unit
	units := buf[:0]
	for i := range q.Tokens {
		qt := &q.Tokens[i]
		if qt.Kind == names.Particle {
			continue
		}
		for j := range l.Tokens {
			lt := &l.Tokens[j]
			if lt.Kind == names.Particle {
				continue
			}
			s, how := TokenSimilarity(qt, lt)
			if s == 0 {
				continue
			}
			w := min(qt.Bits, lt.Bits)
			if s < 1 {
				w = min(qt.SkelBits, lt.SkelBits)
			}
			units = append(units, unit{q1: i, q2: -1, l1: j, l2: -1, sim: s, how: how, w: w, value: s * w})
		}
	}
	units = appendJoins(units, q, l)
	// Best first; between equals, the pair nearer in place: a name that
	// repeats a word (IBRAHIM SABAWI IBRAHIM HASAN) meets another's one
	// IBRAHIM with the word in the same place, so that what is left over
	// is where it stands in the name.
	slices.SortStableFunc(units, func(a, b unit) int {
		if c := cmp.Compare(b.value, a.value); c != 0 {
			return c
		}
		return cmp.Compare(abs(a.q1-a.l1), abs(b.q1-b.l1))
	})

	var qUsed, lUsed [64]bool
	var qTo [64]int8 // the listed token each query token met, +1; 0 for none
	var num, den, total float64
	givenSeen := false
	minGap, gapAt := math.Inf(1), -1 // see Token.Local
	whole := l.Org                   // until a word is found unmatched or matched loosely
	// generic stays true while every word matched is a word of
	// organizations' names (names.OrgTerm) on both sides.
	generic := l.Org
	for _, u := range units {
		if qUsed[u.q1] || lUsed[u.l1] || (u.q2 >= 0 && qUsed[u.q2]) || (u.l2 >= 0 && lUsed[u.l2]) {
			continue
		}
		kind := orgKindWord(&q.Tokens[u.q1]) || orgKindWord(&l.Tokens[u.l1])
		if u.q2 >= 0 || u.l2 >= 0 {
			kind = u.how == "translation" // two words one Russian word says (appendJoins)
		}
		if !kind {
			generic = false
		}
		qUsed[u.q1], lUsed[u.l1] = true, true
		qTo[u.q1] = int8(u.l1 + 1)
		qb, lb := q.Tokens[u.q1].Bits, l.Tokens[u.l1].Bits // for the similarity
		var qs, ls string
		if ev != nil {
			qs, ls = q.Tokens[u.q1].Raw, l.Tokens[u.l1].Raw
		}
		if u.q2 >= 0 {
			qUsed[u.q2] = true
			qb += q.Tokens[u.q2].Bits
			if ev != nil {
				qs += " " + q.Tokens[u.q2].Raw
			}
		}
		if u.l2 >= 0 {
			lUsed[u.l2] = true
			lb += l.Tokens[u.l2].Bits
			if ev != nil {
				ls += " " + l.Tokens[u.l2].Raw
			}
		}
		w := u.w
		// Two listed words weigh what they weigh apart, also against two
		// query words split elsewhere (appendResplits), which are a
		// slip's pieces.
		if u.l2 >= 0 {
			w = min(w, joinedBits(&l.Tokens[u.l1], &l.Tokens[u.l2], &givenSeen))
		} else if u.q2 >= 0 {
			w = min(w, joinedBits(&q.Tokens[u.q1], &q.Tokens[u.q2], &givenSeen))
		}
		bits := w * gain(u.sim)
		if u.sim < 0.9 {
			whole = false
		}
		// Every word but one is worth what it is among the people it is
		// a given name of (Token.Local); the one left at its worth among
		// all people pays for saying which people, and is the one whose
		// worth there adds least (gap).
		gap := 0.0
		if qt, lt := &q.Tokens[u.q1], &l.Tokens[u.l1]; !q.Org && !l.Org && u.q2 < 0 && u.l2 < 0 && (!qt.Common || qt.Bound) && (!lt.Common || lt.Bound) {
			if lb := min(qt.local(), lt.local()) * gain(u.sim); lb < bits {
				gap, bits = bits-lb, lb
			}
		}
		if q.Tokens[u.q1].Given && u.q2 < 0 && u.l2 < 0 {
			// Units come best first, so the first given name keeps its
			// bits and the later ones lose sharedNameBits. After the
			// cut to local rarity, so that which is first does not
			// matter: "Arturo Moreno" against Arturo HERNANDEZ MORENO
			// weighed 12.2 bits with Arturo first, as its worth among
			// all people put it, and 16.7 with MORENO first, where
			// Arturo's cut swallowed the loss.
			if givenSeen {
				bits = max(bits-sharedNameBits, 0.3*bits)
			}
			givenSeen = true
		}
		if gap < minGap {
			minGap, gapAt = gap, -1
			if ev != nil {
				gapAt = len(ev.Tokens)
			}
		}
		total += bits
		num += u.sim * (qb + lb)
		den += qb + lb
		if ev != nil {
			ev.Tokens = append(ev.Tokens, aka.TokenEvidence{Query: qs, Listed: ls, Similarity: round3(u.sim), Weight: round3(w), Bits: round3(bits), How: u.how})
		}
	}
	if minGap > 0 && !math.IsInf(minGap, 1) {
		total += minGap
		if gapAt >= 0 {
			ev.Tokens[gapAt].Bits = round3(ev.Tokens[gapAt].Bits + minGap)
		}
	}
	if q.Org && l.Org {
		for dir := range 2 {
			a, b, aUsed, bUsed := q, l, &qUsed, &lUsed
			if dir == 1 {
				a, b, aUsed, bUsed = l, q, &lUsed, &qUsed
			}
			for i := range a.Tokens {
				first, last, ok := acronym(a, b, i, aUsed, bUsed)
				abbrev := false
				if !ok {
					first, last, ok = abbreviation(a, b, i, aUsed, bUsed)
					abbrev = ok
				}
				if !ok {
					continue
				}
				t := &a.Tokens[i]
				var runBits float64
				var run []string
				for k := first; k <= last; k++ {
					bUsed[k] = true
					if b.Tokens[k].Kind == names.Word {
						runBits += b.Tokens[k].Bits
					}
					if ev != nil {
						run = append(run, b.Tokens[k].Raw)
					}
				}
				aUsed[i] = true
				n := len(t.Forms[0])
				w := min(runBits, acronymLetterBits*float64(n))
				how := "acronym"
				if abbrev {
					// The words of organizations' names it stands for,
					// worth what they are worth, and generic still.
					w, how = min(runBits, t.Bits), "abbreviation"
				} else {
					if n < 4 {
						whole = false
					}
					generic = false
				}
				total += w
				num += t.Bits + runBits
				den += t.Bits + runBits
				if ev != nil {
					qs, ls := t.Raw, strings.Join(run, " ")
					if dir == 1 {
						qs, ls = ls, qs
					}
					ev.Tokens = append(ev.Tokens, aka.TokenEvidence{Query: qs, Listed: ls, Similarity: 1, Weight: round3(w), Bits: round3(w), How: how})
				}
			}
		}
	}
	var qBuf, lBuf [8]int
	qLeft, lLeft := qBuf[:0], lBuf[:0] // words of conflictMinBits left unmatched on each side
	qFirst, lFirst := firstWord(q), firstWord(l)
	father := fatherFrom(q)
	qLast := shortened(q, l, qFirst, &qUsed, &lUsed)
	// A word of organizations' names the query gives and the listed name
	// leaves out, when the listed name leaves no such word unmatched of
	// its own, says a kind of body the listed name does not contradict: it
	// costs what a listed word left out does (7th of Tir Industrial
	// Complex, 7TH OF TIR). Against another kind (Powder Plant, Machine
	// Plant) it costs in full.
	kindLeftOut := q.Org && l.Org && !termLeft(l, &lUsed)
	for i := range q.Tokens {
		t := &q.Tokens[i]
		if qUsed[i] || t.Kind == names.Particle || t.SurnameParticle {
			continue
		}
		den += t.Bits
		var bits float64
		how := "missing"
		var listed string
		switch t.Kind {
		case names.Word:
			bits = -missingQuery * t.Bits
			if q.Org && l.Org && t.Country != [2]byte{} {
				// A country an organization's name gives and the other
				// name leaves out: Sberbank of Russia, Sberbank (two
				// countries are a conflict, countryConflict).
				bits, how = 0, "place"
				whole = false
				break
			}
			if kindLeftOut && t.Term != 0 && t.Country == [2]byte{} {
				bits = -missingListed * t.Bits
			}
			if i > father || patronymic(t) && !slices.ContainsFunc(l.Tokens, func(lt Token) bool { return patronymic(&lt) }) {
				// The father's name, which lists give or leave out as
				// they give or leave out any part of a name: after
				// walad or "son of", or an East Slavic patronymic
				// against a name with none (Sergey Yurievich GLAZYEV,
				// Sergey GLAZYEV).
				bits, how = -missingListed*t.Bits, "father"
			}
			if i > qFirst && i < qLast {
				bits, how = -missingListed*t.Bits, "middle"
			}
			if t.Nisba {
				// A nickname of origin (al-Shishani, "the Chechen"),
				// which lists add to a name or leave out: it costs what
				// a listed word left out does.
				bits, how = -missingListed*t.Bits, "nisba"
			}
			whole = false
			if t.Bits < OtherNameMinBits {
				break
			}
			missing |= 1 << i
			if others == nil || repeated(q, &qUsed, i) {
				break
			}
			raw, s, w := others.find(t)
			if s == 0 {
				break
			}
			b := crossNameShare * (w*gain(s) - others.cost)
			if t.Given {
				if givenSeen {
					b = max(b-sharedNameBits, 0.3*b)
				}
				givenSeen = true
			}
			if b > bits {
				bits, how, listed = b, "other name", raw
			}
		case names.Initial:
			bits = -0.5
		default:
			how = "optional"
		}
		if (how == "missing" || how == "father" || how == "nisba") && t.Kind == names.Word && (t.Bits >= conflictMinBits || t.Bits >= givenConflictMinBits && i == qFirst) {
			qLeft = append(qLeft, i)
		}
		total += bits
		if ev != nil {
			ev.Tokens = append(ev.Tokens, aka.TokenEvidence{Query: t.Raw, Listed: listed, Weight: round3(t.Bits), Bits: round3(bits), How: how})
		}
	}
	for j := range l.Tokens {
		t := &l.Tokens[j]
		if lUsed[j] || t.Kind == names.Particle || t.SurnameParticle {
			continue
		}
		den += t.Bits
		var bits float64
		how := "extra"
		if t.Kind == names.Word && q.Org && l.Org && t.Country != [2]byte{} {
			bits, how = 0, "place"
			whole = false
		} else if t.Kind == names.Word {
			bits = -missingListed * t.Bits
			if t.Paternal && j+1 < len(l.Tokens) && lUsed[j+1] {
				bits, how = -missingPaternal*t.Bits, "paternal"
			}
			whole = false
			if !t.Married && (t.Bits >= conflictMinBits || t.Bits >= givenConflictMinBits && j == lFirst) {
				lLeft = append(lLeft, j)
			}
		} else {
			how = "optional"
		}
		total += bits
		if ev != nil {
			ev.Tokens = append(ev.Tokens, aka.TokenEvidence{Listed: t.Raw, Weight: round3(t.Bits), Bits: round3(bits), How: how})
		}
	}
	// A conflict takes a name down to nothing at most, so a name already
	// worth nothing is not looked at: the comparisons a conflict needs
	// would cost more than the rest of the alignment.
	if !l.Org && total > 0 {
		qi, lj, ok := conflict(q, l, qLeft, lLeft, qFirst, lFirst)
		if !ok {
			qi, lj, ok = initialConflict(q, l, &qUsed, &lUsed)
		}
		if ok {
			b := max(nameConflict, -total)
			if qi == qFirst && lj == lFirst || fathers(&q.Tokens[qi], &l.Tokens[lj]) {
				b = min(b, givenConflictMax-total)
			}
			total += b
			if ev != nil {
				ev.Tokens = append(ev.Tokens, aka.TokenEvidence{Query: q.Tokens[qi].Raw, Listed: l.Tokens[lj].Raw, Bits: round3(b), How: "conflict"})
			}
		}
	}
	if generic && total > givenConflictMax {
		// Two organizations that share only the words such names are
		// made of ("Scientific Production Enterprise Pulsar" and
		// "Nauchno Proizvodstvennoe Predpriyatie Istok"): what says which
		// organization was not matched, and the name alone stays under
		// the threshold, as for two given names.
		b := givenConflictMax - total
		total += b
		if ev != nil {
			ev.Tokens = append(ev.Tokens, aka.TokenEvidence{Bits: round3(b), How: "generic"})
		}
	}
	if l.Org && total > 0 {
		if qi, lj, ok := countryConflict(q, l, &qUsed, &lUsed); ok {
			// The rest of the name says which group, not which of its
			// branches: as for two given names, the name alone stays
			// under the threshold.
			b := min(max(nameConflict, -total), givenConflictMax-total)
			total += b
			if ev != nil {
				ev.Tokens = append(ev.Tokens, aka.TokenEvidence{Query: q.Tokens[qi].Raw, Listed: l.Tokens[lj].Raw, Bits: round3(b), How: "conflict"})
			}
		}
	}
	if l.Org && q.Org && total > 0 && numberConflict(q, l) {
		// As two countries: the words say which fleet or group, the
		// number which of its vessels or plants.
		b := min(max(nameConflict, -total), givenConflictMax-total)
		total += b
		whole = false
		if ev != nil {
			ev.Tokens = append(ev.Tokens, aka.TokenEvidence{Query: strings.Join(q.Numbers, " "), Listed: strings.Join(l.Numbers, " "), Bits: round3(b), How: "number"})
		}
	}
	if !l.Org && total > givenConflictMax {
		if qi, lj, ok := shifted(q, l, qFirst, lFirst, &qUsed, &lUsed, &qTo); ok {
			b := givenConflictMax - total
			total += b
			if ev != nil {
				var qs, ls string
				if qi >= 0 {
					qs = q.Tokens[qi].Raw
				}
				if lj >= 0 {
					ls = l.Tokens[lj].Raw
				}
				ev.Tokens = append(ev.Tokens, aka.TokenEvidence{Query: qs, Listed: ls, Bits: round3(b), How: "generation"})
			}
		}
	}
	if whole && num > 0 && total < wholeOrgNameBits {
		if ev != nil {
			ev.Tokens = append(ev.Tokens, aka.TokenEvidence{Query: q.Text, Listed: l.Text, Similarity: 1, Weight: wholeOrgNameBits, Bits: round3(wholeOrgNameBits - total), How: "whole name"})
		}
		total = wholeOrgNameBits
	}
	total = round3(total)
	if ev != nil {
		if den > 0 {
			ev.Similarity = round3(min(1, num/den))
		}
		ev.Bits = total
	}
	return total, missing
}

// placeOf reports whether a is the Russian adjective of the place b
// names (Token.Place).
func placeOf(a, b *Token) bool {
	return a.Place != "" && b.Place == "" && (b.Forms[0] == a.Place || b.Forms[0] == a.PlaceStem)
}

// orgFunctionWords are the little words that join an organization's
// name's words, optional as its legal form is: Bank of Russia, Bank
// Rossiya; Design Bureau of Navigation Systems; Forces Démocratiques de
// Libération. "In" says where, and is left a word (Al-Qaida in Iraq).
// Branch says what part of an organization a name is, as a legal form
// says what kind it is: the UN's AL-HARAMAIN: BANGLADESH BRANCH is the
// UK's AL-HARAMAIN (BANGLADESH); where, the place says.
var orgFunctionWords = map[string]bool{"of": true, "and": true, "the": true, "for": true, "de": true, "du": true, "des": true, "del": true, "branch": true}

// termLeft reports whether a word of organizations' names (Token.Term)
// of n is left unmatched.
func termLeft(n *Name, used *[64]bool) bool {
	for i := range n.Tokens {
		if t := &n.Tokens[i]; !used[i] && t.Kind == names.Word && t.Term != 0 && t.Country == [2]byte{} {
			return true
		}
	}
	return false
}

// orgKindWord reports whether a word of an organization's name says what
// kind of body it is, not which: a word of organizations' names
// (names.OrgTerm: Plant, Scientific, Federal) or an optional word (a legal
// form, "Joint Stock Company"; "of"). Two names that meet only where one
// side is such a word, or an initial (VEKTOR and the V. of V. TIKHOMIROV),
// are two organizations (FEDERAL STATE ENTERPRISE TAMBOV POWDER PLANT and
// FEDERAL STATE ENTERPRISE PERM POWDER PLANT).
func orgKindWord(t *Token) bool {
	return t.Term != 0 || t.Kind != names.Word
}

// acronymLetterBits is what each letter of an organization's acronym met
// by the initials of the other name's words is worth, at most: a letter
// of the alphabet, less what the commoner initials (S, C, I) share.
const acronymLetterBits = 3.5

// acronym reports whether a's word i, left unmatched, is an acronym of a
// run of b's words left unmatched, first to last: the run's initials, in
// order, spell it, and the little words between (of, and, the, in) may be
// skipped or spelled (NIIME, Nauchno Issledovatelskiy Institut
// Molekulyarnoy Elektroniki; NIOC, National Iranian Oil Company; ISIL,
// Islamic State in Iraq and the Levant). The word is of Latin letters
// only, three to eight, no word organizations' names are made of (BANK is
// not B. A. N. K.), and no popular name (Ali, Salmi). The words spelled
// are words, not initials: "Salmi" is not S. A. LAGUNA MAR INTERNACIONAL.
func acronym(a, b *Name, i int, aUsed, bUsed *[64]bool) (first, last int, ok bool) {
	t := &a.Tokens[i]
	if aUsed[i] || t.Kind != names.Word || !t.Latin || t.Term != 0 || t.Country != [2]byte{} {
		return 0, 0, false
	}
	f := t.Forms[0]
	if len(f) < 3 || len(f) > 8 || t.Common {
		return 0, 0, false
	}
	for k := 0; k < len(f); k++ {
		if f[k] < 'a' || f[k] > 'z' {
			return 0, 0, false
		}
	}
	// spell returns the last of b's words from j on that spell f[k:],
	// or -1: a little word is spelled or skipped, whichever spells it.
	var spell func(j, k int) int
	spell = func(j, k int) int {
		if k == len(f) {
			return j - 1
		}
		if j >= len(b.Tokens) || bUsed[j] || !b.Tokens[j].Latin {
			return -1
		}
		bt := &b.Tokens[j]
		if bt.Kind == names.Initial || len(bt.Forms[0]) < 2 {
			return -1
		}
		if bt.Forms[0][0] == f[k] {
			if e := spell(j+1, k+1); e >= 0 {
				return e
			}
		}
		if bt.Kind == names.Particle || acronymSkip[bt.Forms[0]] {
			return spell(j+1, k)
		}
		return -1
	}
	for start := range b.Tokens {
		if bUsed[start] || !b.Tokens[start].Latin || b.Tokens[start].Forms[0][0] != f[0] {
			continue
		}
		if e := spell(start, 0); e >= 0 {
			return start, e, true
		}
	}
	return 0, 0, false
}

// Acronyms returns the acronyms of an organization's name that the index
// keys it by: the initials of its Latin words, the little words an
// acronym leaves out (acronymSkip) left out, with its legal-form words and
// without them, where they are three to eight letters (National Iranian
// Oil Company: nioc and nio).
func Acronyms(n *Name) []string {
	all, named := initials(n, -1)
	var out []string
	for _, a := range [...][]byte{all, named} {
		if len(a) >= 3 && len(a) <= 8 && (len(out) == 0 || out[0] != string(a)) {
			out = append(out, string(a))
		}
	}
	return out
}

// initials returns the first letters of an organization's Latin words but
// word skip, the little words an acronym leaves out (acronymSkip) left
// out: all of them, and those of its words that are no legal form (named).
func initials(n *Name, skip int) (all, named []byte) {
	for i := range n.Tokens {
		t := &n.Tokens[i]
		if i == skip || !t.Latin || t.Kind == names.Particle || acronymSkip[t.Forms[0]] {
			continue
		}
		if t.Kind == names.Initial || len(t.Forms[0]) < 2 {
			continue // initials, as acronym spells no word of one letter
		}
		all = append(all, t.Forms[0][0])
		if t.Kind == names.Word {
			named = append(named, t.Forms[0][0])
		}
	}
	return all, named
}

// abbreviation reports whether a's word i, left unmatched, abbreviates the
// kind of organization that a run of b's words left unmatched, first to
// last, spells out (names.OrgAbbreviation): NII and Scientific Research
// Institute, or Nauchno Issledovatelskiy Institut; KB and Design Bureau.
// Legal forms, little words and particles in the run are passed over. A
// word of b that abbreviates the same words is such a run of one (KB and
// DB).
func abbreviation(a, b *Name, i int, aUsed, bUsed *[64]bool) (first, last int, ok bool) {
	t := &a.Tokens[i]
	if aUsed[i] || !t.Latin || t.Kind == names.Particle {
		return 0, 0, false
	}
	readings := names.OrgAbbreviation(t.Forms[0])
	if readings == nil {
		return 0, 0, false
	}
	for start := range b.Tokens {
		bt := &b.Tokens[start]
		if bUsed[start] || !bt.Latin {
			continue
		}
		for _, other := range names.OrgAbbreviation(bt.Forms[0]) {
			for _, terms := range readings {
				if slices.Equal(terms, other) {
					return start, start, true
				}
			}
		}
		for _, terms := range readings {
			if bt.Term != terms[0] {
				continue
			}
			k, j := 0, start
			for ; j < len(b.Tokens) && k < len(terms); j++ {
				bt := &b.Tokens[j]
				if bUsed[j] {
					break
				}
				if bt.Term == terms[k] && bt.Term != 0 {
					k++
					continue
				}
				if bt.Kind == names.Honorific || bt.Kind == names.Particle || acronymSkip[bt.Forms[0]] {
					continue
				}
				break
			}
			if k == len(terms) {
				return start, j - 1, true
			}
		}
	}
	return 0, 0, false
}

// acronymSkip are the little words an acronym may leave out.
var acronymSkip = map[string]bool{"of": true, "and": true, "the": true, "in": true, "for": true, "i": true, "de": true, "du": true, "des": true, "la": true, "le": true, "y": true}

// fatherFrom returns the place of the first word that appends the
// father's name to a person's own (names.IsFatherNote: walad, son of),
// after a word of the name itself. It returns len(n.Tokens) when there is
// none.
func fatherFrom(n *Name) int {
	for i := range n.Tokens {
		if t := &n.Tokens[i]; i > 0 && t.Kind == names.Particle && names.IsFatherNote(t.Raw) {
			return i
		}
	}
	return len(n.Tokens)
}

// conflictSim is the edit similarity under which two words left unmatched
// are two names rather than one misspelt beyond matching (Ghassem and the
// romanizer's qassem for قاسم: 0.71).
const conflictSim = 0.5

// conflict finds, among the query words qLeft and the listed words lLeft
// left unmatched, a query word unlike every listed one and a listed word
// unlike every query one: two names where each side has its own. qf and lf
// are the names' first words (firstWord).
func conflict(q, l *Name, qLeft, lLeft []int, qf, lf int) (qi, lj int, ok bool) {
	if len(qLeft) == 0 || len(lLeft) == 0 {
		return 0, 0, false
	}
	unlike := func(a *Token, others []int, on *Name) bool {
		for _, k := range others {
			b := &on.Tokens[k]
			if shortFor(a, b) || shortFor(b, a) {
				return false
			}
			if a.Latin && b.Latin {
				// Two patronymics are alike when their fathers' names
				// are: the endings they share say nothing.
				if pa, pb := names.PatronymicStem(a.Forms[0]), names.PatronymicStem(b.Forms[0]); pa != "" && pb != "" {
					if samePatronymic(a, b, pa, pb) {
						return false
					}
					continue
				}
			}
			for x, fa := range a.Forms {
				for y, fb := range b.Forms {
					// As in TokenSimilarity, the letters one form has
					// and the other lacks bound the distance.
					if lb := (bits.OnesCount32(a.Masks[x]^b.Masks[y]) + 1) / 2; float64(lb) > (1-conflictSim)*float64(max(len(fa), len(fb))) {
						continue
					}
					if levSim(fa, fb) >= conflictSim && shareConsonant(a.Skels[x], b.Skels[y]) {
						return false
					}
				}
			}
		}
		return true
	}
	// The given names first (see givenConflictMax), then the heaviest.
	if slices.Contains(qLeft, qf) && slices.Contains(lLeft, lf) &&
		(readAlike(&q.Tokens[qf], &l.Tokens[lf]) || min(q.Tokens[qf].Bits, l.Tokens[lf].Bits) >= conflictMinBits) &&
		unlike(&q.Tokens[qf], lLeft, l) && unlike(&l.Tokens[lf], qLeft, q) {
		return qf, lf, true
	}
	qi, lj = -1, -1
	for _, i := range qLeft {
		if q.Tokens[i].Bits >= conflictMinBits && unlike(&q.Tokens[i], lLeft, l) && (qi < 0 || q.Tokens[i].Bits > q.Tokens[qi].Bits) {
			qi = i
		}
	}
	for _, j := range lLeft {
		if l.Tokens[j].Bits >= conflictMinBits && unlike(&l.Tokens[j], qLeft, q) && (lj < 0 || l.Tokens[j].Bits > l.Tokens[lj].Bits) {
			lj = j
		}
	}
	return qi, lj, qi >= 0 && lj >= 0
}

// shortFor reports whether the Latin word a, of three or four letters, may
// be b written short: the start of b's first form, two letters or more
// shorter (Muh. and Moh. for Muhammad, Abd. for Abdullah, Chr. for
// Christian). Lists and documents cut words so, with a full stop or
// without (a machine-readable zone has none), and an abbreviation is no
// other name for the word it cuts.
func shortFor(a, b *Token) bool {
	if !a.Latin || !b.Latin || len(a.Forms) == 0 || len(b.Forms) == 0 {
		return false
	}
	fa, fb := a.Forms[0], b.Forms[0]
	return len(fa) >= 3 && len(fa) <= 4 && len(fb) >= len(fa)+2 && strings.HasPrefix(fb, fa)
}

// patronymic reports whether t is an East Slavic patronymic, of a father
// the table of given names knows or not (Vasilyevich, Rinatovich).
func patronymic(t *Token) bool {
	return t.Kind == names.Word && (t.Slavic&slavicPatronymic != 0 || len(t.Forms) > 0 && names.PatronymicStem(t.Forms[0]) != "")
}

// fathers reports whether two words in conflict name two fathers: two
// patronymics of two given names the table of East Slavic given names
// knows, or a patronymic and an initial (initialConflict). The rest of the
// name, however rare, is then shared by cousins and namesakes, as for two
// given names (givenConflictMax): Natalya Yuryevna VINOGRADOVA is not
// Natalya Vladimirovna VINOGRADOVA, nor Natalya V. VINOGRADOVA. A
// patronymic outside the table may be a spelling the conflict could not
// read (Dutch Joerjevna, Yurjevna), and counts as any conflict does.
func fathers(a, b *Token) bool {
	if a.Kind == names.Initial || b.Kind == names.Initial {
		return (patronymic(a) || a.Kind == names.Initial) && (patronymic(b) || b.Kind == names.Initial)
	}
	return a.Slavic&slavicPatronymic != 0 && b.Slavic&slavicPatronymic != 0
}

// initialConflict finds an initial left unmatched on one side and a
// patronymic left unmatched on the other that the initial cannot stand
// for: "Natalya V. VINOGRADOVA" and Natalya Yuryevna VINOGRADOVA. Russian
// names written short keep the patronymic's initial, and no letter of a
// Cyrillic patronymic's first sound is written as V and as Y. An initial
// stands for a word when it begins one of its forms, or begins another
// spelling of its first sound (initialAlike).
func initialConflict(q, l *Name, qUsed, lUsed *[64]bool) (qi, lj int, ok bool) {
	find := func(a, b *Name, aUsed, bUsed *[64]bool) (int, int, bool) {
		for i := range a.Tokens {
			t := &a.Tokens[i]
			if aUsed[i] || t.Kind != names.Initial || len(t.Forms) == 0 || len(t.Forms[0]) != 1 {
				continue
			}
			for j := range b.Tokens {
				p := &b.Tokens[j]
				if bUsed[j] || !patronymic(p) {
					continue
				}
				alike := false
				for _, f := range p.Forms {
					if f != "" && initialAlike(t.Forms[0][0], f[0]) {
						alike = true
					}
				}
				if !alike {
					return i, j, true
				}
			}
		}
		return 0, 0, false
	}
	if i, j, ok := find(q, l, qUsed, lUsed); ok {
		return i, j, true
	}
	j, i, ok := find(l, q, lUsed, qUsed)
	return i, j, ok
}

// initialSounds are the groups of letters that begin the romanizations of
// one Cyrillic letter: Ю, Е, Я, И (yu, iu, ju, e, ye, ie), Х and Г (kh, h,
// ch, x; Hryhorovych, Grigorievich), Ж, Ш, Ч, Ц (zh, j, z, sh, sz, ch, cz,
// tch, ts, c), В (v, w), Ф (f, ph).
var initialSounds = [...]string{"aeiouyj", "khcxgq", "zjsct", "vwbf", "fp"}

// initialAlike reports whether the initials a and b may begin spellings of
// one word's first sound.
func initialAlike(a, b byte) bool {
	if a == b {
		return true
	}
	for _, g := range initialSounds {
		if strings.IndexByte(g, a) >= 0 && strings.IndexByte(g, b) >= 0 {
			return true
		}
	}
	return false
}

// countryConflict finds, in two organizations' names, a word left
// unmatched on each side that names a country, two different countries,
// neither named anywhere in the other name: one organization's branches
// in two countries are two organizations (JUND AL-KHILAFAH IN TUNISIA and
// JUND AL-KHILAFAH IN ALGERIA; ISLAMIC STATE IN IRAQ AND THE LEVANT -
// LIBYA and - YEMEN). A country one name gives and the other leaves out is
// no conflict: "Sberbank of Russia" is PJSC Sberbank.
func countryConflict(q, l *Name, qUsed, lUsed *[64]bool) (qi, lj int, ok bool) {
	names := func(n *Name, c [2]byte) bool {
		for i := range n.Tokens {
			if n.Tokens[i].Country == c {
				return true
			}
		}
		return false
	}
	for i := range q.Tokens {
		c := q.Tokens[i].Country
		if c == [2]byte{} || qUsed[i] || names(l, c) {
			continue
		}
		for j := range l.Tokens {
			d := l.Tokens[j].Country
			if d == [2]byte{} || d == c || lUsed[j] || names(q, d) {
				continue
			}
			return i, j, true
		}
	}
	return 0, 0, false
}

// samePatronymic reports whether two patronymics, of the fathers' names
// (names.PatronymicStem) pa and pb, may be one: the same name in the
// table of East Slavic given names, or, outside it, two spellings of one
// in any transliteration or language, or misspelt (Iurevich, Jur'evich and
// Yuriyovych; Gienadzjevich and Gennadievich; Grogorievich and
// Ryhorovich). Grigoryevich and Andreevich, Nikolaevich and Anatolyevich,
// Aleksandrovich and Alekseevich are two fathers.
func samePatronymic(a, b *Token, pa, pb string) bool {
	if a.Slavic != 0 && b.Slavic != 0 {
		return a.Slavic == b.Slavic
	}
	var ba, bb [24]byte
	return levSim(patronymicFold(ba[:0], pa), patronymicFold(bb[:0], pb)) >= patronymicSim
}

// patronymicSim is the edit similarity of two fathers' names, folded by
// patronymicFold, from which two patronymics outside the table of given
// names may be one.
const patronymicSim = 0.6

// patronymicFold appends to buf a father's name with what its
// transliterations and languages spell differently left out: i, y, j and
// the soft sign's apostrophe (Iurevich, Jur'evich, Yuriyovych), g, h, kh
// and x as one letter (Russian Grigory, Ukrainian Hryhoriy; Zakharchenko,
// Zaxarchenko), ph as f (Iosifovich, Josephovich), and doubled letters
// once (Gennadievich, Genadzevich).
func patronymicFold(buf []byte, s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case 'i', 'y', 'j', '\'':
			continue
		case 'g', 'x':
			c = 'h'
		case 'h':
			if i > 0 && s[i-1] == 'p' {
				c = 'f'
			}
		case 'k', 'p':
			if i+1 < len(s) && s[i+1] == 'h' {
				continue
			}
		}
		if n := len(buf); n > 0 && buf[n-1] == c {
			continue
		}
		buf = append(buf, c)
	}
	return string(buf)
}

// shareConsonant reports whether two skeletons (names.Skeleton) have a
// consonant in common. Two spellings of one name keep most of theirs
// (Mouloud and Mawlud, Tharwat and Sarwat); two short names can share half
// their letters and none of their consonants (Uday and Qusay, Rana and
// Hala): those are two names.
func shareConsonant(a, b string) bool {
	for i := 0; i < len(a); i++ {
		if c := a[i]; c != 'a' && c != 'y' && strings.IndexByte(b, c) >= 0 {
			return true
		}
	}
	return false
}

// shifted reports whether one name is the other's chain one generation on:
// a child's name is its own given name, then its father's name as the
// father is named (UDAY SADDAM HUSSEIN AL-TIKRITI and SADDAM HUSSEIN
// AL-TIKRITI). It returns the word each side has first that the other
// lacks (-1 on the side that has none): the longer name starts with a word
// of at least givenConflictMinBits left unmatched, its second word met the
// shorter name's first, and the shorter name, of three words at least,
// met it word for word. qf and lf are the names' first words (firstWord).
func shifted(q, l *Name, qf, lf int, qUsed, lUsed *[64]bool, qTo *[64]int8) (qi, lj int, ok bool) {
	if qf < 0 || lf < 0 {
		return 0, 0, false
	}
	words := func(n *Name) int {
		c := 0
		for i := range n.Tokens {
			if n.Tokens[i].Kind == names.Word {
				c++
			}
		}
		return c
	}
	nextWord := func(n *Name, i int) int {
		for j := i + 1; j < len(n.Tokens); j++ {
			if n.Tokens[j].Kind == names.Word {
				return j
			}
		}
		return -1
	}
	// The shorter name met word for word: an initial left over may be the
	// given name the other has.
	allUsed := func(n *Name, used *[64]bool) bool {
		for i := range n.Tokens {
			if k := n.Tokens[i].Kind; (k == names.Word || k == names.Initial) && !used[i] {
				return false
			}
		}
		return true
	}
	switch {
	case !qUsed[qf] && q.Tokens[qf].Bits >= givenConflictMinBits:
		// The query is the child.
		if q2 := nextWord(q, qf); q2 >= 0 && int(qTo[q2]) == lf+1 && words(l) >= 3 && allUsed(l, lUsed) && arabicChain(l) {
			return qf, -1, true
		}
	case !lUsed[lf] && l.Tokens[lf].Bits >= givenConflictMinBits:
		// The listed person is the child.
		if l2 := nextWord(l, lf); l2 >= 0 && int(qTo[qf]) == l2+1 && words(q) >= 3 && allUsed(q, qUsed) && arabicChain(q) {
			return -1, lf, true
		}
	}
	return 0, 0, false
}

// arabicChain reports whether a name is written in Arabic script or carries
// the article, a filiation word or a name on Abu or Abd (AL-TIKRITI, BEN
// TAHER, ABU MINYAR): a chain of forenames. Elsewhere a name's second
// forename is the person's own (Jorge Alberto HERNANDEZ MEJIA may go by
// Alberto), not the father's.
func arabicChain(n *Name) bool {
	for i := range n.Tokens {
		t := &n.Tokens[i]
		switch {
		case t.Script == "Arabic":
			return true
		case t.Kind == names.Particle && names.IsArabicParticle(t.Forms[0]):
			return true
		case t.Kind == names.Word && len(t.Forms[0]) > 4 && (strings.HasPrefix(t.Forms[0], "abu") || strings.HasPrefix(t.Forms[0], "abd")):
			return true
		}
	}
	return false
}

// readAlike reports whether two tokens' forms can be trusted to tell two
// names apart: both written in one script, or one in Latin and the other a
// word the romanization data knows (علي against Uday). A word romanized
// letter by letter may have missed (كل read kal, where Gul was meant).
func readAlike(a, b *Token) bool {
	if a.Latin == b.Latin && a.Script == b.Script {
		return true
	}
	return a.Latin && b.Known || b.Latin && a.Known
}

// firstWord returns the index of a name's first word, titles and particles
// aside: its given name where the name is written given name first, as
// lists and the readers write them. -1 when it has none.
func firstWord(n *Name) int {
	for i := range n.Tokens {
		if n.Tokens[i].Kind == names.Word {
			return i
		}
	}
	return -1
}

// shortened returns the index of q's last word when the listed name l is
// q's chain of names shortened to its ends: every word of l met, q's first
// and last words too, and two words or more of q left between them.
// Lists name a person by a given name and a family name and leave out the
// father's and grandfather's names between (OFAC's Muhsin AL-FADHLI, the
// UK's MUHSIN FADHIL AYED ASHOUR AL-FADHLI). It returns -1 otherwise.
func shortened(q, l *Name, qFirst int, qUsed, lUsed *[64]bool) int {
	if q.Org || l.Org || qFirst < 0 || !qUsed[qFirst] {
		return -1
	}
	last, inner := -1, 0
	for i := len(q.Tokens) - 1; i > qFirst; i-- {
		if q.Tokens[i].Kind != names.Word {
			continue
		}
		if last < 0 {
			last = i
		} else if !qUsed[i] {
			inner++
		}
	}
	if last < 0 || !qUsed[last] || inner < 2 {
		return -1
	}
	for j := range l.Tokens {
		if l.Tokens[j].Kind == names.Word && !lUsed[j] {
			return -1
		}
	}
	return last
}

// appendJoins adds units that join two adjacent words on one side to match
// one word on the other: "Abu Bakr" and "Abubakar" are handled by
// canonical forms, this catches the rest ("Jean Marie" and "Jeanmarie",
// "Al Qaida" and "Alqaida").
func appendJoins(units []unit, q, l *Name) []unit {
	if q.Org && l.Org {
		units = appendTermJoins(units, q, l, false)
		units = appendTermJoins(units, l, q, true)
	}
	for _, jn := range q.Joins {
		a, b := &q.Tokens[jn.I], &q.Tokens[jn.J]
		for j := range l.Tokens {
			lt := &l.Tokens[j]
			if lt.Kind != names.Word || abs(len(lt.Forms[0])-len(jn.Form)) > 2 {
				continue
			}
			if s := joinSim(jn.joined, lt); s > 0 {
				w := min(a.SkelBits+b.SkelBits, lt.SkelBits)
				units = append(units, unit{q1: jn.I, q2: jn.J, l1: j, l2: -1, sim: s, how: "joined", w: w, value: s * w})
			}
		}
	}
	for _, jn := range l.Joins {
		a, b := &l.Tokens[jn.I], &l.Tokens[jn.J]
		for i := range q.Tokens {
			qt := &q.Tokens[i]
			if qt.Kind != names.Word || abs(len(qt.Forms[0])-len(jn.Form)) > 2 {
				continue
			}
			if s := joinSim(jn.joined, qt); s > 0 {
				w := min(a.SkelBits+b.SkelBits, qt.SkelBits)
				units = append(units, unit{q1: i, q2: -1, l1: jn.I, l2: jn.J, sim: s, how: "joined", w: w, value: s * w})
			}
		}
	}
	units = appendPrefixJoins(units, q, l, false)
	units = appendPrefixJoins(units, l, q, true)
	return appendResplits(units, q, l)
}

// resplitSim is the similarity of two words and two listed words whose
// letters run together alike, split at another place (appendResplits).
const resplitSim = 0.95

// appendResplits adds units that meet two adjacent query words with two
// adjacent listed words when their letters run together are the same and
// the space stands elsewhere: a space typed a letter early or late
// ("Hassa nKHALIL" for Hassan KHALIL, "ZhiqingW ANG" for Zhiqing WANG),
// which leaves each word a letter short or long, and one of them often too
// short to meet anything. Every letter agrees, in order: only the seam
// moved, one slip. An article may be one of the four ("Al iFAZLI" for Ali
// FAZLI, "Hami dAL-ALI" for Hamid AL-ALI).
func appendResplits(units []unit, q, l *Name) []unit {
	for i := 0; i+1 < len(q.Tokens); i++ {
		qa, qb := &q.Tokens[i], &q.Tokens[i+1]
		if !resplitPair(qa, qb) {
			continue
		}
		for j := 0; j+1 < len(l.Tokens); j++ {
			la, lb := &l.Tokens[j], &l.Tokens[j+1]
			if !resplitPair(la, lb) || !sameRun(qa.Forms[0], qb.Forms[0], la.Forms[0], lb.Forms[0]) {
				continue
			}
			w := min(qa.SkelBits+qb.SkelBits, la.SkelBits+lb.SkelBits)
			units = append(units, unit{q1: i, q2: i + 1, l1: j, l2: j + 1, sim: resplitSim, how: "resplit", w: w, value: resplitSim * w})
		}
	}
	return units
}

// resplitPair reports whether two adjacent tokens may be a slip's pieces
// (appendResplits): Latin words, or a word and an article.
func resplitPair(a, b *Token) bool {
	return a.Latin && b.Latin && (a.Kind == names.Word || a.Kind == names.Particle) && (b.Kind == names.Word || b.Kind == names.Particle) &&
		(a.Kind == names.Word || b.Kind == names.Word)
}

// sameRun reports whether a1 and a2 run together are b1 and b2 run
// together, split at another place, without joining them.
func sameRun(a1, a2, b1, b2 string) bool {
	if len(a1) == len(b1) || len(a1)+len(a2) != len(b1)+len(b2) {
		return false
	}
	if len(a1) > len(b1) {
		a1, a2, b1, b2 = b1, b2, a1, a2
	}
	// a1 is the shorter first part: b1 is a1 and the start of a2.
	n := len(b1) - len(a1)
	return b1[:len(a1)] == a1 && b1[len(a1):] == a2[:n] && a2[n:] == b2
}

// appendPrefixJoins joins a standalone "Abdul" or "Abu" with any other word
// of the same name, wherever it stands: the UK writes the surname last, so
// "Abdul Rahman ..." can arrive as "Rahman ... ABDUL" and "Abu Jihad" as
// "Jihad ABU". When listed is true, a is the listed name and b the query.
func appendPrefixJoins(units []unit, a, b *Name, listed bool) []unit {
	for i := range a.Tokens {
		p := &a.Tokens[i]
		if p.Kind != names.Word || !names.IsPrefix(p.Forms[0]) {
			continue
		}
		for k := range a.Tokens {
			w := &a.Tokens[k]
			if k == i || k == i+1 || w.Kind != names.Word {
				continue // the adjacent word is joined by Tokenize already
			}
			js := joinTokens(p, w, names.JoinPrefix(p.Forms[0], w.Forms[0]))
			for j := range b.Tokens {
				o := &b.Tokens[j]
				if o.Kind != names.Word {
					continue
				}
				s := joinSim(js, o)
				if s == 0 {
					continue
				}
				wt := min(p.SkelBits+w.SkelBits, o.SkelBits)
				u := unit{q1: i, q2: k, l1: j, l2: -1, sim: s, how: "joined", w: wt, value: s * wt}
				if listed {
					u = unit{q1: j, q2: -1, l1: i, l2: k, sim: s, how: "joined", w: wt, value: u.value}
				}
				units = append(units, u)
			}
		}
	}
	return units
}

// appendTermJoins adds units that meet two adjacent words of a's
// organization's name, joined, with a word of b's that is the same word of
// organizations' names (names.OrgTerm): Machine Building and
// Mashinostroitelnyi, Ship Repair and Sudoremontnyi. With swapped, a is
// the listed name.
func appendTermJoins(units []unit, a, b *Name, swapped bool) []unit {
	for _, jn := range a.Joins {
		term := jn.Term // set by asOrganization
		if term == 0 {
			continue
		}
		t1, t2 := &a.Tokens[jn.I], &a.Tokens[jn.J]
		for k := range b.Tokens {
			bt := &b.Tokens[k]
			if bt.Kind != names.Word || bt.Term != term {
				continue
			}
			w := min(t1.Bits+t2.Bits, bt.Bits)
			u := unit{q1: jn.I, q2: jn.J, l1: k, l2: -1, sim: 0.95, how: "translation", w: w, value: 0.95 * w}
			if swapped {
				u = unit{q1: k, q2: -1, l1: jn.I, l2: jn.J, sim: 0.95, how: "translation", w: w, value: u.value}
			}
			units = append(units, u)
		}
	}
	return units
}

// joinSim compares a joined pair of words with a token's forms, and with
// its letters when both are written in one script other than Latin. Joins
// need their letters to agree (edit similarity 0.85). Consonants alone
// agreeing is weaker evidence here than within a word: where two names
// run together their vowels meet, and a skeleton across the seam is a
// second guess on top of the first (Amirreza and "Ami Irza" share amrz),
// so it counts joinSkelBase plus a tenth of the edit similarity, where a
// word's skeleton counts 0.9 plus a tenth ("ما يشو" and Maychou still
// meet).
func joinSim(j joined, t *Token) float64 {
	if twoScripts(j.Script, t.Script) {
		return 0
	}
	if j.Native != "" && j.Script == t.Script && t.Native != "" {
		if j.Native == t.Native {
			return 1
		}
		if ns := nativeSim(j.Native, t.Native, t.Script); ns < 0.85 {
			return 0
		}
	}
	joined, skel, mask := j.Form, j.Skel, j.Mask
	if j.Script == "Hangul" || t.Script == "Hangul" {
		skel = "" // see TokenSimilarity: vowels are written
	}
	best := 0.0
	for i, f := range t.Forms {
		if abs(len(f)-len(joined)) > 2 {
			continue
		}
		sameSkel := skel != "" && skel == t.Skels[i]
		// Joins need 0.85: skip what the letter sets already rule out,
		// unless the skeletons agree.
		if lb := (bits.OnesCount32(mask^t.Masks[i]) + 1) / 2; float64(lb) > 0.15*float64(max(len(f), len(joined))) && !sameSkel {
			continue
		}
		s := levSim(joined, f)
		// Held to the shape of words (TokenSimilarity's shapeGate): HAN
		// and HAN YU share the skeleton hn, not a spelling.
		shaped := !j.Spelled || !(t.Latin || t.Known) || s >= skelShapeFloor || sameShape(joined, f)
		if s < 1 && sameSkel && s >= skelFloor && shaped {
			s = max(s, joinSkelBase+0.1*s)
		}
		best = max(best, s)
	}
	if best < 0.85 {
		return 0
	}
	return best
}

// twoScripts reports whether words in scripts a and b are in two scripts
// other than Latin. Such words meet only through two romanizers' guesses,
// each free with the vowels the other writes (जयरामन, Jayaraman, and جرمان,
// Jarman), so they are not compared: every listed name in another script
// has a Latin one beside it.
func twoScripts(a, b string) bool {
	return a != b && a != "Latin" && b != "Latin" && a != "" && b != ""
}

// nativeSim is the edit similarity of two words' native forms, counted in
// letters (runes), with transpositions. In Arabic script, where short
// vowels are not written, two words whose consonants agree but whose long
// vowels (ا و ي) differ are two names, not two spellings: محمد and محمود
// (Muhammad, Mahmud), حسن and حسين (Hasan, Husayn), جميل and جمال.
func nativeSim(a, b, script string) float64 {
	var ra, rb [64]rune
	x, y := ra[:0], rb[:0]
	for _, r := range a {
		if len(x) == len(ra) {
			return 0
		}
		if len(x) == 0 || x[len(x)-1] != r { // داوود is داود
			x = append(x, r)
		}
	}
	for _, r := range b {
		if len(y) == len(rb) {
			return 0
		}
		if len(y) == 0 || y[len(y)-1] != r {
			y = append(y, r)
		}
	}
	if script == "Arabic" && !slices.Equal(x, y) && slices.Equal(arabicConsonants(x, ra[:0:0]), arabicConsonants(y, rb[:0:0])) {
		return 0
	}
	return osaSim(x, y)
}

// arabicConsonants returns the letters of w other than the long vowels,
// appended to buf.
func arabicConsonants(w, buf []rune) []rune {
	for _, r := range w {
		if r != 'ا' && r != 'و' && r != 'ي' {
			buf = append(buf, r)
		}
	}
	return buf
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
