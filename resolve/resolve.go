// Package resolve finds the same person or organization on several lists
// and gathers them into clusters, one per real-world profile: the UN's
// QDi.299, the UK's 13016 and OFAC's 44612 are one man.
//
// Links come from three kinds of evidence, strongest first:
//
//  1. published cross-references (aka.Entity.CrossRefs: the UK's "(UN Ref)",
//     the EU's unitedNationId), which the lists themselves vouch for;
//  2. a shared document number (same normalized number, compatible type and
//     issuing country), which identifies by itself;
//  3. strong agreement of names, birth dates and nationality, scored by the
//     matching engine (package compare) as in screening, but with a link
//     threshold well above the screening threshold: both sides are listed
//     entities with full data, so a true pair agrees on far more than a
//     screened passenger does.
//
// Clusters are the connected components of the links, with guards against
// chaining: name evidence never puts two entities of the same source in one
// cluster (lists do not list one person twice by accident; a merge that
// would do so keeps only the stronger links), and a link a person rejected
// never comes back. Confirmed links are added as they are.
//
// Everything here is pure: judgements come in as data, the store keeps
// them (aka.LinkJudgementStore).
package resolve

import (
	"cmp"
	"context"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/index"
)

// Evidence is what a link rests on.
type Evidence string

// Kinds of evidence.
const (
	CrossRef  Evidence = "cross_ref"            // a list publishes the other's id
	Document  Evidence = "document"             // the same document number
	NameMatch Evidence = "name_dob_nationality" // names, birth dates and nationality agree
	Confirmed Evidence = "confirmed"            // a person confirmed the link
)

// strong reports whether the evidence may join two entities of one source.
func (e Evidence) strong() bool { return e != NameMatch }

// Link says that two entities are the same, on what evidence, and how sure.
// A is less than B.
type Link struct {
	A          string   `json:"a"`
	B          string   `json:"b"`
	Evidence   Evidence `json:"evidence"`
	Confidence float64  `json:"confidence"` // in [0, 1]
	// bits is the evidence behind a name link, unrounded: it orders
	// links whose confidence rounds to the same value.
	bits float64
}

// Cluster is one resolved profile: the entities that are one person or
// organization, and the links that joined them.
type Cluster struct {
	// ID is the cluster's profile id: its first member's id.
	ID      string   `json:"-"`
	Members []string `json:"members"` // sorted
	Links   []Link   `json:"links"`   // sorted by A, then B
}

// Clusters is the outcome of a resolution.
type Clusters struct {
	// Clusters are those with two or more members, ordered by their
	// first member.
	Clusters []Cluster `json:"clusters"`
}

// Profiles maps every clustered entity's id to its cluster's profile id.
// An entity that is in no cluster is its own profile.
func (c *Clusters) Profiles() map[string]string {
	m := make(map[string]string)
	for _, cl := range c.Clusters {
		for _, id := range cl.Members {
			m[id] = cl.ID
		}
	}
	return m
}

// DefaultThreshold is the confidence from which name, birth date and
// nationality agreement links two entities. With DefaultOffset it means at
// least 13 + log2(999), about 23 bits of evidence: a screening alert needs
// 12.5. A full name shared by both lists with a birth date or nationality to
// back it reaches it; a common name alone, or a name with a contradicting
// birth date, does not. An organization, for which lists give a name
// alone, needs half as much from its name, its words weighed by their
// share of organizations (orgWords). TestFullLists (lists_test.go) measures
// it on the UN, UK and OFAC lists: on UN and UK with cross-references
// ignored, 655 of the 670 UK individuals that cite a UN entity land in its
// cluster, 1 in another UN entity's (the UN lists him twice), and 192 of
// 192 such organizations. Most of those missed are North Koreans without
// a shared document: a Korean name weighs what it weighs among Koreans
// (KIM CHOL NAM 11.2 bits), and with its birth date, which counts for at
// most as much, it stays under 23.
const DefaultThreshold = 0.999

// DefaultOffset is the evidence in bits at which a link's confidence is
// 0.5. It is fixed here rather than taken from screening's
// (compare.DefaultOffset), which is calibrated for screening records of
// unknown quality against the lists: linking two lists' records is another
// question, measured by TestFullLists at this offset.
const DefaultOffset = 13.0

