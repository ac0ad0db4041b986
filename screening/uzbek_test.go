package screening

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// uzbekMen, uzbekWomen and uzbekSurnames are common names of Uzbekistan in
// its Latin alphabet, many of them Arabic and Persian ones in Uzbek
// spelling (Ibrohim, Tohir, Xurshid). A woman's surname takes -a
// (Karimova).
var (
	uzbekMen = []string{
		"Abdulla", "Akmal", "Alisher", "Anvar", "Aziz", "Bahodir", "Baxtiyor", "Bekzod", "Botir", "Dilshod",
		"Doniyor", "Farhod", "Gʻayrat", "Ibrohim", "Ilhom", "Islom", "Jamshid", "Jasur", "Komil", "Mansur",
		"Murod", "Nodir", "Oybek", "Otabek", "Rustam", "Sardor", "Sanjar", "Sherzod", "Shuhrat", "Sobir",
		"Temur", "Tohir", "Ulugʻbek", "Umid", "Xurshid", "Yusuf", "Zafar", "Oʻtkir", "Shavkat", "Jahongir",
	}
	uzbekWomen = []string{
		"Dilnoza", "Gulnora", "Nodira", "Malika", "Zarina", "Shahnoza", "Feruza", "Mohira", "Madina",
		"Gulchehra", "Nilufar", "Dildora", "Xurshida", "Sevara", "Oygul",
	}
	uzbekSurnames = []string{
		"Karimov", "Rahimov", "Aliyev", "Yusupov", "Toshmatov", "Xolmatov", "Qodirov", "Ergashev", "Abdullayev",
		"Saidov", "Nazarov", "Rasulov", "Tursunov", "Mirzayev", "Umarov", "Hasanov", "Sobirov", "Ismoilov",
		"Yoʻldoshev", "Xudoyberdiyev", "Normatov", "Qosimov", "Ahmedov", "Rustamov", "Mahmudov", "Gʻulomov",
		"Oʻrinboyev", "Boboyev", "Sultonov", "Joʻrayev",
	}
)

// uzbekMarks drops the mark of oʻ and gʻ, as a passport's machine-readable
// zone does.
var uzbekMarks = strings.NewReplacer("ʻ", "")

// TestUzbekNamesStress screens made-up Uzbek names, a common given name, a
// common surname and a patronymic of a given name, with a random birth
// date and an Uzbek nationality, against UN + OFAC + UK: once in Uzbek's
// Latin alphabet and once as a passport's machine-readable zone writes
// them. Both are read as Uzbek spells names (names.uzbekForms), by their
// marks or by the nationality, so Xolmatov meets KHOLMATOV and Tohir Tahir;
// OFAC's list gives Uzbekistan as a nationality, citizenship or place of
// birth 43 times, and the UN's names the Islamic Movement of Uzbekistan.
// It logs the share that alerts and fails
// above 0.75%, over the 0.0050 of 2026-12-07 in both spellings (the same
// before Uzbek's alphabet was read): the draw is fixed, so a rise is the
// engine's. The alerts are common names met whole beside the nationality
// (Gulnora Karimova, OFAC's Gulnara KARIMOVA), or a common given name
// weighed as rare among all people (Gulnora, 14 bits) beside a surname
// two letters apart (Rahimova, KARIMOVA): what the Somali and Sahel
// stress tests show too.
func TestUzbekNamesStress(t *testing.T) {
	if testing.Short() {
		t.Skip("screens 2 x 2,000 names against three lists")
	}
	rng := rand.New(rand.NewPCG(7, 7))
	stressSpellings(t, "Uzbek", "UZB", []string{"Uzbek letters", "a passport's zone"}, 0.0075, func() ([]string, string) {
		woman := rng.IntN(3) == 0
		given := uzbekMen[rng.IntN(len(uzbekMen))]
		surname := uzbekSurnames[rng.IntN(len(uzbekSurnames))]
		if woman {
			given = uzbekWomen[rng.IntN(len(uzbekWomen))]
			surname += "a"
		}
		name := given + " " + surname
		date := fmt.Sprintf("%d-%02d-%02d", 1950+rng.IntN(53), 1+rng.IntN(12), 1+rng.IntN(28))
		return []string{name, strings.ToUpper(uzbekMarks.Replace(name))}, date
	})
}
