// Package eval measures accuracy on labelled case files: query cases
// (a subject and the entity ids that count as a correct hit, or none for a
// person on no list) and pair cases (two records and whether they are the
// same). The formats are in shared/eval/README.md.
package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/lists"
	"github.com/akascreen/aka/names"
	"github.com/akascreen/aka/screening"
)

// QueryCase is one line of a query case file.
type QueryCase struct {
	ID     string      `json:"id"`
	Query  aka.Subject `json:"query"`
	Expect []string    `json:"expect"`
	Schema string      `json:"schema,omitempty"`
}

// PairCase is one line of a pair case file.
type PairCase struct {
	ID    string      `json:"id"`
	A     aka.Subject `json:"a"`
	B     aka.Subject `json:"b"`
	Match bool        `json:"match"`
	// Schema, when set, applies to both records.
	Schema string `json:"schema,omitempty"`
}

// ReadCases reads JSON lines into cases of type T, reporting the line of
// any bad one.
func ReadCases[T any](r io.Reader, file string) ([]T, error) {
	var out []T
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(trimSpace(b)) == 0 {
			continue
		}
		var c T
		if err := json.Unmarshal(b, &c); err != nil {
			return nil, &aka.ParseError{File: file, Pos: fmt.Sprintf("line %d", line), Err: err}
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, &aka.ParseError{File: file, Pos: fmt.Sprintf("line %d", line+1), Err: err}
	}
	return out, nil
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	return b
}

// NameOnly returns the cases with every field of their queries but the
// name (and schema) left out: what screening gives when a file carries
// names alone.
func NameOnly(cases []QueryCase) []QueryCase {
	out := make([]QueryCase, len(cases))
	for i, c := range cases {
		out[i] = QueryCase{ID: c.ID, Expect: c.Expect, Schema: c.Schema, Query: aka.Subject{Name: c.Query.Name, Schema: c.Query.Schema}}
	}
	return out
}

// Words returns a case for each word of each case's name, every other
// field kept: what screening gives when only one name of a person is
// known. Case ids get "/w" and the word's place.
func Words(cases []QueryCase) []QueryCase {
	var out []QueryCase
	for _, c := range cases {
		for i, w := range names.SplitWords(c.Query.Name) {
			q := c
			q.ID = fmt.Sprintf("%s/w%d", c.ID, i+1)
			q.Query.Name = w
			out = append(out, q)
		}
	}
	return out
}

// QueryReport is the result of a query evaluation, as "aka eval queries
// --json" prints it.
type QueryReport struct {
	Cases             int     `json:"cases"`
	Positives         int     `json:"positives"`
	Negatives         int     `json:"negatives"`
	Threshold         float64 `json:"threshold"`
	Recall            float64 `json:"recall"`
	RecallAt1         float64 `json:"recall_at_1"`
	FalsePositiveRate float64 `json:"false_positive_rate"`
	QueriesPerSecond  float64 `json:"queries_per_second"`
	// CandidateRecall is the share of positives whose expected entity
	// was among the candidates scored, whatever its score: the recall of
	// the index alone.
	CandidateRecall float64 `json:"candidate_recall"`
	// ExpectedNotLoaded counts the positives none of whose expected
	// entities is on the lists loaded (see NotLoaded): they count as
	// missed, and usually mean the set was made for other lists.
	ExpectedNotLoaded int `json:"expected_not_loaded,omitempty"`
}

// NotLoaded returns the positive cases that expect no entity loaded
// reports as loaded: a set made for other lists (eu:, ofac:) than those
// loaded, or for another version of them. They count as missed.
func NotLoaded(cases []QueryCase, loaded func(id string) bool) []*QueryCase {
	var out []*QueryCase
	for i := range cases {
		c := &cases[i]
		if len(c.Expect) > 0 && !slices.ContainsFunc(c.Expect, loaded) {
			out = append(out, c)
		}
	}
	return out
}

// Outcome is what one query case gave.
type Outcome struct {
	Case *QueryCase
	// Expected is the best score of an expected entity (0 when none was
	// a candidate); Other the best score of any other entity.
	Expected, Other float64
	Candidate       bool // an expected entity was a candidate
	Top             aka.Match
	TopOK           bool // the best match overall is expected
}

