package review

import (
	"context"
	"encoding/json"

	"github.com/akascreen/aka"
)

// ListChange is one list whose content changed when the lists were
// reloaded, as the audit log records it: the versions and digests on both
// sides and how many entities were added, removed and changed.
type ListChange struct {
	Source     string `json:"source"`
	OldVersion string `json:"old_version"`
	NewVersion string `json:"new_version"`
	OldSHA256  string `json:"old_sha256"`
	NewSHA256  string `json:"new_sha256"`
	Added      int    `json:"added"`
	Removed    int    `json:"removed"`
	Changed    int    `json:"changed"`
}

// ListChanged records in the audit log, as a "lists.change" entry, that a
// list changed. Reloading is the server's own act, so any actor may record
// it; cmd/aka records it as Local("reload").
func (s *Service) ListChanged(ctx context.Context, actor Actor, ch ListChange) error {
	if err := actor.require(aka.Viewer, "recording list changes"); err != nil {
		return err
	}
	detail, err := json.Marshal(ch)
	if err != nil {
		return err
	}
	return s.Store.Append(ctx, &aka.AuditEntry{At: s.now(), Actor: actor.KeyID, Action: "lists.change", Detail: detail})
}
