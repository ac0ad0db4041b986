package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/akascreen/aka"
)

// TestServe runs "aka serve" on a free loopback port, checks that it
// answers, then cancels its context while a slow request is in flight: the
// request must finish and serve must return nil.
func TestServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := run(ctx, []string{"serve", "--lists", "../../lists/testdata/un_excerpt.xml", "--addr", "127.0.0.1:0"}, io.Discard, pw)
		pw.Close()
		done <- err
	}()

	// The first line names the bound address; the rest is the log.
	lines := bufio.NewScanner(pr)
	var base string
	for lines.Scan() {
		if _, rest, ok := strings.Cut(lines.Text(), " on http://"); ok {
			base = "http://" + rest
			break
		}
	}
	if base == "" {
		t.Fatalf("serve printed no address: %v", <-done)
	}
	go io.Copy(io.Discard, pr) // keep the log flowing

	resp, err := http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET /healthz = %d", resp.StatusCode)
	}

	// A slow request: its body arrives in two parts, with the shutdown
	// between them.
	body, bodyW := io.Pipe()
	type answer struct {
		status int
		body   []byte
		err    error
	}
	answered := make(chan answer, 1)
	go func() {
		req, _ := http.NewRequest("POST", base+"/v1/screen", body)
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			answered <- answer{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		answered <- answer{resp.StatusCode, b, err}
	}()
	io.WriteString(bodyW, `{"subjects":[{"name":"ERIC `)
	time.Sleep(200 * time.Millisecond) // the server is reading the body
	cancel()
	time.Sleep(200 * time.Millisecond) // the server is shutting down
	select {
	case err := <-done:
		t.Fatalf("serve returned %v with a request in flight", err)
	default:
	}
	io.WriteString(bodyW, `BADEGE"}]}`)
	bodyW.Close()

	a := <-answered
	if a.err != nil || a.status != 200 {
		t.Fatalf("request in flight: %d %s %v, want 200", a.status, a.body, a.err)
	}
	var got struct {
		Results []struct {
			Subject aka.Subject `json:"subject"`
		} `json:"results"`
		ListVersions map[string]string `json:"list_versions"`
	}
	if err := json.Unmarshal(a.body, &got); err != nil || len(got.Results) != 1 || got.Results[0].Subject.Name != "ERIC BADEGE" || got.ListVersions["un"] == "" {
		t.Errorf("request in flight answered %s (%v), want ERIC BADEGE screened", a.body, err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v after a graceful shutdown, want nil", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not return after shutdown")
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("the server still accepts connections after shutdown")
	}
}

// TestServeRefusesNonLoopback checks DESIGN.md's rule: without a store,
// aka serve binds only loopback addresses.
func TestServeRefusesNonLoopback(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", ":8080", "[::]:0", "10.1.2.3:8080"} {
		var stderr strings.Builder
		err := run(context.Background(), []string{"serve", "--addr", addr}, io.Discard, &stderr)
		if err == nil || aka.ErrorCode(err) != aka.EFORBIDDEN {
			t.Errorf("serve --addr %s = %v, want a refusal", addr, err)
		}
		if code := exitCode(err, io.Discard); code != 1 {
			t.Errorf("serve --addr %s exits %d, want 1", addr, code)
		}
	}
}
