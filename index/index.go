// Package index is the candidate index over listed entities: every name
// token is indexed under keys that survive spelling and script variation
// (the folded form, its consonant skeleton, and the skeleton with one
// consonant deleted, as in symmetric-delete spelling correction), so that
// "Mohammed Belkalam" meets MOHAMED BELKALEM though they share no exact
// token. A query scores only the candidates its keys hit, weighted by
// rarity, and keeps the best few.
//
// An Index is immutable once built and safe for concurrent use.
package index

import (
	"cmp"
	"container/heap"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/countries"
	"github.com/akascreen/aka/names"
)

// DefaultMaxCandidates is how many entities a query scores at most.
const DefaultMaxCandidates = 40

// deletionMinBits is the rarity from which a query token is also looked up
// one consonant away.
const deletionMinBits = 8

// shortDeletionMinBits is the rarity from which a token with a skeleton of
// three consonants is also looked up one consonant away.
const shortDeletionMinBits = 10

// nameRef points at one name of one entry.
type nameRef struct {
	entry int32
	name  int32
}

// Index holds prepared entries and the inverted index over their names.
type Index struct {
	Entries []*compare.Entry
	types   []uint8 // typeBit of each entry
	// years are the first and last year of each entry's birth dates, 0
	// for none: what a query's birth date can agree with (see
	// CandidatesAbove).
	years [][2]int16
	refs  []nameRef
	// refBits is each name's weight, the bits of its words: of two
	// candidates the query's words hit alike, the one whose name has less
	// left unmatched ranks first.
	refBits []float32
	// order is each entry's place among all entries by id: the last
	// tie-break, so that candidates do not depend on the order the lists
	// were loaded in.
	order    []int32
	postings map[uint64][]int32 // key hash -> postings, ascending
	rarity   *Rarity
	scratch  sync.Pool
}

// Build prepares the entities and indexes their names. Token rarity comes
// from the population name frequencies and from the entities themselves.
func Build(entities []*aka.Entity) *Index {
	r := NewRarity(entities)
	ix := &Index{postings: make(map[uint64][]int32), rarity: r}
	sounds := make(map[string][]uint64) // latinSoundKeys by word, read once
	for _, e := range entities {
		en := compare.PrepareEntry(e, r)
		ei := int32(len(ix.Entries))
		ix.Entries = append(ix.Entries, en)
		ix.types = append(ix.types, typeBit(e.Type))
		ix.years = append(ix.years, yearSpan(e.BirthDates))
		for ni := range en.Names {
			ri := int32(len(ix.refs))
			ix.refs = append(ix.refs, nameRef{entry: ei, name: int32(ni)})
			ix.refBits = append(ix.refBits, float32(en.Names[ni].WordBits()))
			add := func(form, skel string) {
				ks, plain := keys(form, skel, nil)
				for n, k := range ks {
					p := ix.postings[k]
					if l := len(p); l > 0 && p[l-1]>>1 == ri {
						continue
					}
					ix.postings[k] = append(p, posting(ri, n >= plain))
				}
			}
			for _, t := range en.Names[ni].Tokens {
				if t.Kind != names.Word {
					continue
				}
				for i, f := range t.Forms {
					add(f, t.Skels[i])
				}
				if t.Term != 0 {
					add(termForm(t.Term), "")
				}
				if t.Place != "" {
					// Tambovskii is also found by Tambov.
					add(t.Place, "")
					add(t.PlaceStem, "")
				}
				if t.Latin && t.Syllables == 0 {
					ks, ok := sounds[t.Raw]
					if !ok {
						ks = latinSoundKeys(t.Raw)
						sounds[t.Raw] = ks
					}
					for _, k := range ks {
						p := ix.postings[k]
						if l := len(p); l > 0 && p[l-1]>>1 == ri {
							continue
						}
						ix.postings[k] = append(p, posting(ri, false))
					}
				}
			}
			// Adjacent words joined ("Iadena Mohammad" as
			// "Iadenamohammad"), as compare aligns them.
			for _, j := range en.Names[ni].Joins {
				add(j.Form, j.Skel)
			}
			// An organization's acronym, as compare meets it
			// (compare.Acronyms): NIOC finds National Iranian Oil
			// Company.
			if en.Names[ni].Org {
				for _, a := range compare.Acronyms(&en.Names[ni].Name) {
					add(a, "")
				}
				// Its numbers, which only rank names other keys hit
				// (numberBonus).
				for _, n := range en.Names[ni].Numbers {
					k := hashKey(keyNumber, n, "")
					if p := ix.postings[k]; len(p) == 0 || p[len(p)-1]>>1 != ri {
						ix.postings[k] = append(p, posting(ri, false))
					}
				}
			}
		}
	}
	ix.order = idOrder(ix.Entries)
	ix.scratch.New = func() any { return newScratch(len(ix.refs), len(ix.Entries)) }
	return ix
}

// idOrder returns each entry's place among entries sorted by entity id
// (then by their place, for entries sharing an id).
func idOrder(entries []*compare.Entry) []int32 {
	by := make([]int32, len(entries))
	for i := range by {
		by[i] = int32(i)
	}
	slices.SortStableFunc(by, func(a, b int32) int {
		return strings.Compare(entries[a].Entity.ID, entries[b].Entity.ID)
	})
	order := make([]int32, len(entries))
	for place, ei := range by {
		order[ei] = int32(place)
	}
	return order
}

// Rarity returns the index's token rarity, for preparing queries.
func (ix *Index) Rarity() compare.Rarity { return ix.rarity }

