package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/akascreen/aka"
	"github.com/jackc/pgx/v5"
)

// Decide implements aka.DecisionStore.
func (db *DB) Decide(ctx context.Context, d *aka.Decision, entry *aka.AuditEntry) error {
	if entry == nil {
		return aka.Errorf(aka.EINVALID, "decision: no audit entry")
	}
	if d.Reason == "" {
		return aka.Errorf(aka.EINVALID, "a decision needs a reason")
	}
	return db.write(ctx, func(tx pgx.Tx) error {
		var from string
		err := tx.QueryRow(ctx, `SELECT status, subject_id, entity_id, subject_hash, entity_hash FROM alerts WHERE id = $1 FOR UPDATE`, d.AlertID).
			Scan(&from, &d.SubjectID, &d.EntityID, &d.SubjectHash, &d.EntityHash)
		if errors.Is(err, pgx.ErrNoRows) {
			return aka.Errorf(aka.ENOTFOUND, "alert %q not found", d.AlertID)
		}
		if err != nil {
			return err
		}
		to, ok := aka.Transition(aka.AlertStatus(from), d.Decision)
		if !ok {
			return aka.Errorf(aka.ECONFLICT, "alert %s is %s: cannot decide %s", d.AlertID, from, d.Decision)
		}
		if _, err := tx.Exec(ctx, `UPDATE alerts SET status = $1, updated_at = $2 WHERE id = $3`, string(to), ts(d.At), d.AlertID); err != nil {
			if isUnique(err) {
				return aka.Errorf(aka.ECONFLICT, "alert %s: the subject and entity have another unresolved alert", d.AlertID)
			}
			return err
		}
		d.At = ts(d.At)
		err = tx.QueryRow(ctx, `INSERT INTO decisions (alert_id, subject_id, entity_id, decision, reason, actor, role, subject_hash, entity_hash, at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING seq`,
			d.AlertID, d.SubjectID, d.EntityID, string(d.Decision), d.Reason, d.Actor, string(d.Role), d.SubjectHash, d.EntityHash, d.At).Scan(&d.Seq)
		if err != nil {
			return fmt.Errorf("decision: %w", err)
		}
		return appendAudit(ctx, tx, entry)
	})
}

const decisionColumns = `seq, alert_id, subject_id, entity_id, decision, reason, actor, role, subject_hash, entity_hash, at`

// Decisions implements aka.DecisionStore.
func (db *DB) Decisions(ctx context.Context, alertID string) ([]*aka.Decision, error) {
	return scanDecisions(db.pool.Query(ctx, `SELECT `+decisionColumns+` FROM decisions WHERE alert_id = $1 ORDER BY seq`, alertID))
}

// LastDecision implements aka.DecisionStore.
func (db *DB) LastDecision(ctx context.Context, subjectID, entityID string) (*aka.Decision, error) {
	ds, err := scanDecisions(db.pool.Query(ctx, `SELECT `+decisionColumns+` FROM decisions
		WHERE subject_id = $1 AND entity_id = $2 ORDER BY seq DESC LIMIT 1`, subjectID, entityID))
	if err != nil {
		return nil, err
	}
	if len(ds) == 0 {
		return nil, aka.Errorf(aka.ENOTFOUND, "no decision on %s and %s", subjectID, entityID)
	}
	return ds[0], nil
}

func scanDecisions(rows pgx.Rows, err error) ([]*aka.Decision, error) {
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (*aka.Decision, error) {
		var (
			d          aka.Decision
			kind, role string
		)
		if err := r.Scan(&d.Seq, &d.AlertID, &d.SubjectID, &d.EntityID, &kind, &d.Reason, &d.Actor, &role,
			&d.SubjectHash, &d.EntityHash, &d.At); err != nil {
			return nil, err
		}
		d.Decision, d.Role, d.At = aka.DecisionKind(kind), aka.Role(role), d.At.UTC()
		return &d, nil
	})
}
