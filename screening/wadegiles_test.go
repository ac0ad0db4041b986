package screening

import (
	"strings"
	"unicode"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/names"
)

// wadeGilesQueries writes the strong names of the persons of nationality
// nat (ISO, lower case) that are Chinese names in pinyin (every word one
// to three pinyin syllables, the name read as Chinese: names.Token's
// Syllables) as Taiwan's passports write names in Wade-Giles: each word's
// syllables joined by hyphens, capitalized (WEI Xuegang: WEI Hsueh-kang).
// Names that Wade-Giles writes as pinyin does (Li Ming) are left out.
func wadeGilesQueries(ents []*aka.Entity, nat string) []scriptQuery {
	var qs []scriptQuery
	for _, e := range ents {
		if e.Type != aka.Person || !hasNationality(e, nat) {
			continue
		}
		for _, n := range e.Names {
			if n.Quality == aka.Weak || names.Script(n.Full) != "Latin" {
				continue
			}
			toks := names.Tokenize(n.Full)
			if len(toks) < 2 {
				continue
			}
			words := make([]string, 0, len(toks))
			changed := true
			for _, tk := range toks {
				syl := names.WadeGiles(tk.Forms[0])
				if tk.Syllables == 0 || syl == nil {
					changed = false
					break
				}
				w := strings.Join(syl, "-")
				if tk.Raw == strings.ToUpper(tk.Raw) {
					w = strings.ToUpper(w)
				} else {
					w = string(unicode.ToUpper(rune(w[0]))) + w[1:]
				}
				words = append(words, w)
			}
			q := strings.Join(words, " ")
			if !changed || strings.EqualFold(strings.ReplaceAll(q, "-", ""), strings.Join(strings.Fields(n.Full), " ")) {
				continue
			}
			qs = append(qs, scriptQuery{id: e.ID, name: q})
		}
	}
	return qs
}

func hasNationality(e *aka.Entity, nat string) bool {
	for _, c := range e.Nationalities {
		if c == nat {
			return true
		}
	}
	for _, c := range e.Citizenships {
		if c == nat {
			return true
		}
	}
	return false
}