// Key kinds, as prefixes in the one posting map. Skeletons and their
// deletions share one namespace, so that a query's skeleton meets a listed
// deletion, a query's deletion a listed skeleton, and deletions meet each
// other (one substitution); postings mark which listed keys were deletions.
// Deletions from three-letter skeletons leave two letters, which would meet
// every two-letter skeleton: they have a namespace of their own, which only
// rare query tokens look in.
const (
	keyForm    = 'f'
	keySkel    = 's'
	keyShort   = 't'
	keyAnagram = 'a'
	// keySoundWest and keySoundEast are the sound keys of words
	// (names.LatinSoundKeys) in each names.SoundMode: a word written by
	// ear in Cyrillic, Hebrew, kana or Hangul looks up its own.
	keySoundWest = 'w'
	keySoundEast = 'e'
	// keyNumber is a number of an organization's or vessel's name.
	keyNumber = 'n'
)

// numberBonus is what a number shared with the query adds to the key score
// of a name its words hit: enough to rank it first among names with the
// same words, less than any word is worth.
const numberBonus = 1

// maxIndexedSoundKeys is how many of a listed word's sound keys, the
// likeliest readings first, are indexed in each mode.
const maxIndexedSoundKeys = 4

// A sound lookup is one of a query word's sound keys, and the share of
// the word's weight its hits earn.
type soundLookup struct {
	k     uint64
	share float32
}

// A sound key is shared by many words: in Cyrillic and Hebrew, which also
// transliterate, the hits of one of three classes rank after those of a
// deletion (Абу Ханифа, v-p-n-p, is every Ivanov's key). One of four
// classes or more (Clinton, k-l-n-t-n) is shared by few, and so is one of
// three in the scripts that write foreign names only by ear: their hits
// rank with a skeleton's. The romanizations of a word written by ear spell
// nothing, and their deletions hit names at random (克林顿, kelindun).
const (
	soundShare     float32 = 0.5
	soundLongShare float32 = 0.8
)

// deletionShare is the share of a word's weight that a name hit by one of
// its deletions earns.
const deletionShare float32 = 0.6

// soundKinds are the key kinds of the sound modes.
var soundKinds = [2]byte{names.SoundWest: keySoundWest, names.SoundEast: keySoundEast}

// latinSoundKeys returns the hashed sound keys of a listed Latin word in
// both modes, of two classes or more.
func latinSoundKeys(raw string) []uint64 {
	var out []uint64
	for mode, kind := range soundKinds {
		start := len(out)
		for _, k := range names.LatinSoundKeys(raw, names.SoundMode(mode)) {
			c := names.SoundClasses(k)
			if len(strings.TrimPrefix(c, "V")) < 3 {
				continue
			}
			if h := hashKey(kind, c, ""); !slices.Contains(out[start:], h) {
				out = append(out, h)
			}
			if len(out)-start == maxIndexedSoundKeys {
				break
			}
		}
	}
	return out
}

// termForm is the key form of a word of organizations' names that
// names.OrgTerm numbers: no letters, so no spelling has it.
func termForm(id uint8) string { return string([]byte{1, id}) }

// keys returns the hashed index keys of one token form: the form, its
// skeleton, and the skeleton with each one consonant deleted (for skeletons
// of three consonants or more). It reports how many of them, from the
// start, are not deletions; the first is the form's.
func keys(form, skel string, out []uint64) ([]uint64, int) {
	out = append(out, hashKey(keyForm, form, ""))
	if len(skel) >= 2 {
		out = append(out, hashKey(keySkel, skel, ""))
	}
	if a, ok := anagram(form); ok {
		out = append(out, hashKey(keyAnagram, a, ""))
	}
	n := len(out)
	if len(skel) >= 3 {
		kind := byte(keySkel)
		if len(skel) == 3 {
			kind = keyShort
		}
		for i := 0; i < len(skel); i++ {
			out = append(out, hashKey(kind, skel[:i], skel[i+1:]))
		}
	}
	return out, n
}

// anagram returns the consonants of a form in sorted order, for forms with
// three or more: a key that two letters swapped by a typing error
// ("Moshen" for "Mohsen", "Adbul" for "Abdul") leaves unchanged.
func anagram(form string) (string, bool) {
	var buf [32]byte
	n := 0
	for i := 0; i < len(form) && n < len(buf); i++ {
		switch c := form[i]; c {
		case 'a', 'e', 'i', 'o', 'u', 'y':
		default:
			buf[n] = c
			n++
		}
	}
	if n < 3 {
		return "", false
	}
	b := buf[:n]
	slices.Sort(b)
	return string(b), true
}

// hashKey hashes a key kind and the text a+b with 64-bit FNV-1a, without
// building the string. A collision only adds a candidate.
func hashKey(kind byte, a, b string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	h = (h ^ uint64(kind)) * prime
	for i := 0; i < len(a); i++ {
		h = (h ^ uint64(a[i])) * prime
	}
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * prime
	}
	return h
}

// A posting is a name ref shifted left by one, its low bit set when the
// listed key was a deletion.
func posting(ri int32, del bool) int32 {
	p := ri << 1
	if del {
		p |= 1
	}
	return p
}

type scratch struct {
	ref      []refScratch // per name ref
	gen      uint32
	hits     []int32   // name refs hit
	hitEnt   []int32   // the entry of each name ref hit
	entScore []float32 // per entry: its best name's score
	entBulk  []float32 // per entry: the weight of its best name (refBits), the least among equals
	entRank  []float32 // per entry: entScore and what the birth date adds
	entMask  []uint64  // per entry: the query words that hit any of its names
	touched  []int32   // entries whose entMask is set
	entPos   []int32   // per entry: 1 + its place among the candidates, or 0
	ents     []int32   // entries hit
	heap     []int32
}

// refScratch is what a query gathers about one name ref, kept together:
// hits come in no order, and one cache line per hit is cheaper than one
// per field.
type refScratch struct {
	score  float32
	weight float32 // the bits of the query words that hit it (see compare.NameBound)
	mark   uint32  // the lookup that last hit it
	mask   uint64  // the query words that hit it, a bit each
	strong uint64  // the words that hit it by form or skeleton, not by a deletion
	// credit is what each of the first creditWords query words added to
	// score, alone or in a joined lookup.
	credit [creditWords]float32
}

