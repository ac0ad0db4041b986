package screening

import (
	"context"
	"io"
	"runtime"
	"sync"
)

// batchSize is how many records a batch holds; with the two batches in
// flight between stages, memory stays flat whatever the input's length.
const batchSize = 512

type batch struct {
	recs    []Record
	results []Result
	errs    []error
	readErr error // set on the last batch: io.EOF or the fatal read error
}

// Batch screens every record r yields, with workers goroutines (GOMAXPROCS
// when 0), and calls emit for each in input order with its result, or with
// the record's own error (a bad row) or the screening error. emit's error
// stops the batch. Reading, screening and emitting overlap: one goroutine
// reads the next batch while the workers screen this one and emit writes
// the last.
func (s *Screener) Batch(ctx context.Context, r SubjectReader, workers int, emit func(Record, Result, error) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	read := make(chan *batch, 1)
	go func() {
		defer close(read)
		for {
			b := &batch{recs: make([]Record, 0, batchSize)}
			for len(b.recs) < batchSize {
				rec, err := r.Next()
				if err != nil {
					b.readErr = err
					break
				}
				b.recs = append(b.recs, rec)
			}
			select {
			case read <- b:
			case <-ctx.Done():
				return
			}
			if b.readErr != nil {
				return
			}
		}
	}()

	screened := make(chan *batch, 1)
	go func() {
		defer close(screened)
		for b := range read {
			b.results = make([]Result, len(b.recs))
			b.errs = make([]error, len(b.recs))
			var wg sync.WaitGroup
			var next sync.Mutex
			i := 0
			for w := 0; w < workers; w++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						next.Lock()
						k := i
						i++
						next.Unlock()
						if k >= len(b.recs) {
							return
						}
						if b.recs[k].Err != nil {
							continue
						}
						b.results[k], b.errs[k] = s.Screen(ctx, b.recs[k].Subject)
					}
				}()
			}
			wg.Wait()
			select {
			case screened <- b:
			case <-ctx.Done():
				return
			}
		}
	}()

	for b := range screened {
		for i, rec := range b.recs {
			err := rec.Err
			if err == nil {
				err = b.errs[i]
			}
			if e := emit(rec, b.results[i], err); e != nil {
				return e
			}
		}
		if b.readErr == io.EOF {
			return nil
		}
		if b.readErr != nil {
			return b.readErr
		}
	}
	return ctx.Err()
}
