package names

// Skeleton returns the consonant skeleton of a folded Latin form: the key
// that survives the spelling variation of transliterated names, where short
// vowels are not written in the source script and consonants are spelled
// several ways.
//
//   - vowels are dropped, except that a leading vowel is kept as "a"
//     (Omar/Umar, Ibrahim/Ebrahim, Osama/Usama meet);
//   - y is a vowel except at the start; w is kept, and v is w: Persian
//     romanizes و as v, Dari and Arabic as w (Vahid/Wahid), German and
//     Polish write w for v (Wladimir);
//   - digraphs are one class: kh→x, gh→g, sh and ch→S (and German sch
//     and tsch), th→t, dh→d, ph→f, zh→j, dj→j (and German dsch), ck→k;
//     q, c and k are one class (Qasim/Kasim);
//   - a final h after a vowel is dropped (Fatimah/Fatima);
//   - a final i, y, ee or ie is kept as "y": it is the Arabic nisba, which
//     makes another name (Salim and Salimi, Baghdad and Baghdadi);
//   - digits are kept (M23);
//   - doubled consonants collapse, also across a dropped vowel
//     (Baghdadi gives bgd: Arabic writes the shadda, not the letter twice).
func Skeleton(f string) string {
	var out [64]byte
	n := 0
	emit := func(c byte) {
		if n > 0 && out[n-1] == c {
			return
		}
		if n < len(out) {
			out[n] = c
			n++
		}
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		var next byte
		if i+1 < len(f) {
			next = f[i+1]
		}
		last := i == len(f)-1
		switch c {
		case 'a', 'e', 'i', 'o', 'u':
			if i == 0 {
				emit('a')
			} else if last && (c == 'i' || (c == 'e' && (f[i-1] == 'e' || f[i-1] == 'i'))) && len(f) > 2 {
				emit('y')
			}
			continue
		case 'y':
			if i == 0 || (last && len(f) > 2) {
				emit('y')
			}
			continue
		case 'h':
			if i == len(f)-1 && i > 0 && isVowel(f[i-1]) {
				continue
			}
			emit('h')
			continue
		}
		// German writes sh sch and ch tsch (Hischam, Raschid, Timoschenko;
		// Krawtschuk, Gorbatschow).
		if c == 's' && next == 'c' && i+2 < len(f) && f[i+2] == 'h' {
			emit('S')
			i += 2
			continue
		}
		if c == 't' && next == 's' && i+3 < len(f) && f[i+2] == 'c' && f[i+3] == 'h' {
			emit('S')
			i += 3
			continue
		}
		if c == 'd' && next == 's' && i+3 < len(f) && f[i+2] == 'c' && f[i+3] == 'h' {
			emit('j') // and dsch j, as French writes dj: Dschamal, Djamel, Jamal
			i += 3
			continue
		}
		if next == 'h' {
			d := byte(0)
			switch c {
			case 'k':
				d = 'x'
			case 'g':
				d = 'g'
			case 's', 'c':
				d = 'S'
			case 't':
				d = 't'
			case 'd':
				d = 'd'
			case 'p':
				d = 'f'
			case 'z':
				d = 'j'
			}
			if d != 0 {
				emit(d)
				i++
				continue
			}
		}
		switch c {
		case 'q', 'c', 'k':
			if c == 'c' && next == 'k' {
				i++
			}
			emit('k')
		case 'd':
			if next == 'j' {
				i++
				emit('j')
				continue
			}
			emit(c)
		case 'v':
			emit('w')
		default:
			if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
				emit(c)
			}
		}
	}
	return string(out[:n])
}

// ArabicVariantKey folds a skeleton (Skeleton) further, by the letters that
// romanizations of one Arabic word write differently and that a Latin
// skeleton keeps apart: ج is j, g in Egypt (Jamal, Gamal; Najib, Naguib),
// dj in the Maghreb; ذ ظ ض are z, dh or d (Zahir, Dhahir), and ذ th as
// English says it (Ghathafi, Qadhafi), so t folds with d; ح and خ are h
// and kh, which Russian writes for both (Mukhammad); aw before a consonant
// is o (Jawhar, Johar; Nawfal, Nofal). It is meant for two words the
// parallel data already gives as spellings of one (see SpellIDs), or two
// words no name data knows (compare.TokenSimilarity), not as a key on its
// own: Gordon and Jordan share it.
//
// The second key reads g as ق instead, as Libya, Sudan, the Gulf and the
// Maghreb say and write it (Gaddafi, Qadhafi; Gasmi, Qasmi; Belgacem,
// Belkacem). When the skeleton needs no folding, both keys are the
// skeleton itself, and nothing is allocated.
func ArabicVariantKey(skel string) (jim, qaf string) {
	folds := false
	for i := 0; i < len(skel); i++ {
		if c := skel[i]; c == 'g' || c == 'z' || c == 'x' || c == 't' || c == 'w' && i > 0 {
			folds = true
			break
		}
	}
	if !folds {
		return skel, skel
	}
	return variantKey(skel, 'j'), variantKey(skel, 'k')
}

func variantKey(skel string, g byte) string {
	var out [64]byte
	n := 0
	for i := 0; i < len(skel) && n < len(out); i++ {
		c := skel[i]
		switch c {
		case 'g':
			c = g
		case 'z', 't':
			c = 'd'
		case 'x':
			c = 'h'
		case 'w':
			if i > 0 {
				continue
			}
		}
		if n > 0 && out[n-1] == c {
			continue
		}
		out[n] = c
		n++
	}
	return string(out[:n])
}
