package httpapi

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"github.com/akascreen/aka"
)

// The alert queue and the alert review, over GET /v1/alerts, GET
// /v1/alerts/{id} and the decision operations' handlers.

// uiAlertStatuses are the queue's filters, in the order shown.
var uiAlertStatuses = []string{"open", "needs_info", "true_match", "false_positive", "closed"}

// uiAlertsPageSize is how many alerts the queue shows at once.
const uiAlertsPageSize = 50

// uiQueue is the alert queue's data.
type uiQueue struct {
	Status   string // the filter: "" for unresolved, or one status
	Statuses []string
	Alerts   []uiQueueRow
	Offset   int
	Prev     int
	Next     int // the next page's offset, or 0 when none
}

// uiQueueRow is one alert in the queue, with what its evidence says.
type uiQueueRow struct {
	Alert *aka.Alert
	Name  string // the entity's primary name, from the evidence
	Query string // the subject's name as screened, from the evidence
}

func (u *ui) alertsPage(w http.ResponseWriter, r *http.Request, v *uiView) {
	v.Title, v.Nav = "Alerts", "alerts"
	if !v.Store {
		u.fail(w, r, v, http.StatusNotFound, "This server has no store: it screens, and records no alerts. Start aka serve with a database to review alerts.")
		return
	}
	q := r.URL.Query()
	d := &uiQueue{Status: q.Get("status"), Statuses: uiAlertStatuses}
	d.Offset, _ = strconv.Atoi(q.Get("offset"))
	d.Offset = max(d.Offset, 0)
	in := &alertsInput{Limit: uiAlertsPageSize + 1, Offset: d.Offset}
	if d.Status != "" {
		ok := false
		for _, s := range uiAlertStatuses {
			ok = ok || s == d.Status
		}
		if !ok {
			u.fail(w, r, v, http.StatusUnprocessableEntity, "Unknown alert status.")
			return
		}
		in.Status = []string{d.Status}
	}
	out, err := u.s.listAlerts(v.ctx, in)
	if err != nil {
		status, msg := apiFailure(err)
		u.fail(w, r, v, status, msg)
		return
	}
	alerts := out.Body.Alerts
	if len(alerts) > uiAlertsPageSize {
		alerts, d.Next = alerts[:uiAlertsPageSize], d.Offset+uiAlertsPageSize
	}
	d.Prev = max(d.Offset-uiAlertsPageSize, 0)
	for _, a := range alerts {
		row := uiQueueRow{Alert: a}
		var m aka.Match
		if evidenceMatch(a, &m) {
			row.Name, row.Query = m.Name, m.Explanation.Name.Query
		}
		d.Alerts = append(d.Alerts, row)
	}
	v.Data = d
	u.render(w, r, http.StatusOK, "alerts", "", v)
}

// uiDecision is a decision the alert page offers, if the role allows it.
type uiDecision struct {
	Kind  aka.DecisionKind
	Op    string // the API operation that makes it
	Label string
}

// uiDecisions are the decisions in the order the page offers them.
var uiDecisions = []uiDecision{
	{aka.DecideTrueMatch, "decide-alert", "True match"},
	{aka.DecideFalsePositive, "decide-alert", "False positive"},
	{aka.DecideNeedsInfo, "decide-alert", "Needs information"},
	{aka.DecideReopen, "reopen-alert", "Reopen"},
	{aka.DecideClose, "close-alert", "Close"},
}

// uiAlert is the alert review page's data.
type uiAlert struct {
	*AlertDetail
	// Offers are the decisions the viewer's role may make on the alert's
	// current status.
	Offers []uiDecision
	Reason string // the reason typed, kept when a decision failed
}

func (u *ui) alertPage(w http.ResponseWriter, r *http.Request, v *uiView) {
	u.showAlert(w, r, v, http.StatusOK, "")
}

// showAlert renders an alert as GET /v1/alerts/{id} returns it.
func (u *ui) showAlert(w http.ResponseWriter, r *http.Request, v *uiView, status int, reason string) {
	v.Nav = "alerts"
	if !v.Store {
		u.fail(w, r, v, http.StatusNotFound, "This server has no store: it records no alerts.")
		return
	}
	out, err := u.s.getAlert(v.ctx, &alertInput{ID: r.PathValue("id")})
	if err != nil {
		status, msg := apiFailure(err)
		u.fail(w, r, v, status, msg)
		return
	}
	d := &uiAlert{AlertDetail: &out.Body, Reason: reason}
	for _, dc := range uiDecisions {
		if _, ok := aka.Transition(d.Alert.Status, dc.Kind); ok && v.Can(dc.Op) {
			d.Offers = append(d.Offers, dc)
		}
	}
	v.Title = "Alert " + d.Alert.ID
	v.Data = d
	u.render(w, r, status, "alert", "", v)
}

// decideAlert makes the decision the form names through the API handler
// for it: POST /v1/alerts/{id}/decision for an analyst's, reopen or close
// for a supervisor's. The role is checked again here for the operation
// itself, as the API's middleware checks it per route.
func (u *ui) decideAlert(w http.ResponseWriter, r *http.Request, v *uiView) {
	id := r.PathValue("id")
	kind := aka.DecisionKind(r.PostFormValue("decision"))
	reason := strings.TrimSpace(r.PostFormValue("reason"))
	var op string
	for _, dc := range uiDecisions {
		if dc.Kind == kind {
			op = dc.Op
		}
	}
	var err error
	switch {
	case op == "":
		err = aka.Errorf(aka.EINVALID, "unknown decision %q", kind)
	case !v.Can(op):
		err = aka.Errorf(aka.EFORBIDDEN, "this needs the %s role; the key has the %s role", operationRoles[op], v.Role)
	case reason == "":
		err = aka.Errorf(aka.EINVALID, "a decision needs a reason")
	case op == "decide-alert":
		_, err = u.s.decide(v.ctx, &decisionInput{ID: id, Body: DecisionRequest{Decision: kind, Reason: reason}})
	default:
		_, err = u.s.supervise(kind)(v.ctx, &reasonInput{ID: id, Body: ReasonRequest{Reason: reason}})
	}
	if err != nil {
		status, msg := apiFailure(err)
		if status == http.StatusForbidden || status == http.StatusNotFound {
			u.fail(w, r, v, status, msg)
			return
		}
		v.Error = msg
		u.showAlert(w, r, v, status, reason)
		return
	}
	http.Redirect(w, r, "/alerts/"+id, http.StatusSeeOther)
}

// evidenceMatch reads an alert's evidence, the match it was raised on.
func evidenceMatch(a *aka.Alert, m *aka.Match) bool {
	return json.Unmarshal(a.Evidence, m) == nil
}