// creditWords is how many of a query's words have their credit kept
// (refScratch.credit); a joined lookup of later words adds in full.
const creditWords = 8

// addJoined returns what a joined lookup worth v adds to the name for the
// words in mask: v less what those words earned there, shared out among
// them.
func (r *refScratch) addJoined(v float32, mask uint64) float32 {
	var had float32
	n := 0
	for m := mask; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		if i >= creditWords {
			return v
		}
		had += r.credit[i]
		n++
	}
	add := max(0, v-had)
	if add > 0 {
		for m := mask; m != 0; m &= m - 1 {
			r.credit[bits.TrailingZeros64(m)] += add / float32(n)
		}
	}
	return add
}

func newScratch(refs, entries int) *scratch {
	return &scratch{ref: make([]refScratch, refs), entScore: make([]float32, entries), entBulk: make([]float32, entries), entRank: make([]float32, entries), entMask: make([]uint64, entries), entPos: make([]int32, entries)}
}

// wordBit is query word i's bit in a mask; words past the 64th share the
// last bit (compare gives names of more than 64 words nothing).
func wordBit(i int) uint64 { return 1 << min(i, 63) }

// maskBits is the weight of the query words in mask.
func maskBits(q *compare.Query, mask uint64) float64 {
	var w float64
	for mask != 0 {
		i := bits.TrailingZeros64(mask)
		mask &= mask - 1
		if i < len(q.Name.Tokens) {
			w += q.Name.Tokens[i].Bits
		}
	}
	return w
}

// nameWeight is the weight of the query words that hit a name of entry ei
// (in mask; the rare ones hitting any of its names in rare), for bounding
// the name's evidence (compare.NameBound): a person's rare words met in its
// other names count too, at what compare lets them earn.
func (ix *Index) nameWeight(q *compare.Query, ei int32, mask, rare uint64) float64 {
	w := maskBits(q, mask)
	if other := rare &^ mask; other != 0 && ix.types[ei] == typeBit(aka.Person) {
		w = compare.OtherNamesWeight(w, maskBits(q, other))
	}
	return w
}

// rareWords are the query's words that count when met in another name of
// a person (compare.OtherNameMinBits), a bit each.
func rareWords(q *compare.Query) uint64 {
	var m uint64
	for i := range q.Name.Tokens {
		if t := &q.Name.Tokens[i]; t.Kind == names.Word && t.Bits >= compare.OtherNameMinBits {
			m |= wordBit(i)
		}
	}
	return m
}

// repeatsWord reports whether the query's word ti repeats an earlier word:
// its lookup would hit the same names.
func repeatsWord(q *compare.Query, ti int) bool {
	t := &q.Name.Tokens[ti]
	for i := range ti {
		if p := &q.Name.Tokens[i]; p.Kind == names.Word && p.Term == t.Term && p.Place == t.Place && slices.Equal(p.Forms, t.Forms) {
			return true
		}
	}
	return false
}

// Candidates returns the entries whose names the query's tokens hit, best
// first, at most limit of them, of the types the query accepts.
func (ix *Index) Candidates(q *compare.Query, limit int) []Candidate {
	return ix.CandidatesAbove(q, limit, math.Inf(-1))
}

