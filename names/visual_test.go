package names

import (
	"slices"
	"strings"
	"testing"
)

func TestVisualOrder(t *testing.T) {
	tests := []struct {
		name, want string
	}{
		// Stored last word first (the UK list's Ahmad Sheikh ABDUL-QADER
		// and Khayr al-Din AL-SAYYED).
		{"القادر عبد الشيخ أحمد", "أحمد الشيخ عبد القادر"},
		{"السيد الدين خير", "خير الدين السيد"},
		{"الرحمن عبد", "عبد الرحمن"},
		{"بكر أبو", "أبو بكر"},
		// In reading order already.
		{"أحمد الشيخ عبد القادر", "أحمد الشيخ عبد القادر"},
		{"الحاج عبد الرحمن", "الحاج عبد الرحمن"},
		{"الهادي عبد الله", "الهادي عبد الله"},   // Hedi, a given name with the article
		{"عبد الله عبد ربه", "عبد الله عبد ربه"}, // Abd Rabbuh
		{"محمد عبد الله عبد الحسين", "محمد عبد الله عبد الحسين"},
		{"حمد الله الله نور", "حمد الله الله نور"}, // Allah Noor starts with Allah
		{"خير الدين السيد", "خير الدين السيد"},
		{"Rahman Abd", "Rahman Abd"}, // Latin words are left as they are
	}
	for _, tt := range tests {
		got := strings.Join(visualOrder(SplitWords(tt.name)), " ")
		if got != tt.want {
			t.Errorf("visualOrder(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	// The compound names read from the right end once the order is
	// restored.
	var raws []string
	for _, tk := range Tokenize("القادر عبد الشيخ أحمد") {
		raws = append(raws, tk.Raw)
	}
	if !slices.Contains(raws, "عبد القادر") {
		t.Errorf("Tokenize of a name in display order gives %q, want عبد القادر as one word", raws)
	}
}

func TestJoinPersianSuffixes(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"محمد جعفر پور", []string{"محمد", "جعفرپور"}},
		{"علی حسین زاده", []string{"علی", "حسینزاده"}},
		{"محمد جعفر‌پور", []string{"محمد", "جعفر\u200cپور"}}, // joined already, by a non-joiner
		// After the first word, the ending is the surname itself.
		{"لطفی زاده", []string{"لطفی", "زاده"}},
		{"Mohammad Jafar Pour", []string{"Mohammad", "Jafar", "Pour"}},
	}
	for _, tt := range tests {
		checkRawTokens(t, tt.name, tt.want)
	}
}

func TestSplitGluedPrefixes(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		// After د the space is invisible: عبد starts the next name.
		{"نظر محمدعبد البصیر", []string{"نظر", "محمد", "عبد البصیر"}},
		{"محمدابو بكر", []string{"محمد", "ابو بكر"}},
		// ی joins the next letter: without a space the word is one.
		{"علیعبد الله", []string{"علیعبد الله"}},
		// Names of their own: معبد (Ma'bad), بابو (Babu).
		{"معبد علي", []string{"معبد", "علي"}},
		{"بابو علي", []string{"بابو", "علي"}},
		// Last, there is no name to start.
		{"علي محمدعبد", []string{"علي", "محمدعبد"}},
	}
	for _, tt := range tests {
		checkRawTokens(t, tt.name, tt.want)
	}
}

// checkRawTokens checks the words, as written, that Tokenize makes of name.
func checkRawTokens(t *testing.T, name string, want []string) {
	t.Helper()
	var got []string
	for _, tk := range Tokenize(name) {
		got = append(got, tk.Raw)
	}
	if !slices.Equal(got, want) {
		t.Errorf("Tokenize(%q) = %q, want %q", name, got, want)
	}
}
