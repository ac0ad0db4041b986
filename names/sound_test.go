package names

import (
	"slices"
	"strings"
	"testing"
)

// soundAlike reports whether a Latin word and a word in another script
// have sound keys that meet, and by how many classes. A Han word is read
// as part of a name written between middle dots.
func soundAlike(latin, other string) (bool, int) {
	toks := Tokenize(other)
	if Script(other) == "Han" {
		toks = Tokenize(other + "·" + other)[:1]
	}
	if len(toks) != 1 {
		return false, 0
	}
	mode, _ := SoundScript(Script(other))
	keys := SoundKeys(toks[0])
	n, ok := 0, false
	for _, k := range LatinSoundKeys(latin, mode) {
		for _, sk := range keys {
			if c := SoundKeysMeet(k, sk); c > 0 {
				ok = true
				n = max(n, c)
			}
		}
	}
	return ok, n
}

// TestSoundKeys: names written by ear in Cyrillic, Hebrew, kana and Hangul
// share a sound key with their Latin spelling, read by the rules of the
// languages the names come from; native East Slavic names, one-syllable
// Korean words, and words that start otherwise do not.
func TestSoundKeys(t *testing.T) {
	for _, tt := range []struct {
		latin, other string
		alike        bool
	}{
		{"George", "Джордж", true},
		{"Michael", "Майкл", true}, // ch as k
		{"Shakespeare", "Шекспир", true},
		{"William", "Уильям", true},      // w unsaid
		{"Wolfgang", "Вольфганг", true},  // w as v
		{"Jacques", "Жак", true},         // a final s unsaid
		{"Milošević", "מילושביץ'", true}, // š and ć
		{"Vinci", "Винчи", true},         // Italian ci
		{"George", "ג'ורג'", true},       // geresh
		{"Churchill", "צ'רצ'יל", true},
		{"Wolfgang", "וולפגנג", true},    // וו
		{"Pablo", "פבלו", true},          // a final ו is a vowel
		{"Napoleon", "נפוליאון", true},   // and one before the last letter after a vowel letter
		{"Hemingway", "המינגוויי", true}, // h starts with a consonant
		{"Nietzsche", "ניטשה", true},     // German tzsch
		{"Einstein", "איינשטיין", true},  // German st
		{"George", "ジョージ", true},         // r unsaid, j and g one sound
		{"Putin", "プーチン", true},          // チ for ti
		{"Merkel", "メルケル", true},         // l and r one sound
		{"Vladimir", "ウラジーミル", true},     // an initial v before a consonant, a vowel
		{"Trump", "トランプ", true},
		{"Schwarzenegger", "シュワルツェネッガー", true},
		{"Gates", "ゲイツ", true},    // ツ for t and s
		{"Charles", "シャルル", true}, // r and l, one class, two sounds
		{"Bush", "부시", true},      // Korean writes sh as s
		{"Macron", "마크롱", true},   // a French nasal, Hangul's final ng
		{"Trump", "트럼프", true},
		{"Walker", "Уокер", true}, // the l of -alk unsaid
		{"Zidane", "지단", true},
		{"George", "Τζορτζ", true}, // Greek's sibilants one class
		{"Churchill", "Τσόρτσιλ", true},
		{"Assange", "Ασάνζ", true},
		{"Thatcher", "Θάτσερ", true},
		{"Trump", "特朗普", true}, // a final nasal before p is m
		{"Tom", "汤姆", true},
		{"Clinton", "克林顿", true},
		{"Gates", "盖茨", true},    // c is ts
		{"Jackson", "杰克逊", true}, // j and x
		{"Hillary", "希拉里", true}, // x for h
		{"Putin", "普京", true},    // j for a Russian soft t
		{"Vladimir", "弗拉基米尔", true},
		{"Medvedev", "梅德韦杰夫", true},
		{"Karadžić", "卡拉季奇", true},    // dž one sound
		{"Berlusconi", "贝卢斯科尼", true}, // ke ni, not ken i
		{"Karadžić", "Κάρατζιτς", true},
		{"Biden", "バイデン", true},
		{"Newton", "ニュートン", true},  // ew said yu
		{"Hussein", "フセイン", true},  // fu for hu
		{"Mahmoud", "マフムード", true}, // and for an h before a consonant
		{"Lavrov", "ラヴロフ", true},
		{"Badin", "プーチン", false},       // p-t-n, but a is not u
		{"Gholizadeh", "カラジッチ", false}, // k-l-s-t, but o-i-a is not a-a-i
		{"Filipchuk", "ブレイビク", false},
		{"Shahbaz", "乔布斯", false},
		{"Ferrari", "布莱尔", false},
		{"Sohrab", "Захарова", false}, // a Russian name
		{"Malek", "Михалюк", false},
		{"Achwan", "ששון", false}, // a vowel against a consonant first
		{"Sik", "숙", false},       // one Korean syllable
		{"Putin", "Абрамович", false},
		// Those scripts write voiced and voiceless stops apart, and
		// Hebrew p and f with one letter, b and v with another.
		{"Dremova", "טראמפ", false}, // Trump: d is not t
		{"Badin", "פוטין", false},   // Putin: b is not p
		{"Viktor", "ויקטור", true},
		{"Factura", "ויקטור", false}, // f is not v
		{"Gerhard", "Герхард", true},
		{"Gerhard", "ゲアハルト", true}, // a last d said t
		{"Putin", "バイデン", false},   // Biden: b is not p in kana
		{"Putin", "바이든", false},    // nor in Hangul
		{"Yevgeny", "エフゲニー", true}, // a v closing a syllable, f
		// Cyrillic's х between vowels is said, and Latin's h there
		// may be or not.
		{"Sabri", "Завахири", false},
		{"Zawahiri", "Завахири", true},
		{"Mikhail", "Михаил", true},
		{"Mihail", "Михаил", true},
		{"Michael", "Михаэль", true},
		{"Abraham", "Авраам", true},
		{"Sahara", "Сахара", true},
	} {
		if got, n := soundAlike(tt.latin, tt.other); got != tt.alike {
			t.Errorf("%s and %s sound alike: %v (%d), want %v", tt.latin, tt.other, got, n, tt.alike)
		}
	}
	if got := LatinSoundKeys("George", SoundWest); !slices.Equal(got, []string{"XeoRXx", "KeoRXx", "XeoRKx", "KeoRKx"}) {
		t.Errorf("LatinSoundKeys(George, West) = %q", got)
	}
	if got := LatinSoundKeys("Elon", SoundEast); !slices.Equal(got, []string{"eVLoN"}) {
		t.Errorf("LatinSoundKeys(Elon, East) = %q, want [eVLoN]", got)
	}
	if got := SoundClasses("eVLoN"); got != "VLN" {
		t.Errorf("SoundClasses(eVLoN) = %q, want VLN", got)
	}
}

