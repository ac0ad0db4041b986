package names

// Chinese names in Latin letters. A Chinese name is a surname of one
// syllable and a given name of one or two, written in Hanyu Pinyin as
// passports and the lists do (ZHANG Chunxin, LI Fangwei): a syllable is
// worth what a Han character is, however long its Latin spelling.

// pinyinInitials and pinyinFinals spell the parts of a pinyin syllable,
// tones and the diaeresis of ü dropped (lü is lu). Their product holds
// spellings that are no syllable (bong), which only makes a name a little
// likelier to read as Chinese.
var (
	pinyinInitials = []string{"", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
		"zh", "ch", "sh", "r", "z", "c", "s", "y", "w"}
	pinyinFinals = []string{"a", "o", "e", "i", "u", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er",
		"ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang",
		"ue", "ve"}
)

var pinyinSyllableSet = spellings([][]string{pinyinInitials, pinyinFinals})

// chineseSurnames are the hundred commonest Chinese surnames in pinyin.
var chineseSurnames = setOf(
	"wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou",
	"xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "gao", "luo",
	"zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng",
	"zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du",
	"ye", "cheng", "wei", "su", "lu", "ding", "ren", "yao", "shen", "zhong",
	"cui", "tan", "fan", "liao", "shi", "jin", "jia", "xia", "fu", "fang",
	"zou", "xiong", "bai", "meng", "qin", "qiu", "hou", "yin", "xue", "yan",
	"duan", "lei", "long", "tao", "mao", "hao", "gu", "gong", "shao", "wan",
	"qian", "dai", "mo", "kong", "xiang", "chang", "kang", "niu", "qi", "wen",
	"yi", "lai", "hong", "geng", "tong", "zhan", "bao", "shu", "ni", "ou",
)
