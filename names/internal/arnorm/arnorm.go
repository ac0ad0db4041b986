// Package arnorm normalizes the letters of Arabic-script names, one rune
// at a time, for names' romanizer and for internal/gentables, which
// learns the romanizer's tables: both must read a letter alike.
package arnorm

// Rune maps one Arabic-script rune to the letter the romanization tables use,
// or 0 to drop it: tashkeel, tatweel and Quranic marks go; أ إ آ ٱ fold to
// ا; ى and the Persian and Urdu yehs to ي; ک to ك; Persian and Urdu hehs to
// ه; the Urdu retroflexes and the letters of Pashto, Sindhi and Sorani
// Kurdish to their nearest Arabic letter (ځ, dz, to ز: Zadran; ټ, t,
// Pashto's Pathan پټان, to ت). ة, ء, ؤ, ئ and the Persian letters پ چ ژ
// گ stay. The rarer letters of the script's other alphabets are read as
// the letter they are drawn on (rareLetters).
func Rune(r rune) rune {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640,
		r >= 0x06D6 && r <= 0x06ED, r == 0x200C, r == 0x200D, r == 0x200E, r == 0x200F:
		return 0
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ', 0x0672, 0x0673, 0x0675:
		return 'ا'
	case 'ى', 'ی', 'ے', 'ې', 'ۍ', 0x06D3, 'ێ': // ێ: Sorani Kurdish ê
		return 'ي'
	case 'ک', 'ڪ':
		return 'ك'
	case 'ۀ', 'ہ', 'ھ', 'ۂ', 0x06D5:
		return 'ه'
	case 'ۃ':
		return 'ة'
	case 'ٹ', 'ټ', 'ٺ', 'ٽ', 'ٿ': // Urdu's, Pashto's and Sindhi's t
		return 'ت'
	case 'ڈ', 'ډ', 'ڊ', 'ڌ', 'ڍ', 'ڏ':
		return 'د'
	case 'ڑ', 'ړ', 'ڙ', 'ڕ': // ڕ: Sorani's rr
		return 'ر'
	case 'ٻ', 'ڀ':
		return 'ب'
	case 'ڄ':
		return 'ج'
	case 'ڇ':
		return 'چ'
	case 'ڦ':
		return 'ف'
	case 'ڳ':
		return 'گ'
	case 'ڵ': // Sorani's ll
		return 'ل'
	case 'ځ': // Pashto dz, written z (Zadran)
		return 'ز'
	case 'څ': // Pashto ts, written s
		return 'س'
	case 'ښ':
		return 'ش'
	case 'ږ':
		return 'ژ'
	case 'ګ':
		return 'گ'
	case 'ڼ', 'ں', 'ڻ', 'ڱ', 'ڃ':
		return 'ن'
	case 'ڥ':
		return 'ڤ'
	case 'ۆ', 'ۇ', 'ۈ', 'ۋ':
		return 'و'
	}
	if r >= 0x0621 && r <= 0x064A || r == 'پ' || r == 'چ' || r == 'ژ' || r == 'گ' || r == 'ڤ' || r == 'ڨ' {
		return r
	}
	return rareLetters[r]
}

// rareLetters maps the rarer letters of the Arabic script's other
// alphabets (Maghrebi, Kashmiri, Kazakh and Kyrgyz, Uyghur, Jawi, and the
// Arabic Supplement block's African and Pakistani letters) to the Arabic
// letter they are drawn on, so that no letter of a name is dropped: ڢ and
// ڧ, the Maghreb's feh and qaf; ڭ, ng, to ن.
var rareLetters = map[rune]rune{
	'ؠ': 'ي', 'ٮ': 'ب', 'ٯ': 'ق', 'ٶ': 'و', 'ٷ': 'و', 'ٸ': 'ي',
	'ڂ': 'ح', 'ڋ': 'د', 'ڎ': 'د', 'ڐ': 'د', 'ڒ': 'ر', 'ڔ': 'ر', 'ڗ': 'ر',
	'ڛ': 'س', 'ڜ': 'ش', 'ڝ': 'ص', 'ڞ': 'ص', 'ڟ': 'ط', 'ڠ': 'غ',
	'ڡ': 'ف', 'ڢ': 'ف', 'ڣ': 'ف', 'ڧ': 'ق', 'ڬ': 'ك', 'ڭ': 'ن', 'ڮ': 'ك',
	'ڰ': 'گ', 'ڲ': 'گ', 'ڴ': 'گ', 'ڶ': 'ل', 'ڷ': 'ل', 'ڸ': 'ل', 'ڹ': 'ن',
	'ڽ': 'ن', 'ڿ': 'چ', 'ۄ': 'و', 'ۅ': 'و', 'ۉ': 'و', 'ۊ': 'و', 'ۏ': 'و',
	'ۑ': 'ي', 'ۮ': 'د', 'ۯ': 'ر', 'ۺ': 'ش', 'ۻ': 'ض', 'ۼ': 'غ', 'ۿ': 'ه',
	0x0750: 'ب', 0x0751: 'ب', 0x0752: 'ب', 0x0753: 'ب', 0x0754: 'ب', 0x0755: 'ب', 0x0756: 'ب',
	0x0757: 'ح', 0x0758: 'ح', 0x0759: 'د', 0x075A: 'د', 0x075B: 'ر', 0x075C: 'س',
	0x075D: 'ع', 0x075E: 'ع', 0x075F: 'ع', 0x0760: 'ف', 0x0761: 'ف',
	0x0762: 'گ', 0x0763: 'ك', 0x0764: 'ك', 0x0765: 'م', 0x0766: 'م',
	0x0767: 'ن', 0x0768: 'ن', 0x0769: 'ن', 0x076A: 'ل', 0x076B: 'ر', 0x076C: 'ر',
	0x076D: 'س', 0x076E: 'ح', 0x076F: 'ح', 0x0770: 'س', 0x0771: 'ر', 0x0772: 'ح',
	0x0773: 'ا', 0x0774: 'ا', 0x0775: 'ي', 0x0776: 'ي', 0x0777: 'ي', 0x0778: 'و',
	0x0779: 'و', 0x077A: 'ي', 0x077B: 'ي', 0x077C: 'ح', 0x077D: 'س', 0x077E: 'س',
	0x077F: 'ك',
}
