package screening

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/index"
	"github.com/akascreen/aka/names"
)

// scriptQuery is a person's name in another script than Latin, and the
// entity it must find.
type scriptQuery struct {
	id, name string
	country  string // the document's issuing country, if the query has one
}

// latinOnly copies entities keeping only their names in Latin letters, so
// that a name in another script can only be found through the romanizer.
func latinOnly(ents []*aka.Entity) ([]*aka.Entity, map[string]*aka.Entity) {
	out := make([]*aka.Entity, 0, len(ents))
	byID := make(map[string]*aka.Entity, len(ents))
	for _, e := range ents {
		c := *e
		c.Names = nil
		for _, n := range e.Names {
			if sc := names.Script(n.Full); sc == "Latin" || sc == "" {
				c.Names = append(c.Names, n)
			}
		}
		out = append(out, &c)
		byID[c.ID] = &c
	}
	return out, byID
}

// TestCrossScriptRecall measures transliteration on real names, which the
// evaluation sets hardly hold: each person with a name in Arabic script (or
// Cyrillic, Han, Georgian, Hebrew, Hangul, Greek, Ethiopic) is looked for by that name, in a copy of a list from which every
// name in another script than Latin is removed, so only the romanizer can
// find them. The names come from the UN list itself; from the UK's list,
// written by another hand, for people with a UN reference; and from the
// UK's list against its own Latin names (its Russian names are Cyrillic,
// a few Chinese ones Han).
// Each is screened by its name alone, then with the listed birth date.
func TestCrossScriptRecall(t *testing.T) {
	un := sharedLists(t, "un/un_consolidated_2026-01-28.xml")
	uk := sharedLists(t, "uk/ofsi_ConList_2025-04-14.xlsx")
	au := sharedLists(t, "au/dfat_consolidated_2024-12.xlsx")
	unLatin, unByID := latinOnly(un)
	auLatin, auByID := latinOnly(au)
	ukLatin, ukByID := latinOnly(uk)
	queries := func(ents []*aka.Entity, script string, target func(*aka.Entity) []string) []scriptQuery {
		var qs []scriptQuery
		for _, e := range ents {
			if e.Type != aka.Person {
				continue
			}
			for _, id := range target(e) {
				for _, n := range e.Names {
					if names.Script(n.Full) == script {
						qs = append(qs, scriptQuery{id: id, name: n.Full})
					}
				}
			}
		}
		return qs
	}
	self := func(e *aka.Entity) []string { return []string{e.ID} }
	unRef := func(e *aka.Entity) []string {
		var ids []string
		for _, ref := range e.CrossRefs {
			if unByID[ref] != nil {
				ids = append(ids, ref)
			}
		}
		return ids
	}
	unScreener, ukScreener, auScreener := New(index.Build(unLatin)), New(index.Build(ukLatin)), New(index.Build(auLatin))
	ofac := sharedLists(t, "ofac/sdn_2024-05-03.csv")
	ofacByID := map[string]*aka.Entity{}
	for _, e := range ofac {
		ofacByID[e.ID] = e
	}
	ofacScreener := New(index.Build(ofac))

	ctx := context.Background()
	measure := func(set string, s *Screener, byID map[string]*aka.Entity, qs []scriptQuery, withDate bool) float64 {
		var found, top int
		for _, q := range qs {
			subj := aka.Subject{Name: q.name, DocumentCountry: q.country}
			if e := byID[q.id]; withDate && len(e.BirthDates) > 0 {
				subj.BirthDate = e.BirthDates[0].String()
			}
			res, err := s.Rank(ctx, subj, 10)
			if err != nil {
				t.Fatal(err)
			}
			hit, first := foundAt(res, q.id, s.Threshold)
			if hit {
				found++
			}
			if first {
				top++
			} else if hit && testing.Verbose() && len(res.Matches) > 0 {
				t.Logf("not first %s %q (%s): %.3f %s %s", q.id, q.name, byID[q.id].PrimaryName(), res.Matches[0].Score, res.Matches[0].EntityID, tokensOf(res.Matches[0]))
			}
			if !hit && testing.Verbose() {
				var got string
				for _, m := range res.Matches {
					if m.EntityID == q.id {
						got = fmt.Sprintf("%.3f %s", m.Score, tokensOf(m))
					}
				}
				t.Logf("missed %s %q (%s): %s", q.id, q.name, byID[q.id].PrimaryName(), got)
			}
		}
		recall := float64(found) / float64(len(qs))
		t.Logf("%s, birth date %v: %d names, recall %.3f, recall at 1 %.3f", set, withDate, len(qs), recall, float64(top)/float64(len(qs)))
		return recall
	}
	// Floors a little under the figures measured on 2026-12-05 (in
	// docs/threshold.md), so that a change that loses transliteration
	// fails here.
	for _, c := range []struct {
		set        string
		s          *Screener
		byID       map[string]*aka.Entity
		qs         []scriptQuery
		min, minDB float64
	}{
		{"UN Arabic names in the UN list", unScreener, unByID, queries(un, "Arabic", self), 0.95, 0.97},
		{"UK Arabic names in the UN list", unScreener, unByID, queries(uk, "Arabic", unRef), 0.94, 0.97},
		{"UK Arabic names in the UK list", ukScreener, ukByID, queries(uk, "Arabic", self), 0.935, 0.96},
		{"UK Cyrillic names in the UK list", ukScreener, ukByID, queries(uk, "Cyrillic", self), 0.985, 0.99},
		// Only six: 赵光宗 (ZHAO Guangzong) and three more are found;
		// 金铁三 is KIM CHOL SAM read in Korean, 阿不都·哈克 Abdul Haq.
		{"UK Han names in the UK list", ukScreener, ukByID, queries(uk, "Han", self), 0.66, 0.66},
		// 26 names: Georgian 12 (all found), Hebrew 5 (all: אילי is Ely
		// since the eighth session), Hangul 5 (2: a Korean name alone is
		// common, 김영복 against KIM YONG BOK scores 0.29, as KIM YONG BOK
		// does in Latin letters since the ninth session), Greek 2, Ethiopic 2
		// (Tigrinya, ኤርሚኣስ ግርማይ).
		{"UK Georgian, Hebrew, Hangul, Greek and Ethiopic names in the UK list", ukScreener, ukByID,
			slices.Concat(queries(uk, "Georgian", self), queries(uk, "Hebrew", self),
				queries(uk, "Hangul", self), queries(uk, "Greek", self), queries(uk, "Ethiopic", self)),
			0.85, 0.85},
		// The same names as a Russian passport writes them (ICAO 9303:
		// Евгений EVGENII, Юлия IULIIA), against the lists' English
		// spellings (Yevgeny, Yulia): what a border agency screens.
		{"UK Cyrillic names in ICAO 9303 Latin in the UK list", ukScreener, ukByID, icaoQueries(queries(uk, "Cyrillic", self), ""), 0.98, 0.985},
		// ... and with the passport's country, Russia, which says that
		// kh and g may stand for h (ABU KHANIFA, Abu Hanifa; OLEG, Oleh).
		{"UK Cyrillic names in ICAO 9303 Latin, on a Russian passport, in the UK list", ukScreener, ukByID, icaoQueries(queries(uk, "Cyrillic", self), "RUS"), 0.98, 0.985},
		// ... and as German, French and Polish write them (Duden:
		// Евгений Jewgeni, Пригожин Prigoschin; French: Evgueni,
		// Prigojine; Polish: Jewgienij Prigożyn), as the press, the
		// registers and the lists of those countries do.
		// German: 0.970 and 0.986 before a name with a German patronymic
		// was read the German way in every word (sixth session of
		// 2026-12-06: JAAKUBEZ is YAKUBETS).
		{"UK Cyrillic names in German Latin in the UK list", ukScreener, ukByID, westernQueries(queries(uk, "Cyrillic", self), german), 0.975, 0.985},
		{"UK Cyrillic names in French Latin in the UK list", ukScreener, ukByID, westernQueries(queries(uk, "Cyrillic", self), french), 0.975, 0.985},
		// Polish: 0.974 and 0.987 before a name with a Polish patronymic
		// was read the Polish way in every word (JACENKO is YATSENKO).
		{"UK Cyrillic names in Polish Latin in the UK list", ukScreener, ukByID, westernQueries(queries(uk, "Cyrillic", self), polish), 0.975, 0.985},
		// ... and as the EU's list writes them in Hungarian, Latvian,
		// Lithuanian, Dutch, Czech and Romanian (Vlagyimir Putyin,
		// Vladimirs Putins, Vladimiras Putinas, Vladimir Poetin, Michail
		// Chodorkovskij, Alecsandr Vladimirovici; eulang_test.go). Before
		// those spellings were read (fifth session of 2026-12-06), by
		// the name alone: 0.656, 0.619, 0.274, 0.555, 0.950, 0.784.
		{"UK Cyrillic names in Hungarian Latin in the UK list", ukScreener, ukByID, euQueries(queries(uk, "Cyrillic", self), hungarian), 0.96, 0.975},
		// Latvian and Lithuanian: 0.965, 0.981 and 0.950, 0.965 before
		// their j was read y (fourth session of 2026-12-07: JUROVS is
		// YUROV to the index too).
		{"UK Cyrillic names in Latvian Latin in the UK list", ukScreener, ukByID, euQueries(queries(uk, "Cyrillic", self), latvian), 0.968, 0.98},
		{"UK Cyrillic names in Lithuanian Latin in the UK list", ukScreener, ukByID, euQueries(queries(uk, "Cyrillic", self), lithuanian), 0.953, 0.965},
		// Dutch: 0.971 and 0.983 before oe beside a Slavic ending marked
		// Dutch spelling (fourth session of 2026-12-07: BOEGOEK, Buguk).
		{"UK Cyrillic names in Dutch Latin in the UK list", ukScreener, ukByID, euQueries(queries(uk, "Cyrillic", self), dutch), 0.976, 0.984},
		{"UK Cyrillic names in Czech Latin in the UK list", ukScreener, ukByID, euQueries(queries(uk, "Cyrillic", self), czech), 0.97, 0.985},
		{"UK Cyrillic names in Romanian Latin in the UK list", ukScreener, ukByID, euQueries(queries(uk, "Cyrillic", self), romanian), 0.955, 0.975},
		// OFAC's Chinese names in pinyin as Taiwan's passports write
		// names, in Wade-Giles (ZHAO Guangzong: CHAO Kuang-tsung;
		// wadegiles_test.go): 0 and 0.146 before Wade-Giles was read
		// (sixth session of 2026-12-06); the pinyin names themselves give
		// 0.844 and 1.
		{"OFAC Chinese names in Wade-Giles in the OFAC list", ofacScreener, ofacByID, wadeGilesQueries(ofac, "cn"), 0.75, 0.98},
		{"AU names in other scripts than Latin in the AU list", auScreener, auByID,
			slices.Concat(queries(au, "Arabic", self), queries(au, "Cyrillic", self),
				queries(au, "Han", self), queries(au, "Ethiopic", self)),
			0.93, 0.96},
	} {
		if len(c.qs) < 5 {
			t.Fatalf("%s: only %d names", c.set, len(c.qs))
		}
		if r := measure(c.set, c.s, c.byID, c.qs, false); r < c.min {
			t.Errorf("%s, name alone: recall %.3f, want >= %.3f", c.set, r, c.min)
		}
		if r := measure(c.set, c.s, c.byID, c.qs, true); r < c.minDB {
			t.Errorf("%s, with birth date: recall %.3f, want >= %.3f", c.set, r, c.minDB)
		}
	}
}

