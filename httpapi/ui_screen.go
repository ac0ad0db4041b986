package httpapi

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/screening"
)

// Screening a file from the UI: the upload is read whole (the server's
// MaxBodyBytes bounds it), its format detected as aka screen detects it
// (screening.Open), and its subjects screened in the background with
// screening.Batch, taking turns with the API's screening requests. With a
// store each subject is recorded and opens alerts, as POST /v1/screen
// does. The page polls the job's progress; the results, in aka screen's
// CSV or JSON lines, stay in memory for uiJobTTL for their owner alone.

const (
	// uiJobTTL is how long a finished job's results can be downloaded.
	uiJobTTL = time.Hour
	// uiMaxJobs bounds the jobs held at once, running or finished.
	uiMaxJobs = 16
	// uiJobTimeout bounds one job's screening.
	uiJobTimeout = 30 * time.Minute
	// uiJobShown is how many subjects with matches the job page lists.
	uiJobShown = 200
)

// uiJob is one file being screened.
type uiJob struct {
	ID      string
	File    string
	Format  string
	Size    int64
	Started time.Time
	owner   string // the key id, or the browser's CSRF cookie without a store

	read      atomic.Int64 // bytes of the input read
	screened  atomic.Int64
	matched   atomic.Int64
	bad       atomic.Int64
	alerts    atomic.Int64 // alerts opened
	mu        sync.Mutex
	done      bool
	finished  time.Time
	err       string
	problems  []string // the first errors of rows that could not be read
	hits      []uiHit  // the first subjects with matches
	csv, json []byte   // the results
	versions  map[string]string
}

// uiHit is a screened subject with matches, as the job page lists it.
type uiHit struct {
	Subject aka.Subject
	Best    aka.Match
	More    int
}

// uiProgress is a snapshot of a job for the page.
type uiProgress struct {
	ID, File, Format  string
	Percent           int
	Screened, Matched int64
	Bad, Alerts       int64
	Done              bool
	Err               string
	Problems          []string
	Hits              []uiHit
	Elapsed           string
	ListVersions      map[string]string
}

