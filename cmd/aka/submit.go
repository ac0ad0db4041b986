package main

// "aka submit" publishes a file's subjects as screening requests for the
// workers. Registered in main.go's switch as:
//
//	case "submit":
//		cmd = &submitCommand{stdout: stdout, stderr: stderr}

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/akascreen/aka/natsq"
)

// submitCommand runs "aka submit": publish a file's subjects as requests
// and, with --wait, collect every result.
type submitCommand struct {
	stdout, stderr io.Writer
}

func (c *submitCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("submit", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	var nf natsFlags
	nf.register(fs)
	wait := fs.Bool("wait", false, "wait for every result and print them as JSON lines")
	out := fs.String("out", "", "with --wait, write results to `FILE` (default: standard output)")
	timeout := fs.Duration("timeout", 10*time.Minute, "with --wait, give up after `D`")
	batchFlag := fs.String("batch", "", "batch `ID` the results are published under (default: the file's name and a hash of its content)")
	rate := fs.Float64("rate", 0, "publish at most `N` requests a second (default: as fast as the server takes them)")
	minVersion := fs.String("min-list-version", "", "only screen against lists of at least this `VERSION` (YYYY-MM-DD)")
	if err := parseInterspersed(fs, args); err != nil {
		return &usageError{err.Error()}
	}
	if fs.NArg() != 1 {
		return &usageError{"submit: want one INPUT file (- for standard input)"}
	}
	if nf.url == "" {
		return &usageError{"submit: want --nats URL"}
	}
	input := fs.Arg(0)
	var data []byte
	var err error
	if input == "-" {
		data, err = io.ReadAll(os.Stdin)
	} else {
		data, err = os.ReadFile(input)
	}
	if err != nil {
		return err
	}

	// Stable ids: the same file submitted again gives the same requests,
	// which the workers answer from what they recorded the first time.
	batch := *batchFlag
	if batch == "" {
		sum := sha256.Sum256(data)
		batch = natsq.Token(filepath.Base(input)) + "-" + hex.EncodeToString(sum[:5])
	}
	batch = natsq.Token(batch)
	var mv natsq.MinVersion
	if *minVersion != "" {
		mv = natsq.MinVersion{"": *minVersion}
	}
	subjects, format, err := openSubjects(bytes.NewReader(data), input)
	if err != nil {
		return err
	}
	var reqs []natsq.Request
	errEnc := json.NewEncoder(c.stderr)
	bad := 0
	for {
		rec, err := subjects.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if rec.Err != nil {
			bad++
			errEnc.Encode(map[string]string{"input": input, "position": rec.Pos, "error": rec.Err.Error()})
			continue
		}
		s := rec.Subject
		if s.Origin == "" {
			s.Origin = rec.Pos
		}
		reqs = append(reqs, natsq.Request{ID: fmt.Sprintf("%s:%d", batch, len(reqs)+1), Batch: batch, Subject: s, MinListVersion: mv})
	}
	if len(reqs) == 0 {
		return fmt.Errorf("submit: %s: no subjects to submit (%d rows could not be read)", input, bad)
	}

	log := slog.New(slog.NewTextHandler(c.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	nc, js, err := nf.connect("aka submit", log)
	if err != nil {
		return err
	}
	defer nc.Close()
	cfg := nf.config()
	if _, err := natsq.Setup(ctx, js, cfg); err != nil {
		return err
	}

	start := time.Now()
	sent := make(map[string]time.Time, len(reqs))
	var mu sync.Mutex // guards sent and the collection below
	pending := make(map[string]bool, len(reqs))
	for _, r := range reqs {
		pending[r.ID] = true
	}
	var (
		latencies  []time.Duration
		withAlerts int
		failed     []natsq.Result
	)
	allIn := make(chan struct{})
	collectErr := make(chan error, 2)
	waitCtx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	var w *bufio.Writer
	var closeOut func() error
	if *wait {
		var f *os.File
		dst := c.stdout
		if *out != "" && *out != "-" {
			if f, err = os.Create(*out); err != nil {
				return err
			}
			dst = f
		}
		w = bufio.NewWriterSize(dst, 64<<10)
		closeOut = func() error {
			err := w.Flush()
			if f != nil {
				err = errors.Join(err, f.Close())
			}
			return err
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		go func() {
			collectErr <- natsq.Results(waitCtx, js, cfg, batch, func(r natsq.Result, at time.Time) bool {
				mu.Lock()
				defer mu.Unlock()
				if !pending[r.ID] {
					return true // another run's, or a second copy
				}
				delete(pending, r.ID)
				if t, ok := sent[r.ID]; ok {
					latencies = append(latencies, at.Sub(t))
				}
				if r.Error != "" {
					failed = append(failed, r)
				}
				if len(r.Alerts) > 0 {
					withAlerts++
				}
				if err := enc.Encode(r); err != nil {
					collectErr <- err
					return false
				}
				if len(pending) == 0 {
					close(allIn)
					return false
				}
				return true
			})
		}()
	}

	// Publish, paced when asked, noting when each request left.
	chunk := len(reqs)
	var tick time.Duration
	if *rate > 0 {
		tick = 50 * time.Millisecond
		chunk = max(1, int(*rate*tick.Seconds()))
	}
	stopProgress := submitProgress(c.stderr, func() string {
		mu.Lock()
		defer mu.Unlock()
		return fmt.Sprintf("%d of %d published, %d results", len(sent), len(reqs), len(reqs)-len(pending))
	})
	next := time.Now()
	for i := 0; i < len(reqs); i += chunk {
		part := reqs[i:min(i+chunk, len(reqs))]
		now := time.Now()
		mu.Lock()
		for _, r := range part {
			sent[r.ID] = now
		}
		mu.Unlock()
		if err := natsq.Publish(waitCtx, js, cfg, part); err != nil {
			stopProgress()
			return fmt.Errorf("submit: %w", err)
		}
		if tick > 0 {
			next = next.Add(tick)
			time.Sleep(time.Until(next))
		}
	}
	pubTime := time.Since(start)
	if !*wait {
		stopProgress()
		fmt.Fprintf(c.stderr, "aka: submitted %d requests (%s) as batch %s in %.2fs; results on %s\n",
			len(reqs), format, batch, pubTime.Seconds(), cfg.ResultSubject(batch))
		return nil
	}

	var waitErr error
	select {
	case <-allIn:
	case err := <-collectErr:
		if err != nil && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
			waitErr = err
		}
	case <-waitCtx.Done():
	}
	cancel()
	stopProgress()
	mu.Lock()
	defer mu.Unlock()
	if cerr := closeOut(); waitErr == nil {
		waitErr = cerr
	}
	elapsed := time.Since(start)
	got := len(reqs) - len(pending)
	fmt.Fprintf(c.stderr, "aka: %d of %d results for batch %s (%s) in %.2fs, %.0f a second; latency %s; %d with alerts\n",
		got, len(reqs), batch, format, elapsed.Seconds(), float64(got)/max(elapsed.Seconds(), 1e-9), percentiles(latencies), withAlerts)
	if waitErr != nil {
		return waitErr
	}
	if len(pending) > 0 {
		missing := make([]string, 0, len(pending))
		for id := range pending {
			missing = append(missing, id)
		}
		slices.Sort(missing)
		if ctx.Err() != nil {
			return fmt.Errorf("submit: interrupted: %d of %d results missing (first: %s)", len(pending), len(reqs), missing[0])
		}
		return fmt.Errorf("submit: timed out after %s: %d of %d results missing (first: %s); they stay queued, and submitting the file again collects them",
			*timeout, len(pending), len(reqs), missing[0])
	}
	if len(failed) > 0 {
		return fmt.Errorf("submit: %d requests could not be screened and went to the dead letters (first: %s: %s)", len(failed), failed[0].ID, failed[0].Error)
	}
	return nil
}

// percentiles formats the 50th, 90th and 99th percentiles of ds.
func percentiles(ds []time.Duration) string {
	if len(ds) == 0 {
		return "n/a"
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	p := func(q float64) time.Duration {
		return s[min(len(s)-1, int(q*float64(len(s))))].Round(time.Millisecond)
	}
	return fmt.Sprintf("p50 %s p90 %s p99 %s", p(0.50), p(0.90), p(0.99))
}

// submitProgress draws line() on stderr, over itself every 200ms on a
// terminal and as a new line every 10s otherwise, until the returned
// function is called.
func submitProgress(stderr io.Writer, line func() string) func() {
	every, ret := 10*time.Second, "\n"
	if f, ok := stderr.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			every, ret = 200*time.Millisecond, ""
		}
	}
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				if ret == "" {
					fmt.Fprint(stderr, "\r\033[K")
				}
				return
			case <-t.C:
				if ret == "" {
					fmt.Fprintf(stderr, "\r\033[K%s", line())
				} else {
					fmt.Fprintf(stderr, "aka: %s%s", line(), ret)
				}
			}
		}
	}()
	var once sync.Once
	return func() { once.Do(func() { close(done); <-finished }) }
}
