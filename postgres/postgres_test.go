package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"io/fs"
	"os"
	"testing"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/storetest"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// testURL returns the test server's URL, or skips the test without one.
// .ci/run starts a server and sets AKA_TEST_POSTGRES_URL.
func testURL(t *testing.T) string {
	t.Helper()
	url := os.Getenv("AKA_TEST_POSTGRES_URL")
	if url == "" {
		t.Skip("AKA_TEST_POSTGRES_URL not set")
	}
	return url
}

// newSchema creates a schema of its own for one test, dropped when the test
// ends, so that tests and concurrent runs do not collide.
func newSchema(t *testing.T) (url, schema string) {
	t.Helper()
	url = testURL(t)
	ctx := context.Background()
	b := make([]byte, 8)
	rand.Read(b)
	schema = "akatest_" + hex.EncodeToString(b)
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, url)
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Error(err)
		}
	})
	return url, schema
}

func openSchema(t *testing.T, url, schema string) *DB {
	t.Helper()
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	cfg.ConnConfig.RuntimeParams["search_path"] = schema
	db, err := OpenConfig(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestStore(t *testing.T) {
	testURL(t)
	storetest.Run(t, storetest.Backend{
		Open: func(t *testing.T) aka.Store {
			url, schema := newSchema(t)
			return openSchema(t, url, schema)
		},
		Tamper: func(t *testing.T, s aka.Store, seq int64) {
			db := s.(*DB)
			ctx := context.Background()
			if _, err := db.pool.Exec(ctx, `ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`); err != nil {
				t.Fatal(err)
			}
			if _, err := db.pool.Exec(ctx, `UPDATE audit_log SET actor = 'mallory' WHERE seq = $1`, seq); err != nil {
				t.Fatal(err)
			}
		},
	})
}

// TestMigrationsIdempotent opens the same schema twice, the second time
// while the first is open: nothing is applied twice and the data stays.
func TestMigrationsIdempotent(t *testing.T) {
	ctx := context.Background()
	url, schema := newSchema(t)
	db := openSchema(t, url, schema)
	if err := db.Append(ctx, &aka.AuditEntry{Actor: "t", Action: "note"}); err != nil {
		t.Fatal(err)
	}
	db2 := openSchema(t, url, schema)
	want, _ := fs.Glob(migrations, "migrations/*.sql")
	var n int
	if err := db2.pool.QueryRow(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil || n != len(want) {
		t.Errorf("schema_migrations has %d rows (%v), want %d", n, err, len(want))
	}
	if es, err := db2.AuditEntries(ctx, 0, 10); err != nil || len(es) != 1 {
		t.Errorf("entries: %d, %v", len(es), err)
	}
}

// TestAppendOnly checks that the audit log and decisions refuse updates and
// deletes through SQL.
func TestAppendOnly(t *testing.T) {
	ctx := context.Background()
	url, schema := newSchema(t)
	db := openSchema(t, url, schema)
	if err := db.Append(ctx, &aka.AuditEntry{Actor: "t", Action: "note"}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`UPDATE audit_log SET actor = 'x'`, `DELETE FROM audit_log`, `TRUNCATE audit_log`,
		`UPDATE decisions SET reason = 'x'`, `DELETE FROM decisions`} {
		if _, err := db.pool.Exec(ctx, q); err == nil {
			t.Errorf("%s: no error, want the append-only trigger's", q)
		}
	}
}
