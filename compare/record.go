package compare

import (
	"math"
	"math/bits"
	"strings"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/countries"
	"github.com/akascreen/aka/names"
)

// weakAliasBits is what a name loses for being a weak (low quality) alias.
// It is nothing by default: what makes an alias weak is that many people
// could bear it ("Abu Muhammad", "Dr. Amin"), and the rarity of its words
// already says so; lists also put the best-known name, the nom de guerre,
// among the weak aliases (QDi.299's "Abu Bakr al-Baghdadi", CFi.004's
// "Colonel Rambo"). Explanations still name the alias's quality.
var weakAliasBits = 0.0

// weakWordBits is what a weak alias of one word loses: a nickname alone
// ("Leblanc", "Israel", "Rambo"), which lists mark low quality because
// many people bear it as a name. Met alone it is not enough; an agreeing
// birth date or nationality makes it so.
var weakWordBits = 0.0

// weakBits is what the name loses for its quality.
func (n *ListedName) weakBits() float64 {
	switch {
	case n.Quality != aka.Weak:
		return 0
	case n.oneWord:
		return weakAliasBits + weakWordBits
	}
	return weakAliasBits
}

// ListedName is one of an entity's names, prepared.
type ListedName struct {
	Name
	Kind    aka.NameKind
	Quality aka.Quality
	oneWord bool // the name has one word (see weakBits)
}

func (n *ListedName) latin() bool {
	for _, t := range n.Tokens {
		if !t.Latin {
			return false
		}
	}
	return true
}

// Entry is a listed entity prepared for comparison.
type Entry struct {
	Entity *aka.Entity
	Names  []ListedName
	places [][]string // PlaceWords of each birth place
	// placeSkels are the skeletons of places' words.
	placeSkels [][]string
	// words are the words of a person's names, each once; wordBits is
	// log2 of their number by skeleton: what meeting a query word in any
	// of them costs (see otherNames).
	words    []Token
	wordBits float64
}

// PrepareEntry prepares every name of an entity.
func PrepareEntry(e *aka.Entity, r Rarity) *Entry {
	org := e.Type != aka.Person
	if org {
		r = forOrganizations(r)
	}
	en := &Entry{Entity: e, Names: make([]ListedName, 0, len(e.Names)), places: placeWords(e.BirthPlaces)}
	en.placeSkels = placeSkeletons(en.places)
	spanish := !org && SpanishNaming(e)
	for _, n := range e.Names {
		p := Prepare(n.Full, r)
		if len(p.Tokens) == 0 {
			continue
		}
		p.Org = org
		p.asOrganization(r)
		if spanish {
			markPaternal(&p, n, e.Gender != aka.Male)
		}
		words := 0
		for _, t := range p.Tokens {
			if t.Kind == names.Word {
				words++
			}
		}
		en.Names = append(en.Names, ListedName{Name: p, Kind: n.Kind, Quality: n.Quality, oneWord: words == 1})
	}
	if !org {
		seen := map[string]bool{}
		skels := map[string]bool{}
		for _, n := range en.Names {
			for _, t := range n.Tokens {
				if t.Kind != names.Word {
					continue
				}
				if !seen[t.Forms[0]] {
					seen[t.Forms[0]] = true
					en.words = append(en.words, t)
				}
				if t.Latin {
					skels[t.Skels[0]] = true
				}
			}
		}
		en.wordBits = math.Log2(float64(max(1, len(skels))))
	}
	return en
}

// orgRarity is a Rarity that also knows how common words are in the names
// of organizations.
type orgRarity interface {
	ForOrganizations() Rarity
}

// forOrganizations returns r's rarity for organization names, or r.
func forOrganizations(r Rarity) Rarity {
	if o, ok := r.(orgRarity); ok {
		return o.ForOrganizations()
	}
	return r
}

