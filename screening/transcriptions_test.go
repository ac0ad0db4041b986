package screening

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/index"
	"github.com/akascreen/aka/lists"
)

// transcriptionScripts are the columns of transcriptions.tsv after the
// English name, and what separates a name's parts in each.
var transcriptionScripts = []struct{ name, sep string }{
	{"Russian", " "}, {"Hebrew", " "}, {"Japanese", "・"}, {"Korean", " "}, {"Chinese", "·"}, {"Greek", " "},
}

// readTranscriptions reads compare/testdata/transcriptions.tsv: an
// English name, then its transcriptions (transcriptionScripts).
func readTranscriptions(t *testing.T) [][]string {
	t.Helper()
	f, err := os.Open("../compare/testdata/transcriptions.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		row := strings.Split(sc.Text(), "\t")
		if len(row) != 1+len(transcriptionScripts) {
			t.Fatalf("transcriptions.tsv:%d: %d fields, want %d", line, len(row), 1+len(transcriptionScripts))
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestForeignTranscriptions measures names of people from Europe, the
// Americas and the Middle East as Russian, Hebrew, Japanese, Korean and
// Chinese write them by ear (Джордж Буш, ג'ורג' בוש, ジョージ・ブッシュ,
// 조지 부시, 乔治·布什 for George Bush): the spellings of those countries'
// lists, press and registers, which follow how a name sounds, not how it
// is written. Each person is added to the embedded UN list under the
// English name and looked for by each transcription, by the name alone.
func TestForeignTranscriptions(t *testing.T) {
	rows := readTranscriptions(t)
	l, err := lists.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ents := l.Entities
	for i, row := range rows {
		ents = append(ents, &aka.Entity{ID: fmt.Sprintf("T.%d", i+1), Type: aka.Person,
			Names: []aka.Name{{Full: row[0], Kind: aka.Primary, Quality: aka.Strong}}})
	}
	s := New(index.Build(ents))
	ctx := context.Background()
	// Floors a little under the figures of the fourth session of
	// 2026-12-06 (docs/threshold.md), with the vowels that keep the
	// false alarms of TestForeignTranscriptionAlarms down, and the other
	// scripts as the fifth left them (kana's fu for h; Hangul words of a
	// foreign name kept whole; Russian names' soft t and d in Chinese,
	// read syllable by syllable; dž). Hebrew's is under 0.943, since
	// the third session of 2026-12-07 read ח h (0.920 before).
	// Before sound keys: 0.805, 0.494, 0.115, 0.023, 0.046; Greek, not
	// measured then, 0.862 at 103774b.
	for col, c := range []struct {
		script string
		min    float64
	}{{"Russian", 0.9}, {"Hebrew", 0.93}, {"Japanese", 0.59}, {"Korean", 0.43}, {"Chinese", 0.47}, {"Greek", 0.88}} {
		found := 0
		for i, row := range rows {
			id := fmt.Sprintf("T.%d", i+1)
			res, err := s.Rank(ctx, aka.Subject{Name: row[col+1]}, 10)
			if err != nil {
				t.Fatal(err)
			}
			if hit, _ := foundAt(res, id, s.Threshold); hit {
				found++
				continue
			}
			if testing.Verbose() {
				got := "not a candidate"
				for _, m := range res.Matches {
					if m.EntityID == id {
						got = fmt.Sprintf("%.3f %s", m.Score, tokensOf(m))
					}
				}
				t.Logf("%s: missed %q (%s): %s", c.script, row[col+1], row[0], got)
			}
		}
		recall := float64(found) / float64(len(rows))
		t.Logf("%s: %d names, recall %.3f", c.script, len(rows), recall)
		if recall < c.min {
			t.Errorf("%s: recall %.3f, want at least %.3f", c.script, recall, c.min)
		}
	}
}

// TestForeignTranscriptionAlarms measures what reading names by ear costs:
// each transcribed given name (transcriptions.tsv) joined with every other
// person's surname, 7,482 names of people who are on no list, screened by
// the name alone against UN + OFAC + UK in each script and in English. An
// English name that alerts meets a listed name as spelled (Viktor
// Lukashenko, Nicolas Maduro), which its transcription may meet too; the
// transcriptions' alerts beyond those are what sound keys add. It fails
// when they rise over ceilings a little above the figures of the tenth
// session of 2026-12-07 (14, 26, 23, 14, 26, 22), when a given name's
// worth among all people came to be bounded by its people's share of the
// world and a second popular name to lose sharedNameBits after that bound
// (15, 28, 26, 15, 29, 22 before). Those of the third session of
// 2026-12-07 were 15, 31, 26, 15, 28, 24, when Hebrew came to read
// ח h and to hear its written vowels (32 before), and every script but Han
// had come to hear voiced and voiceless stops apart (the sound keys' B and
// D). Those of
// the seventh session of 2026-12-06 were 16, 43, 36, 21, 28, 34, when local rarities came
// to pool the people of one language and to bound a word's rarity among
// all people (19, 46, 37, 23, 27, 39 before). The sixth, when given names
// came to weigh what they weigh among their people
// (index.Rarity.LocalBits), had brought them from 21, 53, 42, 35, 36, 44.
// Before the fourth
// (103774b), with no vowels in the keys and no Chinese read by sound: 38,
// 61, 112, 57, 3, and 151 in Greek, then read as Japanese is. With -v,
// each name alerting beyond English is logged with its top match.
func TestForeignTranscriptionAlarms(t *testing.T) {
	if testing.Short() {
		t.Skip("screens 6 x 7,482 names against three lists")
	}
	rows := readTranscriptions(t)
	ents := sharedLists(t, "un/un_consolidated_2025-04-19.xml", "ofac/sdn_2024-05-03.csv", "uk/ofsi_ConList_2025-04-14.xlsx")
	s := New(index.Build(ents))
	ctx := context.Background()
	// alerts returns, for each name in column col, the top match's
	// name and score, "" when it raises no alert.
	alerts := func(col int, sep string) (names, out []string) {
		for i, a := range rows {
			for j, b := range rows {
				if i == j {
					continue
				}
				given, surname := strings.Split(a[col], sep), strings.Split(b[col], sep)
				name := given[0] + sep + surname[len(surname)-1]
				res, err := s.Screen(ctx, aka.Subject{Name: name})
				if err != nil {
					t.Fatal(err)
				}
				hit := ""
				if len(res.Matches) > 0 {
					hit = fmt.Sprintf("%s %.3f", res.Matches[0].Name, res.Matches[0].Score)
				}
				names, out = append(names, name), append(out, hit)
			}
		}
		return names, out
	}
	_, english := alerts(0, " ")
	n := 0
	for _, a := range english {
		if a != "" {
			n++
		}
	}
	t.Logf("English: %d of %d names alert", n, len(english))
	ceiling := map[string]int{"Russian": 16, "Hebrew": 29, "Japanese": 25, "Korean": 16, "Chinese": 28, "Greek": 24}
	for k, sc := range transcriptionScripts {
		all, beyond := 0, 0
		names, hits := alerts(k+1, sc.sep)
		for i, a := range hits {
			if a != "" {
				all++
				if english[i] == "" {
					beyond++
					if testing.Verbose() {
						t.Logf("%s: %q alerts on %s", sc.name, names[i], a)
					}
				}
			}
		}
		t.Logf("%s: %d alert, %d beyond English", sc.name, all, beyond)
		if beyond > ceiling[sc.name] {
			t.Errorf("%s: %d names alert beyond English, want at most %d", sc.name, beyond, ceiling[sc.name])
		}
	}
}
