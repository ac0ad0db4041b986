package aka

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"time"
	"unicode"
)

// This file holds what review keeps: screened subjects, alerts, decisions,
// the audit log, API keys and settings, and the contracts that the sqlite
// and postgres packages implement. Each contract is small; Store is all of
// them together. Methods that change something worth auditing take the
// audit entry to append and append it in the same transaction, so that no
// decision is ever stored without its entry or the other way round.

// Role is what an API key may do. Roles are ordered: each may do what the
// ones before it may.
type Role string

// Roles, from the least to the most allowed.
const (
	Viewer     Role = "viewer"     // reads alerts, subjects and the audit log; screens
	Analyst    Role = "analyst"    // decides alerts
	Supervisor Role = "supervisor" // decides and reopens alerts
	Admin      Role = "admin"      // manages keys, the threshold and retention
)

// rank orders the roles; 0 is not a role.
func (r Role) rank() int {
	switch r {
	case Viewer:
		return 1
	case Analyst:
		return 2
	case Supervisor:
		return 3
	case Admin:
		return 4
	}
	return 0
}

// Valid reports whether r is one of the four roles.
func (r Role) Valid() bool { return r.rank() > 0 }

// Allows reports whether a key with role r may do what needs role want.
func (r Role) Allows(want Role) bool { return r.rank() > 0 && r.rank() >= want.rank() }

// AlertStatus is where an alert stands in review.
type AlertStatus string

// Alert statuses. Open and NeedsInfo are unresolved: a subject and an entity
// have at most one unresolved alert at a time.
const (
	StatusOpen          AlertStatus = "open"
	StatusTrueMatch     AlertStatus = "true_match"
	StatusFalsePositive AlertStatus = "false_positive"
	StatusNeedsInfo     AlertStatus = "needs_info"
	StatusClosed        AlertStatus = "closed"
)

// Unresolved reports whether the alert still waits for a decision.
func (s AlertStatus) Unresolved() bool { return s == StatusOpen || s == StatusNeedsInfo }

// Valid reports whether s is one of the alert statuses.
func (s AlertStatus) Valid() bool {
	switch s {
	case StatusOpen, StatusTrueMatch, StatusFalsePositive, StatusNeedsInfo, StatusClosed:
		return true
	}
	return false
}

// DecisionKind is what a reviewer decided about an alert.
type DecisionKind string

// Decision kinds. TrueMatch, FalsePositive and NeedsInfo are an analyst's;
// Reopen and Close are a supervisor's. NeedsInfo may be decided again on an
// alert that needs information, to record what is still missing.
const (
	DecideTrueMatch     DecisionKind = "true_match"
	DecideFalsePositive DecisionKind = "false_positive"
	DecideNeedsInfo     DecisionKind = "needs_info"
	DecideReopen        DecisionKind = "reopen"
	DecideClose         DecisionKind = "close"
)

// Role returns the least role that may make the decision, or "" for an
// unknown decision.
func (d DecisionKind) Role() Role {
	switch d {
	case DecideTrueMatch, DecideFalsePositive, DecideNeedsInfo:
		return Analyst
	case DecideReopen, DecideClose:
		return Supervisor
	}
	return ""
}

// Transition returns the status an alert in status from takes when decision
// d is made, and false when d cannot be made on such an alert: an analyst
// decides unresolved alerts only, a supervisor reopens resolved ones and
// closes any but a closed one. Both stores apply it inside the transaction
// that records the decision.
func Transition(from AlertStatus, d DecisionKind) (AlertStatus, bool) {
	switch d {
	case DecideTrueMatch, DecideFalsePositive, DecideNeedsInfo:
		if from.Unresolved() {
			return AlertStatus(d), true
		}
	case DecideReopen:
		if from.Valid() && from != StatusOpen {
			return StatusOpen, true
		}
	case DecideClose:
		if from.Valid() && from != StatusClosed {
			return StatusClosed, true
		}
	}
	return from, false
}

