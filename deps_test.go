package aka_test

import (
	"go/build"
	"strings"
	"testing"
)

// TestDependencyDirection enforces the layout of DESIGN.md: package aka and
// the pure core (names, compare, index, lists, documents, countries) do no
// network or database I/O, and adapters never import each other.
//
// The core's own packages must not import the network packages; the xlsx
// library that lists uses pulls net/http in for hyperlinks it never fetches,
// so network packages are checked on direct imports. Database packages and
// drivers are checked through every dependency.
func TestDependencyDirection(t *testing.T) {
	const mod = "github.com/akascreen/aka"
	forbiddenDirect := []string{"net/http", "net", "net/rpc", "os/exec"}
	forbiddenForCore := []string{"database/sql", "github.com/jackc/pgx", "modernc.org/sqlite", "github.com/nats-io"}
	core := []string{"", "names", "compare", "index", "lists", "documents", "countries", "screening", "eval", "resolve"}
	adapters := []string{"sqlite", "postgres", "httpapi", "natsq"}
	deps := func(pkg string) []string {
		seen := map[string]bool{}
		var walk func(string)
		walk = func(p string) {
			bp, err := build.Import(p, ".", 0)
			if err != nil {
				return
			}
			for _, imp := range bp.Imports {
				if !seen[imp] {
					seen[imp] = true
					walk(imp)
				}
			}
		}
		walk(pkg)
		var out []string
		for d := range seen {
			out = append(out, d)
		}
		return out
	}
	for _, c := range core {
		pkg := mod
		if c != "" {
			pkg += "/" + c
		}
		if _, err := build.Import(pkg, ".", 0); err != nil {
			continue // not written yet
		}
		bp, _ := build.Import(pkg, ".", 0)
		for _, imp := range bp.Imports {
			for _, f := range forbiddenDirect {
				if imp == f {
					t.Errorf("%s imports %s: the core does no network I/O", pkg, imp)
				}
			}
		}
		for _, d := range deps(pkg) {
			for _, f := range forbiddenForCore {
				if d == f || strings.HasPrefix(d, f+"/") {
					t.Errorf("%s imports %s (directly or not): the core does no network or database I/O", pkg, d)
				}
			}
			for _, a := range adapters {
				if d == mod+"/"+a {
					t.Errorf("%s imports adapter %s", pkg, d)
				}
			}
		}
	}
	for _, a := range adapters {
		pkg := mod + "/" + a
		bp, err := build.Import(pkg, ".", 0)
		if err != nil {
			continue
		}
		for _, imp := range bp.Imports {
			for _, other := range adapters {
				if other != a && imp == mod+"/"+other {
					t.Errorf("adapter %s imports adapter %s", a, other)
				}
			}
		}
	}
	// Package aka imports only the standard library.
	bp, err := build.Import(mod, ".", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, imp := range bp.Imports {
		if strings.Contains(strings.Split(imp, "/")[0], ".") {
			t.Errorf("package aka imports %s, outside the standard library", imp)
		}
	}
}
