package review

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/akascreen/aka"
)

// ListLoad is one list loaded for screening, as the audit log records it.
type ListLoad struct {
	File     string `json:"file,omitempty"`
	Format   string `json:"format,omitempty"`
	Source   string `json:"source,omitempty"`
	Version  string `json:"version"`
	Entities int    `json:"entities"`
}

// ListsLoaded records in the audit log that the given lists were loaded.
// Loading is the server's own act, so any actor may record it; cmd/aka
// records it as Local("serve").
func (s *Service) ListsLoaded(ctx context.Context, actor Actor, loads []ListLoad) error {
	if err := actor.require(aka.Viewer, "recording list loads"); err != nil {
		return err
	}
	detail, err := json.Marshal(map[string]any{"lists": loads})
	if err != nil {
		return err
	}
	return s.Store.Append(ctx, &aka.AuditEntry{At: s.now(), Actor: actor.KeyID, Action: "lists.load", Detail: detail})
}

// Audit returns up to limit audit entries after seq; it needs the supervisor
// role.
func (s *Service) Audit(ctx context.Context, actor Actor, after int64, limit int) ([]*aka.AuditEntry, error) {
	if err := actor.require(aka.Supervisor, "reading the audit log"); err != nil {
		return nil, err
	}
	if limit <= 0 || limit > 1000 {
		limit = 1000
	}
	return s.Store.AuditEntries(ctx, after, limit)
}

// ChainError names the first audit entry whose chain is broken.
type ChainError struct {
	Seq    int64  // the first broken entry
	Reason string // what is wrong with it
}

// Error says which entry is broken and how.
func (e *ChainError) Error() string {
	return fmt.Sprintf("audit log broken at entry %d: %s", e.Seq, e.Reason)
}

// verifyPage is how many entries Verify reads at a time.
const verifyPage = 1000

// Verify walks the audit log from its first entry and checks that the
// entries are numbered 1, 2, 3... without gaps, that each carries the hash
// of the one before, and that each hash matches the entry's content. It
// returns the number of entries, or a *ChainError naming the first broken
// one. Removing entries from the end cannot be seen from the log alone:
// compare the count and last hash with a copy kept elsewhere.
func Verify(ctx context.Context, log aka.AuditLog) (int64, error) {
	var (
		seq  int64
		prev string
	)
	for {
		page, err := log.AuditEntries(ctx, seq, verifyPage)
		if err != nil {
			return seq, err
		}
		for _, e := range page {
			switch want := seq + 1; {
			case e.Seq != want:
				return seq, &ChainError{Seq: want, Reason: fmt.Sprintf("missing (next entry is %d)", e.Seq)}
			case e.PrevHash != prev:
				return seq, &ChainError{Seq: e.Seq, Reason: "does not carry the previous entry's hash"}
			}
			h, err := e.ComputeHash()
			if err != nil {
				return seq, &ChainError{Seq: e.Seq, Reason: "unreadable: " + err.Error()}
			}
			if h != e.Hash {
				return seq, &ChainError{Seq: e.Seq, Reason: "hash does not match its content"}
			}
			seq, prev = e.Seq, e.Hash
		}
		if len(page) < verifyPage {
			return seq, nil
		}
	}
}
