package screening

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// turkishGiven and turkishSurnames are common given names and surnames
// of Turkey, most given names Arabic ones in Turkish spelling (Mehmet,
// Hüseyin, Ömer, Zeynep).
var (
	turkishGiven = []string{
		"Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf",
		"Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Fatih", "Kemal",
		"Emre", "Hakan", "Cemal", "Selim", "Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif",
		"Meryem", "Şerife", "Zehra", "Sultan", "Hanife", "Merve", "Havva", "Zeliha",
	}
	turkishSurnames = []string{
		"Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
		"Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek",
		"Polat", "Korkmaz", "Özcan", "Erdoğan", "Yavuz", "Can", "Acar", "Şen", "Aktaş", "Güler",
	}
)

// mrzFold writes a Turkish name as a passport's machine-readable zone
// does: upper case, without the letters' marks.
var mrzFold = strings.NewReplacer("ş", "s", "Ş", "S", "ğ", "g", "ı", "i", "İ", "I", "ç", "c", "Ç", "C", "ö", "o", "Ö", "O", "ü", "u", "Ü", "U")

// TestTurkishNamesStress screens made-up Turkish names, one or two common
// given names and a common surname, with a random birth date and a Turkish
// nationality, against UN + OFAC + UK: once with Turkish letters and once
// as a passport's machine-readable zone writes them. Both are read as
// Turkish spells Arabic names (names.turkishForm, turkishVowels), by their
// letters or by the nationality, so Cemal meets Jamal and Ömer Umar; the
// lists name few Turks but many people of those Arabic names. It logs the
// share that alerts and fails above 0.5%, a little over the 0.0030 of
// 2026-12-07 in both spellings: the draw is fixed, so a rise is the
// engine's. The alerts are common names met whole beside a Turkish
// nationality (Hüseyin Şahin, OFAC's Huseyin SAHIN, whatever the birth
// date): names common in one country weigh what they do among all people.
func TestTurkishNamesStress(t *testing.T) {
	if testing.Short() {
		t.Skip("screens 2 x 2,000 names against three lists")
	}
	rng := rand.New(rand.NewPCG(7, 7))
	stressSpellings(t, "Turkish", "TUR", []string{"Turkish letters", "a passport's zone"}, 0.005, func() ([]string, string) {
		name := turkishGiven[rng.IntN(len(turkishGiven))]
		if rng.IntN(4) == 0 {
			name += " " + turkishGiven[rng.IntN(len(turkishGiven))]
		}
		name += " " + turkishSurnames[rng.IntN(len(turkishSurnames))]
		date := fmt.Sprintf("%d-%02d-%02d", 1950+rng.IntN(53), 1+rng.IntN(12), 1+rng.IntN(28))
		return []string{name, strings.ToUpper(mrzFold.Replace(name))}, date
	})
}
