package names

// Burmese names in Latin letters. A Burmese name has no surname: it is one
// to four syllables (Min Aung Hlaing, Kyaw Zaw Win, Myint Oo) from an
// inventory of a few hundred, some far commoner than others, written one
// word a syllable as passports and the lists do. Read as rare words, each
// weighed up to 14 bits, and two syllables of a listed name outweighed a
// contradicting birth date (docs/threshold.md).

// burmeseSyllables are the syllables of Burmese given names as Latin
// letters write them, the distinctive ones (burmeseMarkers) with the ones
// other languages write too (Min, Win, Tun, San, Lin).
var burmeseSyllables = setOf(
	"aung", "aye", "ba", "bo", "chan", "chit", "cho", "ei", "hein", "hla", "hlaing", "hlwan", "hmu",
	"hnin", "htay", "htet", "htike", "htin", "htoo", "htun", "htut", "htwe", "kaung", "khaing", "khin",
	"khine", "kyaw", "kyi", "kyu", "kyaing", "lay", "lin", "lwin", "ma", "maung", "may", "min", "moe",
	"mon", "mya", "myat", "myint", "myo", "naing", "nan", "nandar", "nay", "nge", "ngwe", "nu", "nwe",
	"nyan", "nyein", "nyi", "nyo", "nyunt", "ohn", "oo", "phyo", "phyu", "pyae", "pyi", "pwint", "sai",
	"san", "sandar", "saw", "sein", "set", "shein", "shwe", "si", "sit", "soe", "su", "swe", "taw",
	"tay", "thaung", "thant", "than", "thar", "thazin", "thein", "thet", "thi", "thida", "thin",
	"thinzar", "thiri", "thu", "thura", "thuzar", "thwe", "thiha", "tin", "toe", "tun", "wai", "wah",
	"win", "wint", "ye", "yee", "yi", "yin", "yu", "yadanar", "zar", "zaw", "zin", "zaya", "zeya",
	"ko", "kyal", "la", "lwan", "mar", "myaing", "nway", "pa", "pyone", "sone", "tint", "wa", "za",
	"u", "daw",
)

// burmeseMarkers are the syllables no other naming culture here writes so:
// a name reads as Burmese only with one of them.
var burmeseMarkers = setOf(
	"aung", "kyaw", "hlaing", "htut", "htet", "htun", "htoo", "htay", "htwe", "htike", "htin", "myint",
	"myo", "myat", "mya", "nyunt", "nyein", "nyi", "nyo", "nyan", "thein", "maung", "khin", "khaing",
	"khine", "naing", "zaw", "hla", "hlwan", "hnin", "hmu", "thet", "lwin", "swe", "soe", "oo", "moe",
	"nwe", "ngwe", "phyo", "phyu", "pyae", "pwint", "thura", "thiha", "thaung", "thant", "thida",
	"thinzar", "kyi", "kyu", "kyaing", "shwe", "ohn", "wint", "sandar", "yadanar", "thuzar", "zeya",
)

// burmeseHonorifics are the titles a Burmese name carries: U for a man,
// Daw for a woman.
var burmeseHonorifics = setOf("u", "daw")
