package main

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestServeWithStore runs "aka serve" with a store on a non-loopback
// address, which a store allows: every /v1 request then needs a key, and
// the lists loaded are in the audit log.
func TestServeWithStore(t *testing.T) {
	for _, b := range storeBackends(t) {
		t.Run(b.name, func(t *testing.T) {
			out, err := runCommand(t, newKeysCommand, append([]string{"create", "--role", "viewer"}, b.flags...)...)
			if err != nil {
				t.Fatal(err)
			}
			key := out[strings.LastIndex(strings.TrimSpace(out), "\n")+1:]
			key = strings.TrimSpace(key)

			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			pr, pw := io.Pipe()
			done := make(chan error, 1)
			go func() {
				err := run(ctx, append([]string{"serve", "--lists", "../../lists/testdata/un_excerpt.xml", "--addr", "0.0.0.0:0"}, b.flags...), io.Discard, pw)
				pw.Close()
				done <- err
			}()
			lines := bufio.NewScanner(pr)
			var port string
			for lines.Scan() {
				if _, rest, ok := strings.Cut(lines.Text(), " on http://"); ok {
					_, port, _ = net.SplitHostPort(rest)
					break
				}
			}
			if port == "" {
				t.Fatalf("serve printed no address: %v", <-done)
			}
			go io.Copy(io.Discard, pr)
			base := "http://127.0.0.1:" + port

			get := func(path, key string) int {
				req, _ := http.NewRequest("GET", base+path, nil)
				if key != "" {
					req.Header.Set("Authorization", "Bearer "+key)
				}
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				return resp.StatusCode
			}
			for _, c := range []struct {
				path, key string
				status    int
			}{
				{"/healthz", "", 200},
				{"/v1/lists", "", 401},
				{"/v1/lists", key, 200},
				{"/v1/alerts", key, 200},
				{"/v1/audit", key, 403},
			} {
				if got := get(c.path, c.key); got != c.status {
					t.Errorf("GET %s with key %v = %d, want %d", c.path, c.key != "", got, c.status)
				}
			}
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Fatalf("serve: %v", err)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("serve did not stop")
			}
			out, err = runCommand(t, newAuditCommand, append([]string{"show"}, b.flags...)...)
			if err != nil || !strings.Contains(out, `"action":"lists.load"`) || !strings.Contains(out, `"actor":"serve"`) {
				t.Errorf("audit log after serve: %q, %v; want a lists.load entry by serve", out, err)
			}
		})
	}
}
