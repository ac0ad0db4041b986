package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/index"
	"github.com/akascreen/aka/lists"
	"github.com/akascreen/aka/screening"
)

// screenCommand runs "aka screen": screen a file of subjects.
type screenCommand struct {
	stdout, stderr io.Writer
}

// screenRow is one line of JSON output: a subject and its matches.
type screenRow struct {
	Subject      aka.Subject       `json:"subject"`
	Matches      []aka.Match       `json:"matches"`
	Problems     []string          `json:"problems,omitempty"`
	ListVersions map[string]string `json:"list_versions"`
}

func (c *screenCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("screen", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	var files stringList
	fs.Var(&files, "lists", "list `FILE` to load (repeatable; default: the embedded UN list)")
	threshold := fs.Float64("threshold", compare.DefaultThreshold, "report matches scoring at least `T`")
	out := fs.String("out", "", "write results to `FILE` (.jsonl or .csv; default: JSON lines on standard output)")
	errFile := fs.String("errors", "", "write rows that could not be read to `FILE` (default: OUT.errors.jsonl, or standard error)")
	strict := fs.Bool("strict", false, "stop at the first row that cannot be read")
	workers := fs.Int("workers", 0, "screen with `N` goroutines (default: one per CPU)")
	if err := parseInterspersed(fs, args); err != nil {
		return &usageError{err.Error()}
	}
	if fs.NArg() != 1 {
		return &usageError{"screen: want one INPUT file (- for standard input)"}
	}
	input := fs.Arg(0)
	if *threshold < 0 || *threshold > 1 {
		return &usageError{"screen: --threshold must be in [0, 1]"}
	}

	loaded, err := loadLists(files)
	if err != nil {
		return err
	}
	s := screening.New(index.Build(allEntities(loaded)))
	s.Threshold = *threshold
	// The index is most of the live heap and lives for the whole run,
	// while each subject leaves a few kilobytes of garbage: a higher GC
	// target collects a tenth as often for about 500 MB more, whatever
	// the input's length (1,000,000 rows against four lists: 20,600
	// subjects a second instead of 18,000). GOGC, when set, wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	versions := listVersions(loaded)

	var in io.Reader = os.Stdin
	var size int64
	if input != "-" {
		f, err := os.Open(input)
		if err != nil {
			return err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil {
			size = st.Size()
		}
		in = f
	}
	counted := &countingReader{r: in}
	subjects, format, err := openSubjects(counted, input)
	if err != nil {
		return err
	}

	w, closeOut, err := openResults(*out, c.stdout, versions)
	if err != nil {
		return err
	}
	var errW io.Writer = c.stderr
	errPath := *errFile
	if errPath == "" && *out != "" {
		errPath = strings.TrimSuffix(*out, filepath.Ext(*out)) + ".errors.jsonl"
	}
	var errOut *os.File
	var errEnc *json.Encoder
	openErrors := func() error {
		if errEnc != nil {
			return nil
		}
		if errPath != "" {
			f, err := os.Create(errPath)
			if err != nil {
				return err
			}
			errOut, errW = f, f
		}
		errEnc = json.NewEncoder(errW)
		errEnc.SetEscapeHTML(false)
		return nil
	}

	var n, withMatches, withProblems, bad atomic.Int64
	start := time.Now()
	stopProgress := progress(c.stderr, start, &n, counted, size)
	err = s.Batch(ctx, subjects, *workers, func(rec screening.Record, res screening.Result, err error) error {
		if err != nil {
			bad.Add(1)
			if *strict {
				return err
			}
			if e := openErrors(); e != nil {
				return e
			}
			return errEnc.Encode(map[string]string{"input": input, "position": rec.Pos, "error": err.Error()})
		}
		n.Add(1)
		if len(res.Matches) > 0 {
			withMatches.Add(1)
		}
		if len(res.Problems) > 0 {
			withProblems.Add(1)
		}
		return w.write(res)
	})
	stopProgress()
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if errOut != nil {
		if cerr := errOut.Close(); err == nil {
			err = cerr
		}
	}
	elapsed := time.Since(start)
	rate := float64(n.Load()) / max(elapsed.Seconds(), 1e-9)
	fmt.Fprintf(c.stderr, "aka: screened %d subjects (%s) in %.2fs, %.0f a second: %d with matches, %d errors\n",
		n.Load(), format, elapsed.Seconds(), rate, withMatches.Load(), bad.Load())
	if p := withProblems.Load(); p > 0 {
		fmt.Fprintf(c.stderr, "aka: %d subjects had fields that could not be read, screened without them (see their \"problems\")\n", p)
	}
	if bad.Load() > 0 && errPath != "" {
		fmt.Fprintf(c.stderr, "aka: rows that could not be read are in %s\n", errPath)
	}
	return err
}

// listVersions maps each loaded list's source to its version.
func listVersions(ls []*lists.List) map[string]string {
	m := make(map[string]string, len(ls))
	for _, l := range ls {
		m[l.Source] = l.Version
	}
	return m
}

// openSubjects detects the input format from its first bytes
// (screening.Open over screening.DetectedFormats).
func openSubjects(r io.Reader, file string) (screening.SubjectReader, string, error) {
	return screening.Open(r, file, nil)
}

// resultWriter writes results in one format.
type resultWriter interface {
	write(screening.Result) error
}

// openResults opens the output by its extension: .csv for CSV, anything
// else JSON lines.
func openResults(path string, stdout io.Writer, versions map[string]string) (resultWriter, func() error, error) {
	var w io.Writer = stdout
	var f *os.File
	if path != "" && path != "-" {
		var err error
		if f, err = os.Create(path); err != nil {
			return nil, nil, err
		}
		w = f
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	closeFn := func() error {
		err := bw.Flush()
		if f != nil {
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		return err
	}
	if strings.EqualFold(filepath.Ext(path), ".csv") {
		cw := csv.NewWriter(bw)
		if err := cw.Write(screening.CSVHeader); err != nil {
			return nil, nil, err
		}
		return &csvResults{w: cw}, func() error { cw.Flush(); return errors.Join(cw.Error(), closeFn()) }, nil
	}
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonResults{enc: enc, versions: versions}, closeFn, nil
}

type jsonResults struct {
	enc      *json.Encoder
	versions map[string]string
}

func (j *jsonResults) write(r screening.Result) error {
	return j.enc.Encode(screenRow{Subject: r.Subject, Matches: r.Matches, Problems: r.Problems, ListVersions: j.versions})
}

type csvResults struct{ w *csv.Writer }

func (c *csvResults) write(r screening.Result) error { return c.w.Write(screening.CSVRow(r)) }

// countingReader counts the bytes read through it, for progress.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// progress draws a progress line on stderr when it is a terminal, until
// the returned function is called.
func progress(stderr io.Writer, start time.Time, n *atomic.Int64, in *countingReader, size int64) func() {
	f, ok := stderr.(*os.File)
	if !ok {
		return func() {}
	}
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return func() {}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				fmt.Fprint(f, "\r\033[K")
				return
			case <-t.C:
				rate := float64(n.Load()) / time.Since(start).Seconds()
				if size > 0 {
					pct := float64(in.n.Load()) / float64(size)
					bar := strings.Repeat("█", int(pct*30)) + strings.Repeat("░", 30-int(pct*30))
					fmt.Fprintf(f, "\r%s %3.0f%% %d subjects, %.0f/s", bar, pct*100, n.Load(), rate)
				} else {
					fmt.Fprintf(f, "\r%d subjects, %.0f/s", n.Load(), rate)
				}
			}
		}
	}()
	return func() { close(done); <-finished }
}