// Query is a subject prepared for comparison.
type Query struct {
	Subject     aka.Subject
	Name        Name
	BirthDate   aka.BirthDate // zero when unknown or unreadable
	Nationality string        // ISO alpha-2, lower case
	Gender      aka.Gender
	DocNumber   string // normalized
	DocType     aka.DocumentType
	DocCountry  string
	Place       []string
	placeSkels  []string
	// Types are the entity types the subject can be.
	Types []aka.EntityType
	// Problems are fields that could not be read; they count as unknown.
	Problems []string
	// Listed says the query is itself a list's record, as in aka eval
	// pairs: its birth dates are as reliable as the list's, and one that
	// contradicts every listed date counts ListedDateMismatch.
	Listed bool
}

// dateMismatch is what a birth date that contradicts every listed one
// counts against q.
func (q *Query) dateMismatch() float64 {
	if q.Listed {
		return ListedDateMismatch
	}
	return dobMismatch
}

// PrepareQuery normalizes a subject's fields. A field it cannot read is
// left unknown and named in Problems, never guessed.
func PrepareQuery(s aka.Subject, r Rarity) *Query {
	q := ReadFields(s)
	if !q.Accepts(aka.Person) {
		r = forOrganizations(r)
	}
	// The country of the document or nationality says how the name is
	// spelled, which its letters no longer do in a machine-readable zone
	// (SERIF for ŞERİF).
	orth := orthography(q.DocCountry)
	if orth == names.Latin {
		orth = orthography(q.Nationality)
	}
	q.Name = prepare(s.Name, r, orth)
	for i := range q.Name.Tokens {
		if t := &q.Name.Tokens[i]; t.Latin && t.Kind == names.Word && t.Syllables == 0 {
			t.Sound = [2][]string{names.LatinSoundKeys(t.Raw, names.SoundWest), names.LatinSoundKeys(t.Raw, names.SoundEast)}
		}
	}
	for _, w := range q.Name.Unread {
		in := "a script aka does not read"
		if sc := names.Script(w); sc != "" {
			in = sc + ", which aka does not read"
		}
		q.Problems = append(q.Problems, "name: "+quote(w)+" is written in "+in+"; the word was left out")
	}
	if len(q.Name.Tokens) == 0 && len(q.Name.Unread) > 0 {
		q.Problems = append(q.Problems, "name: no word could be read; nothing was compared")
	}
	q.Name.Org = q.Accepts(aka.Organization) || q.Accepts(aka.Vessel) || q.Accepts(aka.Aircraft)
	if !q.Accepts(aka.Person) {
		q.Name.asOrganization(r)
	}
	return q
}

// orthography returns how a country's documents spell names in Latin
// letters, where that changes how Arabic names read: Turkey's alphabet,
// and Azerbaijan's, which reads c as j and ş as sh too; Uzbekistan's
// Latin alphabet, and Russia's transliteration beside it; Russia's
// transliteration, which the other former Soviet states of Central Asia
// and Belarus also use for names in Cyrillic; the Somali alphabet, which
// Somalia's and Djibouti's Somali names are written in.
func orthography(country string) names.Orthography {
	switch country {
	case "tr", "az":
		return names.Turkish
	case "uz":
		return names.Uzbek
	case "ru", "by", "kz", "kg", "tj", "tm":
		return names.Russian
	case "so", "dj":
		return names.Somali
	}
	return names.Latin
}

// ReadFields reads a subject's fields other than its name.
func ReadFields(s aka.Subject) *Query {
	q := &Query{Subject: s}
	if s.BirthDate != "" {
		b, err := ParseSubjectDate(s.BirthDate)
		if err != nil {
			q.Problems = append(q.Problems, "birth_date: "+err.Error())
		} else {
			q.BirthDate = b
		}
	}
	if s.Nationality != "" {
		q.Nationality = countries.Code(s.Nationality)
		if q.Nationality == "" {
			q.Problems = append(q.Problems, "nationality: unknown country "+quote(s.Nationality))
		}
	}
	q.Gender = aka.ParseGender(s.Gender)
	q.DocNumber = aka.NormalizeDocumentNumber(s.DocumentNumber)
	q.DocType = aka.DocumentType(strings.ToLower(s.DocumentType))
	if s.DocumentCountry != "" {
		q.DocCountry = countries.Code(s.DocumentCountry)
	}
	if s.PlaceOfBirth != "" {
		q.Place = PlaceWords(s.PlaceOfBirth)
		q.placeSkels = placeSkeletons([][]string{q.Place})[0]
	}
	q.Types = SchemaTypes(s.Schema)
	return q
}

