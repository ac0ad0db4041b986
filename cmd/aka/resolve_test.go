package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akascreen/aka/resolve"
)

// runResolve runs "aka resolve" in-process (main's table gains it with one
// line; this calls the command directly).
func runResolve(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := (&resolveCommand{stdout: &out, stderr: &errb}).Run(context.Background(), args)
	return out.String(), err
}

func TestResolve(t *testing.T) {
	if testing.Short() {
		t.Skip("full lists")
	}
	un := filepath.Join("..", "..", "..", "shared", "data", "lists", "un", "un_consolidated_2026-01-28.xml")
	uk := filepath.Join("..", "..", "..", "shared", "data", "lists", "uk", "ofsi_ConList_2025-04-14.xlsx")
	for _, f := range []string{un, uk} {
		if _, err := os.Stat(f); err != nil {
			t.Skipf("%s: %v", f, err)
		}
	}
	db := filepath.Join(t.TempDir(), "aka.db")
	// A reviewer rejects a link (the UK's entry for al-Baghdadi shares a
	// document with the UN's), then resolves.
	if _, err := runResolve(t, "judge", "uk:12157", "un:QDi.299", "--verdict", "rejected", "--reason", "testing the judgement", "--db", db); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args     []string
		evidence resolve.Evidence // of uk:12157 - un:QDi.299, "" for no link
	}{
		{[]string{"--json"}, resolve.CrossRef},
		{[]string{"--json", "--ignore-crossrefs"}, resolve.Document},
		{[]string{"--json", "--ignore-crossrefs", "--db", db}, ""},
	} {
		out, err := runResolve(t, append(tt.args, "--lists", un, "--lists", uk)...)
		if err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		var got resolve.Clusters
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%v: %v\n%.300s", tt.args, err, out)
		}
		if len(got.Clusters) < 500 {
			t.Errorf("%v: %d clusters, want hundreds", tt.args, len(got.Clusters))
		}
		var ev resolve.Evidence
		for _, c := range got.Clusters {
			if len(c.Members) < 2 {
				t.Errorf("%v: cluster %v has fewer than two members", tt.args, c.Members)
			}
			for _, l := range c.Links {
				if l.A == "uk:12157" && l.B == "un:QDi.299" {
					ev = l.Evidence
				}
			}
		}
		if ev != tt.evidence {
			t.Errorf("%v: uk:12157 - un:QDi.299 linked by %q, want %q", tt.args, ev, tt.evidence)
		}
	}
	// Bad command lines.
	if _, err := runResolve(t, "judge", "uk:1", "--db", db, "--verdict", "confirmed", "--reason", "x"); err == nil || !strings.Contains(err.Error(), "two entity ids") {
		t.Errorf("judge with one id: %v", err)
	}
	if _, err := runResolve(t, "judge", "uk:1", "un:2", "--db", db, "--verdict", "perhaps", "--reason", "x"); err == nil {
		t.Error("judge with an unknown verdict: no error")
	}
}
