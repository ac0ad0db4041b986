package names

import (
	"strings"
	"sync"
)

// orgTerms are the words that Russian, Ukrainian and Belarusian
// organizations' names are made of, with their English translations:
// OFAC often romanizes a Russian company's name ("Aktsionernoe Obshchestvo
// Nauchno Proizvodstvennoe Predpriyatie Salyut") where the UK and the EU
// translate it ("Joint-Stock Company Scientific and Production Enterprise
// Salyut"). Each group is one word's forms, folded, in the cases and
// genders names use; legal forms (Obshchestvo, Company) are optional
// anyway (IsLegalForm).
var orgTerms = [][]string{
	{"scientific", "science", "nauchno", "nauchnyi", "nauchnyy", "nauchnoe", "nauchnoye", "nauchnaya", "nauchnogo"},
	{"production", "productive", "proizvodstvennoe", "proizvodstvennoye", "proizvodstvennaya", "proizvodstvennyi", "proizvodstvennyy", "proizvodstvennogo", "vyrobnyche"},
	{"research", "issledovatelskii", "issledovatelskiy", "issledovatelski", "issledovatelsky", "issledovatelskaya", "issledovatelskoe", "issledovatelskogo", "doslidnyi"},
	{"center", "centre", "tsentr", "centr", "tsentra"},
	{"analytical", "analytic", "analiticheskii", "analiticheskiy", "analiticheski", "analiticheskaya", "analiticheskogo"},
	{"plant", "factory", "works", "combine", "zavod", "zavoda", "kombinat", "fabrika"},
	{"association", "obedinenie", "obyedinenie", "obiednannia"},
	{"design", "konstruktorskoe", "konstruktorskoye", "konstruktorskogo", "proektnyi", "proyektnyy"},
	{"bureau", "byuro", "biuro", "buro"},
	{"experimental", "opytnoe", "opytnoye", "opytnyi", "opytnyy", "opytno", "eksperimentalnyi"},
	{"technologies", "technology", "technological", "tekhnologii", "tekhnologiya", "tekhnologicheskii", "tekhnologicheskiy", "tekhnologichesky"},
	{"systems", "system", "sistemy", "sistema", "sistem"},
	{"chemical", "chemistry", "khimicheskii", "khimicheskiy", "khimicheskaya", "khimii", "khimiya"},
	{"engineering", "machinebuilding", "mashinostroeniya", "mashinostroyeniya", "mashinostroitelnyi", "mashinostroitelnyy", "mashinostroitelnaya", "inzhiniring"},
	{"airlines", "airline", "airways", "air", "aviakompaniya", "aviakompanii", "avialinii", "avialinia"},
	{"aviation", "aviatsionnyi", "aviatsionnyy", "aviatsionnaya", "aviatsionnoe", "aviatsii"},
	{"trading", "trade", "torgovyi", "torgovyy", "torgovaya", "torgovoe", "torgovli"},
	{"house", "dom", "doma"},
	{"group", "gruppa", "grupa", "gruppy"},
	{"oil", "neft", "neftyanaya", "neftyanoi", "neftyanoy", "neftegaz"},
	{"gas", "gaz", "gazovaya"},
	{"transport", "transportnaya", "transportnyi", "transportnyy", "transportnoe"},
	{"construction", "stroitelnaya", "stroitelnyi", "stroitelnyy", "stroitelnoe", "stroi", "stroy"},
	{"investment", "investments", "investitsionnaya", "investitsionnyi", "investitsionnyy", "investitsii", "investitsiy"},
	{"financial", "finance", "finansovaya", "finansovyi", "finansovyy", "finansovoe"},
	{"agency", "agentstvo", "agentstva"},
	{"fund", "foundation", "fond", "fonda"},
	{"university", "universitet", "universiteta"},
	{"academy", "akademiya", "akademii"},
	{"electronics", "electronic", "elektronika", "elektroniki", "elektronnyi", "elektronnyy", "elektronnaya"},
	{"instrument", "instruments", "instrumentmaking", "priborostroeniya", "priborostroyeniya", "priborostroitelnyi", "pribor"},
	{"shipbuilding", "sudostroitelnyi", "sudostroitelnyy", "sudostroitelnaya", "sudostroeniya"},
	{"defense", "defence", "oboronnyi", "oboronnyy", "oboronnaya", "oboronnoe", "oborony"},
	{"industrial", "industry", "industrialnyi", "promyshlennyi", "promyshlennyy", "promyshlennaya", "promyshlennoe", "promyshlennosti"},
	{"energy", "energetika", "energeticheskii", "energeticheskiy", "energeticheskaya"},
	{"radio", "radiotekhnicheskii", "radiotekhnicheskiy"},
	{"space", "kosmicheskii", "kosmicheskiy", "kosmicheskaya", "kosmicheskoe"},
	{"marine", "maritime", "morskoi", "morskoy", "morskaya", "morskoe"},
	{"fleet", "flot", "flota"},
	{"military", "voennyi", "voennyy", "voennaya", "voennoe", "voenno"},
	{"state", "kazennoe", "kazennyi", "kazennoye", "gosudarstvennyi", "gosudarstvennyy", "gosudarstvennaya", "gosudarstvennoe", "gosudarstvennoye"},
	{"federal", "federalnoe", "federalnoye", "federalnyi", "federalnyy", "federalnaya"},
	{"security", "bezopasnosti", "bezopasnost"},
	{"insurance", "strakhovaya", "strakhovoi", "strakhovoy", "strakhovanie"},
	{"national", "natsionalnyi", "natsionalnyy", "natsionalnaya", "natsionalnoe"},
	{"international", "mezhdunarodnyi", "mezhdunarodnyy", "mezhdunarodnaya", "mezhdunarodnoe"},
	{"institute", "institut", "instituta"},
	{"laboratory", "laboratoriya", "laboratorii"},
	{"complex", "kompleks", "kompleksa"},
	{"powder", "gunpowder", "porokhovoi", "porokhovoy", "porokhovoe", "porokhovoye"},
	{"united", "obedinennaya", "obyedinennaya", "obedinennyi", "obedinennyy", "obyedinennyy", "obedinennoe", "obyedinennoye", "obiednana"},
	{"aircraft", "aircraftbuilding", "aviastroitelnaya", "aviastroitelnyi", "aviastroitelnyy", "aviastroitelnoe", "samoletostroitelnyi"},
	{"holding", "kholding", "kholdinga"},
	{"metallurgical", "metallurgy", "metallurgicheskii", "metallurgicheskiy", "metallurgicheskaya", "metallurgicheskoe"},
	{"nuclear", "atomic", "yadernyi", "yadernyy", "yadernaya", "atomnyi", "atomnyy", "atomnaya", "atomnoe"},
	{"automobile", "automotive", "avtomobilnyi", "avtomobilnyy", "avtomobilnaya", "avtomobilnoe"},
	{"electric", "electrical", "elektricheskii", "elektricheskiy", "elektricheskaya", "elektrotekhnicheskii"},
	{"communications", "communication", "svyazi", "svyaz"},
	// Two English words that one Russian word says, joined: Ship Repair,
	// Sudoremontnyi (compare reads the two as one, appendTermJoins).
	{"shiprepair", "sudoremontnyi", "sudoremontnyy", "sudoremontnaya", "sudoremontnoe", "sudoremonta", "sudoremontnogo"},
	{"machinetool", "machinetools", "stankostroitelnyi", "stankostroitelnyy", "stankostroitelnaya", "stankostroitelnoe", "stankostroeniya", "stankoinstrumentalnyi"},
	// Places, as Russian names put them: "Sberbank Rossii", Sberbank of
	// Russia.
	{"russia", "russian", "rossii", "rossiya", "rossiia", "rossiiskaya", "rossiyskaya", "rossiiskii", "rossiyskiy", "rossiiskoi", "rossiyskoy", "rossiiskoe", "rossiyskoye"},
	{"moscow", "moskva", "moskovskii", "moskovskiy", "moskovskaya", "moskovskoe", "moskovskogo", "moskvy"},
	{"ukraine", "ukrainian", "ukrainy", "ukraina", "ukrainskaya", "ukrainskii", "ukrainskiy", "ukrainska", "ukrainskyi"},
	{"belarus", "belarusian", "belarusi", "belorusskaya", "belorusskii", "belaruskaya", "belaruski"},
}