func (j *uiJob) snapshot() *uiProgress {
	p := &uiProgress{ID: j.ID, File: j.File, Format: j.Format, Screened: j.screened.Load(), Matched: j.matched.Load(),
		Bad: j.bad.Load(), Alerts: j.alerts.Load()}
	if j.Size > 0 {
		p.Percent = int(100 * j.read.Load() / j.Size)
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	p.Done, p.Err, p.ListVersions = j.done, j.err, j.versions
	p.Problems = append([]string(nil), j.problems...)
	p.Hits = append([]uiHit(nil), j.hits...)
	end := time.Now()
	if j.done {
		end, p.Percent = j.finished, 100
	}
	p.Elapsed = end.Sub(j.Started).Round(100 * time.Millisecond).String()
	return p
}

// uiJobs holds the jobs.
type uiJobs struct {
	mu   sync.Mutex
	jobs map[string]*uiJob
}

func newUIJobs() *uiJobs { return &uiJobs{jobs: map[string]*uiJob{}} }

// add registers j, dropping expired jobs and, when full, the oldest
// finished one; false when every slot holds a running job.
func (js *uiJobs) add(j *uiJob) bool {
	js.mu.Lock()
	defer js.mu.Unlock()
	var finished []*uiJob
	for id, o := range js.jobs {
		o.mu.Lock()
		done, at := o.done, o.finished
		o.mu.Unlock()
		if done && time.Since(at) > uiJobTTL {
			delete(js.jobs, id)
		} else if done {
			finished = append(finished, o)
		}
	}
	if len(js.jobs) >= uiMaxJobs {
		if len(finished) == 0 {
			return false
		}
		sort.Slice(finished, func(a, b int) bool { return finished[a].Started.Before(finished[b].Started) })
		delete(js.jobs, finished[0].ID)
	}
	js.jobs[j.ID] = j
	return true
}

// get returns the owner's job with the given id, or nil.
func (js *uiJobs) get(id, owner string) *uiJob {
	js.mu.Lock()
	defer js.mu.Unlock()
	j := js.jobs[id]
	if j == nil || j.owner != owner {
		return nil
	}
	return j
}

// owner names who may see a job: the key, or without a store the browser.
func (v *uiView) owner() string {
	if v.KeyID != "" {
		return "key:" + v.KeyID
	}
	return "browser:" + v.CSRF
}

func (u *ui) screenPage(w http.ResponseWriter, r *http.Request, v *uiView) {
	v.Title, v.Nav = "Screen a file", "screen"
	v.Data = u.s.MaxBodyBytes
	u.render(w, r, http.StatusOK, "screen", "", v)
}

// screenUpload starts a job for the uploaded file and sends the browser to
// its page.
func (u *ui) screenUpload(w http.ResponseWriter, r *http.Request, v *uiView) {
	v.Title, v.Nav, v.Data = "Screen a file", "screen", u.s.MaxBodyBytes
	c := u.s.Catalog()
	if c == nil {
		u.fail(w, r, v, http.StatusServiceUnavailable, aka.ErrorMessage(errNotReady))
		return
	}
	f, hdr, err := r.FormFile("file")
	if err != nil {
		v.Error = "Choose a file to screen."
		u.render(w, r, http.StatusUnprocessableEntity, "screen", "", v)
		return
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, u.s.MaxBodyBytes+1))
	if err != nil || int64(len(data)) > u.s.MaxBodyBytes {
		v.Error = "The file could not be read whole: it must be smaller than the server's limit."
		u.render(w, r, http.StatusRequestEntityTooLarge, "screen", "", v)
		return
	}
	name := filepath.Base(hdr.Filename)
	j := &uiJob{ID: newJobID(), File: name, Size: int64(len(data)), Started: time.Now(), owner: v.owner(), versions: c.Versions}
	counted := &uiCounter{r: bytes.NewReader(data), n: &j.read}
	subjects, format, err := screening.Open(counted, name, nil)
	if err != nil {
		v.Error = aka.ErrorMessage(err)
		if pe, ok := err.(*aka.ParseError); ok {
			v.Error = pe.Error()
		}
		u.render(w, r, http.StatusUnprocessableEntity, "screen", "", v)
		return
	}
	j.Format = format
	if !u.jobs.add(j) {
		u.fail(w, r, v, http.StatusServiceUnavailable, "Too many files are being screened: try again in a minute.")
		return
	}
	// The job outlives the request; it keeps the actor, as the API's
	// screening does, to record what it finds.
	ctx := context.WithoutCancel(v.ctx)
	go u.run(ctx, c, j, subjects)
	http.Redirect(w, r, "/screen/"+j.ID, http.StatusSeeOther)
}

func newJobID() string {
	b := make([]byte, 16)
	rand.Read(b) // never fails (crypto/rand)
	return hex.EncodeToString(b)
}