func quote(s string) string { return "\"" + s + "\"" }

// ParseSubjectDate reads a subject's birth date leniently: as
// aka.ParseBirthDate, but a day that does not exist ("1974-01-32", a typing
// error) is dropped and the month kept, rather than losing the whole date.
func ParseSubjectDate(s string) (aka.BirthDate, error) {
	b, err := aka.ParseBirthDate(s)
	if err == nil {
		return b, nil
	}
	t := strings.TrimSpace(s)
	if len(t) == 10 && t[4] == '-' && t[7] == '-' {
		if b2, err2 := aka.ParseBirthDate(t[:7]); err2 == nil {
			return b2, nil
		}
	}
	if len(t) == 10 && t[2] == '/' && t[5] == '/' {
		if b2, err2 := aka.ParseBirthDate("00" + t[2:]); err2 == nil {
			return b2, nil
		}
	}
	return aka.BirthDate{}, err
}

// SchemaTypes maps a FollowTheMoney schema name to the entity types it can
// match. An empty schema is a person, as in the evaluation case format.
func SchemaTypes(schema string) []aka.EntityType {
	switch strings.ToLower(schema) {
	case "", "person":
		return []aka.EntityType{aka.Person}
	case "organization", "company", "publicbody":
		return []aka.EntityType{aka.Organization}
	case "legalentity":
		return []aka.EntityType{aka.Person, aka.Organization}
	case "vessel":
		return []aka.EntityType{aka.Vessel}
	case "airplane", "aircraft":
		return []aka.EntityType{aka.Aircraft}
	}
	return []aka.EntityType{aka.Person, aka.Organization, aka.Vessel, aka.Aircraft}
}

// Accepts reports whether the query can be an entity of type t.
func (q *Query) Accepts(t aka.EntityType) bool {
	for _, x := range q.Types {
		if x == t {
			return true
		}
	}
	return false
}

// BestName compares the query's name with each of the entry's names and
// returns the evidence of the best, weak aliases discounted.
func BestName(q *Query, e *Entry) aka.NameEvidence {
	best, _ := bestName(q, e, nil, math.Inf(-1))
	if best < 0 {
		return aka.NameEvidence{Query: q.Name.Text}
	}
	return nameEvidence(q, e, best)
}

// bestName returns the index of the entry's best name for the query and its
// bits, weak aliases discounted, or -1 when the entry has no names. With
// only non-nil, only those names are compared. Query words the best name
// lacks are looked for among the entity's other names (a person's names
// split across aliases) after the best is chosen.
func bestName(q *Query, e *Entry, only []int, need float64) (int, float64) {
	best, nb, missing := bestSingleName(q, e, only)
	if best < 0 || missing == 0 || len(e.Names) < 2 || e.Entity.Type != aka.Person {
		return best, nb
	}
	// Words met in other names gain at most missingQuery+crossNameShare
	// of their bits: when that cannot reach need, do not look.
	var most float64
	for m := missing; m != 0; m &= m - 1 {
		most += (missingQuery + crossNameShare) * q.Name.Tokens[bits.TrailingZeros64(m)].Bits
	}
	if nb+most < need {
		return best, nb
	}
	ln := &e.Names[best]
	b := align(&q.Name, &ln.Name, e.others(best), nil) - ln.weakBits()
	return best, round3(max(nb, b))
}

func (e *Entry) others(i int) *otherNames {
	return &otherNames{words: e.words, name: &e.Names[i].Name, cost: e.wordBits}
}

// bestSingleName is bestName without looking among other names; it also
// returns the query words the best name lacks.
func bestSingleName(q *Query, e *Entry, only []int) (int, float64, uint64) {
	best, bestBits := -1, 0.0
	var missing uint64
	n := len(e.Names)
	if only != nil {
		n = len(only)
	}
	for k := 0; k < n; k++ {
		i := k
		if only != nil {
			i = only[k]
		}
		ln := &e.Names[i]
		b, m := alignMissing(&q.Name, &ln.Name, nil, nil)
		b -= ln.weakBits()
		// On a tie, a Latin-script name explains better to most readers.
		if best < 0 || b > bestBits || (b == bestBits && ln.latin() && !e.Names[best].latin()) {
			best, bestBits, missing = i, b, m
		}
	}
	return best, round3(bestBits), missing
}

