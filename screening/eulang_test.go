package screening

import (
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The EU's list gives each person's name in the languages of the Union:
// Vladimir Vladimirovich PUTIN is also Vlagyimir Vlagyimirovics Putyin
// (Hungarian), Vladimirs Putins (Latvian), Vladimiras Putinas
// (Lithuanian), Vladimir Vladimirovitsj Poetin (Dutch), Vladimir
// Vladimirovič Putin (Czech) and Vladimir Vladimirovici Putin (Romanian). euQueries
// writes names in Cyrillic so, by each language's rules for Russian names,
// letter by letter with the rules that depend on the letters around.

// euLanguage is one language's transliteration of Cyrillic.
type euLanguage struct {
	letters map[rune]string
	// soft writes д, т, н and л before е, и, ь, ё, ю and я (Hungarian gy,
	// ty, ny, ly), and the vowel after them without its j; nil for none.
	soft map[rune]string
	// iotated writes е, ё, ю, я at the start or after a vowel, ь or ъ.
	iotated map[rune]string
	// ending returns a man's word with the language's nominative
	// ending, from its Cyrillic ending; nil for none.
	ending func(cyr, latin string) string
	// before writes a letter that the next one changes (Romanian г and
	// к before е and и, gh and ch); "" for the letters table's.
	before func(r, next rune) string
}

var (
	hungarian = euLanguage{
		letters: cyrillicTable(map[rune]string{'ж': "zs", 'с': "sz", 'х': "h", 'ч': "cs", 'ш': "s", 'щ': "scs", 'ы': "i"}),
		soft:    map[rune]string{'д': "gy", 'т': "ty", 'н': "ny"},
		iotated: map[rune]string{'е': "je", 'ё': "jo", 'ю': "ju", 'я': "ja"},
	}
	latvian = euLanguage{
		letters: cyrillicTable(map[rune]string{'х': "h", 'ы': "i"}),
		iotated: map[rune]string{'е': "je", 'ё': "jo", 'ю': "ju", 'я': "ja"},
		ending: func(cyr, latin string) string {
			switch {
			case strings.HasSuffix(cyr, "ский"):
				return strings.TrimSuffix(latin, "ij") + "is" // -skis
			case strings.HasSuffix(cyr, "й") || strings.HasSuffix(cyr, "ь") || !euVowel(lastRune(cyr)):
				return latin + "s" // Putins, Dmitrijs, Igors
			}
			return latin
		},
	}
	lithuanian = euLanguage{
		letters: cyrillicTable(nil),
		iotated: map[rune]string{'е': "je", 'ё': "jo", 'ю': "ju", 'я': "ja"},
		ending: func(cyr, latin string) string {
			switch {
			case strings.HasSuffix(cyr, "ский"):
				return strings.TrimSuffix(latin, "ij") + "is" // -skis
			case strings.HasSuffix(cyr, "ич"):
				return latin + "ius" // Abramovičius
			case strings.HasSuffix(cyr, "й"):
				return latin + "us" // Dmitrijus, Sergejus
			case strings.HasSuffix(cyr, "ь"):
				return latin + "is" // Igoris
			case !euVowel(lastRune(cyr)):
				return latin + "as" // Putinas, Lavrovas
			}
			return latin
		},
	}
	czech = euLanguage{
		letters: cyrillicTable(nil),
		iotated: map[rune]string{'е': "je", 'ё': "jo", 'ю': "ju", 'я': "ja"},
	}
	romanian = euLanguage{
		letters: cyrillicTable(map[rune]string{'ё': "io", 'є': "ie", 'ж': "j", 'ї': "ii", 'й': "i", 'к': "c", 'х': "h", 'ц': "ț", 'ч': "ci", 'ш': "ș", 'щ': "șci", 'ы': "î", 'ю': "iu", 'я': "ia"}),
		iotated: map[rune]string{'е': "ie", 'ё': "io", 'ю': "iu", 'я': "ia"},
		before: func(r, next rune) string {
			front := next == 'е' || next == 'и'
			switch {
			case r == 'г' && front:
				return "gh" // Evgheni, Serghei
			case r == 'к' && front:
				return "ch" // Nichita
			case r == 'ч' && front:
				return "c" // Ceciov
			}
			return ""
		},
	}
	dutch = euLanguage{
		letters: cyrillicTable(map[rune]string{'ж': "zj", 'у': "oe", 'ў': "oe", 'ц': "ts", 'ч': "tsj", 'ш': "sj", 'щ': "sjtsj", 'ю': "joe"}),
		iotated: map[rune]string{'е': "je", 'ё': "jo", 'ю': "joe", 'я': "ja"},
		ending: func(cyr, latin string) string {
			if strings.HasSuffix(cyr, "ий") {
				return strings.TrimSuffix(latin, "j") // Dmitri, Jevgeni
			}
			return latin
		},
	}
)

// cyrillicTable returns the transliteration of Cyrillic these languages
// share (Czech's, and Lithuanian's: ж ž, х ch, ц c, ч č, ы y, й j, я ja),
// with own's letters written the language's way.
func cyrillicTable(own map[rune]string) map[rune]string {
	t := map[rune]string{
		'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'ё': "jo", 'є': "je",
		'ж': "ž", 'з': "z", 'и': "i", 'і': "i", 'ї': "ji", 'й': "j", 'к': "k", 'л': "l", 'м': "m",
		'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ў': "u", 'ф': "f",
		'х': "ch", 'ц': "c", 'ч': "č", 'ш': "š", 'щ': "šč", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e",
		'ю': "ju", 'я': "ja",
	}
	maps.Copy(t, own)
	return t
}

func euVowel(r rune) bool {
	return strings.ContainsRune("аеёиоуыэюяіїєў", unicode.ToLower(r))
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.ToLower(r)
}

// euQueries writes each name in Cyrillic as lang does, word by word, in
// the case of the original's first letters. A word of a man's name takes
// the language's nominative ending; a woman's (-а, -я) keeps it.
func euQueries(qs []scriptQuery, lang euLanguage) []scriptQuery {
	out := make([]scriptQuery, 0, len(qs))
	for _, q := range qs {
		words := strings.Fields(q.name)
		for w, word := range words {
			words[w] = euWord(word, lang)
		}
		out = append(out, scriptQuery{id: q.id, name: strings.Join(words, " ")})
	}
	return out
}

func euWord(word string, lang euLanguage) string {
	rs := []rune(word)
	var b strings.Builder
	cyr := false
	for i, r := range rs {
		lr := unicode.ToLower(r)
		v, ok := lang.letters[lr]
		if !ok {
			b.WriteRune(r)
			continue
		}
		cyr = true
		var prev, next rune
		if i > 0 {
			prev = unicode.ToLower(rs[i-1])
		}
		if i+1 < len(rs) {
			next = unicode.ToLower(rs[i+1])
		}
		softNext := strings.ContainsRune("еиьёюя", next)
		var b4 string
		if lang.before != nil {
			b4 = lang.before(lr, next)
		}
		switch {
		case b4 != "":
			v = b4
		case lang.soft[lr] != "" && softNext:
			v = lang.soft[lr]
		case lang.soft[prev] != "" && strings.ContainsRune("ёюя", lr):
			v = map[rune]string{'ё': "o", 'ю': "u", 'я': "a"}[lr]
		case lang.iotated[lr] != "" && (!unicode.IsLetter(prev) || euVowel(prev) || prev == 'ь' || prev == 'ъ'):
			v = lang.iotated[lr]
		case lr == 'ё' && strings.ContainsRune("жчшщ", prev):
			v = "o"
		}
		b.WriteString(inCaseOf(v, rs, i))
	}
	latin := b.String()
	if !cyr || lang.ending == nil {
		return latin
	}
	upper := strings.ToUpper(latin) == latin && len(rs) > 1
	low := lang.ending(strings.ToLower(word), strings.ToLower(latin))
	if strings.HasPrefix(low, strings.ToLower(latin)) {
		tail := low[len(strings.ToLower(latin)):]
		if upper {
			tail = strings.ToUpper(tail)
		}
		return latin + tail
	}
	// The ending replaced letters (-ский: -skis).
	cut := len(strings.ToLower(latin)) - 2
	tail := low[cut:]
	if upper {
		tail = strings.ToUpper(tail)
	}
	return latin[:cut] + tail
}
