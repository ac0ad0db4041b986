package httpapi

import (
	"fmt"
	"html/template"
	"math"
	"strings"
	"time"
	"unicode"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/countries"
)

// uiFuncs are the functions the UI's templates call: formatting only.
var uiFuncs = template.FuncMap{
	"pct":     func(f float64) int { return int(math.Round(math.Max(0, math.Min(1, f)) * 100)) },
	"score":   func(f float64) string { return fmt.Sprintf("%.3f", f) },
	"bits":    func(f float64) string { return fmt.Sprintf("%+.1f", f) },
	"sim":     simClass,
	"bitsCls": bitsClass,
	"dir":     textDir,
	"country": countryName,
	"when":    func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") },
	"join":    strings.Join,
	"size":    byteSize,
	"place":   placeCountry,
	"label":   label,
	"decisionRole": func(d string) string {
		switch aka.DecisionKind(d) {
		case aka.DecideReopen:
			return "reopen-alert"
		case aka.DecideClose:
			return "close-alert"
		}
		return "decide-alert"
	},
}

// simClass colors a token pair by its similarity: the same, close, far, or
// a token one side lacks.
func simClass(t aka.TokenEvidence) string {
	switch {
	case t.Query == "" || t.Listed == "":
		return "sim-none"
	case t.Similarity >= 0.95:
		return "sim-hi"
	case t.Similarity >= 0.75:
		return "sim-mid"
	}
	return "sim-lo"
}

// bitsClass colors evidence by its sign.
func bitsClass(b float64) string {
	switch {
	case b > 0.05:
		return "pos"
	case b < -0.05:
		return "neg"
	}
	return "zero"
}

// textDir returns "rtl" for text whose first letter is of a right-to-left
// script (Arabic, Hebrew, Syriac, Thaana, N'Ko) and "auto" otherwise, for a
// dir attribute: names in Arabic script read right to left.
func textDir(s string) string {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko) {
			return "rtl"
		}
		return "auto"
	}
	return "auto"
}

// countryName shows an ISO code with its English name: "Iraq (iq)".
func countryName(code string) string {
	if n := countries.Name(code); n != "" {
		return n + " (" + strings.ToUpper(code) + ")"
	}
	return code
}

// label turns an identifier of the API ("false_positive", "birth_date")
// into words ("false positive", "birth date").
func label(s any) string {
	return strings.ReplaceAll(fmt.Sprint(s), "_", " ")
}

// byteSize writes a size in bytes for people: "4 MiB", "512 KiB".
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// placeCountry returns " (Country (CC))" to follow a place's text, or ""
// when the text names the country already.
func placeCountry(text, code string) string {
	if code == "" {
		return ""
	}
	if n := countries.Name(code); n != "" && strings.Contains(strings.ToLower(text), strings.ToLower(n)) {
		return ""
	}
	return " (" + countryName(code) + ")"
}
