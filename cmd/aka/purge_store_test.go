package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/review"
	"github.com/akascreen/aka/sqlite"
)

func TestPurgeCommand(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "aka.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s := review.New(db)
	s.Now = func() time.Time { return time.Now().Add(-200 * 24 * time.Hour) }
	for _, name := range []string{"Old One", "Old Two"} {
		if _, err := s.Record(ctx, review.Local("test"), review.Screening{Subject: aka.Subject{Name: name}}); err != nil {
			t.Fatal(err)
		}
	}
	s.Now = time.Now
	recent, err := s.Record(ctx, review.Local("test"), review.Screening{Subject: aka.Subject{Name: "New"}})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()

	out, err := runCommand(t, newPurgeCommand, "--older-than", "180d", "--db", path)
	if err != nil || !strings.HasPrefix(out, "depersonalized 2 subjects") {
		t.Fatalf("purge: %q, %v", out, err)
	}
	out, err = runCommand(t, newAuditCommand, "show", "--db", path)
	if err != nil || !strings.Contains(out, `"action":"purge"`) || !strings.Contains(out, `"count":2`) {
		t.Errorf("audit after purge: %q, %v", out, err)
	}
	db, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got, err := db.Subject(ctx, recent.SubjectID); err != nil || got.Subject.Name != "New" {
		t.Errorf("recent subject: %+v, %v", got, err)
	}
}

func TestParseAge(t *testing.T) {
	for _, c := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"180d", 180 * 24 * time.Hour, true},
		{"26w", 26 * 7 * 24 * time.Hour, true},
		{"4320h", 4320 * time.Hour, true},
		{"0d", 0, false},
		{"-3d", 0, false},
		{"d", 0, false},
		{"", 0, false},
		{"soon", 0, false},
		{"99999999999d", 0, false},
	} {
		got, err := parseAge(c.in)
		if got != c.want || (err == nil) != c.ok {
			t.Errorf("parseAge(%q) = %v, %v; want %v, ok %v", c.in, got, err, c.want, c.ok)
		}
	}
}
