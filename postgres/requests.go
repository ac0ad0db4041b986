package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"github.com/akascreen/aka"
	"github.com/jackc/pgx/v5"
)

// RecordRequests implements aka.RequestStore with a few statements per
// call, whatever the number of requests: the workers record a whole batch
// in one transaction, and at ten million requests a day the statements and
// commits per request are what PostgreSQL's capacity is spent on.
//
// Rows are locked in one order in every transaction, so that workers
// recording overlapping batches wait for each other instead of
// deadlocking: the request rows first (by request id), then the subjects
// (by id), then the alerts (by subject and entity). The request row comes
// first so that a worker holding a request another worker is recording
// waits for that one to commit and then finds the result.
func (db *DB) RecordRequests(ctx context.Context, reqs []*aka.RequestRecord) ([]*aka.RequestResult, error) {
	if err := aka.CheckRequests(reqs); err != nil {
		return nil, err
	}
	out := make([]*aka.RequestResult, len(reqs))
	if len(reqs) == 0 {
		return out, nil
	}
	// The first request with each id is recorded; later ones in the call
	// get its result.
	first := make(map[string]int, len(reqs))
	var order []int
	for i, r := range reqs {
		if _, ok := first[r.RequestID]; !ok {
			first[r.RequestID] = i
			order = append(order, i)
		}
	}
	sort.Slice(order, func(a, b int) bool { return reqs[order[a]].RequestID < reqs[order[b]].RequestID })

	err := db.write(ctx, func(tx pgx.Tx) error {
		clear(out)
		n := len(order)
		ids, subjectIDs, versions := make([]string, n), make([]string, n), make([]string, n)
		created := make([]time.Time, n)
		for k, i := range order {
			r := reqs[i]
			v, err := json.Marshal(nonNilVersions(r.ListVersions))
			if err != nil {
				return err
			}
			ids[k], subjectIDs[k], versions[k], created[k] = r.RequestID, r.Subject.ID, string(v), ts(r.Subject.ScreenedAt)
		}
		rows, err := tx.Query(ctx, `INSERT INTO screening_requests (request_id, subject_id, list_versions, created_at)
			SELECT id, subject_id, v::jsonb, created_at FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) AS u(id, subject_id, v, created_at)
			ORDER BY id
			ON CONFLICT DO NOTHING RETURNING request_id`, ids, subjectIDs, versions, created)
		if err != nil {
			return fmt.Errorf("requests: %w", err)
		}
		inserted, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			return fmt.Errorf("requests: %w", err)
		}
		fresh := make(map[string]bool, len(inserted))
		for _, id := range inserted {
			fresh[id] = true
		}

		// Requests recorded before: their stored results.
		var old []string
		for _, id := range ids {
			if !fresh[id] {
				old = append(old, id)
			}
		}
		if len(old) > 0 {
			stored, err := scanRequests(tx.Query(ctx, `SELECT `+requestColumns+` FROM screening_requests WHERE request_id = ANY($1)`, old))
			if err != nil {
				return err
			}
			for _, res := range stored {
				res.Existing = true
				out[first[res.RequestID]] = res
			}
		}

		// Subjects of the new requests, each once (the last screening of
		// it in the call wins, as it would one call at a time), by id.
		latest := make(map[string]*aka.StoredSubject)
		for i, r := range reqs {
			if fresh[r.RequestID] && first[r.RequestID] == i {
				latest[r.Subject.ID] = r.Subject
			}
		}
		if err := upsertSubjects(ctx, tx, latest); err != nil {
			return err
		}

		// Alerts of the new requests, by subject and entity.
		type ref struct{ req, alert int }
		var refs []ref
		var alerts []*aka.Alert
		for _, i := range order {
			if fresh[reqs[i].RequestID] {
				for j := range reqs[i].Alerts {
					refs = append(refs, ref{i, j})
				}
			}
		}
		sort.SliceStable(refs, func(a, b int) bool {
			x, y := reqs[refs[a].req].Alerts[refs[a].alert], reqs[refs[b].req].Alerts[refs[b].alert]
			if x.SubjectID != y.SubjectID {
				return x.SubjectID < y.SubjectID
			}
			return x.EntityID < y.EntityID
		})
		for _, rf := range refs {
			alerts = append(alerts, reqs[rf.req].Alerts[rf.alert])
		}
		stored, err := insertAlerts(ctx, tx, alerts)
		if err != nil {
			return err
		}
		alertIDs := make(map[int][]string)
		byReq := make(map[int][]string, len(refs))
		for k, rf := range refs {
			if byReq[rf.req] == nil {
				byReq[rf.req] = make([]string, len(reqs[rf.req].Alerts))
			}
			byReq[rf.req][rf.alert] = stored[k].ID
		}
		var upIDs, upAlerts []string
		for i, as := range byReq {
			alertIDs[i] = as
			b, err := json.Marshal(as)
			if err != nil {
				return err
			}
			upIDs, upAlerts = append(upIDs, reqs[i].RequestID), append(upAlerts, string(b))
		}
		if len(upIDs) > 0 {
			if _, err := tx.Exec(ctx, `UPDATE screening_requests r SET alert_ids = u.a::jsonb
				FROM unnest($1::text[], $2::text[]) AS u(id, a) WHERE r.request_id = u.id`, upIDs, upAlerts); err != nil {
				return fmt.Errorf("requests: alerts: %w", err)
			}
		}
		for k, i := range order {
			r := reqs[i]
			if !fresh[r.RequestID] {
				continue
			}
			as := alertIDs[i]
			if as == nil {
				as = []string{}
			}
			out[i] = &aka.RequestResult{RequestID: r.RequestID, SubjectID: r.Subject.ID, AlertIDs: as,
				ListVersions: nonNilVersions(r.ListVersions), CreatedAt: created[k]}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i, r := range reqs {
		if out[i] == nil {
			f := out[first[r.RequestID]]
			if f == nil {
				return nil, fmt.Errorf("request %s: no result recorded", r.RequestID)
			}
			c := *f
			c.Existing = true
			out[i] = &c
		}
	}
	return out, nil
}

// upsertSubjects stores the subjects in one statement, in order of their
// ids, as RecordScreening stores one.
func upsertSubjects(ctx context.Context, tx pgx.Tx, subjects map[string]*aka.StoredSubject) error {
	if len(subjects) == 0 {
		return nil
	}
	ids := make([]string, 0, len(subjects))
	for id := range subjects {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	n := len(ids)
	names, births, nats, docs, data, fps := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	created, screened := make([]time.Time, n), make([]time.Time, n)
	for k, id := range ids {
		s := subjects[id]
		b, err := json.Marshal(s.Subject)
		if err != nil {
			return err
		}
		names[k], births[k], nats[k], docs[k] = s.Subject.Name, s.Subject.BirthDate, s.Subject.Nationality, s.Subject.DocumentNumber
		data[k], fps[k], created[k], screened[k] = string(b), s.Fingerprint, ts(s.CreatedAt), ts(s.ScreenedAt)
	}
	_, err := tx.Exec(ctx, `INSERT INTO subjects (id, name, birth_date, nationality, document, data, fingerprint, created_at, screened_at)
		SELECT id, name, bd, nat, doc, data::jsonb, fp, ca, sa
		FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::timestamptz[])
			AS u(id, name, bd, nat, doc, data, fp, ca, sa)
		ORDER BY id
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, birth_date = excluded.birth_date,
			nationality = excluded.nationality, document = excluded.document, data = excluded.data,
			fingerprint = excluded.fingerprint, screened_at = excluded.screened_at, purged_at = NULL`,
		ids, names, births, nats, docs, data, fps, created, screened)
	if err != nil {
		return fmt.Errorf("subjects: %w", err)
	}
	return nil
}

// RequestResult implements aka.RequestStore.
func (db *DB) RequestResult(ctx context.Context, id string) (*aka.RequestResult, error) {
	rs, err := scanRequests(db.pool.Query(ctx, `SELECT `+requestColumns+` FROM screening_requests WHERE request_id = $1`, id))
	if err != nil {
		return nil, err
	}
	if len(rs) == 0 {
		return nil, aka.Errorf(aka.ENOTFOUND, "request %q not found", id)
	}
	return rs[0], nil
}

const requestColumns = `request_id, subject_id, alert_ids, list_versions, created_at`

func scanRequests(rows pgx.Rows, err error) ([]*aka.RequestResult, error) {
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (*aka.RequestResult, error) {
		var (
			res              aka.RequestResult
			alerts, versions []byte
		)
		if err := r.Scan(&res.RequestID, &res.SubjectID, &alerts, &versions, &res.CreatedAt); err != nil {
			return nil, err
		}
		if err := json.Unmarshal(alerts, &res.AlertIDs); err != nil {
			return nil, fmt.Errorf("request %s: alerts: %w", res.RequestID, err)
		}
		if err := json.Unmarshal(versions, &res.ListVersions); err != nil {
			return nil, fmt.Errorf("request %s: list versions: %w", res.RequestID, err)
		}
		res.CreatedAt = res.CreatedAt.UTC()
		return &res, nil
	})
}

func nonNilVersions(v map[string]string) map[string]string {
	if v == nil {
		return map[string]string{}
	}
	return v
}
