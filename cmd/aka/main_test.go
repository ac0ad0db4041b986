package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runAka runs the command line in-process and returns stdout, stderr and
// the exit code main would give.
func runAka(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, &out, &errb)
	code := exitCode(err, &errb)
	return out.String(), errb.String(), code
}

func TestScreenCSV(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "people.csv")
	os.WriteFile(in, []byte("id,name,birth_date,nationality\n"+
		"a,Abou Bakr Al Bagdadi,1971,Iraq\n"+
		"b,Patricia Wheeler,1982,GB\n"+
		"c,,1990,FR\n"+ // no name: an error row
		"d,\"Mohammed Belkalam\",1970,DZ\n"), 0o644)
	out := filepath.Join(dir, "results.jsonl")
	_, stderr, code := runAka(t, "screen", in, "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "screened 3 subjects") || !strings.Contains(stderr, "2 with matches, 1 errors") {
		t.Errorf("summary: %s", stderr)
	}
	b, _ := os.ReadFile(out)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d result lines, want 3:\n%s", len(lines), b)
	}
	var row screenRow
	if err := json.Unmarshal([]byte(lines[0]), &row); err != nil {
		t.Fatal(err)
	}
	if row.Subject.ID != "a" || len(row.Matches) == 0 || row.Matches[0].EntityID != "un:QDi.299" || row.ListVersions["un"] == "" {
		t.Errorf("first row = %+v", row)
	}
	errs, _ := os.ReadFile(filepath.Join(dir, "results.errors.jsonl"))
	if !strings.Contains(string(errs), `"position":"line 4"`) || !strings.Contains(string(errs), "name: missing") {
		t.Errorf("errors file: %s", errs)
	}

	// --strict stops at the bad row, with its position.
	_, stderr, code = runAka(t, "screen", in, "--out", filepath.Join(dir, "r2.csv"), "--strict")
	if code != 1 || !strings.Contains(stderr, "line 4") {
		t.Errorf("--strict: exit %d, %s", code, stderr)
	}
	// CSV output has a header and one row a subject.
	c, _ := os.ReadFile(filepath.Join(dir, "r2.csv"))
	if !strings.HasPrefix(string(c), "origin,id,name,") {
		t.Errorf("CSV output: %s", c)
	}
}

// TestScreenProblems: a field that could not be read is reported on the
// subject's row and counted in the summary; the subject is still screened.
func TestScreenProblems(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "people.jsonl")
	os.WriteFile(in, []byte(`{"name":"ยิ่งลักษณ์ Baghdadi Abu Bakr","birth_date":"1971"}`+"\n"+`{"name":"Patricia Wheeler","nationality":"Atlantis"}`+"\n"+`{"name":"Mohammed Belkalam"}`+"\n"), 0o644)
	stdout, stderr, code := runAka(t, "screen", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "aka: 2 subjects had fields that could not be read") {
		t.Errorf("summary: %s", stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d result lines, want 3:\n%s", len(lines), stdout)
	}
	var rows [3]screenRow
	for i := range rows {
		if err := json.Unmarshal([]byte(lines[i]), &rows[i]); err != nil {
			t.Fatal(err)
		}
	}
	if p := rows[0].Problems; len(p) != 1 || !strings.Contains(p[0], "Thai") || len(rows[0].Matches) == 0 || rows[0].Matches[0].EntityID != "un:QDi.299" {
		t.Errorf("Thai word: problems %q, matches %+v", p, rows[0].Matches)
	}
	if p := rows[1].Problems; len(p) != 1 || !strings.Contains(p[0], "Atlantis") {
		t.Errorf("unknown country: problems %q", p)
	}
	if p := rows[2].Problems; len(p) != 0 {
		t.Errorf("readable subject: problems %q", p)
	}
}

func TestScreenDocuments(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "r.csv")
	_, stderr, code := runAka(t, "screen", "testdata/mrz.txt", "--out", out)
	if code != 0 || !strings.Contains(stderr, "screened 2 subjects (mrz)") || !strings.Contains(stderr, "1 errors") {
		t.Fatalf("mrz: exit %d, %s", code, stderr)
	}
	b, _ := os.ReadFile(out)
	if !strings.Contains(string(b), "document check failed: document number check digit") {
		t.Errorf("a failed check digit is not reported:\n%s", b)
	}
	_, stderr, code = runAka(t, "screen", "testdata/paxlst_airline2.edi", "--out", out)
	if code != 0 || !strings.Contains(stderr, "screened 10 subjects (paxlst)") {
		t.Fatalf("paxlst: exit %d, %s", code, stderr)
	}
	b, _ = os.ReadFile(out)
	if !strings.Contains(string(b), "TN506 BRE") {
		t.Errorf("no flight in the results:\n%s", b)
	}
}

