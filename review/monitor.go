package review

import (
	"context"
	"encoding/json"

	"github.com/akascreen/aka"
)

// Monitor marks a stored subject monitored, so that it is screened again
// against every list change (package monitor), or no longer monitored. It
// needs the analyst role, is audited ("subject.monitor"), and answers
// ENOTFOUND for an unknown subject and EINVALID when the store keeps no
// monitored subjects.
func (s *Service) Monitor(ctx context.Context, actor Actor, subjectID string, on bool) error {
	if err := actor.require(aka.Analyst, "monitoring subjects"); err != nil {
		return err
	}
	ms, ok := s.Store.(aka.MonitorStore)
	if !ok {
		return aka.Errorf(aka.EINVALID, "this store does not monitor subjects")
	}
	if err := ms.Monitor(ctx, subjectID, on); err != nil {
		return err
	}
	detail, err := json.Marshal(map[string]any{"subject_id": subjectID, "monitored": on})
	if err != nil {
		return err
	}
	return s.Store.Append(ctx, &aka.AuditEntry{At: s.now(), Actor: actor.KeyID, Action: "subject.monitor", Detail: detail})
}
