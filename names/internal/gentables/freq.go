package main

import (
	"encoding/csv"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/akascreen/aka/countries"
	"golang.org/x/text/unicode/norm"
)

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	return rows, nil
}

// readICAO reads the Doc 9303 Latin transliteration table (char, codepoint,
// name, MRZ form) and returns "char<TAB>form" lines for lowercase letters
// whose MRZ form is not simply the folded letter.
func readICAO(path string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	err := eachLine(path, func(line string, ln int) error {
		f := strings.Split(line, "\t")
		if ln == 1 || len(f) < 4 {
			return nil
		}
		c := strings.ToLower(f[0])
		form := strings.ToLower(strings.TrimSpace(f[3]))
		if len([]rune(c)) != 1 || form == "" || seen[c] {
			return nil
		}
		if form == latinFold(c) {
			return nil
		}
		seen[c] = true
		out = append(out, c+"\t"+form)
		return nil
	})
	sort.Strings(out)
	return out, err
}

// popName is one name of the popular names dataset: a name group (one
// name, several spellings) of one country.
type popName struct {
	country  string
	surname  bool
	group    string // country group: a sub-population the ranking is for
	desc     string
	gender   string
	rank     int
	count    float64
	percent  float64
	local    []string // local-script spellings
	romanzed []string // romanized spellings
}

type popData struct {
	names []*popName
}

