package names

import "sync"

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
	{"yevhen", "yevhenii", "yevgeny", "yevgeniy", "evgeny", "evgenii", "evgeniy", "yauhen", "jauhen"},
	{"yevheniya", "yevheniia", "yevgeniya", "evgeniya", "evgeniia", "yauheniya"},
	{"bohdan", "bogdan", "bahdan"},
	{"kostiantyn", "kostyantyn", "konstantin", "kanstantsin"},
	{"heorhiy", "heorhii", "georgy", "georgiy", "georgii", "georgi"},
	{"hennadiy", "hennadii", "gennady", "gennadiy", "gennadii", "gennadi", "henadz", "genadij"},
	{"pavlo", "pavel", "paval"},
	{"petro", "pyotr", "petr", "piotr", "piatro"},
	{"fedir", "fyodor", "fedor", "fiodar", "feodor"},
	{"mykhailo", "mykhaylo", "mikhail", "mikhailo"},
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
	{"semen", "semyon", "siamion"},
	{"leonid", "leanid"},
	{"stanislav", "stanislau"},
	{"viacheslav", "vyacheslav", "viachaslau", "vyachaslau"},
	{"olha", "olga", "volha"},
	{"olena", "yelena", "elena", "alena", "alyona"},
	{"tetiana", "tetyana", "tatyana", "tatiana", "tatsiana", "tatsyana"},
	{"halyna", "galina", "halina"},
	{"kateryna", "yekaterina", "ekaterina", "ekateryna", "katsiaryna", "katsyaryna"},
	{"yuliya", "yuliia", "yulia", "iuliia", "julia"},
	{"liudmyla", "lyudmyla", "lyudmila", "liudmila", "ludmila"},
	{"nadiya", "nadiia", "nadezhda", "nadzeya", "nadzeja"},
	{"liubov", "lyubov", "liubou"},
	{"vira", "vera"},
	{"larysa", "larisa"},
	{"svitlana", "svetlana", "sviatlana", "svyatlana"},
	{"oksana", "aksana"},
	{"artem", "artyom", "artsiom", "artiom"},
	{"viktor", "victor", "viktar"},
	{"valeriy", "valerii", "valery", "valeri", "valer"},
	{"zakhar", "zahar"},
}

var (
	slavicOnce sync.Once
	slavicIDs  map[string]uint16
)

// SlavicGivenName returns the number of the East Slavic given name that
// the folded Latin form spells in Ukrainian, Russian or Belarusian (Serhii,
// Sergey and Siarhei give one number), or 0 when it spells none of them.
func SlavicGivenName(form string) uint16 {
	slavicOnce.Do(func() {
		slavicIDs = make(map[string]uint16, 300)
		for i, group := range eastSlavic {
			for _, f := range group {
				slavicIDs[f] = uint16(i + 1)
			}
		}
	})
	return slavicIDs[form]
}