// CandidatesAbove is Candidates for screening at a threshold: names whose
// hit words cannot earn minNameBits, all other query words missing (see
// compare.NameBound), are left out. A name is hit by a word when they share
// a form, a skeleton or a skeleton one consonant apart; the tokens a name
// matches in compare are hit here, but for an edit-distance match with no
// key in common, which the bound then misses.
func (ix *Index) CandidatesAbove(q *compare.Query, limit int, minNameBits float64) []Candidate {
	if limit <= 0 {
		limit = DefaultMaxCandidates
	}
	sc := ix.scratch.Get().(*scratch)
	defer ix.scratch.Put(sc)
	sc.hits, sc.hitEnt = sc.hits[:0], sc.hitEnt[:0]
	var keyBuf [32]uint64
	// lookup adds w bits to every name that one of the forms hits, once
	// per call: the best key first (exact form, skeleton, then one
	// deletion away).
	lookup := func(forms, skels []string, w float32, joined bool, words uint64, sound []soundLookup) {
		// Deletions find misspellings of rare tokens; for a popular one
		// ("Mohammed") they would scan long posting lists for little, and
		// for joined words they would let "Hasanabu" stand for every
		// Hasan.
		deletions := w >= deletionMinBits && !joined
		// Deleting from a three-letter skeleton leaves two-letter keys
		// that hit nearly everyone: only for rare tokens.
		short := w >= shortDeletionMinBits
		sc.gen++
		if sc.gen == 0 { // wrapped: reset marks
			for i := range sc.ref {
				sc.ref[i].mark = 0
			}
			sc.gen = 1
		}
		gen := sc.gen
		// The keys of all forms, each once: the romanizations of an
		// Arabic word share most of their skeletons.
		type lk struct {
			k   uint64
			val float32
			del bool
			// sound is set on a sound key's: a word it hits is not
			// met closely (strong).
			sound bool
		}
		var lkBuf [64]lk
		lks := lkBuf[:0]
		push := func(k uint64, val float32, del bool) {
			for i := range lks {
				if lks[i].k == k {
					// A later form's plain key may be an earlier
					// form's deletion (Kozlovs' kzlw is Kozlov's
					// skeleton): the plain reading wins a tie.
					if val > lks[i].val || val == lks[i].val && lks[i].del && !del {
						lks[i].val, lks[i].del = val, del
					}
					return
				}
			}
			lks = append(lks, lk{k: k, val: val, del: del})
		}
		for i, f := range forms {
			ks, plain := keys(f, skels[i], keyBuf[:0])
			if !deletions || (len(skels[i]) == 3 && !short) {
				ks = ks[:plain]
			} else if sk := skels[i]; len(sk) == 3 {
				// A rare token's short deletions also meet listed
				// two-letter skeletons ("Afiz" and "Faiz").
				for j := 0; j < len(sk); j++ {
					ks = append(ks, hashKey(keySkel, sk[:j], sk[j+1:]))
				}
			}
			for n, k := range ks {
				switch {
				case n == 0:
					push(k, w, false)
				case n < plain:
					push(k, w*0.9, false)
				default:
					push(k, w*0.9, true)
				}
			}
		}
		// A name counts once, with the first key that hits it: a sound
		// key that ranks with a skeleton comes before the deletions
		// (whose hits earn deletionShare of the weight), the others
		// after them.
		at := len(lks)
		for i := range lks {
			if lks[i].del {
				at = i
				break
			}
		}
		for _, s := range sound {
			l := lk{k: s.k, val: w * s.share, sound: true}
			if s.share > deletionShare {
				lks = slices.Insert(lks, at, l)
				at++
			} else {
				lks = append(lks, l)
			}
		}
		for _, l := range lks {
			for _, p := range ix.postings[l.k] {
				ri := p >> 1
				r := &sc.ref[ri]
				del := l.del || p&1 == 1
				if !del && !l.sound && r.strong&words == 0 {
					// Whichever of the word's keys hits first.
					r.strong |= words
				}
				if r.mark == gen {
					continue
				}
				v := l.val
				if del {
					v = w * deletionShare
				}
				if joined {
					// The joined words may have hit the name one by one:
					// the join adds what they did not earn. Counted twice,
					// a name met word by word and joined ranked names
					// sharing fewer of the query's words far behind it,
					// and past minShare (OFAC's "Abu Zaid DORDA" behind
					// "Abu Zayd Umar Hmeid Dorda").
					v = r.addJoined(v, words)
				} else if i := bits.TrailingZeros64(words); i < creditWords {
					r.credit[i] = v
				}
				r.mark = gen
				if r.score == 0 {
					sc.hits = append(sc.hits, ri)
					sc.hitEnt = append(sc.hitEnt, ix.refs[ri].entry)
				}
				r.score += v
				r.mask |= words
			}
		}
	}
	for ti := range q.Name.Tokens {
		t := &q.Name.Tokens[ti]
		if t.Kind != names.Word {
			continue
		}
		forms, skels := t.Forms, t.Skels
		if t.Term != 0 {
			// A word of organizations' names also meets its
			// translation (names.OrgTerm: Zavod and Plant).
			forms = append(forms[:len(forms):len(forms)], termForm(t.Term))
			skels = append(skels[:len(skels):len(skels)], "")
		}
		if t.Place != "" {
			// Tambovskii also meets Tambov, Izhevskiy Izhevsk.
			forms = append(forms[:len(forms):len(forms)], t.Place, t.PlaceStem)
			skels = append(skels[:len(skels):len(skels)], "", "")
		}
		var soundBuf [16]soundLookup
		sound := soundBuf[:0]
		for mode, kind := range soundKinds {
			if t.Latin {
				break // a Latin word's keys are the listed words'
			}
			for _, k := range t.Sound[mode] {
				if len(sound) == len(soundBuf) {
					break
				}
				c := names.SoundClasses(k)
				n := len(strings.TrimPrefix(c, "V"))
				if n < 3 {
					continue
				}
				share := soundShare
				if n >= 4 || names.OnlyByEar(t.Script) {
					share = soundLongShare
				}
				// The index holds classes: keys of one word that differ
				// in their vowels look up one key.
				h := hashKey(kind, c, "")
				if !slices.ContainsFunc(sound, func(l soundLookup) bool { return l.k == h }) {
					sound = append(sound, soundLookup{h, share})
				}
			}
		}
		w := float32(t.Bits)
		if repeatsWord(q, ti) {
			// A word the query repeats (Mahdi bin Muhammad bin Muhammad
			// Kammun) hits the names the first one hit: counted again, it
			// ranked every name with one Muhammad and one other query word
			// above OFAC's Mehdi KAMMOUN. It earns nothing, and marks the
			// names it hits, whose bound may count it (compare.NameBound).
			w = 0
		}
		lookup(forms, skels, w, false, wordBit(ti), sound)
	}
	for _, j := range q.Name.Joins {
		w := q.Name.Tokens[j.I].Bits + q.Name.Tokens[j.J].Bits
		lookup([]string{j.Form}, []string{j.Skel}, float32(w), true, wordBit(j.I)|wordBit(j.J), nil)
	}
	// A standalone "Abdul" or "Abu" (a surname put last: "Jihad ABU") is
	// looked up joined with each other word.
	for pi := range q.Name.Tokens {
		p := &q.Name.Tokens[pi]
		if p.Kind != names.Word || !names.IsPrefix(p.Forms[0]) {
			continue
		}
		for wi := range q.Name.Tokens {
			w := &q.Name.Tokens[wi]
			if wi == pi || w.Kind != names.Word {
				continue
			}
			j := names.JoinPrefix(p.Forms[0], w.Forms[0])
			lookup([]string{j}, []string{names.Skeleton(j)}, float32(max(p.Bits+w.Bits, ix.rarity.Bits(j))), true, wordBit(pi)|wordBit(wi), nil)
		}
	}
	// A vessel's or organization's number ranks the names its words hit
	// that carry it: a fleet's dozens of vessels share their words (FU
	// YUAN YU 7868, FU YUAN YU 8696), and the one the query numbers must
	// not be left out of the candidates among them.
	if q.Name.Org {
		for _, n := range q.Name.Numbers {
			for _, p := range ix.postings[hashKey(keyNumber, n, "")] {
				if r := &sc.ref[p>>1]; r.score > 0 {
					r.score += numberBonus
				}
			}
		}
	}
	// Keys are visited in order of decreasing value within a form, but a
	// later form may hit a name with a higher value; the difference is
	// small and only orders candidates.
	// Each entry counts with its best name; the best limit entries of an
	// accepted type are kept, found with a bounded min-heap rather than by
	// sorting every hit.
	ents := sc.ents[:0]
	qtypes := typeMask(q.Types)
	// A name must be hit by query words weighing at least minWeight to
	// reach minNameBits (compare.NameBound is increasing in the weight).
	minWeight := float32(math.Inf(-1))
	if !math.IsInf(minNameBits, -1) {
		minWeight = float32(compare.MinMatched(&q.Name, minNameBits))
	}
	// A person's query words may be met by several of its names
	// (compare: other names), so a name's weight counts the words that hit
	// the entity's other names too, at what compare lets them earn.
	// A person's rare query words may be met by its other names (compare:
	// other names): a name's weight counts them too, at what compare lets
	// them earn.
	rare := rareWords(q)
	touched := sc.touched[:0]
	if rare != 0 {
		for k, ri := range sc.hits {
			// Other names count a word they match closely (compare:
			// similarity 0.9): by its form or skeleton.
			if m := sc.ref[ri].strong & rare; m != 0 {
				ei := sc.hitEnt[k]
				if sc.entMask[ei] == 0 {
					touched = append(touched, ei)
				}
				sc.entMask[ei] |= m
			}
		}
	}
	for k, ri := range sc.hits {
		ei := sc.hitEnt[k]
		sc.ref[ri].weight = float32(ix.nameWeight(q, ei, sc.ref[ri].mask, sc.entMask[ei]))
		if sc.ref[ri].weight < minWeight {
			sc.ref[ri].score = 0 // cannot reach the threshold: not a hit
			continue
		}
		v := sc.ref[ri].score
		if sc.entScore[ei] == 0 {
			if ix.types[ei]&qtypes == 0 {
				continue
			}
			ents = append(ents, ei)
		}
		if b := ix.refBits[ri]; v > sc.entScore[ei] || v == sc.entScore[ei] && b < sc.entBulk[ei] {
			sc.entScore[ei], sc.entBulk[ei] = v, b
		}
	}
	// Ranked by its names alone, a long query's true entity can fall
	// behind dozens that share its popular words (QASIM MOHAMED MAHDI
	// AL-RIMI against OFAC's many Mohammed Mahdi and Qasim): an agreeing
	// birth date, which compare counts, ranks it too. A contradicting one
	// does not demote: the name may still carry the match.
	qy := yearSpan([]aka.BirthDate{q.BirthDate})
	for _, ei := range ents {
		sc.entRank[ei] = sc.entScore[ei]
		// Dates further apart than dateSlack years earn nothing:
		// skip them without comparing.
		if y := ix.years[ei]; qy[0] != 0 && y[0] != 0 && qy[0] <= y[1]+dateSlack && y[0] <= qy[1]+dateSlack {
			sc.entRank[ei] += float32(max(0, compare.BirthDateBits(q.BirthDate, ix.Entries[ei].Entity.BirthDates)))
		}
	}
	h := entHeap{score: sc.entRank, bulk: sc.entBulk, order: ix.order, ids: sc.heap[:0]}
	// The heap is made once full, and sorted best first at the end: its
	// Push and Pop would box each entry in an interface.
	for _, ei := range ents {
		if len(h.ids) < limit {
			if h.ids = append(h.ids, ei); len(h.ids) == limit {
				heap.Init(&h)
			}
		} else if h.less(h.ids[0], ei) {
			h.ids[0] = ei
			heap.Fix(&h, 0)
		}
	}
	slices.SortFunc(h.ids, func(a, b int32) int {
		switch {
		case h.less(b, a):
			return -1
		case h.less(a, b):
			return 1
		}
		return 0
	})
	out := make([]Candidate, len(h.ids))
	for i, ei := range h.ids {
		out[i].Entry = ix.Entries[ei]
		out[i].score = sc.entScore[ei]
		out[i].ei = ei
	}
	// Candidates whose names are far behind the best name cannot win:
	// keep those within minShare of it, by their names alone (a birth
	// date ranks candidates, it does not keep more of them).
	var best float32
	for i := range out {
		best = max(best, out[i].score)
	}
	kept := out[:0]
	for _, c := range out {
		if c.score >= best*minShare {
			kept = append(kept, c)
		}
	}
	out = kept
	for i := range out {
		sc.entPos[out[i].ei] = int32(i + 1)
	}
	// The names worth aligning: those of a chosen entry that scored at
	// least half its best, at most maxNames of them. A name no key hit
	// cannot match well, and aliases run to dozens on some lists.
	for k, ri := range sc.hits {
		ei := sc.hitEnt[k]
		pos := sc.entPos[ei]
		if pos == 0 || sc.ref[ri].score == 0 || sc.ref[ri].score < 0.5*sc.entScore[ei] {
			continue
		}
		c := &out[pos-1]
		c.names = append(c.names, scoredName{ix.refs[ri].name, sc.ref[ri].score, ix.refBits[ri]})
		c.Weight = max(c.Weight, float64(sc.ref[ri].weight))
	}
	for i := range out {
		c := &out[i]
		slices.SortFunc(c.names, func(a, b scoredName) int {
			if a.score != b.score {
				return cmp.Compare(b.score, a.score)
			}
			// A person's alias that is the query's name whole ranks
			// before longer ones its words hit alike: UN QDi.318's
			// "Muhammad Jamal" came fifth of its names, after four with
			// ABD-AL RAHIM AHMAD AL-KASHIF, and was not aligned.
			if a.bulk != b.bulk {
				return cmp.Compare(a.bulk, b.bulk)
			}
			return cmp.Compare(a.name, b.name)
		})
		if len(c.names) > maxNames {
			c.names = c.names[:maxNames]
		}
		c.Names = make([]int, len(c.names))
		for j, n := range c.names {
			c.Names[j] = int(n.name)
		}
		c.names = nil
	}
	for k, ri := range sc.hits {
		r := &sc.ref[ri]
		r.score, r.weight, r.mask, r.strong, r.credit = 0, 0, 0, 0, [creditWords]float32{}
		sc.entPos[sc.hitEnt[k]] = 0
	}
	for _, ei := range touched {
		sc.entMask[ei] = 0
	}
	sc.touched = touched
	for _, ei := range ents {
		sc.entScore[ei], sc.entRank[ei], sc.entBulk[ei] = 0, 0, 0
	}
	sc.ents, sc.heap = ents, h.ids
	return out
}

