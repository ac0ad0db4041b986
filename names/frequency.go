package names

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// freqTableGz maps romanized name tokens to their estimated share of
// people; internal/gentables builds it from the popular names dataset and
// the US 1990 census.
//
//go:embed frequency.tsv.gz
var freqTableGz []byte

var (
	freqOnce sync.Once
	freqTab  map[string]float64
)

// PopulationFrequency returns an estimate of the share of people, across
// the countries of the name data (116 countries, about 6.2 billion people),
// who carry token as a forename or surname: about 0.008 for mohammed, 0.0007
// for smith, 0 for a token the data does not list. The caller chooses the
// floor for unknown tokens.
//
// The token is looked up by its first Romanize form, so callers should pass
// lowercase ASCII; other input is romanized first.
//
// The estimate, computed by internal/gentables:
//
//   - a popular name contributes, in its country, the share the dataset
//     gives (count or percent, for surnames of some countries), else a Zipf
//     law over its rank: 4%/rank of one gender for forenames, 2%/rank for
//     surnames (the ranks with counts in the data start at 1-4%);
//   - in Arab countries, where a person's further names are the father's
//     and grandfather's forenames, a forename also fills the surname slot;
//   - the United States come from the 1990 census instead (surname percent;
//     half the male or female first-name percent);
//   - countries are weighted by population and the sum divided by the
//     population of all countries in the data;
//   - a name counts for each of its spellings, and the spellings of one
//     Arabic name (محمد: mohamed, mohammed, muhammad...) pool their people,
//     since a match on any spelling is a match on the name.
func PopulationFrequency(token string) float64 {
	freqOnce.Do(func() { freqTab = freqParse(freqTableGz) })
	if f, ok := freqTab[token]; ok {
		return f
	}
	for i := 0; i < len(token); i++ {
		if token[i] < 'a' || token[i] > 'z' {
			if forms := Romanize(token); len(forms) > 0 {
				return freqTab[forms[0]]
			}
			return 0
		}
	}
	return 0
}

// freqParse reads "token<TAB>share" lines; the table is generated and
// checked by tests, so a malformed line is skipped.
func freqParse(gz []byte) map[string]float64 {
	m := map[string]float64{}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return m
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			continue
		}
		m[k] = f
	}
	return m
}
