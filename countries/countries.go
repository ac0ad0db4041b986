// Package countries normalizes the ways designation lists, documents and
// customer files name a country ("Syrian Arab Republic", "Iran (Islamic
// Republic of)", "Congo, Democratic Republic of the", "AFG", "af", "Syrian")
// to ISO 3166-1 alpha-2 codes in lower case.
//
// Codes and English names come from golang.org/x/text (CLDR); the table in
// this file adds the official long forms the UN and OFAC use, older names, and
// nationality adjectives, which CLDR does not carry.
package countries

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

// extra maps normalized names (see key) that CLDR's English names lack to
// alpha-2 codes. Sources: the UN list's NATIONALITY values, OFAC's Remarks
// ("nationality Korea, North"), the UK and Australian lists, and the usual
// adjectives of nationality that passenger and customer files use.
var extra = map[string]string{
	// UN official short and long forms.
	"syrian arab republic":                 "sy",
	"iran islamic republic of":             "ir",
	"islamic republic of iran":             "ir",
	"democratic republic of the congo":     "cd",
	"congo democratic republic of the":     "cd",
	"democratic republic of congo":         "cd",
	"dr congo":                             "cd",
	"drc":                                  "cd",
	"congo":                                "cg",
	"republic of the congo":                "cg",
	"congo republic of the":                "cg",
	"democratic peoples republic of korea": "kp",
	"korea democratic peoples republic of": "kp",
	"korea north":                          "kp",
	"republic of korea":                    "kr",
	"korea republic of":                    "kr",
	"korea south":                          "kr",
	"korea":                                "kr",
	"united republic of tanzania":          "tz",
	"tanzania united republic of":          "tz",
	"viet nam":                             "vn",
	"russian federation":                   "ru",
	"state of palestine":                   "ps",
	"palestine":                            "ps",
	"palestinian":                          "ps",
	"occupied palestinian territory":       "ps",
	"gaza":                                 "ps",
	"region gaza":                          "ps",
	"west bank":                            "ps",
	"turkiye":                              "tr",
	"united kingdom of great britain and northern ireland": "gb",
	"great britain":                    "gb",
	"britain":                          "gb",
	"england":                          "gb",
	"scotland":                         "gb",
	"wales":                            "gb",
	"northern ireland":                 "gb",
	"uk":                               "gb",
	"united states of america":         "us",
	"usa":                              "us",
	"us":                               "us",
	"lao peoples democratic republic":  "la",
	"bolivia plurinational state of":   "bo",
	"venezuela bolivarian republic of": "ve",
	"moldova republic of":              "md",
	"republic of moldova":              "md",
	"micronesia federated states of":   "fm",
	"china hong kong special administrative region":    "hk",
	"hong kong special administrative region of china": "hk",
	"hong kong": "hk",
	"china macao special administrative region": "mo",
	"macao":                           "mo",
	"macau":                           "mo",
	"taiwan province of china":        "tw",
	"north macedonia":                 "mk",
	"north macedonia the republic of": "mk",
	"the former yugoslav republic of macedonia": "mk",
	"macedonia":                        "mk",
	"burma":                            "mm",
	"myanmar":                          "mm",
	"cabo verde":                       "cv",
	"czech republic":                   "cz",
	"swaziland":                        "sz",
	"eswatini":                         "sz",
	"cote divoire":                     "ci",
	"cote d ivoire":                    "ci",
	"ivory coast":                      "ci",
	"the gambia":                       "gm",
	"gambia the":                       "gm",
	"the bahamas":                      "bs",
	"bahamas the":                      "bs",
	"brunei darussalam":                "bn",
	"holy see":                         "va",
	"kosovo":                           "xk",
	"timor leste":                      "tl",
	"east timor":                       "tl",
	"saint kitts and nevis":            "kn",
	"saint lucia":                      "lc",
	"saint vincent and the grenadines": "vc",
	"sao tome and principe":            "st",
	"bosnia herzegovina":               "ba",
	"yugoslavia":                       "rs",
	"serbia and montenegro":            "rs",
	"united arab emirates":             "ae",
	"uae":                              "ae",
	"ksa":                              "sa",
	"kingdom of saudi arabia":          "sa",

	// Adjectives of nationality.
	"afghan":         "af",
	"albanian":       "al",
	"algerian":       "dz",
	"american":       "us",
	"angolan":        "ao",
	"argentine":      "ar",
	"argentinian":    "ar",
	"armenian":       "am",
	"australian":     "au",
	"austrian":       "at",
	"azerbaijani":    "az",
	"bahraini":       "bh",
	"bangladeshi":    "bd",
	"belarusian":     "by",
	"belgian":        "be",
	"bosnian":        "ba",
	"brazilian":      "br",
	"british":        "gb",
	"bulgarian":      "bg",
	"burkinabe":      "bf",
	"burmese":        "mm",
	"burundian":      "bi",
	"cambodian":      "kh",
	"cameroonian":    "cm",
	"canadian":       "ca",
	"chadian":        "td",
	"chilean":        "cl",
	"chinese":        "cn",
	"colombian":      "co",
	"comoran":        "km",
	"congolese":      "cd",
	"croatian":       "hr",
	"cuban":          "cu",
	"cypriot":        "cy",
	"czech":          "cz",
	"danish":         "dk",
	"djiboutian":     "dj",
	"dutch":          "nl",
	"ecuadorian":     "ec",
	"egyptian":       "eg",
	"emirati":        "ae",
	"eritrean":       "er",
	"estonian":       "ee",
	"ethiopian":      "et",
	"filipino":       "ph",
	"finnish":        "fi",
	"french":         "fr",
	"gabonese":       "ga",
	"gambian":        "gm",
	"georgian":       "ge",
	"german":         "de",
	"ghanaian":       "gh",
	"greek":          "gr",
	"guinean":        "gn",
	"haitian":        "ht",
	"hungarian":      "hu",
	"indian":         "in",
	"indonesian":     "id",
	"iranian":        "ir",
	"iraqi":          "iq",
	"irish":          "ie",
	"israeli":        "il",
	"italian":        "it",
	"ivorian":        "ci",
	"jamaican":       "jm",
	"japanese":       "jp",
	"jordanian":      "jo",
	"kazakh":         "kz",
	"kazakhstani":    "kz",
	"kenyan":         "ke",
	"kosovar":        "xk",
	"kuwaiti":        "kw",
	"kyrgyz":         "kg",
	"latvian":        "lv",
	"lebanese":       "lb",
	"liberian":       "lr",
	"libyan":         "ly",
	"lithuanian":     "lt",
	"malaysian":      "my",
	"malian":         "ml",
	"maldivian":      "mv",
	"maltese":        "mt",
	"mauritanian":    "mr",
	"mexican":        "mx",
	"moldovan":       "md",
	"mongolian":      "mn",
	"montenegrin":    "me",
	"moroccan":       "ma",
	"mozambican":     "mz",
	"nepalese":       "np",
	"nepali":         "np",
	"nigerian":       "ng",
	"nigerien":       "ne",
	"north korean":   "kp",
	"norwegian":      "no",
	"omani":          "om",
	"pakistani":      "pk",
	"panamanian":     "pa",
	"peruvian":       "pe",
	"polish":         "pl",
	"portuguese":     "pt",
	"qatari":         "qa",
	"romanian":       "ro",
	"russian":        "ru",
	"rwandan":        "rw",
	"saudi":          "sa",
	"saudi arabian":  "sa",
	"senegalese":     "sn",
	"serbian":        "rs",
	"sierra leonean": "sl",
	"singaporean":    "sg",
	"slovak":         "sk",
	"slovenian":      "si",
	"somali":         "so",
	"south african":  "za",
	"south korean":   "kr",
	"south sudanese": "ss",
	"spanish":        "es",
	"sri lankan":     "lk",
	"sudanese":       "sd",
	"swedish":        "se",
	"swiss":          "ch",
	"syrian":         "sy",
	"taiwanese":      "tw",
	"tajik":          "tj",
	"tajikistani":    "tj",
	"tanzanian":      "tz",
	"thai":           "th",
	"tunisian":       "tn",
	"turkish":        "tr",
	"turkmen":        "tm",
	"ugandan":        "ug",
	"ukrainian":      "ua",
	"uzbek":          "uz",
	"uzbekistani":    "uz",
	"venezuelan":     "ve",
	"vietnamese":     "vn",
	"yemeni":         "ye",
	"zambian":        "zm",
	"zimbabwean":     "zw",
}

