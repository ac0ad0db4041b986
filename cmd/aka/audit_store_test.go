package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

// storeBackend is a store for the command tests: the flags that name it and
// a way to run SQL on it directly.
type storeBackend struct {
	name  string
	flags []string
	exec  func(t *testing.T, query string)
}

// storeBackends returns a fresh SQLite file and, when AKA_TEST_POSTGRES_URL
// is set, a fresh PostgreSQL schema.
func storeBackends(t *testing.T) []storeBackend {
	t.Helper()
	path := filepath.Join(t.TempDir(), "aka.db")
	bs := []storeBackend{{
		name:  "sqlite",
		flags: []string{"--db", path},
		exec: func(t *testing.T, q string) {
			db, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if _, err := db.Exec(q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		},
	}}
	url := os.Getenv("AKA_TEST_POSTGRES_URL")
	if url == "" {
		return bs
	}
	ctx := context.Background()
	b := make([]byte, 8)
	rand.Read(b)
	schema := "akatest_" + hex.EncodeToString(b)
	pgExec := func(t *testing.T, q string) {
		conn, err := pgx.Connect(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `SET search_path TO `+schema); err != nil {
			t.Fatal(err)
		}
		if _, err := conn.Exec(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	pgExec(t, `CREATE SCHEMA `+schema)
	t.Cleanup(func() { pgExec(t, `DROP SCHEMA `+schema+` CASCADE`) })
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	return append(bs, storeBackend{name: "postgres", flags: []string{"--postgres", url + sep + "search_path=" + schema}, exec: pgExec})
}

// runCommand runs the command newCmd makes and returns its output.
func runCommand(t *testing.T, newCmd func(stdout, stderr io.Writer) command, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := newCmd(&out, &errOut).Run(context.Background(), args)
	return out.String() + errOut.String(), err
}

func newKeysCommand(stdout, stderr io.Writer) command {
	return &keysCommand{stdout: stdout, stderr: stderr}
}
func newAuditCommand(stdout, stderr io.Writer) command {
	return &auditCommand{stdout: stdout, stderr: stderr}
}
func newPurgeCommand(stdout, stderr io.Writer) command {
	return &purgeCommand{stdout: stdout, stderr: stderr}
}

func TestAuditVerifyCommand(t *testing.T) {
	for _, b := range storeBackends(t) {
		t.Run(b.name, func(t *testing.T) {
			out, err := runCommand(t, newAuditCommand, append([]string{"verify"}, b.flags...)...)
			if err != nil || out != "ok: 0 entries\n" {
				t.Fatalf("verify on an empty log: %q, %v", out, err)
			}
			for _, role := range []string{"viewer", "analyst", "supervisor", "admin"} {
				if _, err := runCommand(t, newKeysCommand, append([]string{"create", "--role", role}, b.flags...)...); err != nil {
					t.Fatal(err)
				}
			}
			out, err = runCommand(t, newAuditCommand, append([]string{"verify"}, b.flags...)...)
			if err != nil || out != "ok: 4 entries\n" {
				t.Fatalf("verify: %q, %v; want ok: 4 entries", out, err)
			}
			out, err = runCommand(t, newAuditCommand, append([]string{"show", "--after", "3"}, b.flags...)...)
			if err != nil || strings.Count(out, "\n") != 1 || !strings.Contains(out, `"key.create"`) {
				t.Errorf("show --after 3: %q, %v", out, err)
			}

			// Alter entry 3 behind the store's back.
			if b.name == "sqlite" {
				b.exec(t, `DROP TRIGGER audit_log_append_only_update`)
			} else {
				b.exec(t, `ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`)
			}
			b.exec(t, `UPDATE audit_log SET detail = '{"key_id":"x","name":"","role":"admin"}' WHERE seq = 3`)
			_, err = runCommand(t, newAuditCommand, append([]string{"verify"}, b.flags...)...)
			if err == nil || !strings.Contains(err.Error(), "entry 3") {
				t.Fatalf("verify after tampering: %v, want an error naming entry 3", err)
			}
			if code := exitCode(err, &bytes.Buffer{}); code != 1 {
				t.Errorf("exit code %d, want 1", code)
			}
		})
	}
}

func TestStoreFlags(t *testing.T) {
	for _, args := range [][]string{
		{"verify"},
		{"verify", "--db", "a.db", "--postgres", "postgres://x"},
		{"bogus", "--db", "a.db"},
		{},
	} {
		_, err := runCommand(t, newAuditCommand, args...)
		if code := exitCode(err, &bytes.Buffer{}); code != 2 {
			t.Errorf("aka audit %q: exit %d (%v), want 2", args, code, err)
		}
	}
}
