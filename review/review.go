// Package review is the human side of screening: it records screenings as
// subjects and alerts, lets people decide alerts with a reason, remembers
// false positives, keeps the hash-chained audit log, manages API keys and
// roles, and depersonalizes old subjects. It works over the aka.Store
// contract and enforces roles itself (aka.EFORBIDDEN), so that the HTTP
// layer and the command line only map errors.
package review

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"time"

	"github.com/akascreen/aka"
)

// DefaultThreshold is the score at or above which a match opens an alert
// until an admin sets one. cmd/aka sets Service.DefaultThreshold to the
// screener's default.
const DefaultThreshold = 0.5

// ThresholdSetting is the name of the threshold in the store's settings.
const ThresholdSetting = "threshold"

// Service is review over one store.
type Service struct {
	Store aka.Store
	// Now returns the current time; time.Now by default.
	Now func() time.Time
	// DefaultThreshold is used while no threshold is stored.
	DefaultThreshold float64
}

// New returns a Service over store.
func New(store aka.Store) *Service {
	return &Service{Store: store, Now: time.Now, DefaultThreshold: DefaultThreshold}
}

// Actor is who does something: an API key's id and role, or a local
// command's name with the admin role.
type Actor struct {
	KeyID string
	Role  aka.Role
}

// Local returns the actor for a command run on the machine that holds the
// database ("cli"): whoever can open the database file can do anything, so
// it is an admin.
func Local(name string) Actor { return Actor{KeyID: name, Role: aka.Admin} }

// ActorOf returns the actor for an authenticated key.
func ActorOf(k *aka.APIKey) Actor { return Actor{KeyID: k.ID, Role: k.Role} }

func (a Actor) require(want aka.Role, what string) error {
	if a.KeyID == "" || !a.Role.Allows(want) {
		return aka.Errorf(aka.EFORBIDDEN, "%s needs the %s role", what, want)
	}
	return nil
}

func (s *Service) now() time.Time {
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	return now().UTC().Truncate(time.Microsecond)
}

// newID returns prefix followed by n random bytes in hex.
func newID(prefix string, n int) string {
	b := make([]byte, n)
	rand.Read(b) // never fails (crypto/rand)
	return prefix + hex.EncodeToString(b)
}

// Screening is one screened subject and what screening found.
type Screening struct {
	Subject aka.Subject
	// Matches are the screener's, whatever their score: Record keeps
	// those at or above the threshold.
	Matches []aka.Match
	// Entities holds the listed entity of each match by id. An entity's
	// data is fingerprinted for false-positive suppression; a match whose
	// entity is missing always alerts.
	Entities map[string]*aka.Entity
	// ListVersions are the versions of the lists screened against, by
	// source. When nil, each alert records its entity's list version.
	ListVersions map[string]string
}

// Recorded is what recording a screening stored.
type Recorded struct {
	SubjectID string `json:"subject_id"`
	// Alerts are the unresolved alerts for the screening's matches: new
	// ones, or the one already open for the same subject and entity.
	Alerts []*aka.Alert `json:"alerts"`
	// New counts the alerts this screening opened.
	New int `json:"new"`
	// Suppressed are the ids of entities not alerted because a false
	// positive was decided about the same subject and entity data.
	Suppressed []string `json:"suppressed,omitempty"`
}

// Record stores a screening: the subject and, for each match at or above the
// threshold, an open alert with its evidence and list versions, unless the
// subject and entity have an unresolved alert already or a false positive
// was decided on the same data of both. Any role may record.
func (s *Service) Record(ctx context.Context, actor Actor, sc Screening) (*Recorded, error) {
	if err := actor.require(aka.Viewer, "screening"); err != nil {
		return nil, err
	}
	if sc.Subject.Name == "" {
		return nil, aka.Errorf(aka.EINVALID, "subject has no name")
	}
	threshold, err := s.Threshold(ctx)
	if err != nil {
		return nil, err
	}
	subj, alerts, rec, err := s.prepare(ctx, sc, threshold, s.now())
	if err != nil {
		return nil, err
	}
	stored, err := s.Store.RecordScreening(ctx, subj, alerts)
	if err != nil {
		return nil, err
	}
	for i, a := range stored {
		if a.ID == alerts[i].ID {
			rec.New++
		}
		rec.Alerts = append(rec.Alerts, a)
	}
	return rec, nil
}

