package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/akascreen/aka"
	"github.com/jackc/pgx/v5"
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
	data, err := json.Marshal(s.Subject)
	if err != nil {
		return nil, err
	}
	var out []*aka.Alert
	err = db.write(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO subjects (id, name, birth_date, nationality, document, data, fingerprint, created_at, screened_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
			ON CONFLICT (id) DO UPDATE SET name = excluded.name, birth_date = excluded.birth_date,
				nationality = excluded.nationality, document = excluded.document, data = excluded.data,
				fingerprint = excluded.fingerprint, screened_at = excluded.screened_at, purged_at = NULL`,
			s.ID, s.Subject.Name, s.Subject.BirthDate, s.Subject.Nationality, s.Subject.DocumentNumber,
			string(data), s.Fingerprint, ts(s.CreatedAt), ts(s.ScreenedAt))
		if err != nil {
			return fmt.Errorf("subject: %w", err)
		}
		out, err = insertAlerts(ctx, tx, alerts)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// insertAlerts inserts the alerts, each unless its subject and entity have
// an unresolved alert already, and returns, in order, each new alert or the
// existing one in its place.
func insertAlerts(ctx context.Context, tx pgx.Tx, alerts []*aka.Alert) ([]*aka.Alert, error) {
	out := make([]*aka.Alert, len(alerts))
	for i, a := range alerts {
		versions, err := json.Marshal(a.ListVersions)
		if err != nil {
			return nil, err
		}
		// DO NOTHING without a target covers the partial unique index on
		// unresolved pairs; a concurrent insert of the same pair waits for
		// this one and then does nothing.
		tag, err := tx.Exec(ctx, `INSERT INTO alerts (id, subject_id, entity_id, source, score, evidence, list_versions, status, subject_hash, entity_hash, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING`,
			a.ID, a.SubjectID, a.EntityID, a.Source, a.Score, string(a.Evidence), string(versions), string(a.Status),
			a.SubjectHash, a.EntityHash, ts(a.CreatedAt), ts(a.UpdatedAt))
		if err != nil {
			return nil, fmt.Errorf("alert %s: %w", a.ID, err)
		}
		if tag.RowsAffected() == 1 {
			c := *a
			c.CreatedAt, c.UpdatedAt = ts(a.CreatedAt), ts(a.UpdatedAt)
			out[i] = &c
			continue
		}
		existing, err := scanAlerts(tx.Query(ctx, `SELECT `+alertColumns+` FROM alerts
			WHERE subject_id = $1 AND entity_id = $2 AND status IN ('open', 'needs_info')`, a.SubjectID, a.EntityID))
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
		s      aka.StoredSubject
		data   []byte
		purged *time.Time
	)
	err := db.pool.QueryRow(ctx, `SELECT id, data, fingerprint, created_at, screened_at, purged_at FROM subjects WHERE id = $1`, id).
		Scan(&s.ID, &data, &s.Fingerprint, &s.CreatedAt, &s.ScreenedAt, &purged)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, aka.Errorf(aka.ENOTFOUND, "subject %q not found", id)
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, &s.Subject); err != nil {
		return nil, fmt.Errorf("subject %s: %w", id, err)
	}
	s.CreatedAt, s.ScreenedAt, s.PurgedAt = s.CreatedAt.UTC(), s.ScreenedAt.UTC(), fromNull(purged)
	return &s, nil
}

// PurgeSubjects implements aka.SubjectStore. The subjects are locked as they
// are selected, so a screening of the same subject either comes first (and
// the subject is no longer old enough) or waits for the purge and then
// stores its data afresh.
func (db *DB) PurgeSubjects(ctx context.Context, before time.Time, entry *aka.AuditEntry) (int, error) {
	if entry == nil {
		return 0, aka.Errorf(aka.EINVALID, "purge: no audit entry")
	}
	var n int
	err := db.write(ctx, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT id, data FROM subjects s
			WHERE purged_at IS NULL AND screened_at < $1
			AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.subject_id = s.id AND a.status IN ('open', 'needs_info'))
			FOR UPDATE`, ts(before))
		if err != nil {
			return err
		}
		type row struct {
			id   string
			data []byte
		}
		subjects, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (row, error) {
			var x row
			err := r.Scan(&x.id, &x.data)
			return x, err
		})
		if err != nil {
			return err
		}
		for _, r := range subjects {
			var subj aka.Subject
			if err := json.Unmarshal(r.data, &subj); err != nil {
				return fmt.Errorf("subject %s: %w", r.id, err)
			}
			data, err := json.Marshal(aka.DepersonalizeSubject(subj))
			if err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `UPDATE subjects SET name = '', birth_date = '', nationality = '', document = '', data = $1, purged_at = $2 WHERE id = $3`,
				string(data), ts(entry.At), r.id); err != nil {
				return err
			}
			alerts, err := scanAlerts(tx.Query(ctx, `SELECT `+alertColumns+` FROM alerts WHERE subject_id = $1`, r.id))
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
				if _, err := tx.Exec(ctx, `UPDATE alerts SET evidence = $1 WHERE id = $2`, string(ev), a.ID); err != nil {
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
	as, err := scanAlerts(db.pool.Query(ctx, `SELECT `+alertColumns+` FROM alerts WHERE id = $1`, id))
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
	arg := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	if len(f.Statuses) > 0 {
		ss := make([]string, len(f.Statuses))
		for i, s := range f.Statuses {
			ss[i] = string(s)
		}
		where = append(where, "status = ANY("+arg(ss)+")")
	}
	if f.Source != "" {
		where = append(where, "source = "+arg(f.Source))
	}
	if f.SubjectID != "" {
		where = append(where, "subject_id = "+arg(f.SubjectID))
	}
	if f.EntityID != "" {
		where = append(where, "entity_id = "+arg(f.EntityID))
	}
	if f.MinScore > 0 {
		where = append(where, "score >= "+arg(f.MinScore))
	}
	if !f.CreatedBefore.IsZero() {
		where = append(where, "created_at <= "+arg(ts(f.CreatedBefore)))
	}
	q := `SELECT ` + alertColumns + ` FROM alerts`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	limit := f.Limit
	if limit <= 0 {
		limit = aka.DefaultAlertLimit
	}
	q += " ORDER BY created_at, id LIMIT " + arg(limit) + " OFFSET " + arg(max(f.Offset, 0))
	return scanAlerts(db.pool.Query(ctx, q, args...))
}

const alertColumns = `id, subject_id, entity_id, source, score, evidence, list_versions, status, subject_hash, entity_hash, created_at, updated_at`

func scanAlerts(rows pgx.Rows, err error) ([]*aka.Alert, error) {
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (*aka.Alert, error) {
		var (
			a                  aka.Alert
			evidence, versions []byte
			status             string
		)
		if err := r.Scan(&a.ID, &a.SubjectID, &a.EntityID, &a.Source, &a.Score, &evidence, &versions, &status,
			&a.SubjectHash, &a.EntityHash, &a.CreatedAt, &a.UpdatedAt); err != nil {
			return nil, err
		}
		a.Evidence = json.RawMessage(evidence)
		a.Status = aka.AlertStatus(status)
		if err := json.Unmarshal(versions, &a.ListVersions); err != nil {
			return nil, fmt.Errorf("alert %s: list versions: %w", a.ID, err)
		}
		a.CreatedAt, a.UpdatedAt = a.CreatedAt.UTC(), a.UpdatedAt.UTC()
		return &a, nil
	})
}