var (
	once   sync.Once
	byName map[string]string
	names  map[string]string // alpha-2 to English name
)

func load() {
	byName = make(map[string]string, 600)
	names = make(map[string]string, 300)
	en := display.English.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() {
				continue
			}
			c := r.Canonicalize()
			code := strings.ToLower(c.String())
			if len(code) != 2 || c.String() != string([]rune{a, b}) {
				continue // deprecated codes such as BU and ZR point elsewhere
			}
			name := en.Name(c)
			if name == "" {
				continue
			}
			names[code] = name
			k := key(name)
			if _, ok := byName[k]; !ok {
				byName[k] = code
			}
			// "Myanmar (Burma)": both the whole and the part before the bracket.
			if i := strings.IndexByte(name, '('); i > 0 {
				if k := key(name[:i]); byName[k] == "" {
					byName[k] = code
				}
			}
		}
	}
	for k, v := range extra {
		byName[key(k)] = v
	}
	// Then the names other languages give, where no English name or
	// extra entry holds the key: Ouganda, Marruecos, Algerien, Россия,
	// سوريا, as customer files, passenger data and the EU's and other
	// states' lists write a nationality or a place in an organization's
	// name.
	codes := make([]string, 0, len(names))
	for code := range names {
		codes = append(codes, code)
	}
	slices.Sort(codes) // two countries of one name: the first code, always
	for _, lang := range otherLanguages {
		nm := display.Regions(lang)
		for _, code := range codes {
			r := language.MustParseRegion(strings.ToUpper(code))
			name := nm.Name(r)
			if name == "" {
				continue
			}
			if k := key(name); byName[k] == "" {
				byName[k] = code
			}
			if i := strings.IndexByte(name, '('); i > 0 {
				if k := key(name[:i]); byName[k] == "" {
					byName[k] = code
				}
			}
		}
	}
}

