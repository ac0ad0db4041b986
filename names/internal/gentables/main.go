// Command gentables builds the tables that package names embeds for
// Romanize and PopulationFrequency, from the real parallel name data in
// shared/data/names and the transliteration tables in
// shared/data/documents/translit.
//
// Run it through go generate in package names:
//
//	go run ./internal/gentables -data ../../shared/data/names -translit ../../shared/data/documents/translit -out .
//
// It writes two gzipped TSV files, romanize_tables.tsv.gz and
// frequency.tsv.gz. Output is deterministic: every table is sorted and the
// gzip header carries no name or time. It learns only from training data:
// google_transliteration/ar2en-eval.txt is never read, so it can measure the
// result.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
)

func main() {
	data := flag.String("data", "../../shared/data/names", "folder of the name datasets")
	translit := flag.String("translit", "../../shared/data/documents/translit", "folder of the transliteration tables")
	out := flag.String("out", ".", "output folder")
	holdout := flag.String("holdout", "", "for tuning: leave every 20th training pair of the Google train split out and write it to this file")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gentables: ")
	if err := run(*data, *translit, *out, *holdout); err != nil {
		log.Fatal(err)
	}
}

func run(data, translit, out string, holdout string) error {
	var rom bytes.Buffer

	icao, err := readICAO(filepath.Join(translit, "icao9303_latin_transliteration.tsv"))
	if err != nil {
		return err
	}
	writeSection(&rom, "icao", icao)

	pairs, err := readArabicPairs(data, holdout)
	if err != nil {
		return err
	}
	model := trainArabic(pairs)
	writeSection(&rom, "arwords", model.wordLines())
	writeSection(&rom, "arctx", model.ctxLines())
	writeSection(&rom, "latlm", model.lmLines())

	pop, err := readPopularNames(data)
	if err != nil {
		return err
	}
	writeSection(&rom, "local", pop.localLines())

	freq, err := buildFrequency(data, pop, model)
	if err != nil {
		return err
	}

	if err := writeGzip(filepath.Join(out, "romanize_tables.tsv.gz"), rom.Bytes()); err != nil {
		return err
	}
	var fb bytes.Buffer
	for _, l := range freq {
		fb.WriteString(l)
		fb.WriteByte('\n')
	}
	return writeGzip(filepath.Join(out, "frequency.tsv.gz"), fb.Bytes())
}

// writeSection writes "#name" and then the (already sorted) lines.
func writeSection(b *bytes.Buffer, name string, lines []string) {
	fmt.Fprintf(b, "#%s\n", name)
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
}

func writeGzip(path string, data []byte) error {
	var b bytes.Buffer
	zw, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return err
	}
	log.Printf("%s: %d bytes (%d uncompressed)", path, b.Len(), len(data))
	return nil
}
