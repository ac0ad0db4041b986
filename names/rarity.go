package names

import "sync"

var (
	canonOnce sync.Once
	canonFreq map[string]float64 // canonical form -> share of people
	skelFreq  map[string]float64 // skeleton -> share of people
)

// loadCanonical re-keys the population table by canonical form (so that
// "abdulrahman" and "abdelrahman" count for "abdrahman") and by skeleton.
// Spellings of one name already pool their people in the table, so the
// largest share wins rather than the sum.
func loadCanonical() {
	PopulationFrequency("") // loads freqTab
	canonFreq = make(map[string]float64, len(freqTab))
	skelFreq = make(map[string]float64, len(freqTab))
	for tok, f := range freqTab {
		for _, c := range canonicalForms([]string{tok}) {
			canonFreq[c] = max(canonFreq[c], f)
		}
		s := Skeleton(tok)
		skelFreq[s] = max(skelFreq[s], f)
	}
}

// FormFrequency returns the share of people who carry a name token, given
// by its canonical Latin form (a Token's Forms), or 0 when unknown.
func FormFrequency(form string) float64 {
	canonOnce.Do(loadCanonical)
	return canonFreq[form]
}

// SkeletonFrequency returns the share of people who carry the most common
// name with the given skeleton: an upper bound on how common a spelling
// variant nobody recorded is.
func SkeletonFrequency(skel string) float64 {
	canonOnce.Do(loadCanonical)
	return skelFreq[skel]
}