// otherLanguages are the languages whose country names Code also reads,
// after English's.
var otherLanguages = []language.Tag{language.French, language.Spanish, language.Portuguese, language.German, language.Italian, language.Russian, language.Arabic}

// key folds a country name for lookup: lower case, accents removed, "&" as
// "and", apostrophes dropped, other punctuation as spaces, a leading "the"
// dropped, spaces collapsed.
func key(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		// NFD splits accents off their letters; the marks are skipped below.
		s = norm.NFD.String(s)
	}
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '&':
			if b.Len() > 0 && !space {
				b.WriteByte(' ')
			}
			b.WriteString("and ")
			space = true
		case r == '\'' || r == '’' || r == '‘' || r == '.':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			space = false
		default:
			if b.Len() > 0 && !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	out := strings.TrimSpace(b.String())
	out = strings.TrimPrefix(out, "the ")
	return out
}

// Code returns the ISO 3166-1 alpha-2 code, in lower case, of a country given
// by name, nationality adjective, or alpha-2 or alpha-3 code. It returns ""
// when s names no country it knows.
func Code(s string) string {
	once.Do(load)
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if len(s) == 2 || len(s) == 3 {
		if isASCIILetters(s) {
			if c := byCode(s); c != "" {
				return c
			}
		}
	}
	k := key(s)
	if c, ok := byName[k]; ok {
		return c
	}
	// Inverted forms: "Man, Isle of", "Virgin Islands, British".
	if i := strings.LastIndexByte(s, ','); i > 0 {
		if c, ok := byName[key(s[i+1:]+" "+s[:i])]; ok {
			return c
		}
	}
	return ""
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// byCode reads an alpha-2 or alpha-3 code, mapping deprecated and
// exceptionally reserved codes (UK, BU, ZR) to current ones. ICAO Doc 9303
// uses "D" for Germany (handled by the caller in documents) and "GBR" variants.
func byCode(s string) string {
	u := strings.ToUpper(s)
	switch u {
	case "UK":
		return "gb"
	case "UTO": // ICAO's specimen state Utopia has no ISO code
		return ""
	}
	r, err := language.ParseRegion(u)
	if err != nil || !r.IsCountry() {
		return ""
	}
	c := strings.ToLower(r.Canonicalize().String())
	if len(c) != 2 {
		return ""
	}
	return c
}

// Name returns the English short name of an alpha-2 code, or "" when unknown.
func Name(code string) string {
	once.Do(load)
	return names[strings.ToLower(code)]
}
