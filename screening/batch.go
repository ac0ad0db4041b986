package screening

import (
	"context"
	"io"
	"runtime"
	"sync"
)

// batchSize is how many records Batch reads ahead: memory stays flat
// whatever the input's length.
const batchSize = 512

// Batch screens every record r yields, with workers goroutines (GOMAXPROCS
// when 0), and calls emit for each in input order with its result, or with
// the record's own error (a bad row) or the screening error. emit's error
// stops the batch.
func (s *Screener) Batch(ctx context.Context, r SubjectReader, workers int, emit func(Record, Result, error) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	recs := make([]Record, 0, batchSize)
	results := make([]Result, batchSize)
	errs := make([]error, batchSize)
	for {
		recs = recs[:0]
		var readErr error
		for len(recs) < batchSize {
			rec, err := r.Next()
			if err != nil {
				readErr = err
				break
			}
			recs = append(recs, rec)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		var wg sync.WaitGroup
		next := make(chan int, len(recs))
		for i := range recs {
			next <- i
		}
		close(next)
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					results[i], errs[i] = Result{}, nil
					if recs[i].Err != nil {
						continue
					}
					results[i], errs[i] = s.Screen(ctx, recs[i].Subject)
				}
			}()
		}
		wg.Wait()
		for i, rec := range recs {
			err := rec.Err
			if err == nil {
				err = errs[i]
			}
			if e := emit(rec, results[i], err); e != nil {
				return e
			}
		}
		if readErr == io.EOF {
			return nil
		}
		if readErr != nil {
			return readErr
		}
	}
}
