package screening

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"unicode"
)

// vietnameseSurnames, vietnameseMiddle and vietnameseGiven are common
// Vietnamese surnames, middle names and given names, with their marks.
var (
	vietnameseSurnames = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"}
	vietnameseMiddle   = []string{"Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang"}
	vietnameseGiven    = []string{"An", "Anh", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Huy", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Tú", "Việt"}
)

// unmark writes a name without its marks, as a passport's zone and most
// forms do (Nguyễn Văn An, NGUYEN VAN AN).
func unmark(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, _ := transform.String(t, s)
	return strings.NewReplacer("Đ", "D", "đ", "d").Replace(out)
}

// TestVietnameseNamesStress screens made-up Vietnamese names, a common
// surname, often a middle name, and a given name, with a random birth date
// and a Vietnamese nationality, against UN + OFAC + UK: with their marks,
// surname first, and without them, surname last as the diaspora's
// documents write them. A name is read by its syllables
// (names.vietnamese), each worth what a syllable is among Vietnamese
// people. It logs the share that alerts and fails above 0.5%.
func TestVietnameseNamesStress(t *testing.T) {
	if testing.Short() {
		t.Skip("screens 2 x 2,000 names against three lists")
	}
	rng := rand.New(rand.NewPCG(7, 7))
	stressSpellings(t, "Vietnamese", "VNM", []string{"Vietnamese, surname first", "plain letters, surname last"}, 0.005, func() ([]string, string) {
		sur := vietnameseSurnames[rng.IntN(len(vietnameseSurnames))]
		given := vietnameseGiven[rng.IntN(len(vietnameseGiven))]
		if rng.IntN(3) > 0 {
			given = vietnameseMiddle[rng.IntN(len(vietnameseMiddle))] + " " + given
		}
		date := fmt.Sprintf("%d-%02d-%02d", 1950+rng.IntN(53), 1+rng.IntN(12), 1+rng.IntN(28))
		return []string{sur + " " + given, unmark(given + " " + sur)}, date
	})
}
