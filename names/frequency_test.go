package names

import "testing"

func TestPopulationFrequency(t *testing.T) {
	common := []string{"mohammed", "muhammad", "mohamed", "mohamad", "ali", "ahmed", "abdullah",
		"john", "smith", "maria", "garcia", "wang", "nguyen", "devi"}
	for _, tok := range common {
		if f := PopulationFrequency(tok); f < 2e-4 || f > 0.05 {
			t.Errorf("PopulationFrequency(%q) = %.2g, want a common name's share (2e-4 to 0.05)", tok, f)
		}
	}
	for _, tok := range []string{"baghdadi", "albaghdadi", "belkalem", "zzzz", "", "xq"} {
		if f := PopulationFrequency(tok); f > 1e-5 {
			t.Errorf("PopulationFrequency(%q) = %.2g, want about 0", tok, f)
		}
	}
	// The spellings of one Arabic name pool their people.
	if a, b := PopulationFrequency("mohamed"), PopulationFrequency("muhammad"); a != b {
		t.Errorf("PopulationFrequency(mohamed) = %.3g, (muhammad) = %.3g, want equal", a, b)
	}
	// Other input is looked up by its first Romanize form.
	if a, b := PopulationFrequency("Müller"), PopulationFrequency("muller"); a != b || a == 0 {
		t.Errorf("PopulationFrequency(Müller) = %.3g, (muller) = %.3g, want equal and nonzero", a, b)
	}
	if a, b := PopulationFrequency("محمد"), PopulationFrequency("mohamed"); a != b {
		t.Errorf("PopulationFrequency(محمد) = %.3g, (mohamed) = %.3g, want equal", a, b)
	}
	// More common than rarer names of the same culture.
	if PopulationFrequency("mohammed") <= PopulationFrequency("kathem") {
		t.Errorf("mohammed not more common than kathem")
	}
}

// TestPopulationFrequencyKeys checks every key is its own first Romanize
// form and every share is a probability.
func TestPopulationFrequencyKeys(t *testing.T) {
	PopulationFrequency("")
	if len(freqTab) < 10000 {
		t.Fatalf("frequency table has %d tokens", len(freqTab))
	}
	for k, f := range freqTab {
		if r := Romanize(k); len(r) == 0 || r[0] != k {
			t.Errorf("frequency key %q romanizes to %q", k, r)
		}
		if f <= 0 || f >= 1 {
			t.Errorf("frequency of %q = %g, want in (0, 1)", k, f)
		}
	}
}

func BenchmarkPopulationFrequency(b *testing.B) {
	PopulationFrequency("")
	toks := []string{"mohammed", "smith", "belkalem", "garcia"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		PopulationFrequency(toks[i%len(toks)])
		i++
	}
}