func nameEvidence(q *Query, e *Entry, i int) aka.NameEvidence {
	ln := &e.Names[i]
	ev := aka.NameEvidence{Query: q.Name.Text, Listed: ln.Text}
	var o *otherNames
	if len(e.Names) > 1 && e.Entity.Type == aka.Person {
		o = e.others(i)
	}
	align(&q.Name, &ln.Name, o, &ev)
	ev.Kind, ev.Quality = ln.Kind, ln.Quality
	if w := ln.weakBits(); w != 0 {
		ev.Bits = round3(ev.Bits - w)
	}
	return ev
}

// FeatureBits is the evidence of every feature but the name, and the
// document's apart, as Compare counts them.
func FeatureBits(q *Query, e *Entry) (feat, doc float64) { return featureBits(q, e) }

// NameBitsNeeded returns the least name evidence with which an entry whose
// other features give feat and doc bits reaches need bits in all (see
// corroborate).
func NameBitsNeeded(need, feat, doc float64) float64 {
	rest := need - doc
	if feat <= 0 {
		return rest - feat
	}
	if 2*feat >= rest {
		return rest / 2
	}
	return rest - feat
}

// featureBits is the evidence of every feature but the name, without
// building the explanation: the document's apart, since a shared document
// number identifies by itself.
func featureBits(q *Query, e *Entry) (bits, doc float64) {
	if !q.BirthDate.Date.IsZero() {
		bits += birthDateBits(q.BirthDate, e.Entity.BirthDates, q.dateMismatch())
	}
	if q.Nationality != "" {
		bits += nationalityBits(q.Nationality, e.Entity)
	}
	if q.Gender != "" {
		bits += CompareGender(q.Gender, e.Entity.Gender).Bits
	}
	if q.DocNumber != "" {
		doc = CompareDocument(q.DocNumber, q.DocType, q.DocCountry, e.Entity).Bits
	}
	if len(q.Place) > 0 && placeMatchSkel(q.Place, q.placeSkels, e.places, e.placeSkels) >= 0 {
		bits += pobMatch
	}
	return bits, doc
}

// corroborate limits what agreeing birth dates, nationality, gender and
// places add to the name's evidence: at most as much again (a matching
// document is not limited). Against tens of thousands of listed people, a
// common first name and a shared birth date are a coincidence, not an
// identity; disagreement always counts in full.
func corroborate(nameBits, feat float64) float64 {
	if feat <= 0 {
		return feat
	}
	return min(feat, max(0, nameBits))
}

// Compare scores an entry for a query: the best name's evidence plus each
// other feature's, turned into a score with offset.
func Compare(q *Query, e *Entry, offset float64) aka.Match {
	m, _ := CompareAbove(q, e, nil, offset, math.Inf(-1))
	return m
}