// icao9303 is the transliteration of Cyrillic of ICAO Doc 9303 (Part 3),
// which Russian passports use since 2013; ь is not written.
var icao9303 = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'ё': "e", 'є': "ie",
	'ж': "zh", 'з': "z", 'и': "i", 'і': "i", 'ї': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ў': "u", 'ф': "f",
	'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "ie", 'ы': "y", 'ь': "",
	'э': "e", 'ю': "iu", 'я': "ia",
}

// icaoQueries writes each name in Cyrillic as ICAO 9303 does, in capitals
// as in a machine-readable zone; other characters are kept. country is
// the issuing country the queries carry ("" for none).
func icaoQueries(qs []scriptQuery, country string) []scriptQuery {
	out := make([]scriptQuery, 0, len(qs))
	for _, q := range qs {
		var b strings.Builder
		for _, r := range strings.ToLower(q.name) {
			if v, ok := icao9303[r]; ok {
				b.WriteString(strings.ToUpper(v))
			} else {
				b.WriteRune(unicode.ToUpper(r))
			}
		}
		out = append(out, scriptQuery{id: q.id, name: b.String(), country: country})
	}
	return out
}

// german, french and polish are the transliterations of Cyrillic German,
// French and Polish write (Duden's; the French usage of the press and of
// Wikipedia; Polish's, PWN), letter by letter. westernQueries adds what
// depends on the letters around: е, ё, ю and я after a vowel or at the
// start, -ий at the end, с between vowels, French г before е and и, French
// -ин at the end, Polish л before a soft vowel.
var (
	german = map[rune]string{
		'а': "a", 'б': "b", 'в': "w", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'ё': "jo", 'є': "je",
		'ж': "sch", 'з': "s", 'и': "i", 'і': "i", 'ї': "ji", 'й': "i", 'к': "k", 'л': "l", 'м': "m",
		'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ў': "w", 'ф': "f",
		'х': "ch", 'ц': "z", 'ч': "tsch", 'ш': "sch", 'щ': "schtsch", 'ъ': "", 'ы': "y", 'ь': "",
		'э': "e", 'ю': "ju", 'я': "ja",
	}
	polish = map[rune]string{
		'а': "a", 'б': "b", 'в': "w", 'г': "g", 'ґ': "g", 'д': "d", 'е': "ie", 'ё': "io", 'є': "je",
		'ж': "ż", 'з': "z", 'и': "i", 'і': "i", 'ї': "ji", 'й': "j", 'к': "k", 'л': "ł", 'м': "m",
		'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ў': "ł", 'ф': "f",
		'х': "ch", 'ц': "c", 'ч': "cz", 'ш': "sz", 'щ': "szcz", 'ъ': "", 'ы': "y", 'ь': "",
		'э': "e", 'ю': "iu", 'я': "ia",
	}
	french = map[rune]string{
		'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'ё': "io", 'є': "ie",
		'ж': "j", 'з': "z", 'и': "i", 'і': "i", 'ї': "ï", 'й': "ï", 'к': "k", 'л': "l", 'м': "m",
		'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "ou", 'ў': "ou", 'ф': "f",
		'х': "kh", 'ц': "ts", 'ч': "tch", 'ш': "ch", 'щ': "chtch", 'ъ': "", 'ы': "y", 'ь': "",
		'э': "e", 'ю': "iou", 'я': "ia",
	}
)

