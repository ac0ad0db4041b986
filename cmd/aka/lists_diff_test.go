package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestListsDiff(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "lists", "un")
	old, new := filepath.Join(dir, "un_consolidated_2026-01-28.xml"), filepath.Join(dir, "un_consolidated_2026-02-27.xml")
	if _, err := os.Stat(old); err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	stdout, stderr, code := runAka(t, "lists", "diff", "--json", old, new)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got map[string]json.RawMessage
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
	want := map[string]string{
		"added":   `["un:SDi.007","un:SDi.008","un:SDi.009","un:SDi.010"]`,
		"removed": `[]`,
		"changed": `[]`,
	}
	for k, v := range want {
		if string(got[k]) != v {
			t.Errorf("%s = %s, want %s", k, got[k], v)
		}
	}
	if len(got) != len(want) {
		t.Errorf("keys: %s", stdout)
	}

	// Two different lists are refused.
	_, stderr, code = runAka(t, "lists", "diff", old, filepath.Join("..", "..", "lists", "testdata", "ofac_set", "sdn.csv"))
	if code != 1 || !strings.Contains(stderr, "two versions of one list") {
		t.Errorf("diff of UN and OFAC: exit %d, %s", code, stderr)
	}
}
