package lists

import "testing"

// BenchmarkLoadAll reads the UN, OFAC, UK and Australian lists as aka does
// on start, one goroutine a file. Budget: under 2 s on the 2-core machine.
func BenchmarkLoadAll(b *testing.B) {
	files := []string{
		sharedData(b, "un/un_consolidated_2026-01-28.xml"),
		sharedData(b, "ofac/sdn_2024-05-03.csv"),
		sharedData(b, "uk/ofsi_ConList_2025-04-14.xlsx"),
		sharedData(b, "au/dfat_consolidated_2024-12.xlsx"),
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadAll(files); err != nil {
			b.Fatal(err)
		}
	}
}
