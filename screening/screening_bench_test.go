package screening

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/index"
	"github.com/akascreen/aka/lists"
)

func sharedList(tb testing.TB, rel string) *lists.List {
	tb.Helper()
	p := filepath.Join("..", "..", "shared", "data", "lists", rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data not available: %v", err)
	}
	l, err := lists.Load(p)
	if err != nil {
		tb.Fatal(err)
	}
	return l
}

func BenchmarkScreenUN(b *testing.B) {
	l := sharedList(b, "un/un_consolidated_2026-01-28.xml")
	s := New(index.Build(l.Entities))
	subj := aka.Subject{Name: "Abou Bakr Al Bagdadi", BirthDate: "1971", Nationality: "Iraq"}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Screen(ctx, subj); err != nil {
			b.Fatal(err)
		}
	}
}
