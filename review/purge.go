package review

import (
	"context"
	"time"

	"github.com/akascreen/aka"
)

// Purge depersonalizes the subjects last screened more than olderThan ago
// that have no unresolved alert: their name, birth date, document and other
// fields are emptied and the subject's side of their alerts' evidence
// cleared, keeping their (hash) ids, alerts and decisions, as EU PNR rules
// ask of passenger data after six months (Directive (EU) 2016/681, article
// 12). It needs the admin role, is audited with the count, and returns it.
func (s *Service) Purge(ctx context.Context, actor Actor, olderThan time.Duration) (int, error) {
	if err := actor.require(aka.Admin, "purging subjects"); err != nil {
		return 0, err
	}
	if olderThan <= 0 {
		return 0, aka.Errorf(aka.EINVALID, "retention period must be positive")
	}
	now := s.now()
	return s.Store.PurgeSubjects(ctx, now.Add(-olderThan), &aka.AuditEntry{At: now, Actor: actor.KeyID, Action: "purge"})
}
