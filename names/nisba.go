package names

// nisbaGroups are the words for one origin that names use as a nickname:
// the Arabic nisba (al-Shishani, al-Maghribi), and the English and French
// adjectives lists and documents translate it into ("Omar the Chechen",
// "Abderrahmane le Marocain"). The first of each group is the one all its
// words also take as a form, so that any two of them meet.
var nisbaGroups = [][]string{
	{"amriki", "american", "americain", "amreeki", "amriky"},
	{"maghribi", "moroccan", "marocain", "maghrebi", "magribi"},
	{"masri", "egyptian", "egyptien", "misri"},
	{"libi", "libyan", "libyen"},
	{"suri", "syrian", "syrien"},
	{"iraqi", "irakien", "iraki"},
	{"tunisi", "tunisian", "tunisien", "tounsi"},
	{"jazairi", "algerian", "algerien", "djazairi", "jazaeri"},
	{"saudi", "saoudien"},
	{"yemeni", "yemenite", "yamani"},
	{"kuwaiti", "koweitien"},
	{"urduni", "jordanian", "jordanien"},
	{"filastini", "palestinian", "palestinien"},
	{"lubnani", "lebanese", "libanais"},
	{"sudani", "sudanese", "soudanais"},
	{"somali", "somalien", "sumali"},
	{"afghani", "afghan"},
	{"pakistani", "pakistanais", "bakistani"},
	{"turki", "turkish", "turc"},
	{"shishani", "chechen", "tchetchene", "chechani"},
	{"uzbeki", "uzbek", "ouzbek"},
	{"tajiki", "tajik", "tadjik"},
	{"kurdi", "kurdish", "kurde"},
	{"irani", "iranian", "iranien"},
	{"britani", "british", "britannique", "baritani"},
	{"faransi", "french", "francais"},
	{"almani", "german", "allemand"},
	{"baljiki", "belgian", "belge"},
	{"ustrali", "australian", "australien"},
	{"kanadi", "canadian", "canadien"},
	{"rusi", "russian", "russe"},
	{"narwiji", "norwegian", "norvegien"},
	{"muritani", "mauritanian", "mauritanien", "mauritani"},
	{"tanzani", "tanzanian", "tanzanien"},
	{"habashi", "ethiopian", "ethiopien"},
	{"busni", "bosnian", "bosniaque"},
	{"albani", "albanian", "albanais"},
	{"daghestani", "dagestani", "daghestanais"},
	{"hindi", "indian", "indien"},
}

// nisbas maps each word of a group, the first too, to the group's first.
var nisbas = func() map[string]string {
	m := map[string]string{}
	for _, g := range nisbaGroups {
		for _, w := range g {
			m[w] = g[0]
		}
	}
	return m
}()

// nisbaWord reports whether a word is one of nisbaGroups.
func nisbaWord(t Token) bool {
	for _, f := range t.Forms {
		if nisbas[f] != "" {
			return true
		}
	}
	return false
}