func readPopularNames(data string) (*popData, error) {
	dir := filepath.Join(data, "popular_names_by_country")
	pd := &popData{}
	byGroup := map[string]*popName{}
	addRow := func(key string, mk func() *popName, local, rom string) {
		p := byGroup[key]
		if p == nil {
			p = mk()
			byGroup[key] = p
			pd.names = append(pd.names, p)
		}
		if local != "" && local != rom && !contains(p.local, local) {
			p.local = append(p.local, local)
		}
		if rom != "" && !contains(p.romanzed, rom) {
			p.romanzed = append(p.romanzed, rom)
		}
	}
	fore, err := readCSV(filepath.Join(dir, "common-forenames-by-country.csv"))
	if err != nil {
		return nil, err
	}
	// Country,Country Group,Region,Population,Note,Year,Romanization,Index,Name Group,Gender,Localized Name,Romanized Name
	for _, r := range fore[1:] {
		if len(r) < 12 {
			continue
		}
		rank, err := strconv.Atoi(r[7])
		if err != nil || rank < 1 {
			continue
		}
		addRow("F\t"+r[8], func() *popName {
			return &popName{country: r[0], group: r[0] + "/" + r[1] + "/" + r[2], desc: r[3], gender: r[9], rank: rank}
		}, strings.TrimSpace(r[10]), strings.TrimSpace(r[11]))
	}
	sur, err := readCSV(filepath.Join(dir, "common-surnames-by-country.csv"))
	if err != nil {
		return nil, err
	}
	// Country,Rank,Index,Name Group,Localized Name,Romanized Name,Count,Percent
	for _, r := range sur[1:] {
		if len(r) < 8 {
			continue
		}
		rank, err := strconv.Atoi(r[1])
		if err != nil || rank < 1 {
			continue
		}
		count, _ := strconv.ParseFloat(r[6], 64)
		pct, _ := strconv.ParseFloat(r[7], 64)
		addRow("S\t"+r[3], func() *popName {
			return &popName{country: r[0], surname: true, group: r[0], rank: rank, count: count, percent: pct}
		}, strings.TrimSpace(r[4]), strings.TrimSpace(r[5]))
	}
	log.Printf("popular names: %d names", len(pd.names))
	return pd, nil
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// localKey is the key of the local-script table: lowercase, NFC, without
// the combining diacritics U+0300-U+036F (stress marks in Смирно́в). It is
// names.romLocalKey.
func localKey(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if r >= 0x300 && r <= 0x36F {
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// localLines maps local-script spellings of popular names (Han, Kana,
// Hangul, Hebrew, Cyrillic, Greek, Indic, Thai...) to their romanized
// spellings, token by token. Arabic script goes to the Arabic tables.
func (pd *popData) localLines() []string {
	m := map[string][]string{}
	for _, p := range pd.names {
		for _, loc := range p.local {
			lt := strings.FieldsFunc(loc, func(r rune) bool { return unicode.IsSpace(r) || r == '-' })
			for _, rom := range p.romanzed {
				rt := strings.FieldsFunc(rom, func(r rune) bool { return unicode.IsSpace(r) || r == '-' })
				if len(lt) != len(rt) {
					continue
				}
				for i := range lt {
					if isLatinOrArabic(lt[i]) {
						continue
					}
					k, f := localKey(lt[i]), latinFold(rt[i])
					if k == "" || f == "" || contains(m[k], f) {
						continue
					}
					m[k] = append(m[k], f)
				}
			}
		}
	}
	var out []string
	for k, f := range m {
		if len(f) > 6 {
			f = f[:6]
		}
		out = append(out, k+"\t"+strings.Join(f, " "))
	}
	sort.Strings(out)
	return out
}

func isLatinOrArabic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) {
			return true
		}
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// Zipf parameters: the share of a country's people (of one gender, for
// forenames) who carry the name ranked r is zipfTop/r. The tops are set
// from the data that gives counts: US 1990 top first names hold 3.3% of
// their gender, the surnames with counts in the dataset 1-4% at rank 1
// (Smith 1.0%, Müller 0.95%, García 3.5%, Cohen 1.9%).
const (
	zipfTopForename = 0.04
	zipfTopSurname  = 0.02
)

// patronymic lists the countries (Arab League members in the data) where a
// person's names after the first are usually the father's and
// grandfather's forenames (nasab), so a forename's share counts again for
// the surname slot; the data ranks no surnames for them.
var patronymic = map[string]bool{
	"AE": true, "DZ": true, "EG": true, "IQ": true, "JO": true, "KW": true,
	"LB": true, "LY": true, "MA": true, "SA": true, "TN": true,
}

// groupShare gives the share of a country's people a ranking covers when
// a country has rankings for sub-populations (Israel's by community,
// Egypt's Coptic list). Other rankings of a country are alternative
// estimates for everyone and are averaged.
var groupShare = map[string]float64{
	"Coptic Christians": 0.10, "Jewish boys": 0.74, "Jewish girls": 0.74,
	"Muslim boys": 0.18, "Muslim girls": 0.18, "Christian Arab boys": 0.02,
	"Christian Arab girls": 0.02, "Druze boys": 0.016, "Druze girls": 0.016, "Māori": 0.17,
}

// buildFrequency estimates, for each romanized token, the share of people
// across the countries of the data who carry it as a forename or surname:
//
//   - each popular name contributes, in its country, its share from the
//     counts or percentages the dataset gives, else a Zipf law over its rank
//     (forenames: half the population per gender);
//   - the United States come from the 1990 census instead (percent of
//     people per surname; per first name, half of the male or female
//     percentage);
//   - countries are weighted by population, and the sum is divided by the
//     population of all countries in the data;
//   - a name is credited to each of its romanized spellings (and, for an
//     Arabic-script name, to its learned romanizations); then the spellings
//     of one Arabic name (محمد: mohamed, mohammed, muhammad...) pool their
//     people, since a match on any spelling is a match on the name.
func buildFrequency(data string, pd *popData, am *arModel) ([]string, error) {
	// credit[token][entry] = people (millions)
	credit := map[string]map[int]float64{}
	entry := 0
	give := func(tokens []string, people float64) {
		for _, t := range tokens {
			if credit[t] == nil {
				credit[t] = map[int]float64{}
			}
			credit[t][entry] += people
		}
		entry++
	}
	// Country sub-group weights.
	type gkey struct{ country, group string }
	groups := map[string]map[string]bool{}
	descs := map[gkey]string{}
	for _, p := range pd.names {
		if p.surname || p.country == "US" {
			continue
		}
		if groups[p.country] == nil {
			groups[p.country] = map[string]bool{}
		}
		groups[p.country][p.group] = true
		descs[gkey{p.country, p.group}] = p.desc
	}
	gweight := map[gkey]float64{}
	for c, gset := range groups {
		var gs []string
		for g := range gset {
			gs = append(gs, g)
		}
		sort.Strings(gs)
		rest, nrest := 1.0, 0
		seen := map[string]bool{}
		for _, g := range gs {
			d := descs[gkey{c, g}]
			if s, ok := groupShare[d]; ok {
				if !seen[d] {
					rest -= s
					seen[d] = true
				}
			} else {
				nrest++
			}
		}
		for _, g := range gs {
			d := descs[gkey{c, g}]
			if s, ok := groupShare[d]; ok {
				gweight[gkey{c, g}] = s
			} else if rest > 0 {
				gweight[gkey{c, g}] = rest / float64(nrest)
			}
		}
	}
	var total float64
	inData := map[string]bool{"US": true}
	for _, p := range pd.names {
		inData[p.country] = true
	}
	for c := range inData {
		pop := countries.Population(c)
		if pop == 0 {
			return nil, fmt.Errorf("no population for country %s", c)
		}
		total += pop
	}
	for _, p := range pd.names {
		if p.country == "US" {
			continue // the census covers the United States
		}
		pop := countries.Population(p.country)
		var share float64
		switch {
		case p.surname && p.percent > 0:
			share = p.percent
		case p.surname && p.count > 0:
			share = p.count / (pop * 1e6)
		case p.surname:
			share = zipfTopSurname / float64(p.rank)
		default:
			share = 0.5 * zipfTopForename / float64(p.rank) * gweight[gkey{p.country, p.group}]
			if patronymic[p.country] {
				share *= 2
			}
		}
		var toks []string
		for _, r := range p.romanzed {
			toks = appendTokens(toks, r)
		}
		for _, l := range p.local {
			a := arNorm(l)
			if len(a) == 0 {
				continue
			}
			for _, f := range am.words[string(a)] {
				if !contains(toks, f) {
					toks = append(toks, f)
				}
			}
		}
		give(toks, share*pop)
	}
	// US census 1990.
	us := countries.Population("US")
	for _, f := range []struct {
		file string
		w    float64
	}{{"surnames.txt", 1}, {"firstnames-male.txt", 0.5}, {"firstnames-female.txt", 0.5}} {
		path := filepath.Join(data, "us_census_1990", f.file)
		if err := eachLine(path, func(line string, ln int) error {
			fl := strings.Fields(line)
			if len(fl) != 4 {
				return fmt.Errorf("%s:%d: %d fields, want 4", path, ln, len(fl))
			}
			pct, err := strconv.ParseFloat(fl[1], 64)
			if err != nil {
				return fmt.Errorf("%s:%d: %w", path, ln, err)
			}
			if pct < 0.001 {
				return nil // under 1 in 100,000: effectively unknown
			}
			give([]string{latinFold(fl[0])}, f.w*pct/100*us)
			return nil
		}); err != nil {
			return nil, err
		}
	}
	sum := func(m map[int]float64) float64 {
		keys := make([]int, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Ints(keys)
		var s float64
		for _, k := range keys {
			s += m[k]
		}
		return s
	}
	freq := map[string]float64{}
	for t, m := range credit {
		freq[t] = sum(m)
	}
	// Pool the spellings of one Arabic name.
	for _, forms := range am.all {
		if len(forms) < 2 {
			continue
		}
		pool := map[int]float64{}
		for _, f := range forms {
			for e, v := range credit[f] {
				pool[e] = v
			}
		}
		s := sum(pool)
		for _, f := range forms {
			if s > freq[f] {
				freq[f] = s
			}
		}
	}
	var out []string
	for t, v := range freq {
		share := v / total
		if share < 1e-7 || t == "" {
			continue
		}
		out = append(out, fmt.Sprintf("%s\t%.3g", t, share))
	}
	sort.Strings(out)
	log.Printf("frequency: %d tokens over %.0f million people in %d countries", len(out), total, len(inData))
	return out, nil
}

func appendTokens(toks []string, name string) []string {
	for _, t := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
		f := latinFold(t)
		if f != "" && !contains(toks, f) {
			toks = append(toks, f)
		}
	}
	return toks
}
