// Package names normalizes personal and organization names for matching:
// Unicode normalization and case folding, script detection, transliteration of
// non-Latin scripts into one or more Latin forms, ICAO Doc 9303 forms, Arabic
// name structure, spelling families, phonetic keys and token rarity.
//
// It is pure: no I/O beyond tables embedded at build time.
package names

//go:generate go run ./internal/gentables -data ../../shared/data/names -translit ../../shared/data/documents/translit -out .