// prepare makes the stored subject and the alerts to record for a
// screening at the threshold, and the Recorded to fill in, with the
// suppressed entities named.
func (s *Service) prepare(ctx context.Context, sc Screening, threshold float64, now time.Time) (*aka.StoredSubject, []*aka.Alert, *Recorded, error) {
	id := aka.SubjectID(sc.Subject)
	subj := &aka.StoredSubject{ID: id, Subject: sc.Subject, Fingerprint: aka.SubjectFingerprint(sc.Subject), CreatedAt: now, ScreenedAt: now}
	subj.Subject.ID = id
	rec := &Recorded{SubjectID: id, Alerts: []*aka.Alert{}}
	var alerts []*aka.Alert
	for _, m := range sc.Matches {
		if m.Score < threshold {
			continue
		}
		e := sc.Entities[m.EntityID]
		entityHash := aka.EntityFingerprint(e)
		suppressed, err := s.suppressed(ctx, id, m.EntityID, subj.Fingerprint, entityHash)
		if err != nil {
			return nil, nil, nil, err
		}
		if suppressed {
			rec.Suppressed = append(rec.Suppressed, m.EntityID)
			continue
		}
		evidence, err := json.Marshal(m)
		if err != nil {
			return nil, nil, nil, err
		}
		a := &aka.Alert{
			ID: newID("al_", 12), SubjectID: id, EntityID: m.EntityID, Score: m.Score,
			Evidence: evidence, ListVersions: sc.ListVersions, Status: aka.StatusOpen,
			SubjectHash: subj.Fingerprint, EntityHash: entityHash, CreatedAt: now, UpdatedAt: now,
		}
		if e != nil {
			a.Source = e.Source
			if a.ListVersions == nil {
				a.ListVersions = map[string]string{e.Source: e.ListVersion}
			}
		}
		if a.ListVersions == nil {
			a.ListVersions = map[string]string{}
		}
		alerts = append(alerts, a)
	}
	return subj, alerts, rec, nil
}