// dateSlack is the most years apart two birth dates can be and still add
// to a candidate's rank (compare: an approximate date 3 years off).
const dateSlack = 3

// yearSpan returns the first and last year of dates, 0 and 0 for none.
func yearSpan(dates []aka.BirthDate) [2]int16 {
	var y [2]int16
	for _, d := range dates {
		if d.Date.IsZero() {
			continue
		}
		lo, hi := int16(d.Date.Year), int16(d.Date.Year)
		if d.IsRange() {
			hi = int16(d.To.Year)
		}
		if y[0] == 0 || lo < y[0] {
			y[0] = lo
		}
		hi = max(hi, lo)
		y[1] = max(y[1], hi)
	}
	return y
}

// maxNames is how many names of a candidate are aligned at most.
const maxNames = 4

// minShare is the share of the best candidate's key score a candidate needs
// to be compared at all.
const minShare = 0.25

// Candidate is an entry worth comparing and the names of it worth aligning,
// best first.
type Candidate struct {
	Entry *compare.Entry
	Names []int // indices into Entry.Names
	// Weight is the most any of its names was hit by: the bits of the
	// query words that hit it (see compare.NameBound).
	Weight float64
	names  []scoredName
	score  float32
	ei     int32 // the entry's index in Index.Entries
}

type scoredName struct {
	name  int32
	score float32
	bulk  float32 // the name's weight (refBits): of equals, the one that leaves least unmatched is aligned first
}

