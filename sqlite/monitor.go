package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/akascreen/aka"
)

var _ aka.MonitorStore = (*DB)(nil)

// Monitor implements aka.MonitorStore.
func (db *DB) Monitor(ctx context.Context, subjectID string, on bool) error {
	return db.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE subjects SET monitored = ? WHERE id = ?`, on, subjectID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return aka.Errorf(aka.ENOTFOUND, "subject %q not found", subjectID)
		}
		return nil
	})
}

// monitorPage is how many monitored subjects MonitoredSubjects reads at a
// time: no read stays open while fn runs, so fn may write.
const monitorPage = 10000

// MonitoredSubjects implements aka.MonitorStore.
func (db *DB) MonitoredSubjects(ctx context.Context, fn func(aka.Subject) error) error {
	after := ""
	for {
		rows, err := db.db.QueryContext(ctx, `SELECT id, data FROM subjects
			WHERE monitored = 1 AND purged_at IS NULL AND id > ? ORDER BY id LIMIT ?`, after, monitorPage)
		if err != nil {
			return err
		}
		var page []aka.Subject
		for rows.Next() {
			var id, data string
			if err := rows.Scan(&id, &data); err != nil {
				rows.Close()
				return err
			}
			var s aka.Subject
			if err := json.Unmarshal([]byte(data), &s); err != nil {
				rows.Close()
				return fmt.Errorf("subject %s: %w", id, err)
			}
			s.ID = id
			page = append(page, s)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, s := range page {
			if err := fn(s); err != nil {
				return err
			}
		}
		if len(page) < monitorPage {
			return nil
		}
		after = page[len(page)-1].ID
	}
}
