package names

import "strings"

// derivedSuffixes end the surnames and patronymics that cultures form from
// a forename: the Arabic and Persian nisba (Mohammad-i, Reza-ei, Musa-vi,
// Ali → Alavi), Persian -zadeh and -pour ("son of": Hosseinzadeh,
// Alipour), the Russian-style -ov/-ev surnames that Turkic and Caucasian
// peoples took from their forenames (Ibragimov, Aliyev), and the East
// Slavic patronymics (Ivanovich, Sergeyevna). Longest first.
var derivedSuffixes = []struct {
	suffix, restore string // the suffix, and what ends the forename in its place
	minBase         int    // the least length of the forename
}{
	{"ovich", "", 3}, {"evich", "", 3}, {"ovna", "", 3}, {"evna", "", 3},
	{"zadeh", "", 3}, {"zada", "", 3}, {"zade", "", 3}, {"pour", "", 3},
	{"yeva", "", 3}, {"yev", "", 3}, {"ova", "", 4}, {"eva", "", 4}, {"ov", "", 4}, {"ev", "", 4},
	{"avi", "i", 3}, {"avi", "a", 3}, {"vi", "", 4}, {"ei", "", 3}, {"yi", "", 3}, {"i", "", 4},
}

// derivedMinShare is the least population share (FormFrequency) of a
// forename whose derived names count as popular: one person in 100,000 of
// the data's countries, some 60,000 people.
const derivedMinShare = 1e-5

// DerivedFromPopular reports whether form, a canonical Latin form, is a
// surname or patronymic derived from a popular forename: Mohammadi from
// Mohammad, Hosseini from Hossein, Aliyev from Ali, Ivanovich from Ivan.
// The name data ranks forenames for many countries whose surnames it does
// not rank (Iran, Afghanistan, Pakistan, the Caucasus) and no country's
// patronymics, yet such a word belongs to the naming culture of its
// forename, and is as little proof of identity next to other popular names
// of that culture. How common the word itself is, the data does not say.
func DerivedFromPopular(form string) bool {
	for _, d := range derivedSuffixes {
		base, ok := strings.CutSuffix(form, d.suffix)
		if !ok || len(base)+len(d.restore) < d.minBase {
			continue
		}
		if FormFrequency(base+d.restore) >= derivedMinShare {
			return true
		}
	}
	return false
}