// typeMask returns a bit set of entity types.
func typeMask(ts []aka.EntityType) uint8 {
	var m uint8
	for _, t := range ts {
		m |= typeBit(t)
	}
	return m
}

func typeBit(t aka.EntityType) uint8 {
	switch t {
	case aka.Person:
		return 1
	case aka.Organization:
		return 2
	case aka.Vessel:
		return 4
	case aka.Aircraft:
		return 8
	}
	return 16
}

// entHeap is a min-heap of entries by score. Of two that score alike, the
// one whose best name weighs less (has less left unmatched) ranks first,
// then the one whose entity id sorts first: so that candidates depend
// neither on the order of hits nor on the order the lists were loaded in.
type entHeap struct {
	score []float32
	bulk  []float32 // per entry: the weight of its best name
	order []int32   // per entry: its place by entity id
	ids   []int32
}

func (h *entHeap) less(a, b int32) bool {
	if h.score[a] != h.score[b] {
		return h.score[a] < h.score[b]
	}
	if h.bulk[a] != h.bulk[b] {
		return h.bulk[a] > h.bulk[b]
	}
	return h.order[a] > h.order[b]
}
func (h *entHeap) Len() int           { return len(h.ids) }
func (h *entHeap) Less(i, j int) bool { return h.less(h.ids[i], h.ids[j]) }
func (h *entHeap) Swap(i, j int)      { h.ids[i], h.ids[j] = h.ids[j], h.ids[i] }
func (h *entHeap) Push(x any)         { h.ids = append(h.ids, x.(int32)) } // heap.Interface; CandidatesAbove appends
func (h *entHeap) Pop() any {
	x := h.ids[len(h.ids)-1]
	h.ids = h.ids[:len(h.ids)-1]
	return x
}

// Rarity estimates how rare a name token is among people: the larger of
// its population frequency (names.PopulationFrequency) and its frequency in
// the lists (scaled down, since lists over-represent some names), with a
// floor that depends on the token's length: short tokens meet by chance more
// often.
type Rarity struct {
	formDF map[string]int32
	skelDF map[string]int32
	n      float64
	// orgDF counts the non-person entities carrying a form; nOrg is
	// their number.
	orgDF map[string]int32
	nOrg  int
	// given is, for a word that begins the names of at least
	// givenMinPeople listed people of one nationality, the largest share
	// of such a nationality's listed people whose names it begins
	// (LocalBits).
	given map[string]float64
	// givenBound is, for the same words, the least over those
	// nationalities (and languages) of -log2 of the share plus what the
	// people's number says of their share of the world (LocalBound).
	givenBound map[string]float64
	// givenDF counts, for each form, the listed people whose strong
	// names give it as a given name, whatever their nationality
	// (GivenName).
	givenDF map[string]int32
}

// Local shares of given names (LocalBits): a nationality counts from
// givenMinNationals listed people, a word from givenMinPeople of them.
const (
	givenMinNationals = 300
	givenMinPeople    = 3
)

// listScale turns a token's share of listed entities into an estimate of
// its share of people.
const listScale = 0.1

