package lists

import (
	"bytes"
	"encoding/json"
	"reflect"
	"sort"
	"strings"

	"github.com/akascreen/aka"
)

// DiffResult is what changed between two versions of one list: the ids of
// the entities added and removed, and for each entity in both whose data
// changed, the fields that did (by their JSON names, in the order of
// aka.Entity). The list version every entity carries is not a change.
type DiffResult struct {
	Added   []string `json:"added"`
	Removed []string `json:"removed"`
	Changed []Change `json:"changed"`
}

// Change is one entity whose data differs between two versions.
type Change struct {
	ID     string   `json:"id"`
	Fields []string `json:"fields"`
}

// Empty reports whether the two versions hold the same entities with the
// same data.
func (d DiffResult) Empty() bool {
	return len(d.Added) == 0 && len(d.Removed) == 0 && len(d.Changed) == 0
}

// ChangedIDs returns the ids of the changed entities.
func (d DiffResult) ChangedIDs() []string {
	out := make([]string, len(d.Changed))
	for i, c := range d.Changed {
		out[i] = c.ID
	}
	return out
}

// Diff compares two versions of the same list by entity id. Ids come out
// sorted. It compares whatever it is given: diffing two different sources
// makes no sense, and callers refuse it (see SameSource).
func Diff(old, new *List) DiffResult {
	d := DiffResult{Added: []string{}, Removed: []string{}, Changed: []Change{}}
	before := make(map[string]*aka.Entity, len(old.Entities))
	for _, e := range old.Entities {
		before[e.ID] = e
	}
	after := make(map[string]bool, len(new.Entities))
	for _, e := range new.Entities {
		after[e.ID] = true
		o, ok := before[e.ID]
		if !ok {
			d.Added = append(d.Added, e.ID)
			continue
		}
		if fields := ChangedFields(o, e); len(fields) > 0 {
			d.Changed = append(d.Changed, Change{ID: e.ID, Fields: fields})
		}
	}
	for _, e := range old.Entities {
		if !after[e.ID] {
			d.Removed = append(d.Removed, e.ID)
		}
	}
	sort.Strings(d.Added)
	sort.Strings(d.Removed)
	sort.Slice(d.Changed, func(i, j int) bool { return d.Changed[i].ID < d.Changed[j].ID })
	return d
}

// SameSource returns an error unless old and new are versions of the same
// list, the only kind Diff compares meaningfully.
func SameSource(old, new *List) error {
	if old.Source != new.Source {
		return aka.Errorf(aka.EINVALID, "%s is a %q list and %s a %q list: a diff compares two versions of one list", old.File, old.Source, new.File, new.Source)
	}
	return nil
}

var entityType = reflect.TypeFor[aka.Entity]()

// ChangedFields returns the JSON names of the fields of aka.Entity whose
// canonical JSON differs between a and b, ListVersion aside. An empty list
// and an absent one are the same.
func ChangedFields(a, b *aka.Entity) []string {
	va, vb := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	var out []string
	for i := range entityType.NumField() {
		f := entityType.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" || name == "list_version" {
			continue
		}
		if !bytes.Equal(fieldJSON(va.Field(i)), fieldJSON(vb.Field(i))) {
			out = append(out, name)
		}
	}
	return out
}

// fieldJSON returns the JSON of one field, "null" for an empty slice or map.
func fieldJSON(v reflect.Value) []byte {
	if (v.Kind() == reflect.Slice || v.Kind() == reflect.Map) && v.Len() == 0 {
		return []byte("null")
	}
	b, err := json.Marshal(v.Interface())
	if err != nil {
		// Entity fields are plain data; this cannot happen, and a
		// field that cannot be written is reported as changed.
		return []byte(err.Error())
	}
	return b
}
