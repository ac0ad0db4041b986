package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/eval"
	"github.com/akascreen/aka/index"
	"github.com/akascreen/aka/screening"
)

const evalUsage = `Usage:
  aka eval queries --cases FILE.jsonl [--lists FILE]... [--threshold T] [--json] [--sweep FILE.csv] [--misses FILE]
                   [--name-only] [--words]
  aka eval pairs --cases FILE.jsonl [--lists FILE]... [--threshold T] [--json] [--misses FILE]

Case formats are in shared/eval/README.md. Both report at the default threshold unless --threshold is given.
--name-only and --words stress a query set: its names alone, and each word of them as a case of its own.
`

// evalCommand runs "aka eval queries" and "aka eval pairs".
type evalCommand struct {
	stdout, stderr io.Writer
}

func (c *evalCommand) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return &usageError{"eval: want queries or pairs"}
	}
	switch args[0] {
	case "-h", "--help", "help":
		fmt.Fprint(c.stdout, evalUsage)
		return nil
	case "queries":
		return c.queries(ctx, args[1:])
	case "pairs":
		return c.pairs(args[1:])
	}
	return &usageError{fmt.Sprintf("eval: unknown subcommand %q", args[0])}
}

func (c *evalCommand) queries(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("eval queries", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	var files stringList
	fs.Var(&files, "lists", "list `FILE` to load (repeatable; default: the embedded UN list)")
	cases := fs.String("cases", "", "query case `FILE` (JSON lines)")
	threshold := fs.Float64("threshold", compare.DefaultThreshold, "report at this score `T`")
	asJSON := fs.Bool("json", false, "print one JSON object")
	sweep := fs.String("sweep", "", "write a threshold sweep to `FILE` (.csv), and a plot beside it (.svg)")
	offset := fs.Float64("offset", compare.DefaultOffset, "evidence in `BITS` at which the score is 0.5 (for calibration)")
	var sets stringList
	fs.Var(&sets, "set", "set a model weight `NAME=BITS` (for calibration; repeatable)")
	misses := fs.String("misses", "", "write the positives missed and the negatives flagged to `FILE` (JSON lines)")
	nameOnly := fs.Bool("name-only", false, "leave out every field of the queries but the name")
	words := fs.Bool("words", false, "make a case of each word of each query's name")
	if err := parseInterspersed(fs, args); err != nil {
		return &usageError{err.Error()}
	}
	if *cases == "" {
		return &usageError{"eval queries: --cases is required"}
	}
	for _, kv := range sets {
		k, v, _ := strings.Cut(kv, "=")
		p, ok := compare.Params[k]
		if !ok {
			return &usageError{fmt.Sprintf("eval queries: --set: unknown weight %q", k)}
		}
		x, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return &usageError{fmt.Sprintf("eval queries: --set %s: %v", k, err)}
		}
		*p = x
	}
	loaded, err := loadLists(files)
	if err != nil {
		return err
	}
	f, err := os.Open(*cases)
	if err != nil {
		return err
	}
	defer f.Close()
	cs, err := eval.ReadCases[eval.QueryCase](f, *cases)
	if err != nil {
		return err
	}
	if *nameOnly {
		cs = eval.NameOnly(cs)
	}
	if *words {
		cs = eval.Words(cs)
	}
	ents := allEntities(loaded)
	ids := make(map[string]bool, len(ents))
	for _, e := range ents {
		ids[e.ID] = true
	}
	notLoaded := eval.NotLoaded(cs, func(id string) bool { return ids[id] })
	if n := len(notLoaded); n > 0 {
		first := notLoaded[0]
		fmt.Fprintf(c.stderr, "aka: eval queries: %s: %d of the positive cases expect no entity of the lists loaded (case %s expects %s); they count as missed: load the lists the set was made for (--lists)\n",
			*cases, n, first.ID, strings.Join(first.Expect, ", "))
	}
	s := screening.New(index.Build(ents))
	s.Offset = *offset
	outs, elapsed, err := eval.RunQueries(ctx, s, cs, 0, *threshold)
	if err != nil {
		return err
	}
	rep := eval.Summarize(outs, *threshold, elapsed)
	rep.ExpectedNotLoaded = len(notLoaded)
	if *sweep != "" {
		if err := writeSweep(*sweep, eval.Sweep(outs)); err != nil {
			return err
		}
	}
	if *misses != "" {
		if err := writeMisses(*misses, outs, *threshold); err != nil {
			return err
		}
	}
	if *asJSON {
		return json.NewEncoder(c.stdout).Encode(rep)
	}
	fmt.Fprintf(c.stdout, "cases %d (positives %d, negatives %d) at threshold %.2f\n", rep.Cases, rep.Positives, rep.Negatives, rep.Threshold)
	if rep.Positives > 0 {
		fmt.Fprintf(c.stdout, "recall %.4f  recall@1 %.4f  candidate recall %.4f\n", rep.Recall, rep.RecallAt1, rep.CandidateRecall)
		if rep.ExpectedNotLoaded > 0 {
			fmt.Fprintf(c.stdout, "%d positives expect no entity of the lists loaded\n", rep.ExpectedNotLoaded)
		}
	}
	if rep.Negatives > 0 {
		fmt.Fprintf(c.stdout, "false positive rate %.5f\n", rep.FalsePositiveRate)
	}
	fmt.Fprintf(c.stdout, "%.0f queries per second\n", rep.QueriesPerSecond)
	return nil
}

