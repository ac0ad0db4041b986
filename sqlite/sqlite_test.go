package sqlite

import (
	"context"
	"io/fs"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/review"
	"github.com/akascreen/aka/storetest"
)

func open(t *testing.T, path string) *DB {
	t.Helper()
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestStore(t *testing.T) {
	storetest.Run(t, storetest.Backend{
		Open: func(t *testing.T) aka.Store {
			return open(t, filepath.Join(t.TempDir(), "aka.db"))
		},
		Tamper: func(t *testing.T, s aka.Store, seq int64) {
			db := s.(*DB)
			if _, err := db.db.Exec(`DROP TRIGGER audit_log_append_only_update`); err != nil {
				t.Fatal(err)
			}
			if _, err := db.db.Exec(`UPDATE audit_log SET actor = 'mallory' WHERE seq = ?`, seq); err != nil {
				t.Fatal(err)
			}
		},
	})
}

// TestMigrationsIdempotent opens the same file twice: the second open
// applies nothing and the data is still there.
func TestMigrationsIdempotent(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "aka.db")
	db := open(t, path)
	if err := db.Append(ctx, &aka.AuditEntry{Actor: "t", Action: "note"}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db = open(t, path)
	want, _ := fs.Glob(migrations, "migrations/*.sql")
	var n int
	if err := db.db.QueryRow(`SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil || n != len(want) {
		t.Errorf("schema_migrations has %d rows (%v), want %d", n, err, len(want))
	}
	es, err := db.AuditEntries(ctx, 0, 10)
	if err != nil || len(es) != 1 {
		t.Errorf("entries after reopening: %d, %v", len(es), err)
	}
}

// TestAppendOnly checks that the audit log refuses updates and deletes
// through SQL.
func TestAppendOnly(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "aka.db"))
	if err := db.Append(ctx, &aka.AuditEntry{Actor: "t", Action: "note"}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`UPDATE audit_log SET actor = 'x'`, `DELETE FROM audit_log`} {
		if _, err := db.db.Exec(q); err == nil {
			t.Errorf("%s: no error, want the append-only trigger's", q)
		}
	}
}

// TestTwoProcesses appends through two handles on one file at once, as "aka
// serve" and "aka keys create" may: IMMEDIATE transactions and the busy
// timeout queue them, and the chain stays whole.
func TestTwoProcesses(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "aka.db")
	dbs := []*DB{open(t, path), open(t, path)}
	const workers, each = 4, 20
	var wg sync.WaitGroup
	errs := make(chan error, len(dbs)*workers*each)
	for _, db := range dbs {
		for range workers {
			wg.Go(func() {
				for range each {
					if err := db.Append(ctx, &aka.AuditEntry{At: time.Now(), Actor: "t", Action: "note"}); err != nil {
						errs <- err
					}
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	n, err := review.Verify(ctx, dbs[0])
	if want := int64(len(dbs) * workers * each); err != nil || n != want {
		t.Errorf("Verify = %d, %v; want %d", n, err, want)
	}
}
