package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/akascreen/aka"
)

// RecordScreening implements aka.AlertStore.
func (db *DB) RecordScreening(ctx context.Context, s *aka.StoredSubject, alerts []*aka.Alert) ([]*aka.Alert, error) {
	if s == nil || s.ID == "" {
		return nil, aka.Errorf(aka.EINVALID, "subject has no id")
	}
	for i, a := range alerts {
		if a.ID == "" || a.SubjectID != s.ID || a.EntityID == "" || !a.Status.Unresolved() {
			return nil, aka.Errorf(aka.EINVALID, "alert %d: want an id, the subject's id, an entity id and an unresolved status", i)
		}
	}
	var out []*aka.Alert
	err := db.write(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = recordScreening(ctx, tx, s, alerts)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// recordScreening stores the subject and its alerts in tx, as
// RecordScreening describes.
func recordScreening(ctx context.Context, tx *sql.Tx, s *aka.StoredSubject, alerts []*aka.Alert) ([]*aka.Alert, error) {
	data, err := json.Marshal(s.Subject)
	if err != nil {
		return nil, err
	}
	out := make([]*aka.Alert, len(alerts))
	_, err = tx.ExecContext(ctx, `INSERT INTO subjects (id, name, birth_date, nationality, document, data, fingerprint, created_at, screened_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, birth_date = excluded.birth_date,
			nationality = excluded.nationality, document = excluded.document, data = excluded.data,
			fingerprint = excluded.fingerprint, screened_at = excluded.screened_at, purged_at = NULL`,
		s.ID, s.Subject.Name, s.Subject.BirthDate, s.Subject.Nationality, s.Subject.DocumentNumber,
		string(data), s.Fingerprint, fmtTime(s.CreatedAt), fmtTime(s.ScreenedAt))
	if err != nil {
		return nil, fmt.Errorf("subject: %w", err)
	}
	for i, a := range alerts {
		versions, err := json.Marshal(a.ListVersions)
		if err != nil {
			return nil, err
		}
		// DO NOTHING without a target covers the partial unique
		// index on unresolved pairs.
		res, err := tx.ExecContext(ctx, `INSERT INTO alerts (id, subject_id, entity_id, source, score, evidence, list_versions, status, subject_hash, entity_hash, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
			a.ID, a.SubjectID, a.EntityID, a.Source, a.Score, string(a.Evidence), string(versions), string(a.Status),
			a.SubjectHash, a.EntityHash, fmtTime(a.CreatedAt), fmtTime(a.UpdatedAt))
		if err != nil {
			return nil, fmt.Errorf("alert %s: %w", a.ID, err)
		}
		if n, _ := res.RowsAffected(); n == 1 {
			c := *a
			c.CreatedAt, c.UpdatedAt = a.CreatedAt.UTC().Truncate(time.Microsecond), a.UpdatedAt.UTC().Truncate(time.Microsecond)
			out[i] = &c
			continue
		}
		existing, err := scanAlerts(tx.QueryContext(ctx, `SELECT `+alertColumns+` FROM alerts
			WHERE subject_id = ? AND entity_id = ? AND status IN ('open', 'needs_info')`, a.SubjectID, a.EntityID))
		if err != nil {
			return nil, err
		}
		if len(existing) != 1 {
			return nil, aka.Errorf(aka.ECONFLICT, "alert %s exists", a.ID)
		}
		out[i] = existing[0]
	}
	return out, nil
}

// Subject implements aka.SubjectStore.
func (db *DB) Subject(ctx context.Context, id string) (*aka.StoredSubject, error) {
	var (
		s                       aka.StoredSubject
		data, created, screened string
		purged                  sql.NullString
	)
	err := db.db.QueryRowContext(ctx, `SELECT id, data, fingerprint, created_at, screened_at, purged_at FROM subjects WHERE id = ?`, id).
		Scan(&s.ID, &data, &s.Fingerprint, &created, &screened, &purged)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, aka.Errorf(aka.ENOTFOUND, "subject %q not found", id)
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(data), &s.Subject); err != nil {
		return nil, fmt.Errorf("subject %s: %w", id, err)
	}
	if s.CreatedAt, err = parseTime(created); err != nil {
		return nil, err
	}
	if s.ScreenedAt, err = parseTime(screened); err != nil {
		return nil, err
	}
	if s.PurgedAt, err = parseNullTime(purged); err != nil {
		return nil, err
	}
	return &s, nil
}

// PurgeSubjects implements aka.SubjectStore.
func (db *DB) PurgeSubjects(ctx context.Context, before time.Time, entry *aka.AuditEntry) (int, error) {
	if entry == nil {
		return 0, aka.Errorf(aka.EINVALID, "purge: no audit entry")
	}
	var n int
	err := db.write(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, data FROM subjects s
			WHERE purged_at IS NULL AND screened_at < ?
			AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.subject_id = s.id AND a.status IN ('open', 'needs_info'))`, fmtTime(before))
		if err != nil {
			return err
		}
		type row struct{ id, data string }
		var subjects []row
		for rows.Next() {
			var r row
			if err := rows.Scan(&r.id, &r.data); err != nil {
				rows.Close()
				return err
			}
			subjects = append(subjects, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, r := range subjects {
			var subj aka.Subject
			if err := json.Unmarshal([]byte(r.data), &subj); err != nil {
				return fmt.Errorf("subject %s: %w", r.id, err)
			}
			data, err := json.Marshal(aka.DepersonalizeSubject(subj))
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE subjects SET name = '', birth_date = '', nationality = '', document = '', data = ?, purged_at = ? WHERE id = ?`,
				string(data), fmtTime(entry.At), r.id); err != nil {
				return err
			}
			alerts, err := scanAlerts(tx.QueryContext(ctx, `SELECT `+alertColumns+` FROM alerts WHERE subject_id = ?`, r.id))
			if err != nil {
				return err
			}
			for _, a := range alerts {
				var m aka.Match
				if err := json.Unmarshal(a.Evidence, &m); err != nil {
					return fmt.Errorf("alert %s: evidence: %w", a.ID, err)
				}
				ev, err := json.Marshal(aka.DepersonalizeEvidence(m))
				if err != nil {
					return err
				}
				if _, err := tx.ExecContext(ctx, `UPDATE alerts SET evidence = ? WHERE id = ?`, string(ev), a.ID); err != nil {
					return err
				}
			}
		}
		n = len(subjects)
		detail, err := json.Marshal(map[string]any{"before": before.UTC().Format(time.RFC3339), "count": n})
		if err != nil {
			return err
		}
		entry.Detail = detail
		return appendAudit(ctx, tx, entry)
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// Alert implements aka.AlertStore.
func (db *DB) Alert(ctx context.Context, id string) (*aka.Alert, error) {
	as, err := scanAlerts(db.db.QueryContext(ctx, `SELECT `+alertColumns+` FROM alerts WHERE id = ?`, id))
	if err != nil {
		return nil, err
	}
	if len(as) == 0 {
		return nil, aka.Errorf(aka.ENOTFOUND, "alert %q not found", id)
	}
	return as[0], nil
}

// Alerts implements aka.AlertStore.
func (db *DB) Alerts(ctx context.Context, f aka.AlertFilter) ([]*aka.Alert, error) {
	var (
		where []string
		args  []any
	)
	if len(f.Statuses) > 0 {
		where = append(where, "status IN (?"+strings.Repeat(", ?", len(f.Statuses)-1)+")")
		for _, s := range f.Statuses {
			args = append(args, string(s))
		}
	}
	if f.Source != "" {
		where = append(where, "source = ?")
		args = append(args, f.Source)
	}
	if f.SubjectID != "" {
		where = append(where, "subject_id = ?")
		args = append(args, f.SubjectID)
	}
	if f.EntityID != "" {
		where = append(where, "entity_id = ?")
		args = append(args, f.EntityID)
	}
	if f.MinScore > 0 {
		where = append(where, "score >= ?")
		args = append(args, f.MinScore)
	}
	if !f.CreatedBefore.IsZero() {
		where = append(where, "created_at <= ?")
		args = append(args, fmtTime(f.CreatedBefore))
	}
	q := `SELECT ` + alertColumns + ` FROM alerts`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	limit := f.Limit
	if limit <= 0 {
		limit = aka.DefaultAlertLimit
	}
	q += " ORDER BY created_at, id LIMIT ? OFFSET ?"
	args = append(args, limit, max(f.Offset, 0))
	return scanAlerts(db.db.QueryContext(ctx, q, args...))
}

const alertColumns = `id, subject_id, entity_id, source, score, evidence, list_versions, status, subject_hash, entity_hash, created_at, updated_at`

func scanAlerts(rows *sql.Rows, err error) ([]*aka.Alert, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*aka.Alert
	for rows.Next() {
		var (
			a                          aka.Alert
			evidence, versions, status string
			created, updated           string
		)
		if err := rows.Scan(&a.ID, &a.SubjectID, &a.EntityID, &a.Source, &a.Score, &evidence, &versions, &status,
			&a.SubjectHash, &a.EntityHash, &created, &updated); err != nil {
			return nil, err
		}
		a.Evidence = json.RawMessage(evidence)
		a.Status = aka.AlertStatus(status)
		if err := json.Unmarshal([]byte(versions), &a.ListVersions); err != nil {
			return nil, fmt.Errorf("alert %s: list versions: %w", a.ID, err)
		}
		if a.CreatedAt, err = parseTime(created); err != nil {
			return nil, err
		}
		if a.UpdatedAt, err = parseTime(updated); err != nil {
			return nil, err
		}
		out = append(out, &a)
	}
	return out, rows.Err()
}