// suppressed reports whether the latest decision about the subject and
// entity is a false positive made on the same data of both.
func (s *Service) suppressed(ctx context.Context, subjectID, entityID, subjectHash, entityHash string) (bool, error) {
	d, err := s.Store.LastDecision(ctx, subjectID, entityID)
	if aka.ErrorCode(err) == aka.ENOTFOUND {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return d.Decision == aka.DecideFalsePositive && entityHash != "" &&
		d.SubjectHash == subjectHash && d.EntityHash == entityHash, nil
}

// Alerts returns the alerts the filter selects, oldest first; with no
// statuses, the unresolved ones (open and needs_info). Viewers may list.
func (s *Service) Alerts(ctx context.Context, actor Actor, f aka.AlertFilter) ([]*aka.Alert, error) {
	if err := actor.require(aka.Viewer, "listing alerts"); err != nil {
		return nil, err
	}
	for _, st := range f.Statuses {
		if !st.Valid() {
			return nil, aka.Errorf(aka.EINVALID, "unknown alert status %q", st)
		}
	}
	if len(f.Statuses) == 0 {
		f.Statuses = []aka.AlertStatus{aka.StatusOpen, aka.StatusNeedsInfo}
	}
	if f.MinScore < 0 || f.MinScore > 1 {
		return nil, aka.Errorf(aka.EINVALID, "minimum score %v out of [0, 1]", f.MinScore)
	}
	if f.Limit < 0 || f.Offset < 0 {
		return nil, aka.Errorf(aka.EINVALID, "negative limit or offset")
	}
	return s.Store.Alerts(ctx, f)
}

// OlderThan returns the time before which alerts are at least age old, for
// AlertFilter.CreatedBefore.
func (s *Service) OlderThan(age time.Duration) time.Time { return s.now().Add(-age) }

// AlertView is one alert with what a reviewer needs beside it: the subject
// as screened and the decisions so far. The entity's side is in the
// evidence (the aka.Match).
type AlertView struct {
	Alert     *aka.Alert         `json:"alert"`
	Subject   *aka.StoredSubject `json:"subject"`
	Decisions []*aka.Decision    `json:"decisions"`
}

// Alert returns one alert with its subject and decisions. Viewers may read.
func (s *Service) Alert(ctx context.Context, actor Actor, id string) (*AlertView, error) {
	if err := actor.require(aka.Viewer, "reading alerts"); err != nil {
		return nil, err
	}
	a, err := s.Store.Alert(ctx, id)
	if err != nil {
		return nil, err
	}
	subj, err := s.Store.Subject(ctx, a.SubjectID)
	if err != nil {
		return nil, err
	}
	ds, err := s.Store.Decisions(ctx, id)
	if err != nil {
		return nil, err
	}
	if ds == nil {
		ds = []*aka.Decision{}
	}
	return &AlertView{Alert: a, Subject: subj, Decisions: ds}, nil
}

// Decide records a decision about an alert with its reason, which is
// required (EINVALID without one): true_match, false_positive and needs_info
// need the analyst role, reopen and close the supervisor role (EFORBIDDEN).
// The decision and its audit entry are stored together.
func (s *Service) Decide(ctx context.Context, actor Actor, alertID string, decision aka.DecisionKind, reason string) (*aka.Decision, error) {
	want := decision.Role()
	if want == "" {
		return nil, aka.Errorf(aka.EINVALID, "unknown decision %q: want true_match, false_positive, needs_info, reopen or close", decision)
	}
	if err := actor.require(want, "deciding "+string(decision)); err != nil {
		return nil, err
	}
	if !hasText(reason) {
		return nil, aka.Errorf(aka.EINVALID, "a decision needs a reason")
	}
	if len(reason) > MaxReason {
		return nil, aka.Errorf(aka.EINVALID, "reason longer than %d bytes", MaxReason)
	}
	d := &aka.Decision{AlertID: alertID, Decision: decision, Reason: reason, Actor: actor.KeyID, Role: actor.Role, At: s.now()}
	detail, err := json.Marshal(map[string]string{"alert_id": alertID, "decision": string(decision), "reason": reason, "role": string(actor.Role)})
	if err != nil {
		return nil, err
	}
	entry := &aka.AuditEntry{At: d.At, Actor: actor.KeyID, Action: "decision", Detail: detail}
	if err := s.Store.Decide(ctx, d, entry); err != nil {
		return nil, err
	}
	return d, nil
}

// Reopen reopens a decided alert; it needs the supervisor role and a reason.
func (s *Service) Reopen(ctx context.Context, actor Actor, alertID, reason string) (*aka.Decision, error) {
	return s.Decide(ctx, actor, alertID, aka.DecideReopen, reason)
}

// MaxReason bounds a decision's reason, in bytes.
const MaxReason = 4000

func hasText(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\t' && r != '\n' && r != '\r' {
			return true
		}
	}
	return false
}

// Threshold returns the stored threshold, or DefaultThreshold while none is
// stored.
func (s *Service) Threshold(ctx context.Context) (float64, error) {
	v, err := s.Store.Setting(ctx, ThresholdSetting)
	if aka.ErrorCode(err) == aka.ENOTFOUND {
		return s.DefaultThreshold, nil
	}
	if err != nil {
		return 0, err
	}
	t, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return 0, &aka.Error{Code: aka.EINTERNAL, Message: "stored threshold unreadable", Err: err}
	}
	return t, nil
}

// SetThreshold stores a new threshold in (0, 1]; it needs the admin role and
// is audited with the old and new values.
func (s *Service) SetThreshold(ctx context.Context, actor Actor, t float64) error {
	if err := actor.require(aka.Admin, "setting the threshold"); err != nil {
		return err
	}
	if !(t > 0 && t <= 1) {
		return aka.Errorf(aka.EINVALID, "threshold %v out of (0, 1]", t)
	}
	old, err := s.Threshold(ctx)
	if err != nil {
		return err
	}
	detail, err := json.Marshal(map[string]float64{"old": old, "new": t})
	if err != nil {
		return err
	}
	entry := &aka.AuditEntry{At: s.now(), Actor: actor.KeyID, Action: "threshold.set", Detail: detail}
	return s.Store.PutSetting(ctx, ThresholdSetting, strconv.FormatFloat(t, 'g', -1, 64), entry)
}