func (c *evalCommand) pairs(args []string) error {
	fs := flag.NewFlagSet("eval pairs", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	var files stringList
	fs.Var(&files, "lists", "list `FILE` whose words' frequencies weigh the names (repeatable; default: the embedded UN list)")
	cases := fs.String("cases", "", "pair case `FILE` (JSON lines)")
	threshold := fs.Float64("threshold", compare.DefaultThreshold, "report at this score `T`")
	asJSON := fs.Bool("json", false, "print one JSON object")
	misses := fs.String("misses", "", "write the pairs judged wrongly at the threshold to `FILE` (JSON lines, with their explanations)")
	if err := parseInterspersed(fs, args); err != nil {
		return &usageError{err.Error()}
	}
	if *cases == "" {
		return &usageError{"eval pairs: --cases is required"}
	}
	f, err := os.Open(*cases)
	if err != nil {
		return err
	}
	defer f.Close()
	cs, err := eval.ReadCases[eval.PairCase](f, *cases)
	if err != nil {
		return err
	}
	// Words are weighed as screening against the lists would weigh them:
	// "Trading" and "Investment" are common in companies' names.
	loaded, err := loadLists(files)
	if err != nil {
		return err
	}
	scores := eval.RunPairs(cs, index.NewRarity(allEntities(loaded)), compare.DefaultOffset)
	rep := eval.SummarizePairs(scores, *threshold)
	if *misses != "" {
		if err := writePairMisses(*misses, scores, *threshold); err != nil {
			return err
		}
	}
	if *asJSON {
		return json.NewEncoder(c.stdout).Encode(rep)
	}
	fmt.Fprintf(c.stdout, "pairs %d at threshold %.2f: precision %.4f recall %.4f f1 %.4f (best f1 %.4f at %.3f)\n",
		rep.Pairs, rep.Threshold, rep.Precision, rep.Recall, rep.F1, rep.BestF1, rep.BestThreshold)
	return nil
}

func writeSweep(file string, rows []eval.SweepRow) error {
	var b strings.Builder
	b.WriteString("threshold,recall,recall_at_1,false_positive_rate\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "%.2f,%.5f,%.5f,%.5f\n", r.Threshold, r.Recall, r.RecallAt1, r.FalsePositiveRate)
	}
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		return err
	}
	svg := strings.TrimSuffix(file, filepath.Ext(file)) + ".svg"
	return os.WriteFile(svg, eval.PlotSweep(rows), 0o644)
}

func writePairMisses(file string, scores []eval.PairScore, t float64) error {
	return writeJSONLines(file, func(enc *json.Encoder) error {
		for _, s := range scores {
			if (s.Score >= t && s.Score > 0) != s.Case.Match {
				if err := enc.Encode(map[string]any{"case": s.Case, "score": s.Score, "explanation": s.Match.Explanation}); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

func writeMisses(file string, outs []eval.Outcome, t float64) error {
	return writeJSONLines(file, func(enc *json.Encoder) error {
		for _, o := range outs {
			pos := len(o.Case.Expect) > 0
			if (pos && o.Expected < t) || (!pos && o.Other >= t) || (pos && !o.TopOK) {
				if err := enc.Encode(map[string]any{"case": o.Case, "expected_score": o.Expected, "candidate": o.Candidate, "top": o.Top}); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// writeJSONLines creates file and lets write encode its lines.
func writeJSONLines(file string, write func(*json.Encoder) error) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	if err := write(enc); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
