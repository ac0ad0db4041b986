package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/akascreen/aka"
	"github.com/jackc/pgx/v5"
)

// Append implements aka.AuditLog.
func (db *DB) Append(ctx context.Context, e *aka.AuditEntry) error {
	if e == nil {
		return aka.Errorf(aka.EINVALID, "no audit entry")
	}
	return db.write(ctx, func(tx pgx.Tx) error { return appendAudit(ctx, tx, e) })
}

// appendAudit extends the chain inside tx. The advisory lock, held until tx
// ends, makes appends wait for each other: the last entry read here is the
// last committed one, and no other append can read it before this one
// commits or rolls back.
func appendAudit(ctx context.Context, tx pgx.Tx, e *aka.AuditEntry) error {
	if len(e.Detail) == 0 {
		e.Detail = []byte("{}")
	}
	if _, err := aka.CanonicalJSON(e.Detail); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.audit_log'))`); err != nil {
		return fmt.Errorf("audit: lock: %w", err)
	}
	var last int64
	var prev string
	err := tx.QueryRow(ctx, `SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`).Scan(&last, &prev)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("audit: %w", err)
	}
	e.Seq, e.PrevHash, e.At = last+1, prev, ts(e.At)
	if e.Hash, err = e.ComputeHash(); err != nil {
		return err
	}
	_, err = tx.Exec(ctx, `INSERT INTO audit_log (seq, at, actor, action, detail, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
		e.Seq, e.At, e.Actor, e.Action, string(e.Detail), e.PrevHash, e.Hash)
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	return nil
}

// AuditEntries implements aka.AuditLog.
func (db *DB) AuditEntries(ctx context.Context, after int64, limit int) ([]*aka.AuditEntry, error) {
	rows, err := db.pool.Query(ctx, `SELECT seq, at, actor, action, detail, prev_hash, hash FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2`, after, limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (*aka.AuditEntry, error) {
		var (
			e      aka.AuditEntry
			detail string
		)
		if err := r.Scan(&e.Seq, &e.At, &e.Actor, &e.Action, &detail, &e.PrevHash, &e.Hash); err != nil {
			return nil, err
		}
		e.Detail, e.At = []byte(detail), e.At.UTC()
		return &e, nil
	})
}
