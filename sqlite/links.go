package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/akascreen/aka"
)

var _ aka.LinkJudgementStore = (*DB)(nil)

// Judge implements aka.LinkJudgementStore.
func (db *DB) Judge(ctx context.Context, j *aka.LinkJudgement, entry *aka.AuditEntry) error {
	if entry == nil {
		return aka.Errorf(aka.EINVALID, "link judgement: no audit entry")
	}
	if err := aka.CheckLinkJudgement(j); err != nil {
		return err
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO link_judgements (a, b, verdict, reason, actor, role, at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			j.A, j.B, string(j.Verdict), j.Reason, j.Actor, string(j.Role), fmtTime(j.At))
		if err != nil {
			return fmt.Errorf("link judgement: %w", err)
		}
		if j.Seq, err = res.LastInsertId(); err != nil {
			return err
		}
		return appendAudit(ctx, tx, entry)
	})
}

// Judgements implements aka.LinkJudgementStore.
func (db *DB) Judgements(ctx context.Context) ([]*aka.LinkJudgement, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT seq, a, b, verdict, reason, actor, role, at FROM link_judgements ORDER BY seq`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*aka.LinkJudgement
	for rows.Next() {
		var (
			j                 aka.LinkJudgement
			verdict, role, at string
		)
		if err := rows.Scan(&j.Seq, &j.A, &j.B, &verdict, &j.Reason, &j.Actor, &role, &at); err != nil {
			return nil, err
		}
		j.Verdict, j.Role = aka.LinkVerdict(verdict), aka.Role(role)
		if j.At, err = parseTime(at); err != nil {
			return nil, err
		}
		out = append(out, &j)
	}
	return out, rows.Err()
}