// run screens a job's subjects, holding screening turns as a POST
// /v1/screen batch does.
func (u *ui) run(ctx context.Context, c *Catalog, j *uiJob, subjects screening.SubjectReader) {
	ctx, cancel := context.WithTimeout(ctx, uiJobTimeout)
	defer cancel()
	var csvBuf, jsonBuf bytes.Buffer
	cw := csv.NewWriter(&csvBuf)
	cw.Write(screening.CSVHeader)
	enc := json.NewEncoder(&jsonBuf)
	enc.SetEscapeHTML(false)
	err := func() error {
		if err := u.s.acquire(ctx); err != nil {
			return err
		}
		workers := 1
		for workers < u.s.MaxScreening && u.s.tryAcquire() {
			workers++
		}
		defer func() {
			for range workers {
				u.s.release()
			}
		}()
		threshold, err := u.s.screenThreshold(ctx, c)
		if err != nil {
			return err
		}
		sc := *c.Screener
		sc.Threshold = threshold
		return sc.Batch(ctx, subjects, workers, func(rec screening.Record, res screening.Result, err error) error {
			if err != nil {
				j.bad.Add(1)
				j.mu.Lock()
				if len(j.problems) < 50 {
					j.problems = append(j.problems, aka.ErrorMessage(err))
					if pe, ok := err.(*aka.ParseError); ok {
						j.problems[len(j.problems)-1] = pe.Error()
					}
				}
				j.mu.Unlock()
				return nil
			}
			recorded, err := u.s.record(ctx, c, []aka.Subject{rec.Subject}, []screening.Result{res})
			if err != nil {
				return err
			}
			for _, rc := range recorded {
				j.alerts.Add(int64(rc.New))
			}
			j.screened.Add(1)
			if err := cw.Write(screening.CSVRow(res)); err != nil {
				return err
			}
			row := struct {
				Subject      aka.Subject       `json:"subject"`
				Matches      []aka.Match       `json:"matches"`
				Problems     []string          `json:"problems,omitempty"`
				Recorded     []Recorded        `json:"recorded,omitempty"`
				ListVersions map[string]string `json:"list_versions"`
			}{res.Subject, res.Matches, res.Problems, recorded, c.Versions}
			if err := enc.Encode(row); err != nil {
				return err
			}
			if len(res.Matches) > 0 {
				j.matched.Add(1)
				j.mu.Lock()
				if len(j.hits) < uiJobShown {
					j.hits = append(j.hits, uiHit{Subject: res.Subject, Best: res.Matches[0], More: len(res.Matches) - 1})
				}
				j.mu.Unlock()
			}
			return nil
		})
	}()
	cw.Flush()
	j.mu.Lock()
	defer j.mu.Unlock()
	j.done, j.finished = true, time.Now()
	j.csv, j.json = csvBuf.Bytes(), jsonBuf.Bytes()
	if err != nil {
		_, j.err = apiFailure(u.s.apiError(ctx, "ui-screen-file", err))
	}
}

// uiCounter counts the bytes read through it, for progress.
type uiCounter struct {
	r io.Reader
	n *atomic.Int64
}

func (c *uiCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

func (u *ui) job(w http.ResponseWriter, r *http.Request, v *uiView) *uiJob {
	j := u.jobs.get(r.PathValue("job"), v.owner())
	if j == nil {
		u.fail(w, r, v, http.StatusNotFound, "No such file screening: results are kept for an hour, for whoever started it.")
	}
	return j
}

func (u *ui) jobPage(w http.ResponseWriter, r *http.Request, v *uiView) {
	v.Title, v.Nav = "Screening a file", "screen"
	j := u.job(w, r, v)
	if j == nil {
		return
	}
	v.Data = j.snapshot()
	u.render(w, r, http.StatusOK, "job", "", v)
}

// jobProgress serves the progress block the job page polls.
func (u *ui) jobProgress(w http.ResponseWriter, r *http.Request, v *uiView) {
	j := u.job(w, r, v)
	if j == nil {
		return
	}
	v.Data = j.snapshot()
	u.render(w, r, http.StatusOK, "job", "progress", v)
}

// jobResults downloads a finished job's results: results.csv or
// results.jsonl.
func (u *ui) jobResults(w http.ResponseWriter, r *http.Request, v *uiView) {
	j := u.job(w, r, v)
	if j == nil {
		return
	}
	j.mu.Lock()
	done, csvData, jsonData := j.done, j.csv, j.json
	j.mu.Unlock()
	if !done {
		u.fail(w, r, v, http.StatusConflict, "The file is still being screened.")
		return
	}
	var data []byte
	ext := ""
	switch r.PathValue("file") {
	case "results.csv":
		data, ext = csvData, "csv"
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	case "results.jsonl":
		data, ext = jsonData, "jsonl"
		w.Header().Set("Content-Type", "application/jsonl; charset=utf-8")
	default:
		u.fail(w, r, v, http.StatusNotFound, "Results come as .csv or .jsonl.")
		return
	}
	w.Header().Set("Content-Disposition", `attachment; filename="aka-results-`+j.ID[:8]+`.`+ext+`"`)
	w.Write(data)
}
