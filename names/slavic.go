package names

import (
	"strings"
	"sync"
)

// eastSlavic lists the given names that Ukrainian, Russian and Belarusian
// each say their own way, in the Latin spellings of each: Ukrainian
// passports write Serhii and Mykola (Ukraine's national transliteration),
// Russian ones Sergei and Nikolai, Belarusian ones Siarhei and Mikalai, and
// the lists write whichever form their source had (Sergey, Nikolay). They
// are one person's name, but share too few letters to meet as spellings
// (Mykola and Nikolay), or share a skeleton but not the shape of a word
// (Volodymyr and Vladimir). Spellings within one language meet by the
// usual rules, so each group holds the forms that differ across languages.
var eastSlavic = [][]string{
	{"volodymyr", "vladimir", "uladzimir", "wladimir"},
	{"mykola", "nikolay", "nikolai", "nikolaj", "mikalai", "mikola"},
	{"dmytro", "dmitry", "dmitriy", "dmitri", "dmitrii", "dzmitry", "dzmitryi"},
	{"serhiy", "serhii", "serhij", "sergey", "sergei", "sergej", "sergiy", "sergij", "siarhei", "siarhiej", "syarhei"},
	{"ihor", "igor"},
	{"oleh", "oleg", "aleh"},
	{"vasyl", "vasily", "vasiliy", "vasili", "vasilii", "vasil"},
	{"hryhoriy", "hryhorii", "grigory", "grigoriy", "grigori", "grigorii", "ryhor"},
	{"yevhen", "yevhenii", "yevgeny", "yevgeniy", "evgeny", "evgenii", "evgeniy", "yauhen", "jauhen", "yaugen"},
	{"yevheniya", "yevheniia", "yevgeniya", "evgeniya", "evgeniia", "yauheniya"},
	{"bohdan", "bogdan", "bahdan"},
	{"kostiantyn", "kostyantyn", "konstantin", "kanstantsin"},
	{"heorhiy", "heorhii", "georgy", "georgiy", "georgii", "georgi"},
	{"hennadiy", "hennadii", "gennady", "gennadiy", "gennadii", "gennadi", "henadz", "genadij"},
	{"pavlo", "pavel", "paval"},
	{"petro", "pyotr", "petr", "piotr", "piatro", "pyatro", "pjotr"},
	{"fedir", "fyodor", "fedor", "fiodar", "feodor", "fjodor"},
	{"mykhailo", "mykhaylo", "mikhail", "mikhailo", "michail"},
	{"mykyta", "nikita", "mikita"},
	{"kyrylo", "kirill", "kiryl"},
	{"hlib", "gleb", "hleb"},
	{"tymofiy", "tymofii", "timofey", "timofei", "tsimafei"},
	{"denys", "denis", "dzianis"},
	{"vadym", "vadim", "vadzim"},
	{"borys", "boris", "barys"},
	{"yakiv", "yakov", "yakau", "iakov"},
	{"matviy", "matvii", "matvey", "matvei"},
	{"stepan", "stsiapan"},
	{"semen", "semyon", "siamion", "semjon"},
	{"leonid", "leanid"},
	{"stanislav", "stanislau"},
	{"viacheslav", "vyacheslav", "viachaslau", "vyachaslau"},
	{"olha", "olga", "volha"},
	{"olena", "yelena", "elena", "alena", "alyona"},
	{"tetiana", "tetyana", "tatyana", "tatiana", "tatjana", "tatsiana", "tatsyana"},
	{"halyna", "galina", "halina"},
	{"kateryna", "yekaterina", "ekaterina", "ekateryna", "katsiaryna", "katsyaryna"},
	{"yuliya", "yuliia", "yulia", "iuliia", "julia"},
	{"liudmyla", "lyudmyla", "lyudmila", "liudmila", "ludmila", "ljudmila"},
	{"nadiya", "nadiia", "nadezhda", "nadzeya", "nadzeja"},
	{"liubov", "lyubov", "liubou", "ljubow"},
	{"vira", "vera"},
	{"larysa", "larisa"},
	{"svitlana", "svetlana", "sviatlana", "svyatlana"},
	{"oksana", "aksana"},
	{"artem", "artyom", "artsiom", "artiom", "artjom"},
	{"viktor", "victor", "viktar"},
	{"valeriy", "valerii", "valery", "valeri", "valer"},
	{"zakhar", "zahar"},
	{"oleksandr", "aleksandr", "alexandr", "alexander", "aliaksandr", "alyaksandr", "aleksander"},
	{"oleksandra", "aleksandra", "alexandra", "aliaksandra", "alyaksandra"},
	{"oleksiy", "oleksii", "oleksij", "aleksey", "aleksei", "alexey", "alexei", "aliaksei", "alyaksei", "aleksej"},
	{"andriy", "andrii", "andrij", "andrey", "andrei", "andrej"},
	{"anatoliy", "anatolii", "anatoly", "anatoli", "anatol"},
	{"vitaliy", "vitalii", "vitaly", "vitali", "vital"},
	{"yuriy", "yurii", "yury", "yuri", "iurii", "iuri", "jury", "juri"},
	{"yaroslav", "yaraslau", "jaroslav"},
	{"vladyslav", "vladislav", "uladzislau"},
	{"rostyslav", "rostislav", "rastsislau"},
	{"sviatoslav", "svyatoslav", "sviataslau"},
	{"arkadiy", "arkadii", "arkady", "arkadi", "arkadz"},
	{"valentyn", "valentin", "valiantsin"},
	{"illia", "illya", "ilya", "ilia", "ilja"},
	{"yosyp", "iosif", "osip", "josif"},
	{"nataliya", "nataliia", "natalia", "natalya", "natallia", "natalja"},
	{"iryna", "irina"},
	// Names spelled alike in the three languages, or nearly: a word
	// with a Baltic ending made of them marks the spelling (Ivanas), and
	// their patronymics are known fathers (Romanovna, Antonovna).
	{"ivan", "iwan"},
	{"roman", "raman"},
	{"anton", "antin"},
	{"maksym", "maksim", "maxim"},
	{"yehor", "yegor", "egor", "yahor", "iegor"},
	{"danylo", "daniil", "danila"},
	{"pylyp", "filipp", "filip"},
	{"yukhym", "yefim", "efim", "yafim"},
	{"opanas", "afanasy", "afanasiy", "afanasii"},
	{"trokhym", "trofim"},
	{"vsevolod", "usevalad"},
	{"arseniy", "arsenii", "arseny"},
	{"hanna", "anna", "ganna"},
	{"mariya", "mariia", "maria", "maryia"},
	{"maryna", "marina"},
	{"anastasiya", "anastasiia", "anastasia", "nastassia", "anastassia"},
	{"viktoriya", "viktoriia", "victoria", "viktoria", "viktoryia"},
	{"valentyna", "valentina", "valiantsina"},
	{"dariya", "dariia", "daria", "darya", "daryia"},
	{"kseniya", "kseniia", "ksenia"},
	{"khrystyna", "kristina", "krystsina"},
	{"sofiya", "sofiia", "sofia", "sofya"},
	{"polina", "palina"},
	{"lidiya", "lidiia", "lidia", "lidziya"},
	{"valeriya", "valeriia", "valeria"},
	{"olesya", "olesia", "alesia", "alesya"},
	{"antonina", "antanina"},
}