func TestScreenBadInput(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"noname.csv": "id,dob\n1,1970\n",
		"empty.csv":  "",
		"binary.bin": "\x00\x01\x02garbage",
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(content), 0o644)
		_, stderr, code := runAka(t, "screen", p)
		if code != 1 || !strings.Contains(stderr, name) {
			t.Errorf("%s: exit %d, %q: want 1 and a message naming the file", name, code, stderr)
		}
	}
	if _, _, code := runAka(t, "screen"); code != 2 {
		t.Errorf("no input: exit %d, want 2", code)
	}
}

func TestListsStatsAndShow(t *testing.T) {
	out, stderr, code := runAka(t, "lists", "stats", "--json")
	if code != 0 {
		t.Fatal(stderr)
	}
	var st struct {
		Lists []struct {
			Format  string `json:"format"`
			Version string `json:"version"`
			Persons int    `json:"persons"`
			Orgs    int    `json:"organizations"`
		} `json:"lists"`
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatal(err)
	}
	if len(st.Lists) != 1 || st.Lists[0].Format != "un-xml" || st.Lists[0].Version != "2026-02-27" || st.Lists[0].Persons != 730 {
		t.Errorf("stats = %+v", st)
	}
	out, _, code = runAka(t, "lists", "show", "un:QDi.299")
	if code != 0 || !strings.Contains(out, "البغدادي") {
		t.Errorf("show: exit %d, %.200s", code, out)
	}
	if _, stderr, code := runAka(t, "lists", "show", "un:nope"); code != 1 || !strings.Contains(stderr, "not found") {
		t.Errorf("show unknown: exit %d %s", code, stderr)
	}
	bad := filepath.Join(t.TempDir(), "bad.xml")
	os.WriteFile(bad, []byte(`<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>QDi.1`), 0o644)
	if _, stderr, code := runAka(t, "lists", "stats", bad); code != 1 || !strings.Contains(stderr, "bad.xml: line") || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
		t.Errorf("truncated list: exit %d, %q: want 1 and one line naming the file", code, stderr)
	}
}

func TestEvalCommand(t *testing.T) {
	dir := t.TempDir()
	cases := filepath.Join(dir, "cases.jsonl")
	os.WriteFile(cases, []byte(`{"id":"1","query":{"name":"Abou Bakr Al Bagdadi"},"expect":["un:QDi.299"]}
{"id":"2","query":{"name":"Patricia Wheeler"},"expect":[]}
`), 0o644)
	out, stderr, code := runAka(t, "eval", "queries", "--cases", cases, "--json", "--sweep", filepath.Join(dir, "s.csv"))
	if code != 0 {
		t.Fatal(stderr)
	}
	var r map[string]float64
	json.Unmarshal([]byte(out), &r)
	for _, k := range []string{"cases", "positives", "negatives", "threshold", "recall", "recall_at_1", "false_positive_rate", "queries_per_second"} {
		if _, ok := r[k]; !ok {
			t.Errorf("eval queries --json lacks %s: %s", k, out)
		}
	}
	if r["recall"] != 1 || r["false_positive_rate"] != 0 {
		t.Errorf("eval = %s", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "s.svg")); err != nil {
		t.Errorf("no sweep plot: %v", err)
	}
	if _, ok := r["expected_not_loaded"]; ok || stderr != "" {
		t.Errorf("every expected entity is loaded, yet: %s %s", out, stderr)
	}
	// A set made for lists other than those loaded says so: its
	// positives count as missed, and stderr names the first.
	other := filepath.Join(dir, "eu.jsonl")
	os.WriteFile(other, []byte(`{"id":"1","query":{"name":"Abou Bakr Al Bagdadi"},"expect":["un:QDi.299"]}
{"id":"eu-7","query":{"name":"Abou Bakr Al Bagdadi"},"expect":["eu:12345"]}
`), 0o644)
	out, stderr, code = runAka(t, "eval", "queries", "--cases", other, "--json")
	r = nil
	json.Unmarshal([]byte(out), &r)
	if code != 0 || r["expected_not_loaded"] != 1 || r["recall"] != 0.5 || !strings.Contains(stderr, "eu.jsonl: 1 of the positive cases") || !strings.Contains(stderr, "case eu-7 expects eu:12345") {
		t.Errorf("eval of a set made for other lists: exit %d, %s, stderr %q", code, out, stderr)
	}
	out, stderr, code = runAka(t, "eval", "pairs", "--cases", "../../eval/testdata/pairs.jsonl", "--json")
	if code != 0 || !strings.Contains(out, `"best_f1"`) {
		t.Errorf("eval pairs: exit %d %s %s", code, out, stderr)
	}
}
