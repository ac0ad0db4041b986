package natsq

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// publishWindow is how many requests Publish keeps unacknowledged at once.
const publishWindow = 2000

// Publish publishes the requests on the requests subject, each with its id
// as the message id, so that publishing a request again within the
// duplicate window stores it once. Requests whose publication fails (the
// server restarting, say) are published again, with backoff, until ctx is
// done.
func Publish(ctx context.Context, js jetstream.JetStream, cfg Config, reqs []Request) error {
	subj := cfg.RequestSubject()
	data := make([][]byte, len(reqs))
	for i := range reqs {
		if reqs[i].ID == "" {
			return fmt.Errorf("request %d has no id", i)
		}
		b, err := json.Marshal(&reqs[i])
		if err != nil {
			return fmt.Errorf("request %s: %w", reqs[i].ID, err)
		}
		data[i] = b
	}
	todo := make([]int, len(reqs))
	for i := range todo {
		todo[i] = i
	}
	delay := 100 * time.Millisecond
	for len(todo) > 0 {
		var failed []int
		var lastErr error
		for start := 0; start < len(todo); start += publishWindow {
			chunk := todo[start:min(start+publishWindow, len(todo))]
			futures := make([]jetstream.PubAckFuture, len(chunk))
			for k, i := range chunk {
				f, err := js.PublishAsync(subj, data[i], jetstream.WithMsgID(reqs[i].ID))
				if err != nil {
					lastErr = err
					failed = append(failed, i)
					continue
				}
				futures[k] = f
			}
			timeout := time.NewTimer(30 * time.Second)
			for k, f := range futures {
				if f == nil {
					continue
				}
				select {
				case <-f.Ok():
				case err := <-f.Err():
					lastErr = err
					failed = append(failed, chunk[k])
				case <-timeout.C:
					lastErr = errors.New("no acknowledgement")
					failed = append(failed, chunk[k])
				case <-ctx.Done():
					timeout.Stop()
					return ctx.Err()
				}
			}
			timeout.Stop()
		}
		todo = failed
		if len(todo) > 0 {
			select {
			case <-time.After(delay):
			case <-ctx.Done():
				return fmt.Errorf("%d requests not published: %w", len(todo), lastErr)
			}
			delay = min(2*delay, 5*time.Second)
		}
	}
	return nil
}

// Results calls fn with each result published for the batch, oldest first,
// and the time it arrived, until fn returns false or ctx is done. Results
// already on the results stream come first: a submitter that starts late,
// or again, misses none. A request redelivered after the duplicate window
// can have its result twice; callers count ids.
func Results(ctx context.Context, js jetstream.JetStream, cfg Config, batch string, fn func(Result, time.Time) bool) error {
	cons, err := js.OrderedConsumer(ctx, cfg.ResultsStream(), jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{cfg.ResultSubject(batch)},
		DeliverPolicy:  jetstream.DeliverAllPolicy,
	})
	if err != nil {
		return fmt.Errorf("nats: results: %w", err)
	}
	it, err := cons.Messages()
	if err != nil {
		return fmt.Errorf("nats: results: %w", err)
	}
	defer it.Stop()
	for {
		m, err := it.Next(jetstream.NextContext(ctx))
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if errors.Is(err, jetstream.ErrMsgIteratorClosed) {
			return fmt.Errorf("nats: results: %w", err)
		}
		if err != nil {
			// A missed heartbeat while the server restarts: the
			// ordered consumer recreates itself.
			select {
			case <-time.After(50 * time.Millisecond):
			case <-ctx.Done():
			}
			continue
		}
		now := time.Now()
		var r Result
		if err := json.Unmarshal(m.Data(), &r); err != nil || r.ID == "" {
			continue
		}
		if !fn(r, now) {
			return nil
		}
	}
}
