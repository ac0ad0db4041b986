package eval

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/index"
	"github.com/akascreen/aka/lists"
	"github.com/akascreen/aka/screening"
)

func TestReadCasesReportsLine(t *testing.T) {
	_, err := ReadCases[QueryCase](strings.NewReader("{\"id\":\"a\",\"query\":{\"name\":\"x\"}}\n\n{bad\n"), "cases.jsonl")
	if err == nil || !strings.Contains(err.Error(), "cases.jsonl: line 3") {
		t.Errorf("err = %v, want one naming cases.jsonl: line 3", err)
	}
}

func TestQueries(t *testing.T) {
	l, err := lists.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	s := screening.New(index.Build(l.Entities))
	cases := []QueryCase{
		{ID: "1", Expect: []string{"un:QDi.299"}},
		{ID: "2", Expect: []string{"un:QDi.279"}},
		{ID: "3", Expect: nil},
		{ID: "4", Expect: []string{"un:QDi.299"}}, // a name the list does not know
	}
	cases[0].Query.Name = "Abou Bakr Al Bagdadi"
	cases[1].Query.Name = "Mohammed Belkalam"
	cases[2].Query.Name = "Patricia Wheeler"
	cases[3].Query.Name = "Jane Doe"
	outs, elapsed, err := RunQueries(context.Background(), s, cases, 2, compare.DefaultThreshold)
	if err != nil {
		t.Fatal(err)
	}
	r := Summarize(outs, compare.DefaultThreshold, elapsed)
	if r.Cases != 4 || r.Positives != 3 || r.Negatives != 1 {
		t.Errorf("counts = %+v", r)
	}
	if r.Recall < 0.66 || r.Recall > 0.67 || r.FalsePositiveRate != 0 {
		t.Errorf("recall %v fpr %v, want 2/3 and 0", r.Recall, r.FalsePositiveRate)
	}
	rows := Sweep(outs)
	if len(rows) != 19 || rows[0].Recall < rows[18].Recall {
		t.Errorf("sweep = %+v, want 19 rows with recall falling", rows)
	}
	if svg := string(PlotSweep(rows)); !strings.HasPrefix(svg, "<svg") || !strings.Contains(svg, "polyline") {
		t.Errorf("plot is not an SVG chart: %.80s", svg)
	}
}

func TestPairs(t *testing.T) {
	f, err := os.Open("testdata/pairs.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := ReadCases[PairCase](f, "pairs.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	scores := RunPairs(cases, index.NewRarity(nil), compare.DefaultOffset)
	for _, s := range scores {
		if s.Score < 0 || s.Score > 1 {
			t.Errorf("%s: score %v out of [0, 1]", s.Case.ID, s.Score)
		}
		if pred := s.Score >= compare.DefaultThreshold; pred != s.Case.Match {
			t.Errorf("%s (%s / %s): score %.3f, want match=%v", s.Case.ID, s.Case.A.Name, s.Case.B.Name, s.Score, s.Case.Match)
		}
	}
	r := SummarizePairs(scores, compare.DefaultThreshold)
	if r.Pairs != 90 || r.F1 != 1 || r.BestF1 != 1 {
		t.Errorf("report = %+v, want 90 pairs with F1 1", r)
	}
}

func TestNameOnlyAndWords(t *testing.T) {
	cases := []QueryCase{{ID: "n1", Query: aka.Subject{Name: "Patricia Lucas Wheeler", BirthDate: "2002-07-14", Nationality: "Ethiopia", Gender: "female"}}}
	bare := NameOnly(cases)
	if want := (aka.Subject{Name: "Patricia Lucas Wheeler"}); bare[0].Query != want || bare[0].ID != "n1" {
		t.Errorf("NameOnly = %+v, want %+v", bare[0], want)
	}
	if cases[0].Query.BirthDate == "" {
		t.Error("NameOnly changed its input")
	}
	ws := Words(cases)
	var got []string
	for _, c := range ws {
		got = append(got, c.ID+"="+c.Query.Name+"/"+c.Query.BirthDate)
	}
	want := []string{"n1/w1=Patricia/2002-07-14", "n1/w2=Lucas/2002-07-14", "n1/w3=Wheeler/2002-07-14"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Words = %q, want %q", got, want)
	}
}
