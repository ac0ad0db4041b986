package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/review"
)

// buildAka builds the aka binary into a temporary directory.
func buildAka(t *testing.T) string {
	t.Helper()
	gotool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH to build aka with")
	}
	bin := filepath.Join(t.TempDir(), "aka")
	out, err := exec.Command(gotool, "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// createKey runs "aka keys create" and returns the key from its last line.
func createKey(t *testing.T, bin string, flags []string, role string) string {
	t.Helper()
	out, err := exec.Command(bin, append([]string{"keys", "create", "--role", role}, flags...)...).Output()
	if err != nil {
		t.Fatalf("aka keys create: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	return lines[len(lines)-1]
}

// startServe starts "aka serve" with args and returns its base URL, read
// from the line of its log that names the bound address.
func startServe(t *testing.T, bin string, args ...string) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"serve"}, args...)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	lines := bufio.NewScanner(stderr)
	for lines.Scan() {
		if _, rest, ok := strings.Cut(lines.Text(), " on http://"); ok {
			go io.Copy(io.Discard, stderr) // keep the log flowing
			return cmd, "http://" + rest
		}
	}
	t.Fatal("aka serve printed no address")
	return nil, ""
}

// post sends a JSON body with a key and decodes a 200 answer into out.
func post(client *http.Client, url, key, body string, out any) (int, error) {
	req, err := http.NewRequest("POST", url, strings.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err // an answer not read in full is no acknowledgement
	}
	if resp.StatusCode == 200 && out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			return 0, err
		}
	}
	return resp.StatusCode, nil
}

// TestServeKill9 is issue 5's crash test: kill -9 of aka serve during a
// burst of decisions loses no decision that was acknowledged. It builds
// aka, serves over a store, opens alerts, fires decisions from many
// clients at once, kills the server mid-burst, then opens the store and
// finds every decision that got a 200, and an audit chain that verifies.
func TestServeKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("builds aka and kills it")
	}
	bin := buildAka(t)
	for _, b := range storeBackends(t) {
		t.Run(b.name, func(t *testing.T) { testKill9(t, bin, b) })
	}
}

func testKill9(t *testing.T, bin string, b storeBackend) {
	const (
		alerts  = 300
		clients = 16
		killAt  = alerts / 4 // acknowledged decisions before the kill
	)
	key := createKey(t, bin, b.flags, "analyst")
	cmd, base := startServe(t, bin, append([]string{"--addr", "127.0.0.1:0", "--lists", "../../lists/testdata/un_excerpt.xml"}, b.flags...)...)
	client := &http.Client{Timeout: 30 * time.Second}

	// Open the alerts: one listed person screened as many subjects.
	var subjects []string
	for i := range alerts {
		subjects = append(subjects, fmt.Sprintf(`{"id":"kill-%d","name":"ERIC BADEGE"}`, i))
	}
	var screened struct {
		Recorded []struct {
			Alerts []struct {
				ID string `json:"id"`
			} `json:"alerts"`
		} `json:"recorded"`
	}
	code, err := post(client, base+"/v1/screen", key, `{"subjects":[`+strings.Join(subjects, ",")+`]}`, &screened)
	if err != nil || code != 200 || len(screened.Recorded) != alerts {
		t.Fatalf("screening: %d %v, %d recorded; want 200 and %d", code, err, len(screened.Recorded), alerts)
	}
	ids := make(chan string, alerts)
	for i, r := range screened.Recorded {
		if len(r.Alerts) != 1 {
			t.Fatalf("subject %d: %d alerts, want 1", i, len(r.Alerts))
		}
		ids <- r.Alerts[0].ID
	}
	close(ids)

	// The burst. Decisions alternate between the three kinds; each 200
	// is an acknowledgement, recorded with what was decided.
	kinds := []aka.DecisionKind{aka.DecideFalsePositive, aka.DecideTrueMatch, aka.DecideNeedsInfo}
	var (
		mu       sync.Mutex
		acked    = map[string]aka.Decision{}
		failed   atomic.Int64
		n        atomic.Int64
		killOnce sync.Once
		killed   = make(chan struct{})
		wg       sync.WaitGroup
	)
	kill := func() {
		killOnce.Do(func() {
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Errorf("kill -9: %v", err)
			}
			close(killed)
		})
	}
	for range clients {
		wg.Go(func() {
			for id := range ids {
				kind := kinds[n.Add(1)%3]
				var d aka.Decision
				code, err := post(client, base+"/v1/alerts/"+id+"/decision", key,
					fmt.Sprintf(`{"decision":%q,"reason":"burst decision on %s"}`, kind, id), &d)
				if err != nil || code != 200 {
					failed.Add(1)
					continue
				}
				if d.AlertID != id || d.Decision != kind || d.Seq == 0 {
					t.Errorf("decision on %s answered %+v", id, d)
				}
				mu.Lock()
				acked[id] = d
				if len(acked) == killAt {
					kill()
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	kill()
	cmd.Wait()
	<-killed
	if len(acked) < killAt || failed.Load() == 0 {
		t.Fatalf("%d decisions acknowledged, %d failed: the kill did not land mid-burst", len(acked), failed.Load())
	}
	t.Logf("%d decisions acknowledged before or during the kill, %d failed", len(acked), failed.Load())

	// Every acknowledged decision is in the store, with its alert's status
	// and its audit entry.
	ctx := context.Background()
	var sf storeFlags
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	sf.register(fs)
	if err := fs.Parse(b.flags); err != nil {
		t.Fatal(err)
	}
	st, err := sf.open(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for id, want := range acked {
		a, err := st.Alert(ctx, id)
		if err != nil {
			t.Errorf("alert %s: %v", id, err)
			continue
		}
		if a.Status != aka.AlertStatus(want.Decision) {
			t.Errorf("alert %s is %s after a %s was acknowledged", id, a.Status, want.Decision)
		}
		ds, err := st.Decisions(ctx, id)
		if err != nil || len(ds) != 1 || ds[0].Seq != want.Seq || ds[0].Decision != want.Decision || ds[0].Reason != "burst decision on "+id {
			t.Errorf("alert %s: decisions %+v (%v), want the acknowledged %s", id, ds, err, want.Decision)
		}
	}
	entries, err := review.Verify(ctx, st)
	if err != nil {
		t.Fatalf("audit chain after kill -9: %v", err)
	}
	decisions := 0
	for after := int64(0); ; {
		es, err := st.AuditEntries(ctx, after, 1000)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range es {
			if e.Action == "decision" {
				decisions++
			}
			after = e.Seq
		}
		if len(es) < 1000 {
			break
		}
	}
	if decisions < len(acked) {
		t.Errorf("%d decisions in the audit log of %d entries, fewer than the %d acknowledged", decisions, entries, len(acked))
	}
	t.Logf("%d decisions stored (%d committed but not acknowledged), %d audit entries", decisions, decisions-len(acked), entries)
	// aka audit verify agrees.
	var out bytes.Buffer
	verify := exec.Command(bin, append([]string{"audit", "verify"}, b.flags...)...)
	verify.Stdout, verify.Stderr = &out, &out
	if err := verify.Run(); err != nil || !strings.HasPrefix(out.String(), "ok: ") {
		t.Errorf("aka audit verify after kill -9: %v\n%s", err, out.String())
	}
}
