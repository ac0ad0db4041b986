package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/akascreen/aka/natsq"
)

// natsTestFlags returns flags naming a stream and subjects of the test's
// own on the test NATS server, or skips the test without one.
func natsTestFlags(t *testing.T) []string {
	t.Helper()
	url := os.Getenv("AKA_TEST_NATS_URL")
	if url == "" {
		t.Skip("AKA_TEST_NATS_URL not set")
	}
	b := make([]byte, 6)
	rand.Read(b)
	id := hex.EncodeToString(b)
	flags := []string{"--nats", url, "--stream", "AKATEST_" + strings.ToUpper(id), "--subject-prefix", "akatest." + id}
	t.Cleanup(func() {
		nc, js, err := (&natsFlags{url: url}).connect("cleanup", slog.New(slog.DiscardHandler))
		if err != nil {
			return
		}
		defer nc.Close()
		for _, s := range []string{"AKATEST_" + strings.ToUpper(id), "AKATEST_" + strings.ToUpper(id) + "_RESULTS", "AKATEST_" + strings.ToUpper(id) + "_DEAD"} {
			js.DeleteStream(context.Background(), s)
		}
	})
	return flags
}

func postgresFlags(t *testing.T) []string {
	t.Helper()
	for _, b := range storeBackends(t) {
		if b.name == "postgres" {
			return b.flags
		}
	}
	t.Skip("AKA_TEST_POSTGRES_URL not set")
	return nil
}

// TestWorkerSubmit runs a worker and submits the example file twice: every
// subject comes back, the listed one with an alert, and the second
// submission gets the same answers without a second alert.
func TestWorkerSubmit(t *testing.T) {
	nflags := natsTestFlags(t)
	pflags := postgresFlags(t)
	ctx, stop := context.WithCancel(context.Background())
	var werr bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- (&workerCommand{stdout: &bytes.Buffer{}, stderr: &lockedBuffer{b: &werr}}).Run(ctx, append(append([]string{}, nflags...), pflags...))
	}()

	// The first submission's results come from the worker, after each
	// request left, so the summary gives their latency. The second's may
	// be the stored answers to the first, delivered as soon as submit
	// listens, before it has published anything: their latency is n/a.
	submit := func(wantLatency bool) map[string]natsq.Result {
		out := filepath.Join(t.TempDir(), "results.jsonl")
		var stderr bytes.Buffer
		err := (&submitCommand{stdout: &bytes.Buffer{}, stderr: &stderr}).Run(context.Background(),
			append([]string{"../../examples/people.csv", "--wait", "--timeout", "1m", "--out", out}, nflags...))
		if err != nil {
			t.Fatalf("submit: %v\n%s", err, stderr.String())
		}
		if wantLatency && !strings.Contains(stderr.String(), "latency p50") {
			t.Errorf("submit summary %q, want latency percentiles", stderr.String())
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]natsq.Result{}
		for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			var r natsq.Result
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				t.Fatalf("%q: %v", line, err)
			}
			got[r.SubjectID] = r
		}
		return got
	}
	first := submit(true)
	second := submit(false)
	stop()
	if err := <-done; err != nil {
		t.Errorf("worker: %v\n%s", err, werr.String())
	}
	data, _ := os.ReadFile("../../examples/people.csv")
	if want := len(strings.Split(strings.TrimSpace(string(data)), "\n")) - 1; len(first) != want {
		t.Errorf("%d results, want %d", len(first), want)
	}
	r, ok := first["c-001"]
	if !ok || len(r.Alerts) != 1 || len(r.Matches) == 0 || r.Matches[0].EntityID != "un:QDi.299" || r.ListVersions["un"] == "" {
		t.Errorf("c-001: %+v, want one alert for un:QDi.299 and the list version", r)
	}
	for id, r := range first {
		if s := second[id]; s.ID != r.ID || strings.Join(s.Alerts, ",") != strings.Join(r.Alerts, ",") {
			t.Errorf("%s: submitted again, %+v; want the first answer %+v", id, s, r)
		}
	}
}

// TestSubmitTimeout waits for results no worker gives: submit times out
// naming how many are missing.
func TestSubmitTimeout(t *testing.T) {
	nflags := natsTestFlags(t)
	var stderr bytes.Buffer
	err := (&submitCommand{stdout: &bytes.Buffer{}, stderr: &stderr}).Run(context.Background(),
		append([]string{"../../examples/people.csv", "--wait", "--timeout", "1s"}, nflags...))
	if err == nil || !strings.Contains(err.Error(), "timed out after 1s") || !strings.Contains(err.Error(), "results missing") {
		t.Errorf("submit with no worker: %v, want a timeout naming the missing results", err)
	}
}

// TestWorkerSubmitUsage checks the flags each needs.
func TestWorkerSubmitUsage(t *testing.T) {
	for _, tc := range []struct {
		cmd  command
		args []string
	}{
		{&workerCommand{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}, []string{"--nats", "nats://127.0.0.1:1"}},
		{&workerCommand{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}, []string{"--postgres", "postgres://x"}},
		{&submitCommand{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}, []string{"file.csv"}},
		{&submitCommand{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}, []string{"--nats", "nats://127.0.0.1:1"}},
	} {
		var ue *usageError
		if err := tc.cmd.Run(context.Background(), tc.args); !errors.As(err, &ue) {
			t.Errorf("%T %v: %v, want a usage error", tc.cmd, tc.args, err)
		}
	}
}

type lockedBuffer struct {
	mu sync.Mutex
	b  *bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}