// NewRarity counts, for every token form and skeleton, how many entities
// carry it.
func NewRarity(entities []*aka.Entity) *Rarity {
	r := &Rarity{formDF: make(map[string]int32), skelDF: make(map[string]int32), orgDF: make(map[string]int32), n: float64(max(1, len(entities)))}
	var forms, skels []string
	firsts := make([][]string, len(entities)) // see givenShares
	givens := make([][]string, len(entities)) // see GivenName
	for i, e := range entities {
		if e.Type != aka.Person {
			r.nOrg++
		}
		forms, skels = forms[:0], skels[:0]
		spanish := e.Type == aka.Person && compare.SpanishNaming(e)
		for _, n := range e.Names {
			strong := e.Type == aka.Person && n.Quality != aka.Weak
			first := strong
			toks := names.Tokenize(n.Full)
			last := -1
			for k, t := range toks {
				if t.Kind == names.Word {
					last = k
				}
			}
			if strong && spanish {
				firsts[i] = spanishGivenNames(firsts[i], n, toks)
			}
			for k, t := range toks {
				if t.Kind != names.Word {
					continue
				}
				if first || strong && k != last && names.PatronymicStem(t.Forms[0]) == "" {
					givens[i] = append(givens[i], t.Forms...)
				}
				if first {
					firsts[i] = append(firsts[i], t.Forms...)
					first = false
				}
				for _, f := range t.Forms {
					forms = append(forms, f)
					skels = append(skels, names.Skeleton(f))
				}
			}
		}
		slices.Sort(forms)
		slices.Sort(skels)
		for _, f := range slices.Compact(forms) {
			r.formDF[f]++
			if e.Type != aka.Person {
				r.orgDF[f]++
			}
		}
		for _, s := range slices.Compact(skels) {
			r.skelDF[s]++
		}
	}
	r.givenDF = map[string]int32{}
	for i := range entities {
		slices.Sort(firsts[i])
		firsts[i] = slices.Compact(firsts[i])
		slices.Sort(givens[i])
		for _, f := range slices.Compact(givens[i]) {
			r.givenDF[f]++
		}
	}
	r.given, r.givenBound = givenShares(entities, firsts)
	return r
}

// spanishGivenNames appends to firsts the forms of the given names after
// the first of a name of a person named the Spanish way
// (compare.SpanishNaming): the words of the name's given part where the
// list gives its parts (OFAC's "MURILLO DE ORTEGA, Rosario Maria"), else
// every word before the last two, the father's and the mother's surnames,
// surname particles aside (Natalia Andrea VASQUEZ VALENCIA). A Spanish
// speaker's second given name is as much a given name as the first, and
// women, whom the lists name less often, bear most second names of the
// lists' Spanish speakers (Maria Teresa, Beatriz Raquel): counted on first
// words alone, Alberto, Enrique and Teresa had no local rarity against
// OFAC, and weighed as the rare words the name data makes them.
func spanishGivenNames(firsts []string, n aka.Name, toks []names.Token) []string {
	var given []names.Token
	for _, p := range n.Parts {
		if p.Kind == aka.GivenName {
			given = append(given, names.Tokenize(p.Value)...)
		}
	}
	if given == nil {
		var words []names.Token
		for _, t := range toks {
			if t.Kind == names.Word && !names.IsSurnameParticle(t.Forms[0]) {
				words = append(words, t)
			}
		}
		given = words[:max(0, len(words)-2)]
	}
	for k, t := range given {
		if k > 0 && t.Kind == names.Word && !names.IsSurnameParticle(t.Forms[0]) {
			firsts = append(firsts, t.Forms...)
		}
	}
	return firsts
}

// givenShares computes Rarity.given and Rarity.givenBound: for each
// nationality with at least givenMinNationals listed people, the share of
// them whose strong names begin with each word, Jeffreys-smoothed as others
// does. firsts[i] holds the forms of the first words of entities[i]'s
// strong names, sorted and without repeats. The first word of a person's name as lists write it is
// the given name in most naming cultures (Nikolay Vasilyevich PANKOV,
// Jorge Estuardo VARGAS MORALES); Korean and Chinese names read so are
// weighed by their syllables instead (compare.Token.Syllables). Only the
// first word is counted: lists name whole families (al-Assad, Makhlouf,
// Haqqani), whose surnames are common among the listed and not among
// their compatriots.
func givenShares(entities []*aka.Entity, firsts [][]string) (shares, bounds map[string]float64) {
	var buf []string
	langs := map[string]string{} // peopleLanguage, once per nationality
	nationals := func(e *aka.Entity) []string {
		buf = append(append(buf[:0], e.Nationalities...), e.Citizenships...)
		for _, c := range buf {
			l, ok := langs[c]
			if !ok {
				l = peopleLanguage(c)
				langs[c] = l
			}
			if l != "" {
				buf = append(buf, l)
			}
		}
		slices.Sort(buf)
		return slices.Compact(buf)
	}
	nat := map[string]int{}
	for _, e := range entities {
		if e.Type == aka.Person {
			for _, c := range nationals(e) {
				nat[c]++
			}
		}
	}
	df := map[[2]string]int32{}
	for i, e := range entities {
		forms := firsts[i]
		if len(forms) == 0 {
			continue
		}
		for _, c := range nationals(e) {
			if nat[c] < givenMinNationals {
				continue
			}
			for _, f := range forms {
				df[[2]string{c, f}]++
			}
		}
	}
	shares, bounds = map[string]float64{}, map[string]float64{}
	gaps := map[string]float64{}
	for k, n := range df {
		if n < givenMinPeople {
			continue
		}
		p := others(n) / float64(nat[k[0]])
		if p > shares[k[1]] {
			shares[k[1]] = p
		}
		gap, ok := gaps[k[0]]
		if !ok {
			gap = peopleGap(k[0])
			gaps[k[0]] = gap
		}
		b := -math.Log2(p) + gap
		if old, ok := bounds[k[1]]; !math.IsInf(b, 1) && (!ok || b < old) {
			bounds[k[1]] = b
		}
	}
	return shares, bounds
}

