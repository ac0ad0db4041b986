package countries

import (
	"slices"
	"testing"
)

func TestPopulation(t *testing.T) {
	for _, tt := range []struct {
		code string
		want float64
	}{{"mx", 128}, {"MX", 128}, {"sy", 22.1}, {"ru", 144}, {"xx", 0}, {"", 0}, {"m", 0}, {"mex", 0}, {"\xff\xff", 0}} {
		if got := Population(tt.code); got != tt.want {
			t.Errorf("Population(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
	var codes []string
	var world float64
	EachPopulation(func(code string, millions float64) {
		if Name(code) == "" {
			t.Errorf("%q: no such country", code)
		}
		codes = append(codes, code)
		world += millions
	})
	if !slices.IsSorted(codes) || len(codes) != len(population) {
		t.Errorf("EachPopulation: %d codes, sorted %v; want %d, sorted", len(codes), slices.IsSorted(codes), len(population))
	}
	// The table is most of the world (7,975 million in 2022).
	if world < 7500 || world > 8100 {
		t.Errorf("the table's countries hold %.0f million people, want most of the world's", world)
	}
}
