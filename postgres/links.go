package postgres

import (
	"context"
	"fmt"

	"github.com/akascreen/aka"
	"github.com/jackc/pgx/v5"
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
	return db.write(ctx, func(tx pgx.Tx) error {
		j.At = ts(j.At)
		err := tx.QueryRow(ctx, `INSERT INTO link_judgements (a, b, verdict, reason, actor, role, at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING seq`,
			j.A, j.B, string(j.Verdict), j.Reason, j.Actor, string(j.Role), j.At).Scan(&j.Seq)
		if err != nil {
			return fmt.Errorf("link judgement: %w", err)
		}
		return appendAudit(ctx, tx, entry)
	})
}

// Judgements implements aka.LinkJudgementStore.
func (db *DB) Judgements(ctx context.Context) ([]*aka.LinkJudgement, error) {
	rows, err := db.pool.Query(ctx, `SELECT seq, a, b, verdict, reason, actor, role, at FROM link_judgements ORDER BY seq`)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (*aka.LinkJudgement, error) {
		var (
			j             aka.LinkJudgement
			verdict, role string
		)
		if err := r.Scan(&j.Seq, &j.A, &j.B, &verdict, &j.Reason, &j.Actor, &role, &j.At); err != nil {
			return nil, err
		}
		j.Verdict, j.Role, j.At = aka.LinkVerdict(verdict), aka.Role(role), j.At.UTC()
		return &j, nil
	})
}
