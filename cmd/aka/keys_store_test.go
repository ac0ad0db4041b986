package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/review"
	"github.com/akascreen/aka/sqlite"
)

func TestKeysCommand(t *testing.T) {
	for _, b := range storeBackends(t) {
		t.Run(b.name, func(t *testing.T) {
			out, err := runCommand(t, newKeysCommand, append([]string{"create", "--role", "analyst", "--name", "alice"}, b.flags...)...)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
			key := lines[len(lines)-1]
			if !strings.HasPrefix(key, review.KeyPrefix) || strings.Contains(key, " ") {
				t.Fatalf("last line %q, want the key alone", key)
			}
			id := strings.SplitN(key, "_", 3)[1]

			out, err = runCommand(t, newKeysCommand, append([]string{"list"}, b.flags...)...)
			if err != nil || !strings.Contains(out, id) || !strings.Contains(out, "analyst") || strings.Contains(out, key[len(key)-64:]) {
				t.Errorf("list: %q, %v; want the key's id and role, not its secret", out, err)
			}
			if _, err := runCommand(t, newKeysCommand, append([]string{"revoke", id}, b.flags...)...); err != nil {
				t.Fatal(err)
			}
			_, err = runCommand(t, newKeysCommand, append([]string{"revoke", id}, b.flags...)...)
			if aka.ErrorCode(err) != aka.ECONFLICT {
				t.Errorf("revoking twice: %v, want ECONFLICT", err)
			}
			_, err = runCommand(t, newKeysCommand, append([]string{"create", "--role", "root"}, b.flags...)...)
			if aka.ErrorCode(err) != aka.EINVALID {
				t.Errorf("create --role root: %v, want EINVALID", err)
			}
			out, err = runCommand(t, newAuditCommand, append([]string{"verify"}, b.flags...)...)
			if err != nil || out != "ok: 2 entries\n" {
				t.Errorf("verify: %q, %v; want the create and the revoke", out, err)
			}
		})
	}
}

// TestKeysCreateAuthenticates checks that the printed key opens the store
// with its role.
func TestKeysCreateAuthenticates(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "aka.db")
	out, err := runCommand(t, newKeysCommand, "create", "--db", path, "--role", "supervisor")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	k, err := review.New(db).Authenticate(ctx, lines[len(lines)-1])
	if err != nil || k.Role != aka.Supervisor {
		t.Errorf("Authenticate(printed key) = %+v, %v", k, err)
	}
	if _, err := runCommand(t, newKeysCommand, "create", "--db", path); err == nil {
		t.Errorf("create without --role: no error")
	}
}