// SweepMin is the lowest threshold a sweep reports. Negative cases are
// screened at it rather than ranked whole: what scores below it cannot
// change any figure, and screening skips it (exactly: see
// screening.TestPruningLosesNothing).
const SweepMin = 0.05

// RunQueries screens every case and returns the outcomes in case order.
// Positive cases are ranked whole, so that candidate recall counts an
// expected entity whatever its score; negative cases are screened at
// min(threshold, SweepMin).
func RunQueries(ctx context.Context, s *screening.Screener, cases []QueryCase, workers int, threshold float64) ([]Outcome, time.Duration, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	out := make([]Outcome, len(cases))
	start := time.Now()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	next := make(chan int, 256)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				c := &cases[i]
				subj := c.Query
				if subj.Schema == "" {
					subj.Schema = c.Schema
				}
				var res screening.Result
				var err error
				if len(c.Expect) > 0 {
					res, err = s.Rank(ctx, subj, 0)
				} else {
					res, err = s.ScreenAt(ctx, subj, min(threshold, SweepMin))
				}
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = fmt.Errorf("case %s: %w", c.ID, err)
					}
					mu.Unlock()
					continue
				}
				o := Outcome{Case: c}
				for k, m := range res.Matches {
					exp := contains(c.Expect, m.EntityID)
					if k == 0 {
						o.Top, o.TopOK = m, exp
					}
					if exp {
						o.Candidate = true
						o.Expected = max(o.Expected, m.Score)
					} else {
						o.Other = max(o.Other, m.Score)
					}
				}
				out[i] = o
			}
		}()
	}
	for i := range cases {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if firstErr != nil {
		return nil, 0, firstErr
	}
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	return out, time.Since(start), nil
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// Summarize computes the report at threshold t.
func Summarize(outs []Outcome, t float64, elapsed time.Duration) QueryReport {
	r := QueryReport{Cases: len(outs), Threshold: t}
	var found, first, fp, cand int
	for _, o := range outs {
		if len(o.Case.Expect) > 0 {
			r.Positives++
			if o.Expected >= t {
				found++
			}
			if o.TopOK && o.Top.Score >= t {
				first++
			}
			if o.Candidate {
				cand++
			}
		} else {
			r.Negatives++
			if o.Other >= t {
				fp++
			}
		}
	}
	if r.Positives > 0 {
		r.Recall = ratio(found, r.Positives)
		r.RecallAt1 = ratio(first, r.Positives)
		r.CandidateRecall = ratio(cand, r.Positives)
	}
	if r.Negatives > 0 {
		r.FalsePositiveRate = ratio(fp, r.Negatives)
	}
	if elapsed > 0 {
		r.QueriesPerSecond = float64(int(float64(len(outs))/elapsed.Seconds()*10)) / 10
	}
	return r
}

func ratio(a, b int) float64 {
	return float64(int(float64(a)/float64(b)*1e5+0.5)) / 1e5
}

// SweepRow is one threshold of a sweep.
type SweepRow struct {
	Threshold         float64
	Recall            float64
	RecallAt1         float64
	FalsePositiveRate float64
}

// Sweep summarizes the outcomes at thresholds from SweepMin (0.05) to 0.95
// in steps of 0.05.
func Sweep(outs []Outcome) []SweepRow {
	var rows []SweepRow
	for i := 1; i <= 19; i++ {
		t := float64(i) / 20
		r := Summarize(outs, t, 0)
		rows = append(rows, SweepRow{t, r.Recall, r.RecallAt1, r.FalsePositiveRate})
	}
	return rows
}

// PairReport is the result of a pair evaluation.
type PairReport struct {
	Pairs         int     `json:"pairs"`
	Threshold     float64 `json:"threshold"`
	Precision     float64 `json:"precision"`
	Recall        float64 `json:"recall"`
	F1            float64 `json:"f1"`
	BestF1        float64 `json:"best_f1"`
	BestThreshold float64 `json:"best_threshold"`
}

// PairScore is the score a pair case got.
type PairScore struct {
	Case  *PairCase
	Score float64
	Match aka.Match
}

// RunPairs scores every pair. Neither record is the list's: each is
// compared as screening compares a subject with a listed record, once
// either way, and the better score counts. Screening counts a word of the
// subject's that the listed name lacks for more than the reverse, since a
// list gives a person's fullest name; between two records, one may give a
// whole chain of names and the other a short form (Jaber Abdallah Jaber
// AHMAD AL-JALAHMAH, and Jaber AL-JALAMAH), so the shorter name's words are
// looked for in the longer. A contradicting birth date counts as between
// two lists' records (compare.Query.Listed).
func RunPairs(cases []PairCase, r compare.Rarity, offset float64) []PairScore {
	out := make([]PairScore, len(cases))
	for i := range cases {
		c := &cases[i]
		a, b := c.A, c.B
		if a.Schema == "" {
			a.Schema = c.Schema
		}
		if b.Schema == "" {
			b.Schema = c.Schema
		}
		m := comparePair(a, b, r, offset)
		if rev := comparePair(b, a, r, offset); rev.Score > m.Score {
			m = rev
		}
		out[i] = PairScore{Case: c, Score: m.Score, Match: m}
	}
	return out
}

// comparePair compares a with b as a subject with a listed record.
func comparePair(a, b aka.Subject, r compare.Rarity, offset float64) aka.Match {
	q := compare.PrepareQuery(a, r)
	q.Listed = true
	e := compare.PrepareEntry(SubjectEntity(b), r)
	m := compare.Compare(q, e, offset)
	if len(e.Names) == 0 || len(q.Name.Tokens) == 0 {
		m.Score = 0
	}
	return m
}

// SubjectEntity turns a subject into an entity, to compare two subjects.
// Fields that cannot be read are left out, as screening leaves them unknown.
func SubjectEntity(s aka.Subject) *aka.Entity {
	e := &aka.Entity{ID: s.ID, Type: aka.Person, Names: []aka.Name{{Full: s.Name, Kind: aka.Primary, Quality: aka.Strong}}}
	if types := compare.SchemaTypes(s.Schema); len(types) == 1 {
		e.Type = types[0]
	}
	// The names one field holds, as a list's reader finds them: "ADF
	// (ALLIED DEMOCRATIC FORCES)" is ADF and Allied Democratic Forces, as
	// well as the whole.
	if parts := lists.SplitName(s.Name, e.Type != aka.Person); len(parts) > 1 || len(parts) == 1 && parts[0] != s.Name {
		for _, p := range parts {
			if p != s.Name {
				e.Names = append(e.Names, aka.Name{Full: p, Kind: aka.Alias, Quality: aka.Strong})
			}
		}
	}
	q := compare.ReadFields(s)
	if !q.BirthDate.Date.IsZero() {
		e.BirthDates = []aka.BirthDate{q.BirthDate}
	}
	if q.Nationality != "" {
		e.Nationalities = []string{q.Nationality}
	}
	e.Gender = q.Gender
	if q.DocNumber != "" {
		e.Documents = []aka.Document{{Type: q.DocType, Number: s.DocumentNumber, Normalized: q.DocNumber, Country: q.DocCountry}}
	}
	if s.PlaceOfBirth != "" {
		e.BirthPlaces = []aka.Place{{Text: s.PlaceOfBirth}}
	}
	return e
}

// SummarizePairs computes precision, recall and F1 at threshold t, and the
// best F1 over all thresholds with the threshold that gives it.
func SummarizePairs(scores []PairScore, t float64) PairReport {
	r := PairReport{Pairs: len(scores), Threshold: t}
	r.Precision, r.Recall, r.F1 = prf(scores, t)
	ts := make([]float64, 0, len(scores))
	for _, s := range scores {
		ts = append(ts, s.Score)
	}
	sort.Float64s(ts)
	for i, t2 := range ts {
		if i > 0 && ts[i-1] == t2 {
			continue
		}
		if _, _, f := prf(scores, t2); f > r.BestF1 {
			r.BestF1, r.BestThreshold = f, t2
		}
	}
	return r
}

func prf(scores []PairScore, t float64) (p, r, f float64) {
	var tp, fp, fn int
	for _, s := range scores {
		pred := s.Score >= t && s.Score > 0
		switch {
		case pred && s.Case.Match:
			tp++
		case pred && !s.Case.Match:
			fp++
		case !pred && s.Case.Match:
			fn++
		}
	}
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return round4(p), round4(r), round4(f)
}

func round4(x float64) float64 { return float64(int(x*1e4+0.5)) / 1e4 }
