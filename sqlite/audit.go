package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/akascreen/aka"
)

// Append implements aka.AuditLog.
func (db *DB) Append(ctx context.Context, e *aka.AuditEntry) error {
	if e == nil {
		return aka.Errorf(aka.EINVALID, "no audit entry")
	}
	return db.write(ctx, func(tx *sql.Tx) error { return appendAudit(ctx, tx, e) })
}

// appendAudit extends the chain inside tx, which holds the database's write
// lock (an IMMEDIATE transaction), so no other append reads the same last
// entry.
func appendAudit(ctx context.Context, tx *sql.Tx, e *aka.AuditEntry) error {
	if len(e.Detail) == 0 {
		e.Detail = []byte("{}")
	}
	if _, err := aka.CanonicalJSON(e.Detail); err != nil {
		return err
	}
	var last int64
	var prev string
	err := tx.QueryRowContext(ctx, `SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`).Scan(&last, &prev)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("audit: %w", err)
	}
	e.Seq, e.PrevHash = last+1, prev
	e.At = e.At.UTC().Truncate(time.Microsecond)
	if e.Hash, err = e.ComputeHash(); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO audit_log (seq, at, actor, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		e.Seq, fmtTime(e.At), e.Actor, e.Action, string(e.Detail), e.PrevHash, e.Hash)
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	return nil
}

// AuditEntries implements aka.AuditLog.
func (db *DB) AuditEntries(ctx context.Context, after int64, limit int) ([]*aka.AuditEntry, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT seq, at, actor, action, detail, prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?`, after, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*aka.AuditEntry
	for rows.Next() {
		var (
			e          aka.AuditEntry
			at, detail string
		)
		if err := rows.Scan(&e.Seq, &at, &e.Actor, &e.Action, &detail, &e.PrevHash, &e.Hash); err != nil {
			return nil, err
		}
		e.Detail = []byte(detail)
		if e.At, err = parseTime(at); err != nil {
			return nil, fmt.Errorf("audit entry %d: %w", e.Seq, err)
		}
		out = append(out, &e)
	}
	return out, rows.Err()
}
