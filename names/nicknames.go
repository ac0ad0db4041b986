package names

import "sync"

// hypocoristics are given names with the short and familiar forms people
// go by, and that records give as aliases or write in their stead: Bill
// Clinton is William Jefferson Clinton; Pepe is José; Sasha is Aleksandr.
// Each group begins with the full name (and its other spellings), then its
// familiar forms. A familiar form may shorten several names (Alex, Chris,
// Pat, Harry), and is then in several groups. Left out are forms that are
// also another kind of word in names: Al (the Arabic article), Ben (a
// filiation word), Don (a Spanish title), Kim (a Korean surname).
var hypocoristics = [][]string{
	// English.
	{"william", "bill", "billy", "will", "willy", "willie"},
	{"robert", "bob", "bobby", "rob", "robbie", "bert"},
	{"richard", "dick", "rick", "ricky", "rich", "richie"},
	{"james", "jim", "jimmy", "jamie"},
	{"john", "jack", "johnny"},
	{"michael", "mike", "mikey", "mick", "mickey"},
	{"thomas", "tom", "tommy"},
	{"joseph", "joe", "joey"},
	{"charles", "charlie", "chuck"},
	{"edward", "ed", "eddie", "ted", "ned"},
	{"anthony", "antony", "tony"},
	{"daniel", "dan", "danny"},
	{"david", "dave", "davy"},
	{"christopher", "chris", "kit"},
	{"christian", "chris"},
	{"christine", "christina", "chris", "tina"},
	{"matthew", "matt"},
	{"andrew", "andy", "drew"},
	{"nicholas", "nicolas", "nick", "nicky"},
	{"alexander", "alex", "sandy"},
	{"alexandra", "alex"},
	{"benjamin", "benny"},
	{"samuel", "sam", "sammy"},
	{"samantha", "sam"},
	{"patrick", "pat", "paddy"},
	{"patricia", "pat", "patty", "trish"},
	{"peter", "pete"},
	{"stephen", "steven", "steve"},
	{"timothy", "tim"},
	{"kenneth", "ken", "kenny"},
	{"ronald", "ron", "ronnie"},
	{"donald", "donny"},
	{"gerald", "gerry", "jerry"},
	{"lawrence", "laurence", "larry"},
	{"frederick", "fred", "freddie"},
	{"francis", "frank"},
	{"henry", "harry", "hank"},
	{"harold", "harry", "hal"},
	{"theodore", "ted", "teddy", "theo"},
	{"raymond", "ray"},
	{"gregory", "greg"},
	{"jeffrey", "jeff"},
	{"joshua", "josh"},
	{"jonathan", "jon"},
	{"nathaniel", "nathan", "nate"},
	{"zachary", "zach"},
	{"douglas", "doug"},
	{"phillip", "philip", "phil"},
	{"walter", "walt"},
	{"vincent", "vince"},
	{"elizabeth", "liz", "beth", "betty", "eliza", "lisa", "liza"},
	{"margaret", "maggie", "meg", "peggy"},
	{"katherine", "catherine", "kathryn", "kate", "katie", "kathy", "cathy"},
	{"jennifer", "jen", "jenny"},
	{"susan", "sue", "susie"},
	{"deborah", "debra", "deb", "debbie"},
	{"rebecca", "becky"},
	{"jacqueline", "jackie"},
	{"victoria", "vicky"},
	{"abigail", "abby"},
	{"pamela", "pam"},
	{"cynthia", "cindy"},
	{"judith", "judy"},
	{"theresa", "teresa", "terri", "tess"},
	{"sarah", "sally"},
	{"mary", "molly", "polly"},
	// Russian, Ukrainian and Belarusian: each group's first name's
	// spellings in those languages belong to it too (SlavicGivenName).
	{"aleksandr", "sasha", "shura"},
	{"aleksandra", "sasha", "shura"},
	{"mikhail", "misha"},
	{"dmitry", "dima"},
	{"vladimir", "volodya", "vova"},
	{"nikolay", "kolya"},
	{"yevgeny", "zhenya"},
	{"yevgeniya", "zhenya"},
	{"sergey", "seryozha", "serezha"},
	{"aleksey", "lyosha", "alyosha", "lesha"},
	{"pavel", "pasha"},
	{"pyotr", "petya"},
	{"fyodor", "fedya"},
	{"ivan", "vanya"},
	{"yury", "yura"},
	{"vyacheslav", "slava"},
	{"stanislav", "slava", "stas"},
	{"yaroslav", "slava"},
	{"anatoly", "tolya"},
	{"viktor", "vitya"},
	{"grigory", "grisha"},
	{"konstantin", "kostya"},
	{"tatyana", "tanya"},
	{"natalya", "natasha"},
	{"yelena", "lena"},
	{"olga", "olya"},
	{"yekaterina", "katya"},
	{"mariya", "masha"},
	{"svetlana", "sveta"},
	{"lyudmila", "lyuda", "mila"},
	{"nadezhda", "nadya"},
	{"galina", "galya"},
	{"irina", "ira"},
	{"yuliya", "yulya"},
	{"darya", "dasha"},
	{"anastasiya", "anastasia", "nastya"},
	// Spanish and Portuguese.
	{"jose", "pepe"},
	{"francisco", "paco", "pancho"},
	{"ignacio", "nacho"},
	{"jesus", "chucho", "chuy"},
	{"eduardo", "lalo"},
	{"guillermo", "memo"},
	{"alberto", "beto"},
	{"roberto", "beto"},
	{"humberto", "beto"},
	{"antonio", "tono"},
	{"enrique", "quique"},
	{"guadalupe", "lupe"},
	{"rafael", "rafa"},
	{"manuel", "manolo"},
	{"gonzalo", "chalo"},
	{"adolfo", "fito"},
	{"rodolfo", "fito"},
	{"gregorio", "goyo"},
	{"fernando", "nando"},
	{"luis", "lucho"},
	{"rigoberto", "rigo"},
	{"josefa", "pepa"},
}

var (
	nickOnce sync.Once
	nickIDs  map[string][]uint16
)

// Hypocoristic returns the numbers of the groups of hypocoristics the
// folded Latin form is in, as a full name or a familiar one (Bill and
// William share one; Alex is in Alexander's and Alexandra's), or nil.
func Hypocoristic(form string) []uint16 {
	nickOnce.Do(loadNicknames)
	return nickIDs[form]
}

func loadNicknames() {
	nickIDs = make(map[string][]uint16, 600)
	add := func(f string, id uint16) {
		for _, x := range nickIDs[f] {
			if x == id {
				return
			}
		}
		nickIDs[f] = append(nickIDs[f], id)
	}
	for i, group := range hypocoristics {
		id := uint16(i + 1)
		for _, f := range group {
			add(f, id)
		}
		// Oleksandr and Alyaksandr are Sasha too.
		if s := SlavicGivenName(group[0]); s != 0 {
			for _, f := range eastSlavic[s-1] {
				add(f, id)
			}
		}
	}
}