// StoredSubject is a screened subject as the store keeps it.
type StoredSubject struct {
	// ID is SubjectID(Subject): the client's id, or "h:" and a hash of
	// the normalized fields.
	ID      string  `json:"id"`
	Subject Subject `json:"subject"`
	// Fingerprint is SubjectFingerprint(Subject) when last screened.
	Fingerprint string    `json:"fingerprint"`
	CreatedAt   time.Time `json:"created_at"`
	ScreenedAt  time.Time `json:"screened_at"` // last screened
	// PurgedAt is when the subject was depersonalized, or zero.
	PurgedAt time.Time `json:"purged_at,omitzero"`
}

// Alert is a match at or above the threshold waiting for, or having had, a
// person's decision.
type Alert struct {
	ID        string `json:"id"`
	SubjectID string `json:"subject_id"`
	EntityID  string `json:"entity_id"`
	// Source is the entity's list ("un", "ofac"...), for filtering.
	Source string  `json:"source"`
	Score  float64 `json:"score"`
	// Evidence is the aka.Match as JSON, explanation included.
	Evidence json.RawMessage `json:"evidence"`
	// ListVersions are the versions of the lists screened against, by
	// source: {"un": "2026-01-28"}.
	ListVersions map[string]string `json:"list_versions"`
	Status       AlertStatus       `json:"status"`
	// SubjectHash and EntityHash fingerprint the data the alert was raised
	// on (SubjectFingerprint, EntityFingerprint); a false-positive decision
	// suppresses the pair only while both stay the same.
	SubjectHash string    `json:"subject_hash"`
	EntityHash  string    `json:"entity_hash"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

// AlertFilter selects alerts. Zero fields select everything.
type AlertFilter struct {
	Statuses      []AlertStatus
	Source        string // the entity's list
	SubjectID     string
	EntityID      string
	MinScore      float64
	CreatedBefore time.Time // alerts at least this old
	Limit         int       // at most this many; 0 for DefaultAlertLimit
	Offset        int
}

// DefaultAlertLimit is the number of alerts Alerts returns when the filter
// sets no limit.
const DefaultAlertLimit = 100

// Decision is one person's decision about one alert.
type Decision struct {
	Seq       int64        `json:"seq"` // set by the store
	AlertID   string       `json:"alert_id"`
	SubjectID string       `json:"subject_id"`
	EntityID  string       `json:"entity_id"`
	Decision  DecisionKind `json:"decision"`
	Reason    string       `json:"reason"`
	Actor     string       `json:"actor"` // the API key id, or "cli"
	Role      Role         `json:"role"`
	// SubjectHash and EntityHash are the alert's at decision time.
	SubjectHash string    `json:"subject_hash"`
	EntityHash  string    `json:"entity_hash"`
	At          time.Time `json:"at"`
}

// AuditEntry is one entry of the append-only audit log. Each carries the
// hash of the one before, so altering, removing or inserting an entry breaks
// every hash after it.
type AuditEntry struct {
	Seq    int64     `json:"seq"` // 1, 2, 3... set by the store
	At     time.Time `json:"at"`
	Actor  string    `json:"actor"`
	Action string    `json:"action"` // "decision", "lists.load", "threshold.set", "key.create", "key.revoke", "purge"
	// Detail is a JSON object; it is hashed in canonical form (keys sorted).
	Detail   json.RawMessage `json:"detail"`
	PrevHash string          `json:"prev_hash"` // "" for the first entry
	Hash     string          `json:"hash"`
}

// ComputeHash returns the hex SHA-256 of the previous entry's hash followed
// by the canonical JSON of the entry's seq, time (UTC, microseconds), actor,
// action and detail. Stores keep times to the microsecond, so the time is
// truncated to it before hashing.
func (e *AuditEntry) ComputeHash() (string, error) {
	detail, err := CanonicalJSON(e.Detail)
	if err != nil {
		return "", err
	}
	b, err := json.Marshal(struct {
		Seq    int64           `json:"seq"`
		At     string          `json:"at"`
		Actor  string          `json:"actor"`
		Action string          `json:"action"`
		Detail json.RawMessage `json:"detail"`
	}{e.Seq, e.At.UTC().Truncate(time.Microsecond).Format(time.RFC3339Nano), e.Actor, e.Action, detail})
	if err != nil {
		return "", err
	}
	h := sha256.New()
	h.Write([]byte(e.PrevHash))
	h.Write(b)
	return hex.EncodeToString(h.Sum(nil)), nil
}

// CanonicalJSON returns b with object keys sorted and no insignificant
// space, numbers kept as written; "null" for empty input.
func CanonicalJSON(b []byte) ([]byte, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return []byte("null"), nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, Errorf(EINVALID, "audit detail is not JSON")
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// APIKey is a key's record. The secret itself is never stored: only its
// SHA-256.
type APIKey struct {
	ID         string    `json:"id"`
	SecretHash string    `json:"-"` // hex SHA-256 of the secret
	Role       Role      `json:"role"`
	Name       string    `json:"name,omitempty"` // what it is for
	CreatedAt  time.Time `json:"created_at"`
	RevokedAt  time.Time `json:"revoked_at,omitzero"` // zero while valid
}

// Revoked reports whether the key has been revoked.
func (k *APIKey) Revoked() bool { return !k.RevokedAt.IsZero() }

// SubjectStore keeps screened subjects.
type SubjectStore interface {
	// Subject returns the subject with the given id, or ENOTFOUND.
	Subject(ctx context.Context, id string) (*StoredSubject, error)
	// PurgeSubjects depersonalizes the subjects last screened before the
	// given time that have no unresolved alert and are not purged yet:
	// their fields are emptied and the subject side of their alerts'
	// evidence cleared (DepersonalizeEvidence), keeping ids, alerts and
	// decisions. It appends entry, its Detail set to {"before": ...,
	// "count": n}, and returns n. EINVALID for a nil entry.
	PurgeSubjects(ctx context.Context, before time.Time, entry *AuditEntry) (int, error)
}

// AlertStore keeps alerts.
type AlertStore interface {
	// RecordScreening stores the subject (creating it, or updating its
	// fields, fingerprint and screening time) and the alerts, all of
	// which must be unresolved and for that subject. An alert whose subject
	// and entity already have an unresolved alert is not created: the
	// existing one is returned in its place. It returns the alerts in the
	// order given. EINVALID for an alert with no id or another subject.
	RecordScreening(ctx context.Context, s *StoredSubject, alerts []*Alert) ([]*Alert, error)
	// Alert returns the alert with the given id, or ENOTFOUND.
	Alert(ctx context.Context, id string) (*Alert, error)
	// Alerts returns the alerts the filter selects, oldest first.
	Alerts(ctx context.Context, f AlertFilter) ([]*Alert, error)
}

// DecisionStore keeps decisions.
type DecisionStore interface {
	// Decide records d, sets its alert's status as Transition says and
	// appends entry, in one transaction; it sets d.Seq. ENOTFOUND when the
	// alert does not exist, ECONFLICT when the decision cannot be made on
	// the alert's current status (or reopening would give the pair two
	// unresolved alerts), EINVALID for a nil entry.
	Decide(ctx context.Context, d *Decision, entry *AuditEntry) error
	// Decisions returns an alert's decisions, oldest first.
	Decisions(ctx context.Context, alertID string) ([]*Decision, error)
	// LastDecision returns the latest decision on any alert of the subject
	// and entity, or ENOTFOUND.
	LastDecision(ctx context.Context, subjectID, entityID string) (*Decision, error)
}

// AuditLog is the append-only, hash-chained audit log.
type AuditLog interface {
	// Append sets e.Seq, e.PrevHash and e.Hash and appends e, serialized
	// with every other append so that the chain never forks. EINVALID for
	// a detail that is not JSON.
	Append(ctx context.Context, e *AuditEntry) error
	// AuditEntries returns up to limit entries with seq > after, in order.
	AuditEntries(ctx context.Context, after int64, limit int) ([]*AuditEntry, error)
}

// KeyStore keeps API keys.
type KeyStore interface {
	// CreateKey stores k and appends entry. ECONFLICT when the id exists,
	// EINVALID for a bad role or a nil entry.
	CreateKey(ctx context.Context, k *APIKey, entry *AuditEntry) error
	// Key returns the key with the given id, revoked or not, or ENOTFOUND.
	Key(ctx context.Context, id string) (*APIKey, error)
	// Keys returns every key, oldest first.
	Keys(ctx context.Context) ([]*APIKey, error)
	// RevokeKey revokes the key at the given time and appends entry.
	// ENOTFOUND when there is no such key, ECONFLICT when it is revoked
	// already.
	RevokeKey(ctx context.Context, id string, at time.Time, entry *AuditEntry) error
}

// SettingStore keeps deployment settings such as the threshold.
type SettingStore interface {
	// Setting returns the value of a setting, or ENOTFOUND.
	Setting(ctx context.Context, name string) (string, error)
	// PutSetting sets a setting and appends entry. EINVALID for a nil entry.
	PutSetting(ctx context.Context, name, value string, entry *AuditEntry) error
}

// RequestRecord is one screening request taken from a queue, to record
// under the request's id: its subject and alerts, as RecordScreening takes
// them, and the list versions it was screened against.
type RequestRecord struct {
	// RequestID is the id the client gave the request; it identifies the
	// request across redeliveries.
	RequestID    string
	Subject      *StoredSubject
	Alerts       []*Alert
	ListVersions map[string]string
}

// RequestResult is what recording a request stored: enough to answer the
// request again, the same way, when it is delivered again. It holds ids and
// versions, never the subject's data, which purging removes from the
// subjects table alone.
type RequestResult struct {
	RequestID    string            `json:"id"`
	SubjectID    string            `json:"subject_id"`
	AlertIDs     []string          `json:"alerts"` // the unresolved alerts for its matches, new or existing
	ListVersions map[string]string `json:"list_versions"`
	CreatedAt    time.Time         `json:"created_at"`
	// Existing is true when the request had been recorded before: this
	// is the first recording's result and nothing was stored again.
	Existing bool `json:"-"`
}

// RequestStore records screenings that come from a queue, each under its
// request id, so that a request delivered twice (a worker died before
// acknowledging it, or an acknowledgement was lost) opens no second alert
// and gets no second result.
type RequestStore interface {
	// RecordRequests records the requests in one transaction, each as
	// RecordScreening records a screening plus its result under the
	// request id. A request whose id has a result already is not
	// recorded again: its stored result comes back with Existing set, as
	// does the second of two requests with one id in the same call. It
	// returns the results in the order given. EINVALID for a request
	// with no id, or a subject or alert RecordScreening refuses.
	RecordRequests(ctx context.Context, reqs []*RequestRecord) ([]*RequestResult, error)
	// RequestResult returns the result stored for a request id, or
	// ENOTFOUND.
	RequestResult(ctx context.Context, id string) (*RequestResult, error)
}

// CheckRequests returns EINVALID for what RecordRequests refuses: a
// request with no id, a subject with no id, an alert with no id, for another
// subject, with no entity or resolved. Both stores call it first.
func CheckRequests(reqs []*RequestRecord) error {
	for i, r := range reqs {
		if r == nil || r.RequestID == "" {
			return Errorf(EINVALID, "request %d has no id", i)
		}
		if r.Subject == nil || r.Subject.ID == "" {
			return Errorf(EINVALID, "request %s: subject has no id", r.RequestID)
		}
		for j, a := range r.Alerts {
			if a.ID == "" || a.SubjectID != r.Subject.ID || a.EntityID == "" || !a.Status.Unresolved() {
				return Errorf(EINVALID, "request %s: alert %d: want an id, the subject's id, an entity id and an unresolved status", r.RequestID, j)
			}
		}
	}
	return nil
}

// MonitorStore keeps which stored subjects are monitored: screened again,
// against what changed, whenever a list changes (package monitor).
type MonitorStore interface {
	// Monitor marks the subject monitored (on) or no longer monitored.
	// ENOTFOUND when there is no such subject.
	Monitor(ctx context.Context, subjectID string, on bool) error
	// MonitoredSubjects calls fn with each monitored subject that is not
	// purged, its ID set, in id order. An error from fn stops the walk and
	// is returned.
	MonitoredSubjects(ctx context.Context, fn func(Subject) error) error
}

// Store is everything review keeps, on one database.
type Store interface {
	SubjectStore
	AlertStore
	DecisionStore
	AuditLog
	KeyStore
	SettingStore
	RequestStore
	// Close releases the database.
	Close() error
}

// SubjectID returns the subject's identity: the client's id when given,
// otherwise "h:" and the hex SHA-256 of its normalized name, birth date,
// nationality and document number, so that screening the same person again
// finds the same subject.
func SubjectID(s Subject) string {
	if id := strings.TrimSpace(s.ID); id != "" {
		return id
	}
	return "h:" + hashFields(
		normalizeText(s.Name),
		normalizeDate(s.BirthDate),
		normalizeText(s.Nationality),
		NormalizeDocumentNumber(s.DocumentNumber),
	)
}

// SubjectFingerprint returns the hex SHA-256 of every normalized field that
// screening compares, the id aside: a subject whose fingerprint changed has
// new data, which releases a false-positive decision about it.
func SubjectFingerprint(s Subject) string {
	schema := normalizeText(s.Schema)
	if schema == "" {
		schema = "person"
	}
	return hashFields(
		schema,
		normalizeText(s.Name),
		normalizeDate(s.BirthDate),
		normalizeText(s.Nationality),
		normalizeText(string(ParseGender(s.Gender))),
		normalizeText(s.PlaceOfBirth),
		NormalizeDocumentNumber(s.DocumentNumber),
		normalizeText(s.DocumentType),
		normalizeText(s.DocumentCountry),
	)
}

// EntityFingerprint returns the hex SHA-256 of the entity's JSON without its
// list version: a new version of a list that leaves an entity as it was
// keeps false-positive decisions about it, a change to its data releases
// them.
func EntityFingerprint(e *Entity) string {
	if e == nil {
		return ""
	}
	c := *e
	c.ListVersion = ""
	b, err := json.Marshal(&c)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// DepersonalizeEvidence returns the match with the subject's side of its
// evidence cleared, keeping the listed side, scores and bits: the query name
// and the subject's feature values become "", each query token "-" (not "",
// which would read as a listed token the query lacked).
func DepersonalizeEvidence(m Match) Match {
	m.Explanation.Name.Query = ""
	toks := make([]TokenEvidence, len(m.Explanation.Name.Tokens))
	for i, t := range m.Explanation.Name.Tokens {
		if t.Query != "" {
			t.Query = "-"
		}
		toks[i] = t
	}
	m.Explanation.Name.Tokens = toks
	feats := make([]FeatureEvidence, len(m.Explanation.Features))
	for i, f := range m.Explanation.Features {
		f.Query = ""
		feats[i] = f
	}
	m.Explanation.Features = feats
	return m
}

// DepersonalizeSubject returns the subject with its id and nothing else.
func DepersonalizeSubject(s Subject) Subject { return Subject{ID: s.ID, Schema: s.Schema} }

func hashFields(fields ...string) string {
	h := sha256.New()
	for _, f := range fields {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// normalizeText lower-cases s and keeps its letters and digits, one space
// between words.
func normalizeText(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		space = true
	}
	return b.String()
}

// normalizeDate writes an ISO date as the date it is ("1971-3-5" as
// "1971-03-05") and keeps only the digits of any other.
func normalizeDate(s string) string {
	if d, err := ParseISODate(s); err == nil {
		return d.String()
	}
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