var (
	slavicOnce  sync.Once
	slavicIDs   map[string]uint16
	slavicKeys  map[string]uint16 // a name's slavicKey to its number
	slavicStems map[string]uint16 // a name's stem (slavicStem) to its number
)

// patronymicEnds are the endings East Slavic patronymics add to the
// father's given name, longest first: Ukrainian -ovych and -ivna, Russian
// -ovich, -evich and -ovna, -evna, Belarusian -avich and -auna.
var patronymicEnds = [...]string{
	"iyovych", "iiovych", "ijovych", "yovych", "ievich", "yevich", "ovych", "evych",
	"ovitch", "evitch", "ovich", "evich", "avich", "ievna", "yevna", "ivna", "ovna", "evna", "auna", "avna",
}

// slavicStem is a given name without its final vowels, y and j, which a
// patronymic changes or drops: Mykola and Mykolayovych, Sergey and
// Sergeevich, Hryhoriy and Hryhorovych give mykol, serg, hryhor.
func slavicStem(s string) string {
	for len(s) > 3 && strings.IndexByte("aeiouyj", s[len(s)-1]) >= 0 {
		s = s[:len(s)-1]
	}
	return s
}

// SlavicGivenName returns the number of the East Slavic given name that
// the folded Latin form spells in Ukrainian, Russian or Belarusian (Serhii,
// Sergey and Siarhei give one number), or 0 when it spells none of them.
func SlavicGivenName(form string) uint16 {
	slavicOnce.Do(loadSlavic)
	if id := slavicIDs[form]; id != 0 {
		return id
	}
	var buf [32]byte
	return slavicKeys[string(slavicKey(form, &buf))]
}

