package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/akascreen/aka"
)

// RecordRequests implements aka.RequestStore: one write transaction for
// the call, each request in turn. SQLite has one writer, so there is no
// other transaction to wait for or deadlock with.
func (db *DB) RecordRequests(ctx context.Context, reqs []*aka.RequestRecord) ([]*aka.RequestResult, error) {
	if err := aka.CheckRequests(reqs); err != nil {
		return nil, err
	}
	out := make([]*aka.RequestResult, len(reqs))
	err := db.write(ctx, func(tx *sql.Tx) error {
		clear(out)
		done := make(map[string]*aka.RequestResult, len(reqs))
		for i, r := range reqs {
			if prev, ok := done[r.RequestID]; ok {
				c := *prev
				c.Existing = true
				out[i] = &c
				continue
			}
			stored, err := scanRequests(tx.QueryContext(ctx, `SELECT `+requestColumns+` FROM screening_requests WHERE request_id = ?`, r.RequestID))
			if err != nil {
				return err
			}
			if len(stored) == 1 {
				stored[0].Existing = true
				out[i], done[r.RequestID] = stored[0], stored[0]
				continue
			}
			alerts, err := recordScreening(ctx, tx, r.Subject, r.Alerts)
			if err != nil {
				return fmt.Errorf("request %s: %w", r.RequestID, err)
			}
			res := &aka.RequestResult{RequestID: r.RequestID, SubjectID: r.Subject.ID, AlertIDs: make([]string, len(alerts)),
				ListVersions: r.ListVersions, CreatedAt: r.Subject.ScreenedAt.UTC().Truncate(time.Microsecond)}
			if res.ListVersions == nil {
				res.ListVersions = map[string]string{}
			}
			for k, a := range alerts {
				res.AlertIDs[k] = a.ID
			}
			ids, err := json.Marshal(res.AlertIDs)
			if err != nil {
				return err
			}
			versions, err := json.Marshal(res.ListVersions)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO screening_requests (request_id, subject_id, alert_ids, list_versions, created_at) VALUES (?, ?, ?, ?, ?)`,
				res.RequestID, res.SubjectID, string(ids), string(versions), fmtTime(res.CreatedAt)); err != nil {
				return fmt.Errorf("request %s: %w", r.RequestID, err)
			}
			out[i] = res
			done[r.RequestID] = res
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// RequestResult implements aka.RequestStore.
func (db *DB) RequestResult(ctx context.Context, id string) (*aka.RequestResult, error) {
	rs, err := scanRequests(db.db.QueryContext(ctx, `SELECT `+requestColumns+` FROM screening_requests WHERE request_id = ?`, id))
	if err != nil {
		return nil, err
	}
	if len(rs) == 0 {
		return nil, aka.Errorf(aka.ENOTFOUND, "request %q not found", id)
	}
	return rs[0], nil
}

const requestColumns = `request_id, subject_id, alert_ids, list_versions, created_at`

func scanRequests(rows *sql.Rows, err error) ([]*aka.RequestResult, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*aka.RequestResult
	for rows.Next() {
		var (
			res                       aka.RequestResult
			alerts, versions, created string
		)
		if err := rows.Scan(&res.RequestID, &res.SubjectID, &alerts, &versions, &created); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(alerts), &res.AlertIDs); err != nil {
			return nil, fmt.Errorf("request %s: alerts: %w", res.RequestID, err)
		}
		if err := json.Unmarshal([]byte(versions), &res.ListVersions); err != nil {
			return nil, fmt.Errorf("request %s: list versions: %w", res.RequestID, err)
		}
		if res.CreatedAt, err = parseTime(created); err != nil {
			return nil, err
		}
		out = append(out, &res)
	}
	return out, rows.Err()
}
