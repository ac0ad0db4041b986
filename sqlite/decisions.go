package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/akascreen/aka"
)

// Decide implements aka.DecisionStore.
func (db *DB) Decide(ctx context.Context, d *aka.Decision, entry *aka.AuditEntry) error {
	if entry == nil {
		return aka.Errorf(aka.EINVALID, "decision: no audit entry")
	}
	if d.Reason == "" {
		return aka.Errorf(aka.EINVALID, "a decision needs a reason")
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		var from string
		err := tx.QueryRowContext(ctx, `SELECT status, subject_id, entity_id, subject_hash, entity_hash FROM alerts WHERE id = ?`, d.AlertID).
			Scan(&from, &d.SubjectID, &d.EntityID, &d.SubjectHash, &d.EntityHash)
		if errors.Is(err, sql.ErrNoRows) {
			return aka.Errorf(aka.ENOTFOUND, "alert %q not found", d.AlertID)
		}
		if err != nil {
			return err
		}
		to, ok := aka.Transition(aka.AlertStatus(from), d.Decision)
		if !ok {
			return aka.Errorf(aka.ECONFLICT, "alert %s is %s: cannot decide %s", d.AlertID, from, d.Decision)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE alerts SET status = ?, updated_at = ? WHERE id = ?`, string(to), fmtTime(d.At), d.AlertID); err != nil {
			if isConstraint(err) {
				return aka.Errorf(aka.ECONFLICT, "alert %s: the subject and entity have another unresolved alert", d.AlertID)
			}
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO decisions (alert_id, subject_id, entity_id, decision, reason, actor, role, subject_hash, entity_hash, at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			d.AlertID, d.SubjectID, d.EntityID, string(d.Decision), d.Reason, d.Actor, string(d.Role), d.SubjectHash, d.EntityHash, fmtTime(d.At))
		if err != nil {
			return fmt.Errorf("decision: %w", err)
		}
		if d.Seq, err = res.LastInsertId(); err != nil {
			return err
		}
		return appendAudit(ctx, tx, entry)
	})
}

const decisionColumns = `seq, alert_id, subject_id, entity_id, decision, reason, actor, role, subject_hash, entity_hash, at`

// Decisions implements aka.DecisionStore.
func (db *DB) Decisions(ctx context.Context, alertID string) ([]*aka.Decision, error) {
	return scanDecisions(db.db.QueryContext(ctx, `SELECT `+decisionColumns+` FROM decisions WHERE alert_id = ? ORDER BY seq`, alertID))
}

// LastDecision implements aka.DecisionStore.
func (db *DB) LastDecision(ctx context.Context, subjectID, entityID string) (*aka.Decision, error) {
	ds, err := scanDecisions(db.db.QueryContext(ctx, `SELECT `+decisionColumns+` FROM decisions
		WHERE subject_id = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1`, subjectID, entityID))
	if err != nil {
		return nil, err
	}
	if len(ds) == 0 {
		return nil, aka.Errorf(aka.ENOTFOUND, "no decision on %s and %s", subjectID, entityID)
	}
	return ds[0], nil
}

func scanDecisions(rows *sql.Rows, err error) ([]*aka.Decision, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*aka.Decision
	for rows.Next() {
		var (
			d              aka.Decision
			kind, role, at string
		)
		if err := rows.Scan(&d.Seq, &d.AlertID, &d.SubjectID, &d.EntityID, &kind, &d.Reason, &d.Actor, &role,
			&d.SubjectHash, &d.EntityHash, &at); err != nil {
			return nil, err
		}
		d.Decision, d.Role = aka.DecisionKind(kind), aka.Role(role)
		if d.At, err = parseTime(at); err != nil {
			return nil, err
		}
		out = append(out, &d)
	}
	return out, rows.Err()
}