var (
	orgTermOnce  sync.Once
	orgTermIDs   map[string]uint8
	orgTermStems map[string]uint8 // orgStem of a form, when no other group's form has it
)

// orgEndings are the endings of Russian adjectives as romanizations write
// them, longest first: Moskovskii, Moskovskiy, Moskovskij, Moskovsky and
// Moskovski are one word.
var orgEndings = [...]string{"ogo", "oye", "aya", "iye", "yye", "ykh", "ikh", "iy", "ii", "ij", "yi", "yy", "yj", "oe", "oi", "oy", "oj", "y", "i"}

// orgStem is a folded word without its adjective's ending, keeping four
// letters at least.
func orgStem(form string) string {
	for _, e := range orgEndings {
		if len(form) >= len(e)+4 && form[len(form)-len(e):] == e {
			return form[:len(form)-len(e)]
		}
	}
	return form
}

// OrgTerm returns the number of the word of organizations' names that the
// folded Latin form spells, in English or romanized Russian (Zavod and
// Plant, Nauchno and Scientific give one number), or 0. A Russian
// adjective is also read without its ending, however it was romanized
// (Moskovskij, Moskovsky).
func OrgTerm(form string) uint8 {
	orgTermOnce.Do(func() {
		orgTermIDs = make(map[string]uint8, 400)
		orgTermStems = make(map[string]uint8, 400)
		ambiguous := map[string]bool{}
		for i, group := range orgTerms {
			for _, f := range group {
				orgTermIDs[f] = uint8(i + 1)
				st := orgStem(f)
				if id, ok := orgTermStems[st]; ok && id != uint8(i+1) {
					ambiguous[st] = true
				}
				orgTermStems[st] = uint8(i + 1)
			}
		}
		for st := range ambiguous {
			delete(orgTermStems, st)
		}
	})
	if id := orgTermIDs[form]; id != 0 {
		return id
	}
	return orgTermStems[orgStem(form)]
}

