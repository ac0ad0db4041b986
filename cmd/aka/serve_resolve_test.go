package main

import (
	"encoding/json"
	"net/http"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// getJSON gets url with a key and decodes the answer into out.
func getJSON(t *testing.T, url, key string, out any) int {
	t.Helper()
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	return resp.StatusCode
}

// TestServeResolve runs "aka serve" over a UN and a UK excerpt with a store
// in which a person rejected the link of un:QDi.299 and uk:12157: once the
// lists are resolved, the UK's cross-reference joins un:CDi.001 and
// uk:12838, not the rejected pair. With --resolve=false nothing is
// resolved.
func TestServeResolve(t *testing.T) {
	bin := buildAka(t)
	lists := []string{"--lists", "../../httpapi/testdata/un_excerpt.xml", "--lists", "../../httpapi/testdata/uk_excerpt.csv"}
	db := []string{"--db", filepath.Join(t.TempDir(), "aka.db")}
	key := createKey(t, bin, db, "viewer")
	out, err := exec.Command(bin, append([]string{"resolve", "judge", "un:QDi.299", "uk:12157", "--verdict", "rejected", "--reason", "test"}, db...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("aka resolve judge: %v\n%s", err, out)
	}

	_, base := startServe(t, bin, append(append([]string{"--addr", "127.0.0.1:0"}, lists...), db...)...)
	var ready struct {
		Profiles string `json:"profiles"`
	}
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(20 * time.Millisecond) {
		if getJSON(t, base+"/readyz", "", &ready); ready.Profiles == "ready" {
			break
		}
		if ready.Profiles != "building" || time.Now().After(deadline) {
			t.Fatalf("/readyz profiles = %q, want building, then ready", ready.Profiles)
		}
	}
	var e struct {
		SamePerson []struct {
			ID string `json:"id"`
		} `json:"same_person"`
	}
	if status := getJSON(t, base+"/v1/entities/un:CDi.001", key, &e); status != 200 || len(e.SamePerson) != 1 || e.SamePerson[0].ID != "uk:12838" {
		t.Errorf("GET /v1/entities/un:CDi.001 = %d, same person %+v, want uk:12838", status, e.SamePerson)
	}
	e.SamePerson = nil
	if status := getJSON(t, base+"/v1/entities/un:QDi.299", key, &e); status != 200 || len(e.SamePerson) != 0 {
		t.Errorf("GET /v1/entities/un:QDi.299 = %d, same person %+v, want none: the link was rejected", status, e.SamePerson)
	}

	_, base = startServe(t, bin, append([]string{"--addr", "127.0.0.1:0", "--resolve=false"}, lists...)...)
	ready.Profiles = ""
	if getJSON(t, base+"/readyz", "", &ready); ready.Profiles != "" {
		t.Errorf("with --resolve=false, /readyz profiles = %q, want none", ready.Profiles)
	}
}
