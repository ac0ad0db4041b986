package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"github.com/akascreen/aka"
	"time"
)

// CreateKey implements aka.KeyStore.
func (db *DB) CreateKey(ctx context.Context, k *aka.APIKey, entry *aka.AuditEntry) error {
	if entry == nil {
		return aka.Errorf(aka.EINVALID, "key: no audit entry")
	}
	if k.ID == "" || k.SecretHash == "" || !k.Role.Valid() {
		return aka.Errorf(aka.EINVALID, "key: want an id, a secret hash and a role")
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO api_keys (id, secret_hash, role, name, created_at) VALUES (?, ?, ?, ?, ?)`,
			k.ID, k.SecretHash, string(k.Role), k.Name, fmtTime(k.CreatedAt))
		if isConstraint(err) {
			return aka.Errorf(aka.ECONFLICT, "key %s exists", k.ID)
		}
		if err != nil {
			return err
		}
		return appendAudit(ctx, tx, entry)
	})
}

// Key implements aka.KeyStore.
func (db *DB) Key(ctx context.Context, id string) (*aka.APIKey, error) {
	ks, err := scanKeys(db.db.QueryContext(ctx, `SELECT id, secret_hash, role, name, created_at, revoked_at FROM api_keys WHERE id = ?`, id))
	if err != nil {
		return nil, err
	}
	if len(ks) == 0 {
		return nil, aka.Errorf(aka.ENOTFOUND, "key %q not found", id)
	}
	return ks[0], nil
}

// Keys implements aka.KeyStore.
func (db *DB) Keys(ctx context.Context) ([]*aka.APIKey, error) {
	return scanKeys(db.db.QueryContext(ctx, `SELECT id, secret_hash, role, name, created_at, revoked_at FROM api_keys ORDER BY created_at, id`))
}

// RevokeKey implements aka.KeyStore.
func (db *DB) RevokeKey(ctx context.Context, id string, at time.Time, entry *aka.AuditEntry) error {
	if entry == nil {
		return aka.Errorf(aka.EINVALID, "key: no audit entry")
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		var revoked sql.NullString
		err := tx.QueryRowContext(ctx, `SELECT revoked_at FROM api_keys WHERE id = ?`, id).Scan(&revoked)
		if errors.Is(err, sql.ErrNoRows) {
			return aka.Errorf(aka.ENOTFOUND, "key %q not found", id)
		}
		if err != nil {
			return err
		}
		if revoked.Valid {
			return aka.Errorf(aka.ECONFLICT, "key %s is revoked already", id)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE api_keys SET revoked_at = ? WHERE id = ?`, fmtTime(at), id); err != nil {
			return err
		}
		return appendAudit(ctx, tx, entry)
	})
}

func scanKeys(rows *sql.Rows, err error) ([]*aka.APIKey, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*aka.APIKey
	for rows.Next() {
		var (
			k             aka.APIKey
			role, created string
			revoked       sql.NullString
		)
		if err := rows.Scan(&k.ID, &k.SecretHash, &role, &k.Name, &created, &revoked); err != nil {
			return nil, err
		}
		k.Role = aka.Role(role)
		if k.CreatedAt, err = parseTime(created); err != nil {
			return nil, err
		}
		if k.RevokedAt, err = parseNullTime(revoked); err != nil {
			return nil, err
		}
		out = append(out, &k)
	}
	return out, rows.Err()
}

// Setting implements aka.SettingStore.
func (db *DB) Setting(ctx context.Context, name string) (string, error) {
	var v string
	err := db.db.QueryRowContext(ctx, `SELECT value FROM settings WHERE name = ?`, name).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", aka.Errorf(aka.ENOTFOUND, "setting %q not set", name)
	}
	return v, err
}

// PutSetting implements aka.SettingStore.
func (db *DB) PutSetting(ctx context.Context, name, value string, entry *aka.AuditEntry) error {
	if entry == nil {
		return aka.Errorf(aka.EINVALID, "setting: no audit entry")
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO settings (name, value, updated_at) VALUES (?, ?, ?)
			ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
			name, value, fmtTime(entry.At)); err != nil {
			return err
		}
		return appendAudit(ctx, tx, entry)
	})
}
