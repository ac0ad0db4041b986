package names

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// divineNames are names of God that follow عبد ("servant of") in Arabic
// names, with their article (عبد القادر, عبد الرحمن), and that no name
// starts with. Those that are also given names with the article, as the
// Maghreb writes them (الهادي Hedi, الناصر Naceur, الرشيد), are left out.
var divineNames = map[string]bool{
	"الله": true, "الرحمن": true, "الرحيم": true, "الرحیم": true, "القادر": true, "الكريم": true,
	"العزيز": true, "الحميد": true, "المجيد": true, "الباري": true, "الواحد": true, "الغفار": true,
	"الرزاق": true, "الوهاب": true, "اللطيف": true, "الحليم": true, "الجبار": true, "المنعم": true,
	"الستار": true, "الودود": true, "الرؤوف": true, "الباسط": true, "الصمد": true, "الغني": true,
	"البصير": true, "البصیر": true, "السميع": true, "العليم": true, "الحكيم": true, "المعطي": true,
	"الخالق": true, "القدوس": true, "المهيمن": true, "الفتاح": true, "الجليل": true, "الشكور": true,
	"العظيم": true, "الكبير": true, "الحفيظ": true, "المنان": true, "العالي": true, "القدير": true,
}

// visualOrder returns the words of a name in Arabic script in reading
// order when they were stored in display order, last word first, as
// systems that do not know right-to-left text store and copy them (the UK
// list gives "القادر عبد الشيخ أحمد" for أحمد الشيخ عبد القادر, Ahmad
// Sheikh ABDUL-QADER). Most words compare the same in any order; what the
// reversal breaks are the two-word names, which are then read from their
// wrong end. It is known by those names, in the only order they cannot
// come in:
//
//   - a name of God first, then عبد (القادر عبد الشيخ): عبد comes before
//     the name of God it is the servant of, and no name starts with one;
//   - a word with the article, then الدين, then one without (السيد الدين
//     خير): in خير الدين, the first word never takes the article. الله is
//     left alone: Pashto names also start with it (الله نور, Allah Noor);
//   - عبد, أبو, ابن or بن last: each needs the word that follows it.
//
// Otherwise, and for words not all in Arabic script, words are returned
// as they are.
func visualOrder(words []string) []string {
	if len(words) < 2 {
		return words
	}
	for _, w := range words {
		if Script(w) != "Arabic" {
			return words
		}
	}
	reversed := false
	switch words[len(words)-1] {
	case "عبد", "أبو", "ابو", "ابن", "بن":
		reversed = true
	}
	for i := 1; i < len(words) && !reversed; i++ {
		prev, w := words[i-1], words[i]
		var next string
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch {
		case i == 1 && w == "عبد" && divineNames[prev]:
			reversed = true
		case w == "الدين" && strings.HasPrefix(prev, "ال") && next != "" && !strings.HasPrefix(next, "ال"):
			reversed = true
		}
	}
	if !reversed {
		return words
	}
	out := make([]string, len(words))
	for i, w := range words {
		out[len(words)-1-i] = w
	}
	return out
}

// persianSuffixes are the Persian surname endings "son of" (پور, pour)
// and "born of" (زاده, zadeh), which Persian writes joined to the name
// before them, or after a zero-width non-joiner: جعفرپور, Jafarpour;
// رضازاده, Rezazadeh. Typed without the non-joiner they come after a space.
var persianSuffixes = map[string]bool{"پور": true, "زاده": true, "زادہ": true}

// joinPersianSuffixes joins a Persian surname ending written apart to the
// word in Arabic script before it: in "محمد جعفر پور", جعفر پور is the
// surname Jafarpour, not the given name Jafar and another word. After the
// first word it is left apart: the first word is a given name, and what
// follows it the surname, which can be Zadeh alone (لطفی زاده, Lotfi Zadeh).
func joinPersianSuffixes(words []string) []string {
	for i := 2; i < len(words); i++ {
		if persianSuffixes[words[i]] && Script(words[i-1]) == "Arabic" && !persianSuffixes[words[i-1]] {
			words[i-1] += words[i]
			words = append(words[:i], words[i+1:]...)
			i--
		}
	}
	return words
}

// gluedPrefixes are the words that begin an Arabic compound name with the
// word after them: عبد (Abd, "servant of") and ابو, أبو (Abu, "father of").
var gluedPrefixes = [...]string{"عبد", "ابو", "أبو"}

// splitGluedPrefixes parts an Arabic-script word that ends in a compound's
// first word (gluedPrefixes) from it, when another word follows: "نظر
// محمدعبد البصیر" is Nazir Mohammad Abd al-Basir. A letter that does not
// join the next (ا د ذ ر ز ژ و ة) looks the same with or without the space
// after it, so typists leave it out, and the compound (عبد البصیر) could
// not form.
func splitGluedPrefixes(words []string) []string {
	for i := 0; i+1 < len(words); i++ {
		w := words[i]
		for _, p := range gluedPrefixes {
			head, ok := strings.CutSuffix(w, p)
			if !ok || utf8.RuneCountInString(head) < 2 || Script(w) != "Arabic" {
				continue
			}
			if last, _ := utf8.DecodeLastRuneInString(head); !strings.ContainsRune("ادذرزژوةأإآ", last) {
				continue
			}
			words = slices.Insert(words, i+1, p)
			words[i] = head
			i++
			break
		}
	}
	return words
}
