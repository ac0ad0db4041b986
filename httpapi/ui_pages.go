package httpapi

import (
	"net/http"
	"path/filepath"
	"slices"
	"strings"

	"github.com/akascreen/aka"
)

// uiSearch is the search page's data: the form as typed and the API's
// answer.
type uiSearch struct {
	Q, BirthDate, Nationality string
	Result                    *SearchResponse
}

// searchPage serves the search form and, as the analyst types, its
// results (an htmx request gets the "results" block alone). It answers
// what GET /v1/search answers, through the same handler and turn taking.
func (u *ui) searchPage(w http.ResponseWriter, r *http.Request, v *uiView) {
	q := r.URL.Query()
	d := &uiSearch{Q: q.Get("q"), BirthDate: strings.TrimSpace(q.Get("birth_date")), Nationality: strings.TrimSpace(q.Get("nationality"))}
	v.Title, v.Nav, v.Data = "Search", "search", d
	status := http.StatusOK
	switch {
	case strings.TrimSpace(d.Q) == "":
	case len(d.BirthDate) > 100 || len(d.Nationality) > 100:
		status, v.Error = http.StatusUnprocessableEntity, "The birth date and the nationality are at most 100 characters."
	default:
		res, err := u.search(v, d)
		if err != nil {
			status, v.Error = apiFailure(err)
			break
		}
		d.Result = res
	}
	u.render(w, r, status, "search", "results", v)
}

// search runs GET /v1/search's handler, taking a turn as its admission
// middleware does.
func (u *ui) search(v *uiView, d *uiSearch) (*SearchResponse, error) {
	if err := u.s.acquire(v.ctx); err != nil {
		return nil, err
	}
	defer u.s.release()
	out, err := u.s.search(v.ctx, &searchInput{Q: d.Q, Limit: DefaultSearchLimit, BirthDate: d.BirthDate, Nationality: d.Nationality})
	if err != nil {
		return nil, err
	}
	return &out.Body, nil
}

// uiEntity is the profile page's data.
type uiEntity struct {
	Entity *aka.Entity
	// List is the file the entity was loaded from and its format.
	ListFile, ListFormat string
	// SamePerson are the entities of its resolved profile, as GET
	// /v1/entities/{id} gives them (profiles.go).
	SamePerson []SamePerson
	// Resolving tells that the lists are being resolved into profiles.
	Resolving bool
	// CrossRefs are the entity's ids on other lists that SamePerson does
	// not hold, each with the entity when it is loaded too.
	CrossRefs []uiCrossRef
}

type uiCrossRef struct {
	ID     string
	Entity *aka.Entity
}

// entityPage serves an entity's profile, as GET /v1/entities/{id} returns
// it, with the list it came from.
func (u *ui) entityPage(w http.ResponseWriter, r *http.Request, v *uiView) {
	v.Nav = "search"
	out, err := u.s.entity(v.ctx, &entityInput{ID: r.PathValue("id")})
	if err != nil {
		status, msg := apiFailure(err)
		u.fail(w, r, v, status, msg)
		return
	}
	e := out.Body.Entity
	d := &uiEntity{Entity: e, SamePerson: out.Body.SamePerson}
	if c := u.s.Catalog(); c != nil {
		for _, l := range c.Lists {
			if l.Source == e.Source {
				d.ListFile, d.ListFormat = filepath.Base(l.File), l.Format
				break
			}
		}
		d.Resolving = u.s.profiles.status(c) == ProfilesBuilding
		for _, id := range e.CrossRefs {
			if !slices.ContainsFunc(d.SamePerson, func(sp SamePerson) bool { return sp.ID == id }) {
				d.CrossRefs = append(d.CrossRefs, uiCrossRef{ID: id, Entity: c.Entity(id)})
			}
		}
	}
	v.Title, v.Data = e.PrimaryName(), d
	u.render(w, r, http.StatusOK, "entity", "", v)
}

// uiLists is the lists page's data.
type uiLists struct {
	Lists    []ListInfo
	Entities int
	Built    string
	// Charts are drawn from the alerts when the server has a store.
	Charts *uiCharts
}

// listsPage serves what GET /v1/lists answers and, with a store, charts of
// the alerts that GET /v1/alerts lists.
func (u *ui) listsPage(w http.ResponseWriter, r *http.Request, v *uiView) {
	v.Title, v.Nav = "Lists", "lists"
	out, err := u.s.lists(v.ctx, nil)
	if err != nil {
		status, msg := apiFailure(err)
		u.fail(w, r, v, status, msg)
		return
	}
	d := &uiLists{Lists: out.Body.Lists}
	for i := range d.Lists {
		d.Lists[i].File = filepath.Base(d.Lists[i].File)
	}
	if c := u.s.Catalog(); c != nil {
		d.Entities = c.Entities()
		d.Built = c.Built.UTC().Format("2006-01-02 15:04 MST")
	}
	if v.Store && v.Can("list-alerts") {
		charts, err := u.charts(v)
		if err != nil {
			status, msg := apiFailure(err)
			u.fail(w, r, v, status, msg)
			return
		}
		d.Charts = charts
	}
	v.Data = d
	u.render(w, r, http.StatusOK, "lists", "", v)
}