// DefaultMaxCandidates is how many entities of each other list one name is
// compared with at most.
const DefaultMaxCandidates = 20

// minDocument is the least length of a normalized document number that
// links: shorter ones ("123", "A1") recur by chance.
const minDocument = 6

// maxDocumentShare is how many entities of one source may carry a document
// number and still identify: one. A list that gives one number to two of
// its entries has made a mistake or is quoting a shared document (the UK
// gives Mullah Krekar's ration card, 0075258, to uk:11050 too).
const maxDocumentShare = 1

// Resolver resolves entities into clusters. The zero value is not ready:
// use New.
type Resolver struct {
	// Threshold is the confidence at or above which name evidence links.
	Threshold float64
	// Offset is the evidence in bits at which confidence is 0.5.
	Offset float64
	// MaxCandidates bounds the entities of each other list a name is
	// compared with.
	MaxCandidates int
	// IgnoreCrossRefs leaves published cross-references out, so that the
	// resolution can be measured against them.
	IgnoreCrossRefs bool
	// Judgements are people's decisions about links, oldest first; the
	// latest about a pair counts.
	Judgements []aka.LinkJudgement
	// Workers compare in parallel; GOMAXPROCS when 0.
	Workers int
}

// New returns a Resolver with the default settings.
func New() *Resolver {
	return &Resolver{Threshold: DefaultThreshold, Offset: DefaultOffset, MaxCandidates: DefaultMaxCandidates}
}

// pair is an unordered pair of entity ids, a < b.
type pair struct{ a, b string }

func newPair(a, b string) pair {
	if b < a {
		a, b = b, a
	}
	return pair{a, b}
}

// Resolve links the entities and returns the clusters of two or more.
// Entities are told apart by ID; a duplicate id counts once.
func (r *Resolver) Resolve(ctx context.Context, entities []*aka.Entity) (*Clusters, error) {
	byID := make(map[string]*aka.Entity, len(entities))
	var ents []*aka.Entity
	for _, e := range entities {
		if e == nil || e.ID == "" || byID[e.ID] != nil {
			continue
		}
		byID[e.ID] = e
		ents = append(ents, e)
	}
	verdicts := make(map[pair]aka.LinkVerdict)
	for _, j := range r.Judgements {
		if j.A == j.B || byID[j.A] == nil || byID[j.B] == nil {
			continue
		}
		verdicts[newPair(j.A, j.B)] = j.Verdict
	}

	var links []Link
	if !r.IgnoreCrossRefs {
		links = append(links, crossRefLinks(ents, byID)...)
	}
	links = append(links, documentLinks(ents)...)
	nameLinks, err := r.nameLinks(ctx, ents)
	if err != nil {
		return nil, err
	}
	links = append(links, nameLinks...)
	for p, v := range verdicts {
		if v == aka.LinkConfirmed {
			links = append(links, Link{A: p.a, B: p.b, Evidence: Confirmed, Confidence: 1})
		}
	}
	// One link per pair: the strongest evidence, then the most confident;
	// a rejected pair keeps none.
	best := make(map[pair]Link, len(links))
	for _, l := range links {
		p := newPair(l.A, l.B)
		if verdicts[p] == aka.LinkRejected {
			continue
		}
		l.A, l.B = p.a, p.b
		if old, ok := best[p]; !ok || stronger(l, old) {
			best[p] = l
		}
	}
	links = links[:0]
	for _, l := range best {
		links = append(links, l)
	}
	// Strong evidence first, then name links from the most confident down,
	// so that when two name links conflict the stronger is kept.
	slices.SortFunc(links, func(x, y Link) int {
		if c := cmp.Compare(rank(y.Evidence), rank(x.Evidence)); c != 0 {
			return c
		}
		if c := cmp.Compare(y.bits, x.bits); c != 0 {
			return c
		}
		if c := strings.Compare(x.A, y.A); c != 0 {
			return c
		}
		return strings.Compare(x.B, y.B)
	})
	return cluster(links, byID, verdicts), nil
}