// westernQueries writes each name in Cyrillic in the German, French or
// Polish Latin (german, french, polish), in the case of the original's
// first letters.
func westernQueries(qs []scriptQuery, table map[rune]string) []scriptQuery {
	fr := table['ж'] == "j"
	pl := table['ж'] == "ż"
	vowel := func(r rune) bool {
		return strings.ContainsRune("аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ", r)
	}
	out := make([]scriptQuery, 0, len(qs))
	for _, q := range qs {
		rs := []rune(q.name)
		var b strings.Builder
		for i, r := range rs {
			lr := unicode.ToLower(r)
			v, ok := table[lr]
			if !ok {
				b.WriteRune(r)
				continue
			}
			var prev, next rune
			if i > 0 {
				prev = unicode.ToLower(rs[i-1])
			}
			if i+1 < len(rs) {
				next = unicode.ToLower(rs[i+1])
			}
			start := !unicode.IsLetter(prev)
			end := !unicode.IsLetter(next)
			soft := strings.ContainsRune("еиёюяьі", next)
			switch {
			case pl && lr == 'л' && soft:
				v = "l"
			case pl && strings.ContainsRune("еяюё", lr) && (start || vowel(prev) || prev == 'ь' || prev == 'ъ'):
				v = map[rune]string{'е': "je", 'я': "ja", 'ю': "ju", 'ё': "jo"}[lr]
			case pl && strings.ContainsRune("еяюё", lr) && strings.ContainsRune("лжшчщц", prev):
				v = map[rune]string{'е': "e", 'я': "a", 'ю': "u", 'ё': "o"}[lr]
			case pl && lr == 'и' && strings.ContainsRune("жшц", prev):
				v = "y"
			case pl:
			case lr == 'е' && (start || vowel(prev) || prev == 'ь' || prev == 'ъ'):
				v = "je"
				if fr && start {
					v = "e" // Evgueni, Elena
				} else if fr {
					v = "ie"
				}
			case lr == 'и' && next == 'й' && i+2 >= len(rs) || lr == 'и' && next == 'й' && !unicode.IsLetter(rs[i+2]):
				v = "i"
			case lr == 'й' && prev == 'и' && end:
				v = ""
			case lr == 'й' && !fr && vowel(next):
				v = "j"
			case lr == 'й' && fr && !vowel(prev):
				v = "i"
			case lr == 'с' && vowel(prev) && vowel(next):
				v = "ss"
			case fr && lr == 'г' && strings.ContainsRune("еиыэ", next):
				v = "gu"
			case fr && lr == 'н' && end && (prev == 'и' || prev == 'ы'):
				v = "ne"
			case fr && lr == 'и' && vowel(prev):
				v = "ï"
			case lr == 'ё' && strings.ContainsRune("жчшщ", prev):
				v = "o"
			}
			b.WriteString(inCaseOf(v, rs, i))
		}
		out = append(out, scriptQuery{id: q.id, name: b.String()})
	}
	return out
}