// OrgTermWord returns the English word of the organizations' word term
// (OrgTerm), "" for 0 or a number no word has: Russia for Rossii.
func OrgTermWord(term uint8) string {
	if term == 0 || int(term) > len(orgTerms) {
		return ""
	}
	return orgTerms[term-1][0]
}

// orgAbbreviations are the abbreviations of Russian organizations' kinds
// that their names begin with, as the lists write them (AO NII VEKTOR, OOO
// NPO ..., AO KB NAVIS), each with the words of organizations' names it
// stands for, in order, as English writes them (orgTerms' first words);
// the legal forms among them (Company, Enterprise) are left out, being
// optional. DB is the English Design Bureau.
var orgAbbreviations = map[string][][]string{
	"nii": {{"scientific", "research", "institute"}, {"research", "institute"}},
	"npo": {{"scientific", "production", "association"}},
	"npp": {{"scientific", "production"}},
	"kb":  {{"design", "bureau"}},
	"db":  {{"design", "bureau"}},
	"okb": {{"experimental", "design", "bureau"}},
	"td":  {{"trading", "house"}},
	"nk":  {{"oil"}},
	// Federal (and) state enterprises and institutions, in Russian and
	// English: FGUP, Federalnoe Gosudarstvennoe Unitarnoe Predpriyatie;
	// FKP, Federalnoe Kazennoe Predpriyatie; FGBU, a federal state budget
	// institution; FSUE and FSE. Unitary, enterprise and institution are
	// legal forms, optional anyway.
	"fgup": {{"federal", "state"}},
	"fkp":  {{"federal", "state"}},
	"fgbu": {{"federal", "state"}},
	"fsue": {{"federal", "state"}},
	"fse":  {{"federal", "state"}},
	"gup":  {{"state"}},
}

var (
	orgAbbrevOnce sync.Once
	orgAbbrevIDs  map[string][][]uint8
)

// OrgAbbreviation returns the words of organizations' names (OrgTerm
// numbers) that the folded form abbreviates, one slice for each reading,
// or nil: NII is Scientific Research Institute, or Research Institute. The
// slices are shared: callers do not change them.
func OrgAbbreviation(form string) [][]uint8 {
	orgAbbrevOnce.Do(func() {
		orgAbbrevIDs = make(map[string][][]uint8, len(orgAbbreviations))
		for abbr, readings := range orgAbbreviations {
			for _, ws := range readings {
				ids := make([]uint8, 0, len(ws))
				for _, w := range ws {
					ids = append(ids, OrgTerm(w))
				}
				orgAbbrevIDs[abbr] = append(orgAbbrevIDs[abbr], ids)
			}
		}
	})
	return orgAbbrevIDs[form]
}

// PlaceAdjective returns the place that a romanized Russian adjective of
// a place names, as organizations' names use them (Tambovskii Porokhovoi
// Zavod, Tambov Powder Plant), and the adjective's stem, which is the
// place when its name ends in -sk: Tambovskii gives tambov and tambovsk,
// Kazanskaya kazan and kazansk, Izhevskiy izhev and izhevsk (Izhevsk).
// Both are "" for any other word, and for a word of organizations' names
// (OrgTerm: Moskovskii is Moscow already).
func PlaceAdjective(form string) (place, stem string) {
	st := orgStem(form)
	if st == form || len(st) < 5 || !strings.HasSuffix(st, "sk") || OrgTerm(form) != 0 {
		return "", ""
	}
	if base := st[:len(st)-2]; len(base) >= 4 {
		return base, st
	}
	return st, st
}