// rank orders evidence by strength.
func rank(e Evidence) int {
	switch e {
	case Confirmed:
		return 3
	case CrossRef:
		return 2
	case Document:
		return 1
	}
	return 0
}

func stronger(l, than Link) bool {
	if rank(l.Evidence) != rank(than.Evidence) {
		return rank(l.Evidence) > rank(than.Evidence)
	}
	return l.bits > than.bits
}

// crossRefLinks links each entity to the entities its list says it is.
func crossRefLinks(ents []*aka.Entity, byID map[string]*aka.Entity) []Link {
	var out []Link
	for _, e := range ents {
		for _, ref := range e.CrossRefs {
			if o := byID[ref]; o != nil && o.ID != e.ID {
				p := newPair(e.ID, o.ID)
				out = append(out, Link{A: p.a, B: p.b, Evidence: CrossRef, Confidence: 1})
			}
		}
	}
	return out
}

// documentLinks links entities of different sources and the same type that
// carry the same document number, of compatible type and issuing country.
func documentLinks(ents []*aka.Entity) []Link {
	type holder struct {
		e   *aka.Entity
		doc aka.Document
	}
	byNumber := make(map[string][]holder)
	for _, e := range ents {
		for _, d := range e.Documents {
			n := d.Normalized
			if n == "" {
				n = aka.NormalizeDocumentNumber(d.Number)
			}
			if len(n) < minDocument || !strings.ContainsAny(n, "0123456789") {
				continue
			}
			byNumber[n] = append(byNumber[n], holder{e, d})
		}
	}
	var out []Link
	for _, hs := range byNumber {
		perSource := make(map[string]map[string]bool)
		for _, h := range hs {
			if perSource[h.e.Source] == nil {
				perSource[h.e.Source] = make(map[string]bool)
			}
			perSource[h.e.Source][h.e.ID] = true
		}
		for i := range hs {
			for j := i + 1; j < len(hs); j++ {
				a, b := hs[i], hs[j]
				if a.e.Source == b.e.Source || a.e.Type != b.e.Type ||
					len(perSource[a.e.Source]) > maxDocumentShare || len(perSource[b.e.Source]) > maxDocumentShare ||
					!compatible(a.doc, b.doc) {
					continue
				}
				p := newPair(a.e.ID, b.e.ID)
				out = append(out, Link{A: p.a, B: p.b, Evidence: Document, Confidence: 0.99})
			}
		}
	}
	return out
}

// compatible reports whether two documents with the same number can be the
// same document: the same type and issuing country, or unknown on a side.
// "Other" is unknown: lists file many passports under it.
func compatible(a, b aka.Document) bool {
	if a.Type != b.Type && a.Type != "" && b.Type != "" && a.Type != aka.OtherDoc && b.Type != aka.OtherDoc {
		return false
	}
	return a.Country == "" || b.Country == "" || a.Country == b.Country
}

