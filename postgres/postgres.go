// Package postgres implements aka.Store on PostgreSQL (pgx): "aka serve
// --postgres URL", for several servers and workers sharing one database.
//
// The audit chain is extended inside the transaction of the change it
// records, after taking a transaction-scoped advisory lock keyed on the
// schema (pg_advisory_xact_lock): appends from every connection and every
// process queue on it, each reads the last entry only once the one before
// has committed, and the chain never forks. Decisions lock their alert's row
// (SELECT ... FOR UPDATE), so two reviewers cannot both decide one alert.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/akascreen/aka"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is an aka.Store on a PostgreSQL database.
type DB struct {
	pool *pgxpool.Pool
}

var (
	_ aka.Store         = (*DB)(nil)
	_ aka.SubjectStore  = (*DB)(nil)
	_ aka.AlertStore    = (*DB)(nil)
	_ aka.DecisionStore = (*DB)(nil)
	_ aka.AuditLog      = (*DB)(nil)
	_ aka.KeyStore      = (*DB)(nil)
	_ aka.SettingStore  = (*DB)(nil)
)

// Open connects to the database at url ("postgres://user@host/db?...") and
// applies the migrations it lacks. A search_path parameter in the URL
// selects the schema.
func Open(ctx context.Context, url string) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, &aka.Error{Code: aka.EINVALID, Message: "postgres: bad connection URL", Err: err}
	}
	return OpenConfig(ctx, cfg)
}

// OpenConfig is Open with a parsed configuration.
func OpenConfig(ctx context.Context, cfg *pgxpool.Config) (*DB, error) {
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	db := &DB{pool: pool}
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return db, nil
}

// Close closes the connections.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// migrate applies, in order of their number, the embedded migrations not
// yet recorded in schema_migrations, all in one transaction under an
// advisory lock so that servers starting together apply each once.
func (db *DB) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	return db.write(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.schema_migrations'))`); err != nil {
			return fmt.Errorf("migrations: %w", err)
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)`); err != nil {
			return fmt.Errorf("migrations: %w", err)
		}
		for _, name := range names {
			base := strings.TrimPrefix(name, "migrations/")
			v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
			if err != nil {
				return fmt.Errorf("migration %s: name must start with its number", base)
			}
			var n int
			if err := tx.QueryRow(ctx, `SELECT count(*) FROM schema_migrations WHERE version = $1`, v).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				continue
			}
			body, err := migrations.ReadFile(name)
			if err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, string(body)); err != nil {
				return fmt.Errorf("migration %s: %w", base, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())`, v); err != nil {
				return err
			}
		}
		return nil
	})
}

// write runs fn in a transaction and commits it.
func (db *DB) write(ctx context.Context, fn func(tx pgx.Tx) error) error {
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback(ctx)
		return err
	}
	return tx.Commit(ctx)
}

// ts keeps a time to the microsecond, as PostgreSQL does, in UTC.
func ts(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

func nullTS(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	t = ts(t)
	return &t
}

func fromNull(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return t.UTC()
}

// isUnique reports whether err violates a uniqueness constraint.
func isUnique(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}
