package screening

import "github.com/akascreen/aka"

// Profile is one resolved person or organization among a result's matches:
// the matches of every list that publishes it, best first.
type Profile struct {
	// ProfileID is the resolved profile's id (resolve.Cluster.ID), or the
	// entity's own id when it is in no cluster.
	ProfileID string `json:"profile_id"`
	// Sources are the lists of its matches, in the order they first
	// appear.
	Sources []string `json:"sources"`
	// Matches are its matches, in the result's order (best first).
	Matches []aka.Match `json:"matches"`
}

// Group gathers a result's matches by resolved profile, given each
// clustered entity's profile id (resolve.Clusters.Profiles): one person
// listed by the UN, the UK and OFAC is one profile with three sources, not
// three hits. Profiles keep the order of their best match.
func Group(res Result, profiles map[string]string) []Profile {
	out := []Profile{}
	at := make(map[string]int)
	for _, m := range res.Matches {
		id, ok := profiles[m.EntityID]
		if !ok {
			id = m.EntityID
		}
		i, ok := at[id]
		if !ok {
			i = len(out)
			at[id] = i
			out = append(out, Profile{ProfileID: id})
		}
		p := &out[i]
		p.Matches = append(p.Matches, m)
		src := source(m.EntityID)
		known := false
		for _, s := range p.Sources {
			known = known || s == src
		}
		if !known {
			p.Sources = append(p.Sources, src)
		}
	}
	return out
}

// source returns the list of an entity id: "un" for "un:QDi.017".
func source(id string) string {
	for i := 0; i < len(id); i++ {
		if id[i] == ':' {
			return id[:i]
		}
	}
	return id
}
