package aka

import (
	"context"
	"strings"
	"time"
)

// LinkVerdict is what a reviewer said about a link between two listed
// entities (package resolve).
type LinkVerdict string

// Link verdicts.
const (
	// LinkConfirmed: the two entities are the same person or organization.
	LinkConfirmed LinkVerdict = "confirmed"
	// LinkRejected: they are not; the link never comes back.
	LinkRejected LinkVerdict = "rejected"
)

// Valid reports whether v is one of the link verdicts.
func (v LinkVerdict) Valid() bool { return v == LinkConfirmed || v == LinkRejected }

// LinkJudgement is one person's judgement of whether two listed entities
// are the same. Entity ids are stable across list versions, so a judgement
// outlives the versions it was made on. A is less than B.
type LinkJudgement struct {
	Seq     int64       `json:"seq"` // set by the store
	A       string      `json:"a"`
	B       string      `json:"b"`
	Verdict LinkVerdict `json:"verdict"`
	Reason  string      `json:"reason"`
	Actor   string      `json:"actor"`
	Role    Role        `json:"role"`
	At      time.Time   `json:"at"`
}

// LinkJudgementStore keeps judgements of links between listed entities.
// Judgements are append-only: a later judgement of a pair replaces an
// earlier one in effect, never in the record.
type LinkJudgementStore interface {
	// Judge records j and appends entry, in one transaction; it puts the
	// pair in order (A < B) and sets j.Seq. EINVALID for a nil entry, an
	// unknown verdict, an empty reason, or a pair that is not two
	// different ids.
	Judge(ctx context.Context, j *LinkJudgement, entry *AuditEntry) error
	// Judgements returns every judgement, oldest first.
	Judgements(ctx context.Context) ([]*LinkJudgement, error)
}

// CheckLinkJudgement checks what both stores require of a judgement and puts
// its pair in order (A < B). EINVALID for an unknown verdict, an empty
// reason, or a pair that is not two different ids.
func CheckLinkJudgement(j *LinkJudgement) error {
	if j == nil {
		return Errorf(EINVALID, "no link judgement")
	}
	j.A, j.B = strings.TrimSpace(j.A), strings.TrimSpace(j.B)
	if j.A == "" || j.B == "" || j.A == j.B {
		return Errorf(EINVALID, "a link judgement needs two different entity ids")
	}
	if j.B < j.A {
		j.A, j.B = j.B, j.A
	}
	if !j.Verdict.Valid() {
		return Errorf(EINVALID, "unknown link verdict %q: want confirmed or rejected", j.Verdict)
	}
	if strings.TrimSpace(j.Reason) == "" {
		return Errorf(EINVALID, "a link judgement needs a reason")
	}
	return nil
}