// nameLinks compares every entity with the entities of each other source
// that its names find in that source's index, and returns the pairs whose
// confidence reaches the threshold, each once, with the better of the two
// directions' confidence.
func (r *Resolver) nameLinks(ctx context.Context, ents []*aka.Entity) ([]Link, error) {
	bySource := make(map[string][]*aka.Entity)
	var sources []string
	for _, e := range ents {
		if bySource[e.Source] == nil {
			sources = append(sources, e.Source)
		}
		bySource[e.Source] = append(bySource[e.Source], e)
	}
	if len(sources) < 2 {
		return nil, nil
	}
	sort.Strings(sources)
	indexes := make(map[string]*index.Index, len(sources))
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, s := range sources {
		wg.Go(func() {
			ix := index.Build(bySource[s])
			mu.Lock()
			indexes[s] = ix
			mu.Unlock()
		})
	}
	wg.Wait()

	workers := r.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	orgs := newOrgWords(ents)
	rarity := make(map[string][2]compare.Rarity, len(sources))
	for _, s := range sources {
		base := indexes[s].Rarity()
		rarity[s] = [2]compare.Rarity{base, orgRarity{base, orgs}}
	}
	need := compare.Bits(r.Threshold, r.Offset)
	found := make([][]Link, len(ents))
	next := make(chan int)
	for range workers {
		wg.Go(func() {
			for i := range next {
				e := ents[i]
				for _, s := range sources {
					if s != e.Source {
						found[i] = append(found[i], r.linksTo(e, indexes[s], rarity[s], need)...)
					}
				}
			}
		})
	}
	var err error
feed:
	for i := range ents {
		select {
		case next <- i:
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err != nil {
		return nil, err
	}
	var out []Link
	for _, ls := range found {
		out = append(out, ls...)
	}
	return out, nil
}

// linksTo returns e's links to the entities of one other source's index.
// rarity is the index's and, for organizations, the index's capped by
// words' shares of organizations (orgWords).
func (r *Resolver) linksTo(e *aka.Entity, ix *index.Index, rarity [2]compare.Rarity, need float64) []Link {
	org := e.Type == aka.Organization
	type cand struct {
		entry *compare.Entry
		bits  float64 // the best name evidence
	}
	var cands []cand
	seen := make(map[*compare.Entry]int)
	for _, n := range e.Names {
		q := &compare.Query{Name: compare.Prepare(n.Full, rarity[0]), Types: []aka.EntityType{e.Type}}
		if len(q.Name.Tokens) == 0 {
			continue
		}
		var orgName compare.Name
		if org {
			orgName = compare.Prepare(n.Full, rarity[1])
		}
		weak := 0.0
		if n.Quality == aka.Weak {
			weak = weakAliasBits
		}
		// Corroboration at most doubles the name's evidence: a name must
		// earn half of what a link needs by itself.
		for _, c := range ix.CandidatesAbove(q, r.MaxCandidates, need/2+weak) {
			if c.Entry.Entity.Type != e.Type {
				continue
			}
			bits := math.Inf(-1)
			for _, ni := range c.Names {
				ln := &c.Entry.Names[ni]
				// Both are full records: a word either side lacks
				// counts as a query's missing word does, so the
				// smaller of the two directions counts ("Yevgeniy
				// Yuryevich GADETSKIY" is not "Evgenii Yuryevich
				// AGUREEV").
				qn, lname := &q.Name, &ln.Name
				if org {
					l := compare.Prepare(ln.Text, rarity[1])
					qn, lname = &orgName, &l
				}
				b := min(compare.NameBits(qn, lname), compare.NameBits(lname, qn)) - weak
				if ln.Quality == aka.Weak {
					b -= weakAliasBits
				}
				bits = max(bits, b)
			}
			if k, ok := seen[c.Entry]; ok {
				cands[k].bits = max(cands[k].bits, bits)
				continue
			}
			seen[c.Entry] = len(cands)
			cands = append(cands, cand{c.Entry, bits})
		}
	}
	var out []Link
	for _, c := range cands {
		if c.bits < need/2 {
			continue
		}
		bits := c.bits + corroborate(c.bits, featureBits(e, c.entry.Entity))
		if org {
			// Lists give no birth date or nationality for an
			// organization: its name, weighed by words' shares of
			// organizations and matched both ways, is all the
			// evidence, and meets the bar a person's name meets with
			// full corroboration.
			bits = 2 * c.bits
		}
		conf := round3(compare.Score(bits, r.Offset))
		if conf < r.Threshold {
			continue
		}
		p := newPair(e.ID, c.entry.Entity.ID)
		out = append(out, Link{A: p.a, B: p.b, Evidence: NameMatch, Confidence: conf, bits: bits})
	}
	return out
}

// weakAliasBits is what a weak alias loses, as in compare.
const weakAliasBits = 1.0

// featureBits is the evidence of two entities' birth dates, nationalities,
// gender and places of birth, each the best over what the lists give.
func featureBits(a, b *aka.Entity) float64 {
	var bits float64
	if len(a.BirthDates) > 0 && len(b.BirthDates) > 0 {
		best := math.Inf(-1)
		for _, d := range a.BirthDates {
			best = max(best, compare.ListedBirthDateBits(d, b.BirthDates))
		}
		bits += best
	}
	if len(b.Nationalities)+len(b.Citizenships) > 0 {
		best, any := math.Inf(-1), false
		for _, list := range [2][]string{a.Nationalities, a.Citizenships} {
			for _, c := range list {
				best, any = max(best, compare.CompareNationality(c, b).Bits), true
			}
		}
		if any {
			bits += best
		}
	}
	if a.Gender != "" && b.Gender != "" {
		bits += compare.CompareGender(a.Gender, b.Gender).Bits
	}
	for _, p := range a.BirthPlaces {
		if ev := compare.ComparePlace(compare.PlaceWords(p.Text), b); ev.Bits > 0 {
			bits += ev.Bits
			break
		}
	}
	return bits
}

// corroborate limits what agreeing features add to at most the name's own
// evidence, as compare does: a common name and a shared birth date are a
// coincidence among tens of thousands of listed people. Disagreement counts
// in full.
func corroborate(nameBits, feat float64) float64 {
	if feat <= 0 {
		return feat
	}
	return min(feat, max(0, nameBits))
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// cluster joins the links, strongest first, into connected components. A
// name link that would put two entities of one source, or a rejected pair,
// in one cluster is dropped.
func cluster(links []Link, byID map[string]*aka.Entity, verdicts map[pair]aka.LinkVerdict) *Clusters {
	u := newUnion()
	// rejected[id] are the ids a person said id is not.
	rejected := make(map[string][]string)
	for p, v := range verdicts {
		if v == aka.LinkRejected {
			rejected[p.a] = append(rejected[p.a], p.b)
			rejected[p.b] = append(rejected[p.b], p.a)
		}
	}
	var kept []Link
	for _, l := range links {
		ra, rb := u.find(l.A), u.find(l.B)
		if ra != rb && !l.Evidence.strong() && u.conflict(ra, rb, byID, rejected) {
			continue
		}
		u.union(ra, rb)
		kept = append(kept, l)
	}
	groups := make(map[string]*Cluster)
	for _, l := range kept {
		root := u.find(l.A)
		c := groups[root]
		if c == nil {
			c = &Cluster{}
			groups[root] = c
		}
		c.Links = append(c.Links, l)
	}
	out := &Clusters{Clusters: []Cluster{}}
	for root, c := range groups {
		c.Members = slices.Clone(u.members[root])
		slices.Sort(c.Members)
		c.ID = c.Members[0]
		slices.SortFunc(c.Links, func(x, y Link) int {
			if c := strings.Compare(x.A, y.A); c != 0 {
				return c
			}
			return strings.Compare(x.B, y.B)
		})
		out.Clusters = append(out.Clusters, *c)
	}
	slices.SortFunc(out.Clusters, func(x, y Cluster) int { return strings.Compare(x.ID, y.ID) })
	return out
}

// union is a union-find over entity ids that keeps each component's
// members.
type union struct {
	parent  map[string]string
	members map[string][]string
}

func newUnion() *union {
	return &union{parent: make(map[string]string), members: make(map[string][]string)}
}

func (u *union) find(id string) string {
	p, ok := u.parent[id]
	if !ok {
		u.parent[id] = id
		u.members[id] = []string{id}
		return id
	}
	if p == id {
		return id
	}
	root := u.find(p)
	u.parent[id] = root
	return root
}

// union joins two roots, the smaller component into the larger.
func (u *union) union(a, b string) {
	if a == b {
		return
	}
	if len(u.members[a]) < len(u.members[b]) {
		a, b = b, a
	}
	u.parent[b] = a
	u.members[a] = append(u.members[a], u.members[b]...)
	delete(u.members, b)
}

// conflict reports whether joining the components of roots a and b would
// put two entities of one source, or two entities a person said differ, in
// one cluster.
func (u *union) conflict(a, b string, byID map[string]*aka.Entity, rejected map[string][]string) bool {
	sources := make(map[string]bool, len(u.members[a]))
	in := make(map[string]bool, len(u.members[a]))
	for _, id := range u.members[a] {
		if e := byID[id]; e != nil {
			sources[e.Source] = true
		}
		in[id] = true
	}
	for _, id := range u.members[b] {
		if e := byID[id]; e != nil && sources[e.Source] {
			return true
		}
		for _, r := range rejected[id] {
			if in[r] {
				return true
			}
		}
	}
	return false
}