// slavicKey writes into buf the spelling of a given name with the
// beginnings and endings that Latin spellings of one East Slavic name
// write several ways written one way, and returns it: е, ю and я at the
// start as e, yu and ya (Yevgeni, Evgeni; Iurii, Juri, Yuri); й, ий and
// the final и as i (Yevgeniy, Yevgenii, Evgeni; Andrey, Andrej, Andrei);
// a j inside as y (Julija and Yuliya, Tatjana and Tatyana); the gh that
// Romanian writes for г before е and и as g (Evgheni, Serghei).
// The table's spellings then cover those it does not list (Jewgeni,
// written Yevgeni in English letters).
func slavicKey(f string, buf *[32]byte) []byte {
	if len(f) < 4 || len(f) > len(buf) {
		return nil
	}
	n := 0
	switch f[:2] {
	case "ye", "ie", "je":
		f = f[1:]
	case "iu", "ju":
		buf[0], buf[1], n, f = 'y', 'u', 2, f[2:]
	case "ia", "ja":
		buf[0], buf[1], n, f = 'y', 'a', 2, f[2:]
	}
	end := len(f)
	for end > 2 && (f[end-1] == 'i' || f[end-1] == 'y' || f[end-1] == 'j') {
		end--
	}
	out := buf[:n]
	for i := 0; i < end; i++ {
		if f[i] == 'j' {
			out = append(out, 'y') // Julija, Tatjana: y
		} else if f[i] == 'g' && i+2 < len(f) && f[i+1] == 'h' && (f[i+2] == 'e' || f[i+2] == 'i') {
			out = append(out, 'g') // Romanian gh: Evgheni, Serghei
			i++
		} else {
			out = append(out, f[i])
		}
	}
	if end < len(f) {
		out = append(out, 'i')
	}
	return out
}

func loadSlavic() {
	slavicIDs = make(map[string]uint16, 300)
	slavicStems = make(map[string]uint16, 300)
	slavicKeys = make(map[string]uint16, 300)
	var buf [32]byte
	for i, group := range eastSlavic {
		for _, f := range group {
			slavicIDs[f] = uint16(i + 1)
			if k := slavicKey(f, &buf); k != nil {
				slavicKeys[string(k)] = uint16(i + 1)
			}
			// A man's name and its feminine share a stem (Yevgeny,
			// Yevgeniya): patronymics are made of the man's, listed
			// first.
			if k := slavicStem(f); slavicStems[k] == 0 {
				slavicStems[k] = uint16(i + 1)
			}
		}
	}
}

// PatronymicStem returns the father's name an East Slavic patronymic is
// made of, without the patronymic's ending and the name's final vowels
// (Grigoryevich and Hryhorovych give grigor and hryhor, Andreevich andre),
// or "" for a word with no patronymic ending. Unlike SlavicPatronymic it
// reads names the table of given names does not hold.
func PatronymicStem(form string) string {
	if n := len(form); n < 7 || form[n-1] != 'h' && form[n-1] != 'a' {
		return "" // every ending ends in h or a
	}
	for _, e := range patronymicEnds {
		if len(form) > len(e)+2 && strings.HasSuffix(form, e) {
			return slavicStem(form[:len(form)-len(e)])
		}
	}
	return ""
}

// otherPatronymicEnds are the men's patronymic endings as German, Dutch,
// Hungarian and Estonian spell them (Alexandrowitsch, Aleksandrovitsj,
// Alexandrovics, Alexandrovits), which PatronymicStem leaves to the
// orthographies: only PatronymicOfSurname reads them.
var otherPatronymicEnds = [...]string{"owitsch", "ewitsch", "ovitsj", "evitsj", "ovitj", "evitj", "ovics", "evics", "ovits", "evits"}

// PatronymicOfSurname reports whether the folded Latin form p is an East
// Slavic patronymic made of the root of the surname s, which ends as East
// Slavic surnames made of a given name do (-ov, -ev, -ova, -eva): Ivanov
// and Ivanovich, Petrova and Petrovna, Sergeev and Sergeevich. They are
// two names of two people, the son's surname and the father's given name.
func PatronymicOfSurname(p, s string) bool {
	if len(s) < 5 {
		return false
	}
	s = strings.TrimSuffix(s, "a")
	if !strings.HasSuffix(s, "ov") && !strings.HasSuffix(s, "ev") {
		return false
	}
	stem := PatronymicStem(p)
	for _, e := range otherPatronymicEnds {
		if stem == "" && len(p) > len(e)+2 && strings.HasSuffix(p, e) {
			stem = slavicStem(p[:len(p)-len(e)])
		}
	}
	return stem != "" && slavicStem(s[:len(s)-2]) == stem
}

// SlavicPatronymic returns the number (as SlavicGivenName's) of the
// father's given name an East Slavic patronymic is made of, in any of the
// three languages: Hryhorovych, Grigorievich and Ryhorovich (LUKASHENKA,
// LUKASHENKO), Serhiyivna and Sergeevna. It returns 0 for any other word.
func SlavicPatronymic(form string) uint16 {
	stem := PatronymicStem(form)
	if stem == "" {
		return 0
	}
	slavicOnce.Do(loadSlavic)
	return slavicStems[stem]
}