// TestSoundKeysMeet: two keys meet by their classes, the onset left out,
// when the vowels between them can be alike.
func TestSoundKeysMeet(t *testing.T) {
	for _, tt := range []struct {
		latin, other string
		want         int
	}{
		{"PiTeN", "PaiTeN", 3},  // Biden, バイデン
		{"PaTiN", "PuTiN", 0},   // Badin, プーチン: a is not u
		{"PTN", "PaiTeN", 3},    // no vowels written: any
		{"eVLoN", "eVLoN", 2},   // the onset is no class
		{"TaLaMP", "ToLaMP", 4}, // a is a or o
		{"TLMP", "TLM", 0},
		{"TLM", "TLMP", 0},
		{"KaTS", "KyyTaS", 3},   // Hebrew's yy
		{"BiDeN", "PaiTeN", 0},  // b is not p, d not t
		{"BiDeN", "~PaiTeN", 3}, // unless the other script does not tell (Han)
		{"KeRaD", "KeRaT", 3},   // a last d may be said t
		{"DeRaK", "TeRaK", 0},   // a first may not
	} {
		if got := SoundKeysMeet(tt.latin, tt.other); got != tt.want {
			t.Errorf("SoundKeysMeet(%s, %s) = %d, want %d", tt.latin, tt.other, got, tt.want)
		}
	}
}

// TestHanByEar: only the Han words of a name written between middle dots
// are read by sound; a Chinese name's are not.
func TestHanByEar(t *testing.T) {
	if got := hanSyllables("贝卢斯科尼"); got != "bei'lu'si'ke'ni" {
		t.Errorf("hanSyllables(贝卢斯科尼) = %q, want bei'lu'si'ke'ni", got)
	}
	for _, tk := range Tokenize("唐纳德·特朗普") {
		if !tk.ByEar || SoundKeys(tk) == nil {
			t.Errorf("%s in 唐纳德·特朗普: ByEar %v, keys %q", tk.Raw, tk.ByEar, SoundKeys(tk))
		}
	}
	for _, tk := range Tokenize("赵光宗") {
		if tk.ByEar || SoundKeys(tk) != nil {
			t.Errorf("%s in 赵光宗: ByEar %v, keys %q", tk.Raw, tk.ByEar, SoundKeys(tk))
		}
	}
}

// TestKanaArticle: Japanese writes the Arabic article アル, a particle
// like al-.
func TestKanaArticle(t *testing.T) {
	toks := Tokenize("アブー・バクル・アル＝バグダーディー")
	var kinds []TokenKind
	for _, tk := range toks {
		kinds = append(kinds, tk.Kind)
		if tk.Raw == "アル" && tk.Kind != Particle {
			t.Errorf("アル: kind %d, want Particle", tk.Kind)
		}
	}
	if !slices.Contains(kinds, Particle) {
		t.Errorf("no particle in %v", toks)
	}
}

// FuzzSoundKeys: any word gives at most maxSoundKeys keys, each of the
// classes and vowels alone, in any mode, without panicking.
func FuzzSoundKeys(f *testing.F) {
	for _, s := range []string{"George", "Milošević", "Schwarzenegger", "Джордж", "ג'ורג'", "ジョージ", "트럼프", "dzhordzh", "x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(keys []string) {
			if len(keys) > maxSoundKeys {
				t.Fatalf("%q: %d keys", s, len(keys))
			}
			for _, k := range keys {
				k = strings.TrimPrefix(k, string(soundBlind))
				for i := 0; i < len(k); i++ {
					if !strings.ContainsRune("PBTDKSXMNLRVHaeiouyx", rune(k[i])) {
						t.Fatalf("%q: key %q has %q", s, k, k[i])
					}
				}
			}
		}
		for _, mode := range []SoundMode{SoundWest, SoundEast} {
			keys := LatinSoundKeys(s, mode)
			check(keys)
			for _, k := range keys {
				if strings.IndexByte(k, soundBlind) >= 0 {
					t.Fatalf("%q: Latin key %q is marked blind to voicing", s, k)
				}
			}
		}
		for _, tk := range Tokenize(s) {
			check(SoundKeys(tk))
		}
	})
}