// CompareAbove is Compare for screening: it compares only the names listed
// in only (all when nil), computes the evidence first, and builds the
// explanation only when the score reaches min. It reports whether it did;
// below min only EntityID, Score and the bits are set.
func CompareAbove(q *Query, e *Entry, only []int, offset, min float64) (aka.Match, bool) {
	m := aka.Match{EntityID: e.Entity.ID}
	feat, doc := featureBits(q, e)
	need := math.Inf(-1)
	if min > 0 {
		need = NameBitsNeeded(Bits(min, offset), feat, doc)
	}
	best, nameBits := bestName(q, e, only, need)
	bits := nameBits + corroborate(nameBits, feat) + doc
	m.Explanation.Bits = round3(bits)
	m.Explanation.Offset = offset
	m.Explanation.Name.Bits = nameBits
	m.Score = round3(Score(bits, offset))
	if m.Score < min {
		return m, false
	}
	m.Name, m.Type = e.Entity.PrimaryName(), e.Entity.Type
	if best >= 0 {
		m.Explanation.Name = nameEvidence(q, e, best)
	} else {
		m.Explanation.Name = aka.NameEvidence{Query: q.Name.Text}
	}
	var fs []aka.FeatureEvidence
	if !q.BirthDate.Date.IsZero() {
		fs = append(fs, compareBirthDates(q.BirthDate, e.Entity.BirthDates, q.dateMismatch()))
	}
	if q.Nationality != "" {
		fs = append(fs, CompareNationality(q.Nationality, e.Entity))
	}
	if q.Gender != "" {
		fs = append(fs, CompareGender(q.Gender, e.Entity.Gender))
	}
	if q.DocNumber != "" {
		fs = append(fs, CompareDocument(q.DocNumber, q.DocType, q.DocCountry, e.Entity))
	}
	if len(q.Place) > 0 {
		fs = append(fs, comparePlace(q.Place, e.Entity.BirthPlaces, e.places))
	}
	m.Explanation.Features = fs
	return m, true
}

// spanishCountries name people the Spanish way: one or two given names,
// then the father's first surname, then the mother's.
var spanishCountries = map[string]bool{
	"es": true, "mx": true, "gt": true, "hn": true, "sv": true, "ni": true, "cr": true, "pa": true,
	"cu": true, "do": true, "pr": true, "co": true, "ve": true, "ec": true, "pe": true, "bo": true,
	"cl": true, "ar": true, "py": true, "uy": true, "gq": true,
}

// isDe reports whether a word's forms are the particle de's.
func isDe(forms []string) bool { return len(forms) > 0 && forms[0] == "de" }

// SpanishNaming reports whether a person's nationality, citizenship, place
// of birth or a document's country is one of spanishCountries.
func SpanishNaming(e *aka.Entity) bool {
	for _, c := range e.Nationalities {
		if spanishCountries[c] {
			return true
		}
	}
	for _, c := range e.Citizenships {
		if spanishCountries[c] {
			return true
		}
	}
	for _, p := range e.BirthPlaces {
		if spanishCountries[p.Country] {
			return true
		}
	}
	for _, d := range e.Documents {
		if spanishCountries[d.Country] {
			return true
		}
	}
	return false
}

// markPaternal marks the father's surname of a name whose list says which
// part is the family name (OFAC's "MORENO PEREZ, Felipe", the UK's Name 6)
// when that part is two words, the last two of the name: Felipe MORENO
// PEREZ. A family name of one word, or of more (DE LA CRUZ), is left as it
// is, but for a married woman's: the father's surname, de and the
// husband's (Rosario Maria MURILLO DE ORTEGA), where the husband's marks
// Married unless the person is a man (Jesus FERNANDEZ DE LUNA, a surname
// of three words).
func markPaternal(p *Name, n aka.Name, notMan bool) {
	var family string
	for _, part := range n.Parts {
		if part.Kind == aka.FamilyName {
			family = part.Value
		}
	}
	fam := names.Tokenize(family)
	k := len(p.Tokens)
	if len(fam) == 3 && fam[0].Kind == names.Word && isDe(fam[1].Forms) && fam[2].Kind == names.Word {
		if notMan && k >= 4 && p.Tokens[k-1].Kind == names.Word && p.Tokens[k-1].Forms[0] == fam[2].Forms[0] &&
			isDe(p.Tokens[k-2].Forms) && p.Tokens[k-3].Kind == names.Word && p.Tokens[k-3].Forms[0] == fam[0].Forms[0] {
			p.Tokens[k-1].Married = true
		}
		return
	}
	if len(fam) != 2 || fam[0].Kind != names.Word || fam[1].Kind != names.Word {
		return
	}
	if k < 3 || p.Tokens[k-2].Kind != names.Word || p.Tokens[k-1].Kind != names.Word ||
		p.Tokens[k-2].Forms[0] != fam[0].Forms[0] || p.Tokens[k-1].Forms[0] != fam[1].Forms[0] {
		return
	}
	p.Tokens[k-2].Paternal = true
}
