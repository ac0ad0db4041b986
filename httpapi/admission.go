package httpapi

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strconv"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humago"
)

// Admission. Screening is CPU work: running more requests at once than
// there are CPUs only makes each slower, and Go's scheduler then serves
// them in no particular order, so that under load a few wait far longer
// than the rest. The screening routes therefore take turns, first come
// first served, with at most MaxScreening requests decoding, screening and
// encoding at once; the others wait without using a CPU. The body is read
// before the turn is taken, so that a slow client does not hold one.

// admit is the operation middleware of the screening routes.
func (s *Server) admit(ctx huma.Context, next func(huma.Context)) {
	r, _ := humago.Unwrap(ctx)
	if r.Body != nil && r.Body != http.NoBody {
		body, status, msg := s.readBody(r)
		if status != 0 {
			huma.WriteErr(s.api, ctx, status, msg)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
	}
	if err := s.acquire(r.Context()); err != nil {
		huma.WriteErr(s.api, ctx, http.StatusServiceUnavailable, "request canceled")
		return
	}
	defer s.release()
	next(ctx)
}

// readBody reads the whole body, up to MaxBodyBytes, or returns the status
// and message to answer with.
func (s *Server) readBody(r *http.Request) ([]byte, int, string) {
	n := int64(512)
	if r.ContentLength > 0 {
		n = min(r.ContentLength, s.MaxBodyBytes) + 1
	}
	buf := bytes.NewBuffer(make([]byte, 0, n))
	m, err := buf.ReadFrom(io.LimitReader(r.Body, s.MaxBodyBytes+1))
	var ne net.Error
	switch {
	case m > s.MaxBodyBytes:
		return nil, http.StatusRequestEntityTooLarge, "request body is larger than " + strconv.FormatInt(s.MaxBodyBytes, 10) + " bytes"
	case errors.As(err, &ne) && ne.Timeout():
		return nil, http.StatusRequestTimeout, "request body read timeout"
	case err != nil:
		return nil, http.StatusBadRequest, "cannot read request body"
	}
	return buf.Bytes(), 0, ""
}

// acquire waits for a turn, first come first served.
func (s *Server) acquire(ctx context.Context) error {
	select {
	case s.turns <- struct{}{}:
		return nil
	default:
	}
	select {
	case s.turns <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// tryAcquire takes a turn if one is free.
func (s *Server) tryAcquire() bool {
	select {
	case s.turns <- struct{}{}:
		return true
	default:
		return false
	}
}

func (s *Server) release() { <-s.turns }
