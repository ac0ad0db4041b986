package httpapi

import (
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/index"
	"github.com/akascreen/aka/lists"
	"github.com/akascreen/aka/screening"
)

// Catalog is one consistent state the server answers from: the loaded lists,
// the index built over them, the screener that uses it and the versions they
// are. It is immutable once built; the server holds the current one in an
// atomic pointer and each request reads it once, so a response never mixes
// two versions of a list and always names the versions it used. Reloading
// lists means building a new Catalog and calling Server.SetCatalog.
type Catalog struct {
	// Lists are the loaded lists, in the order given.
	Lists []*lists.List
	// Screener screens against the index over every list's entities.
	Screener *screening.Screener
	// Versions maps each list's source ("un", "ofac"...) to its version.
	Versions map[string]string
	// Built is when the catalog was built.
	Built time.Time

	entities map[string]*aka.Entity
	stats    []lists.Stats
	total    int
	// resolution is who is who across the lists, set on a copy once
	// resolved in the background (profiles.go); nil until then.
	resolution *Resolution
}

// NewCatalog indexes the entities of ls and returns a catalog that screens
// with threshold. Where two lists publish the same entity id, the first
// list's entity is the one GET /v1/entities returns.
func NewCatalog(ls []*lists.List, threshold float64) *Catalog {
	var all []*aka.Entity
	for _, l := range ls {
		all = append(all, l.Entities...)
	}
	s := screening.New(index.Build(all))
	s.Threshold = threshold
	c := &Catalog{
		Lists:    ls,
		Screener: s,
		Versions: make(map[string]string, len(ls)),
		Built:    time.Now(),
		entities: make(map[string]*aka.Entity, len(all)),
		total:    len(all),
	}
	for _, l := range ls {
		c.Versions[l.Source] = l.Version
		c.stats = append(c.stats, l.Stats())
		for _, e := range l.Entities {
			if _, ok := c.entities[e.ID]; !ok {
				c.entities[e.ID] = e
			}
		}
	}
	return c
}

// Entity returns the entity with the given id, or nil.
func (c *Catalog) Entity(id string) *aka.Entity { return c.entities[id] }

// Stats returns the statistics of each list, in load order.
func (c *Catalog) Stats() []lists.Stats { return c.stats }

// Entities returns the number of entities over all lists.
func (c *Catalog) Entities() int { return c.total }
