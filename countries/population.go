package countries

import (
	"maps"
	"slices"
)

// population holds approximate 2022 populations in millions (UN World
// Population Prospects 2022, rounded) by alpha-2 code: every country of the
// popular names dataset that package names weighs names by, and every other
// country of half a million people or more. The figures serve on a log
// scale (a tenth off moves a rarity by 0.14 bits).
var population = map[string]float64{
	// Africa.
	"ao": 35.6, "bf": 22.7, "bi": 12.9, "bj": 13.4, "bw": 2.6, "cd": 99, "cf": 5.6, "cg": 6.0,
	"ci": 28.2, "cm": 27.9, "cv": 0.59, "dj": 1.1, "dz": 44.9, "eg": 111, "eh": 0.58, "er": 3.7,
	"et": 123, "ga": 2.4, "gh": 33.5, "gm": 2.7, "gn": 13.9, "gq": 1.7, "gw": 2.1, "ke": 54,
	"km": 0.84, "lr": 5.3, "ls": 2.3, "ly": 6.8, "ma": 37.5, "mg": 29.6, "ml": 22.6, "mr": 4.7,
	"mu": 1.3, "mw": 20.4, "mz": 33, "na": 2.6, "ne": 26.2, "ng": 218, "rw": 13.8, "sd": 46.9,
	"sl": 8.6, "sn": 17.3, "so": 17.6, "ss": 10.9, "sz": 1.2, "td": 17.7, "tg": 8.8, "tn": 12.4,
	"tz": 65.5, "ug": 47.2, "za": 60, "zm": 20, "zw": 16.3,
	// Asia.
	"ae": 9.4, "af": 41.1, "am": 2.8, "az": 10.1, "bd": 171, "bh": 1.5, "bt": 0.78, "cn": 1412,
	"cy": 1.25, "ge": 3.7, "hk": 7.5, "id": 276, "il": 9.6, "in": 1417, "iq": 44.5, "ir": 88.5,
	"jo": 11.3, "jp": 125, "kg": 6.7, "kh": 16.8, "kp": 26.1, "kr": 51.7, "kw": 4.3, "kz": 19.6,
	"la": 7.5, "lb": 5.5, "lk": 22, "mm": 54, "mn": 3.4, "mo": 0.7, "mv": 0.52, "my": 34, "np": 30.5,
	"om": 4.6, "ph": 115, "pk": 236, "ps": 5.3, "qa": 2.7, "sa": 36.4, "sg": 5.9, "sy": 22.1,
	"th": 71.7, "tj": 10, "tl": 1.3, "tm": 6.4, "tr": 85, "tw": 23.9, "uz": 34.6, "vn": 98,
	"ye": 33.7,
	// Europe.
	"ad": 0.08, "al": 2.8, "at": 9.0, "ba": 3.2, "be": 11.7, "bg": 6.5, "by": 9.2, "ch": 8.8,
	"cz": 10.5, "de": 84, "dk": 5.9, "ee": 1.3, "es": 47.6, "fi": 5.6, "fo": 0.05, "fr": 68,
	"gb": 67, "gg": 0.064, "gi": 0.033, "gl": 0.056, "gr": 10.4, "hr": 3.9, "hu": 9.6, "ie": 5.1,
	"im": 0.084, "is": 0.38, "it": 59, "je": 0.1, "li": 0.04, "lt": 2.8, "lu": 0.65, "lv": 1.9,
	"mc": 0.04, "md": 2.5, "me": 0.62, "mk": 1.8, "mt": 0.53, "nl": 17.7, "no": 5.5, "pl": 37.6,
	"pt": 10.4, "ro": 19, "rs": 6.7, "ru": 144, "se": 10.5, "si": 2.1, "sk": 5.4, "sm": 0.034,
	"ua": 38, "xk": 1.8,
	// The Americas.
	"ar": 46, "aw": 0.1, "bo": 12.2, "br": 215, "bs": 0.41, "bz": 0.41, "ca": 38.9, "cl": 19.6,
	"co": 52, "cr": 5.2, "cu": 11.1, "do": 11.2, "ec": 18, "gt": 17.4, "gy": 0.81, "hn": 10.4,
	"ht": 11.6, "jm": 2.8, "mx": 128, "ni": 6.9, "pa": 4.4, "pe": 34, "pr": 3.2, "py": 6.8,
	"sr": 0.62, "sv": 6.3, "tt": 1.5, "us": 333, "uy": 3.4, "ve": 28.3,
	// Oceania.
	"au": 26, "fj": 0.93, "nz": 5.1, "pf": 0.3, "pg": 10.1, "sb": 0.72,
}

// Population returns the approximate number of people, in millions, of the
// country with alpha-2 code (either case), or 0 when the table lacks it.
func Population(code string) float64 {
	if len(code) != 2 {
		return 0
	}
	b := []byte{code[0] | 0x20, code[1] | 0x20}
	return population[string(b)]
}

// EachPopulation calls fn with every country's code and population in the
// table, in the codes' order (so that sums come out the same every time).
func EachPopulation(fn func(code string, millions float64)) {
	for _, c := range slices.Sorted(maps.Keys(population)) {
		fn(c, population[c])
	}
}
