package screening

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

func TestBatchKeepsOrderAndErrors(t *testing.T) {
	s := embedded(t)
	var b strings.Builder
	b.WriteString("id,name,birth_date\n")
	const n = 1300 // more than two batches
	for i := 0; i < n; i++ {
		switch {
		case i == 7:
			b.WriteString("bad,\"broken\n") // broken quoting: reported, not fatal
		case i%100 == 3:
			fmt.Fprintf(&b, "x%d,,1970\n", i) // no name
		case i == 500:
			fmt.Fprintf(&b, "x%d,Abou Bakr Al Bagdadi,1971\n", i)
		default:
			fmt.Fprintf(&b, "x%d,Person %d Example,1980\n", i, i)
		}
	}
	r, err := NewCSVReader(strings.NewReader(b.String()), "people.csv")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	var bad, matched int
	err = s.Batch(context.Background(), r, 2, func(rec Record, res Result, err error) error {
		if err != nil {
			bad++
			if !strings.Contains(err.Error(), "people.csv: line ") {
				t.Errorf("error without position: %v", err)
			}
			return nil
		}
		ids = append(ids, res.Subject.ID)
		if len(res.Matches) > 0 {
			matched++
			if res.Subject.ID != "x500" {
				t.Errorf("unexpected match for %s: %v", res.Subject.ID, res.Matches[0].EntityID)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if matched != 1 {
		t.Errorf("matched %d subjects, want 1", matched)
	}
	for i := 1; i < len(ids); i++ {
		var a, b int
		fmt.Sscanf(ids[i-1], "x%d", &a)
		fmt.Sscanf(ids[i], "x%d", &b)
		if b <= a {
			t.Fatalf("out of order: %s after %s", ids[i], ids[i-1])
		}
	}
	if bad == 0 || len(ids)+bad < n-1 {
		t.Errorf("%d results and %d errors for %d rows", len(ids), bad, n)
	}
}

func TestBatchStopsOnEmitError(t *testing.T) {
	s := embedded(t)
	r, _ := NewCSVReader(strings.NewReader("name\nA B\nC D\nE F\n"), "x.csv")
	stop := errors.New("stop")
	calls := 0
	err := s.Batch(context.Background(), r, 2, func(Record, Result, error) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("err = %v after %d calls, want stop after 1", err, calls)
	}
	_ = io.EOF
}