// peopleGap returns log2 of the world's population over that of the people
// key names (a nationality, or a language as peopleLanguage gives it: the
// countries whose people most likely speak it), +Inf when
// countries.Population knows none of them. A name borne by one in 2^L of a
// people that makes up 2^-gap of the world is borne by one in 2^(L+gap) of
// all people at least: 4.1 bits for the Spanish- and the Arabic-speaking
// countries, 5.6 for the Russian-speaking, 8.5 for Syria alone.
func peopleGap(key string) float64 {
	var world, people float64
	countries.EachPopulation(func(code string, millions float64) {
		world += millions
		if code == key || strings.HasPrefix(key, "lang:") && peopleLanguage(code) == key {
			people += millions
		}
	})
	if people == 0 {
		return math.Inf(1)
	}
	return math.Log2(world / people)
}

// peopleLanguage returns, for a nationality, a key for the language its
// people most likely speak (CLDR's likely subtags: Mexico, Colombia and
// Cuba give Spanish; Syria, Iraq and Yemen Arabic), or "" when unknown.
// Given names are a language's more than a country's: a Hector is a
// Hector in Mexico and in Colombia, and the lists name too few
// Colombians for their names' shares alone.
func peopleLanguage(nationality string) string {
	reg, err := language.ParseRegion(nationality)
	if err != nil || !reg.IsCountry() {
		return "" // ZZ, "unknown region", would give English
	}
	tag, err := language.Compose(language.Und, reg)
	if err != nil {
		return ""
	}
	base, conf := tag.Base()
	if conf == language.No {
		return ""
	}
	return "lang:" + base.String()
}

// LocalBits returns -log2 of the share of the people of one nationality
// whose given name is form, the largest such share among the nationalities
// the lists name many people of; +Inf when no nationality gives form as
// many of its people's given name. Beside a name's rarest word, which
// says what people the name is of, a given name is worth what it is among
// them: Vladimir is one in 23 of the Russians OFAC lists, and worth 4.6
// bits beside KONONOV, not the 10.6 its share of all listed people gives
// it.
func (r *Rarity) LocalBits(form string) float64 {
	if r == nil {
		return math.Inf(1)
	}
	if p := r.given[form]; p > 0 {
		return -math.Log2(p)
	}
	return math.Inf(1)
}

// LocalBound returns the least, over the nationalities and languages whose
// listed people give form as a given name (LocalBits), of its local rarity
// plus what the people's number says of their share of the world
// (peopleGap); +Inf when there is none. A name is at least that common
// among all people, whatever the name data says (its countries' commonest
// names of recent years): Manuel, 13.9 bits there, begins the names of one
// in 115 of the Spanish speakers UN, OFAC and the UK list, and is borne by
// one in 2^(6.8+4.1) of all people at least, 10.9 bits.
func (r *Rarity) LocalBound(form string) float64 {
	if r == nil {
		return math.Inf(1)
	}
	if b, ok := r.givenBound[form]; ok {
		return b
	}
	return math.Inf(1)
}

// GivenName reports whether givenMinPeople listed people or more, of any
// nationality, have form as a given name: the first word of a strong
// name, or a word before its last that is no East Slavic patronymic (a
// father's or grandfather's name, as Arabic and Somali names give them, or
// a middle name). It is a given name of some people, however rare the
// name data says it is: Somali, Sudanese and Afghan names are such (Abdi,
// Mukhtar, Hamza, Gul), which the data has no country for and the lists
// name too few people of each country for LocalBits. Beside another given
// name, such a name is worth less (compare.Token.Given). The last word is
// left out: it is most often a surname, and lists name whole families.
func (r *Rarity) GivenName(form string) bool {
	return r != nil && r.givenDF[form] >= givenMinPeople
}

// ForOrganizations returns the rarity to weigh the words of organization,
// vessel and aircraft names by: a word's share of the listed non-persons,
// unscaled, also counts. "Investment", "Trading", "Technology" and
// "Company" are common words of company names, however rare as names of
// people.
func (r *Rarity) ForOrganizations() compare.Rarity { return orgRarity{r} }

type orgRarity struct{ r *Rarity }

func (o orgRarity) Bits(form string) float64 {
	b := o.r.Bits(form)
	if o.r != nil && o.r.nOrg > 0 {
		b = math.Min(b, bitsOf(float64(o.r.orgDF[form])/float64(o.r.nOrg), b))
	}
	return b
}

func (o orgRarity) SkeletonBits(skel string) float64 { return o.r.SkeletonBits(skel) }

// maxBits caps a token's rarity by its length: short tokens meet by chance
// more often, and a token the name data does not know is not proof of a
// rare name.
func maxBits(n int) float64 {
	return math.Min(14, 3+2*float64(n))
}

// Bits returns -log2 of the estimated share of people carrying the form.
func (r *Rarity) Bits(form string) float64 {
	p := names.FormFrequency(form)
	if r != nil {
		p = math.Max(p, listScale*others(r.formDF[form])/r.n)
	}
	return bitsOf(p, maxBits(len(form)))
}

// SkeletonBits returns -log2 of the estimated share of people carrying any
// form with the skeleton.
func (r *Rarity) SkeletonBits(skel string) float64 {
	p := names.SkeletonFrequency(skel)
	if r != nil {
		p = math.Max(p, listScale*others(r.skelDF[skel])/r.n)
	}
	return bitsOf(p, maxBits(len(skel)+2))
}

// others estimates how many entities carry a listed token besides the one
// it is compared with: leave that one out, and add half a count (Jeffreys'
// smoothing) so that a token found once is rarer than one found twice
// without passing for unknown to small lists.
func others(df int32) float64 {
	if df <= 0 {
		return 0
	}
	return float64(df) - 0.5
}

func bitsOf(p, cap float64) float64 {
	if p <= 0 {
		return cap
	}
	return math.Min(cap, -math.Log2(p))
}
