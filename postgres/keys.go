package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/akascreen/aka"
	"github.com/jackc/pgx/v5"
)

// CreateKey implements aka.KeyStore.
func (db *DB) CreateKey(ctx context.Context, k *aka.APIKey, entry *aka.AuditEntry) error {
	if entry == nil {
		return aka.Errorf(aka.EINVALID, "key: no audit entry")
	}
	if k.ID == "" || k.SecretHash == "" || !k.Role.Valid() {
		return aka.Errorf(aka.EINVALID, "key: want an id, a secret hash and a role")
	}
	return db.write(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO api_keys (id, secret_hash, role, name, created_at) VALUES ($1, $2, $3, $4, $5)`,
			k.ID, k.SecretHash, string(k.Role), k.Name, ts(k.CreatedAt))
		if isUnique(err) {
			return aka.Errorf(aka.ECONFLICT, "key %s exists", k.ID)
		}
		if err != nil {
			return err
		}
		return appendAudit(ctx, tx, entry)
	})
}

const keyColumns = `id, secret_hash, role, name, created_at, revoked_at`

// Key implements aka.KeyStore.
func (db *DB) Key(ctx context.Context, id string) (*aka.APIKey, error) {
	ks, err := scanKeys(db.pool.Query(ctx, `SELECT `+keyColumns+` FROM api_keys WHERE id = $1`, id))
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
	return scanKeys(db.pool.Query(ctx, `SELECT `+keyColumns+` FROM api_keys ORDER BY created_at, id`))
}

// RevokeKey implements aka.KeyStore.
func (db *DB) RevokeKey(ctx context.Context, id string, at time.Time, entry *aka.AuditEntry) error {
	if entry == nil {
		return aka.Errorf(aka.EINVALID, "key: no audit entry")
	}
	return db.write(ctx, func(tx pgx.Tx) error {
		var revoked *time.Time
		err := tx.QueryRow(ctx, `SELECT revoked_at FROM api_keys WHERE id = $1 FOR UPDATE`, id).Scan(&revoked)
		if errors.Is(err, pgx.ErrNoRows) {
			return aka.Errorf(aka.ENOTFOUND, "key %q not found", id)
		}
		if err != nil {
			return err
		}
		if revoked != nil {
			return aka.Errorf(aka.ECONFLICT, "key %s is revoked already", id)
		}
		if _, err := tx.Exec(ctx, `UPDATE api_keys SET revoked_at = $1 WHERE id = $2`, ts(at), id); err != nil {
			return err
		}
		return appendAudit(ctx, tx, entry)
	})
}

func scanKeys(rows pgx.Rows, err error) ([]*aka.APIKey, error) {
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (*aka.APIKey, error) {
		var (
			k       aka.APIKey
			role    string
			revoked *time.Time
		)
		if err := r.Scan(&k.ID, &k.SecretHash, &role, &k.Name, &k.CreatedAt, &revoked); err != nil {
			return nil, err
		}
		k.Role, k.CreatedAt, k.RevokedAt = aka.Role(role), k.CreatedAt.UTC(), fromNull(revoked)
		return &k, nil
	})
}

// Setting implements aka.SettingStore.
func (db *DB) Setting(ctx context.Context, name string) (string, error) {
	var v string
	err := db.pool.QueryRow(ctx, `SELECT value FROM settings WHERE name = $1`, name).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", aka.Errorf(aka.ENOTFOUND, "setting %q not set", name)
	}
	return v, err
}

// PutSetting implements aka.SettingStore.
func (db *DB) PutSetting(ctx context.Context, name, value string, entry *aka.AuditEntry) error {
	if entry == nil {
		return aka.Errorf(aka.EINVALID, "setting: no audit entry")
	}
	return db.write(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO settings (name, value, updated_at) VALUES ($1, $2, $3)
			ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
			name, value, ts(entry.At)); err != nil {
			return err
		}
		return appendAudit(ctx, tx, entry)
	})
}
