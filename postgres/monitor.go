package postgres

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/akascreen/aka"
)

var _ aka.MonitorStore = (*DB)(nil)

// Monitor implements aka.MonitorStore.
func (db *DB) Monitor(ctx context.Context, subjectID string, on bool) error {
	tag, err := db.pool.Exec(ctx, `UPDATE subjects SET monitored = $1 WHERE id = $2`, on, subjectID)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return aka.Errorf(aka.ENOTFOUND, "subject %q not found", subjectID)
	}
	return nil
}

// monitorPage is how many monitored subjects MonitoredSubjects reads at a
// time: no query stays open while fn runs, so fn may use the database.
const monitorPage = 10000

// MonitoredSubjects implements aka.MonitorStore.
func (db *DB) MonitoredSubjects(ctx context.Context, fn func(aka.Subject) error) error {
	after := ""
	for {
		rows, err := db.pool.Query(ctx, `SELECT id, data FROM subjects
			WHERE monitored AND purged_at IS NULL AND id COLLATE "C" > $1 ORDER BY id COLLATE "C" LIMIT $2`, after, monitorPage)
		if err != nil {
			return err
		}
		var page []aka.Subject
		for rows.Next() {
			var (
				id   string
				data []byte
			)
			if err := rows.Scan(&id, &data); err != nil {
				rows.Close()
				return err
			}
			var s aka.Subject
			if err := json.Unmarshal(data, &s); err != nil {
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