// inCaseOf returns v, the transliteration of the letter rs[i], in that
// letter's case: all capitals in a word in capitals (ПРИГОЖИН, PRIGOZHIN),
// the first letter a capital otherwise (Щ, Shch).
func inCaseOf(v string, rs []rune, i int) string {
	if !unicode.IsUpper(rs[i]) || v == "" {
		return v
	}
	if i+1 < len(rs) && unicode.IsUpper(rs[i+1]) || i > 0 && unicode.IsUpper(rs[i-1]) {
		return strings.ToUpper(v)
	}
	first, size := utf8.DecodeRuneInString(v)
	return string(unicode.ToUpper(first)) + v[size:]
}

// foundAt reports whether the entity id is among res's matches at or above
// threshold, and whether it is the first.
func foundAt(res Result, id string, threshold float64) (hit, first bool) {
	for k, m := range res.Matches {
		if m.EntityID == id && m.Score >= threshold {
			return true, k == 0
		}
	}
	return false, false
}

func tokensOf(m aka.Match) string {
	s := m.Explanation.Name.Listed + ":"
	for _, t := range m.Explanation.Name.Tokens {
		s += fmt.Sprintf(" [%s~%s %.2f %.1f %s]", t.Query, t.Listed, t.Similarity, t.Bits, t.How)
	}
	return s
}
