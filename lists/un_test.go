package lists

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/akascreen/aka"
	"github.com/google/go-cmp/cmp"
)

var unFormat, _ = FormatByName("un-xml")

// readUNBytes reads data as the UN list, as Load would once detected.
func readUNBytes(data []byte, file string) (*List, error) {
	return ReadFormat(bytes.NewReader(data), unFormat, Source{File: file})
}

func unExcerpt(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "un_excerpt.xml"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func unEntity(t *testing.T, l *List, id string) *aka.Entity {
	t.Helper()
	for _, e := range l.Entities {
		if e.ID == id {
			return e
		}
	}
	t.Fatalf("%s: no entity %s", l.File, id)
	return nil
}

func unName(e *aka.Entity, full string) (aka.Name, bool) {
	for _, n := range e.Names {
		if n.Full == full {
			return n, true
		}
	}
	return aka.Name{}, false
}

func TestSniffUN(t *testing.T) {
	tests := []struct {
		head string
		want bool
	}{
		{`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<CONSOLIDATED_LIST xmlns:xsi="x" dateGenerated="2026-01-28T00:00:11.197Z">`, true},
		{"<?xml version='1.0' encoding='UTF-8'?>\n<CONSOLIDATED_LIST>", true},
		{"\xef\xbb\xbf<!-- a comment -->\n  <CONSOLIDATED_LIST\n dateGenerated=''>", true},
		{"<CONSOLIDATED_LIST/>", true},
		{"<CONSOLIDATED_LISTS>", false},
		{"<?xml version='1.0'?><export><sanctionEntity/></export>", false},
		{"<?xml version='1.0'", false},
		{`"ent_num","SDN_Name"`, false},
		{"", false},
	}
	for _, tt := range tests {
		if got := sniffUN([]byte(tt.head)); got != tt.want {
			t.Errorf("sniffUN(%q) = %v, want %v", tt.head, got, tt.want)
		}
	}
}

func TestUNGolden(t *testing.T) {
	l := checkGolden(t, "un_excerpt.xml")
	if l.Format != "un-xml" || l.Version != "2026-01-28" {
		t.Errorf("format %q version %q, want un-xml 2026-01-28", l.Format, l.Version)
	}
	e := unEntity(t, l, "un:TAi.002")
	want := []aka.BirthDate{
		{Date: aka.PartialDate{Year: 1955}, To: aka.PartialDate{Year: 1958}, Approximate: true},
		{Date: aka.PartialDate{Year: 1945}, To: aka.PartialDate{Year: 1950}, Approximate: true},
	}
	if diff := cmp.Diff(want, e.BirthDates); diff != "" {
		t.Errorf("TAi.002 birth dates (-want +got):\n%s", diff)
	}
	e = unEntity(t, l, "un:QDe.014")
	if n, ok := unName(e, "GSPC"); !ok || n.Kind != aka.Former {
		t.Errorf("QDe.014: GSPC = %+v, %v; want a former name", n, ok)
	}
}

func TestUNFullFiles(t *testing.T) {
	tests := []struct {
		file                   string
		version                string
		persons, organizations int
	}{
		{"un/un_consolidated_2025-04-19.xml", "2025-04-19", 684, 193},
		{"un/un_consolidated_2026-01-28.xml", "2026-01-28", 726, 273},
		{"un/un_consolidated_2026-02-27.xml", "2026-02-27", 730, 273},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			l, err := Load(sharedData(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			s := l.Stats()
			if s.Version != tt.version || s.Persons != tt.persons || s.Organizations != tt.organizations {
				t.Errorf("version %s, %d persons, %d organizations; want %s, %d, %d",
					s.Version, s.Persons, s.Organizations, tt.version, tt.persons, tt.organizations)
			}
			for _, e := range l.Entities {
				if e.ListVersion != tt.version || e.Source != "un" || e.ID != "un:"+e.SourceID {
					t.Errorf("%s: list version %q, source %q, source id %q", e.ID, e.ListVersion, e.Source, e.SourceID)
				}
				if e.Names[0].Kind != aka.Primary {
					t.Errorf("%s: first name %+v is not primary", e.ID, e.Names[0])
				}
				seen := map[string]bool{}
				for _, n := range e.Names {
					k := strings.ToLower(n.Full)
					if seen[k] {
						t.Errorf("%s: name %q twice", e.ID, n.Full)
					}
					seen[k] = true
					// Primary names stay as written ("... (CAGL) ; GREAT LAKES ...").
					if (n.Kind != aka.Primary && strings.Contains(n.Full, ";")) || strings.Contains(n.Full, "\n") || n.Full != strings.TrimSpace(n.Full) {
						t.Errorf("%s: name %q not split or cleaned", e.ID, n.Full)
					}
				}
				for _, c := range e.Nationalities {
					if len(c) != 2 {
						t.Errorf("%s: nationality %q", e.ID, c)
					}
				}
			}
		})
	}
}

func TestUNBaghdadi(t *testing.T) {
	l, err := Load(sharedData(t, "un/un_consolidated_2026-01-28.xml"))
	if err != nil {
		t.Fatal(err)
	}
	e := unEntity(t, l, "un:QDi.299")
	if e.Type != aka.Person || e.PrimaryName() != "IBRAHIM AWWAD IBRAHIM ALI AL-BADRI AL-SAMARRAI" {
		t.Errorf("QDi.299: type %s, primary %q", e.Type, e.PrimaryName())
	}
	if n, ok := unName(e, "إبراهيم عواد إبراهيم علي البدري السامرائي"); !ok || n.Script != "Arabic" || n.Quality != aka.Strong {
		t.Errorf("QDi.299 original script name = %+v, %v", n, ok)
	}
	for _, full := range []string{"Abu Bakr al-Baghdadi", "Abu Bakr al-Baghdadi al-Husayni al-Quraishi", "أبو بكر البغدادي الحسيني القريشي", "Abu Du’a", "Abu Duaa’"} {
		if n, ok := unName(e, full); !ok || n.Quality != aka.Weak || n.Kind != aka.Alias {
			t.Errorf("QDi.299 %q = %+v, %v; want a weak alias", full, n, ok)
		}
	}
	for _, full := range []string{"Ibrahim ‘Awad Ibrahim al-Badri al-Samarrai", "Dr. Ibrahim Awwad Ibrahim al-Samarra’i"} {
		if n, ok := unName(e, full); !ok || n.Quality != aka.Strong {
			t.Errorf("QDi.299 %q = %+v, %v; want a strong alias", full, n, ok)
		}
	}
	if n, _ := unName(e, "أبو دعاء"); !strings.Contains(n.Note, "nom de guerre") {
		t.Errorf("QDi.299 أبو دعاء note = %q, want the alias's note", n.Note)
	}
	if diff := cmp.Diff([]aka.BirthDate{{Date: aka.PartialDate{Year: 1971}}}, e.BirthDates); diff != "" {
		t.Errorf("QDi.299 birth dates (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"iq"}, e.Nationalities); diff != "" {
		t.Errorf("QDi.299 nationalities (-want +got):\n%s", diff)
	}
	if e.ListedOn != (aka.PartialDate{Year: 2011, Month: 10, Day: 5}) || len(e.Programs) != 1 || e.Programs[0] != "Al-Qaida" {
		t.Errorf("QDi.299 listed on %s, programs %q", e.ListedOn, e.Programs)
	}
}

func TestUNSplitName(t *testing.T) {
	tests := []struct {
		in        string
		org       bool
		names     []string
		withNotes []string
	}{
		{"Abu Bakr", false, []string{"Abu Bakr"}, nil},
		{"أبو بكر البغدادي الحسيني القريشي (Abu Bakr al-Baghdadi al-Husayni al-Quraishi; Abu Bakr al-Baghdadi)", false,
			[]string{"أبو بكر البغدادي الحسيني القريشي", "Abu Bakr al-Baghdadi al-Husayni al-Quraishi", "Abu Bakr al-Baghdadi"}, nil},
		{"Ibrahim Hassan Tali Asiri (إبراهيم حسن طالع عسيري)", false, []string{"Ibrahim Hassan Tali Asiri", "إبراهيم حسن طالع عسيري"}, nil},
		{"Jin Tiesan (金铁三)", false, []string{"Jin Tiesan", "金铁三"}, nil},
		{"Amir Khazmat (original script: Амир Хазмат)", false, []string{"Amir Khazmat", "Амир Хазмат"}, nil},
		{"Abdul Rehman; Abd Ur-Rehman; Abdur Rahman", false, []string{"Abdul Rehman", "Abd Ur-Rehman", "Abdur Rahman"}, nil},
		{"Mohammed Sabet; Mohammad Sabet b) M. Javad Kareemi Sabet", false, []string{"Mohammed Sabet", "Mohammad Sabet", "M. Javad Kareemi Sabet"}, nil},
		{"Akhter Mohmad son of Noor Mohmad (اختر محمد ولد نور محمد ),", false, []string{"Akhter Mohmad son of Noor Mohmad", "اختر محمد ولد نور محمد"}, nil},
		{"Agha Jan Alizai اغا جان عالیزی", false, []string{"Agha Jan Alizai", "اغا جان عالیزی"}, nil},
		{") Abdelrahman Mouhamad Zafir al Dabissi Juhan", false, []string{"Abdelrahman Mouhamad Zafir al Dabissi Juhan"}, nil},
		// Parentheses that hold no name.
		{"Ezatullah Haqqani (previously listed as)", false, []string{"Ezatullah Haqqani"}, []string{"previously listed as"}},
		{"Encep Nurjaman (birth name)", false, []string{"Encep Nurjaman"}, []string{"birth name"}},
		{"Lom-ali Butayev (Butaev)", false, []string{"Lom-ali Butayev"}, []string{"Butaev"}},
		{"EL PARA (COMBAT NAME)", false, []string{"EL PARA"}, []string{"COMBAT NAME"}},
		{"(Sheikh) Musa Hilal", false, []string{"(Sheikh) Musa Hilal"}, nil},
		{"Safia Farkash Mohammed Al-Hadad, born 1 Jan. 1953 (Oman passport no.03825239)", false,
			[]string{"Safia Farkash Mohammed Al-Hadad"}, []string{"born 1 Jan. 1953", "Oman passport no.03825239"}},
		{"Mohammad Ishaq Akhund born in 1963", false, []string{"Mohammad Ishaq Akhund"}, []string{"born in 1963"}},
		{"Born Free Osborn", false, []string{"Born Free Osborn"}, nil},
		// A language named after a name in its script is a label.
		{"ኤርሚኣስ ግርማይ (Tigrinya)", false, []string{"ኤርሚኣስ ግርማይ"}, []string{"Tigrinya"}},
		{"Leader (Hong Kong) International Trading Limited", true, []string{"Leader (Hong Kong) International Trading Limited"}, nil},
		{"AL-HARAMAIN FOUNDATION (PAKISTAN)", true, []string{"AL-HARAMAIN FOUNDATION"}, []string{"PAKISTAN"}},
		{"SECOND ACADEMY OF NATURAL SCIENCES (KPE.018)", true, []string{"SECOND ACADEMY OF NATURAL SCIENCES"}, []string{"KPE.018"}},
		// Acronyms, for entities only.
		{"Al-Qaida in Yemen (AQY)", true, []string{"Al-Qaida in Yemen", "AQY"}, nil},
		{"Le Groupe Salafiste pour La Prédication et le Combat (GSPC)", true, []string{"Le Groupe Salafiste pour La Prédication et le Combat", "GSPC"}, nil},
		{"Lord’s Resistance Movement/Army (LRM/A)", true, []string{"Lord’s Resistance Movement/Army", "LRM/A"}, nil},
		{"AL-ITIHAAD AL-ISLAMIYA / AIAI", true, []string{"AL-ITIHAAD AL-ISLAMIYA", "AIAI"}, nil},
		// The words an acronym stands for, after it.
		{"ADF (ALLIED DEMOCRATIC FORCES)", true, []string{"ADF", "ALLIED DEMOCRATIC FORCES"}, nil},
		{"ADF (ALLIED DEMOCRATIC FORCES)", false, []string{"ADF"}, []string{"ALLIED DEMOCRATIC FORCES"}},
		{"AL-HARAMAIN (BANGLADESH)", true, []string{"AL-HARAMAIN"}, []string{"BANGLADESH"}},
		{"Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); Hayat Tahrir al-Sham)", true,
			[]string{"Hay’at Tahrir al-Sham", "HTS", "هيئة تحرير الشام", "Hayat Tahrir al-Sham"}, nil},
		{"شبكة أنصار المجاهدين (Ansar al-Mujahideen Network - sub-unit name)", true,
			[]string{"شبكة أنصار المجاهدين", "Ansar al-Mujahideen Network"}, []string{"sub-unit name"}},
		{"", false, nil, nil},
		{"()", false, nil, nil},
	}
	for _, tt := range tests {
		names, notes := unSplitName(tt.in, tt.org)
		if diff := cmp.Diff(tt.names, names); diff != "" {
			t.Errorf("unSplitName(%q) names (-want +got):\n%s", tt.in, diff)
		}
		if diff := cmp.Diff(tt.withNotes, notes); diff != "" {
			t.Errorf("unSplitName(%q) notes (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestUNNoteNames(t *testing.T) {
	tests := []struct {
		note string
		want []string
	}{
		{"(Abu Du’a; Abu Duaa’) prominently known by this nom de guerre", []string{"Abu Du’a", "Abu Duaa’"}},
		{"born in 1971 in Samarra, Iraq (Ibrahim ‘Awad Ibrahim al-Badri al-Samarrai; Dr. Ibrahim Awwad Ibrahim al-Samarra’i)",
			[]string{"Ibrahim ‘Awad Ibrahim al-Badri al-Samarrai", "Dr. Ibrahim Awwad Ibrahim al-Samarra’i"}},
		{"original script: Абу Банат", []string{"Абу Банат"}},
		{"Previously listed as. In Arabic: أبوبكر الجزائري", []string{"أبوبكر الجزائري"}},
		{"in Arabic script: شركة الكوثر", []string{"شركة الكوثر"}},
		{"Hajji Faizullah Khan Noorzai; Haji Faizullah Khan; Haji Fiazullah", []string{"Hajji Faizullah Khan Noorzai", "Haji Faizullah Khan", "Haji Fiazullah"}},
		{"Abu Muhammad al-Jawlani, Abu Mohammed al-Julani (transliterations of original script name)", []string{"Abu Muhammad al-Jawlani", "Abu Mohammed al-Julani"}},
		{"transliterations: Shaykh al-Fatih; Al Fatih ) (Translation: The Conqueror) (Nom de guerre", []string{"Shaykh al-Fatih", "Al Fatih"}},
		// Notes that give no name.
		{"previously listed as", nil},
		{"The Moroccan", nil},
		{"in Baghdad, Iraq (DPOB - 1970) - Passport No. 284158, expires 21 August 2005 (Iraq)", nil},
		{"Passport number: B0515260; DOB: 1948; POB: Anefif (Kidal), Mali", nil},
		{"Mother’s name: Fatma Ali Majour. Address: Mosul, Souq al-Nabi Yunis", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, unNoteNames(tt.note)); diff != "" {
			t.Errorf("unNoteNames(%q) (-want +got):\n%s", tt.note, diff)
		}
	}
}

func TestUNDocNumber(t *testing.T) {
	tests := []struct {
		in      string
		keyword bool
		core    string
	}{
		{"AB850901", false, "AB850901"},
		{"PS 472330208 ", false, "PS 472330208"},
		{"Libyan passport No. 513519", false, "513519"},
		{"563210184 (Expires 18 Jun. 2018)", false, "563210184"},
		{"TR-P 614 166", false, "TR-P 614 166"},
		{"Russian passport number 8208 No. 555627", false, "8208 555627"},
		{"Tunisian passport number L 191609 issued on 28 Feb. 1996", true, "L 191609"},
		{"04643632 issued on 18 Jun. 1999", true, "04643632"},
		{"Italian Fiscal Code: DAOMMD74T11Z352Z", true, "DAOMMD74T11Z352Z"},
		{"issued for Djamel Mostefa, born on 25 Sep. 1973", true, ""},
		{"issued in 1993, under name Muhammad", true, ""},
		{"", false, ""},
	}
	for _, tt := range tests {
		if core, _ := unDocNumber(tt.in, tt.keyword); core != tt.core {
			t.Errorf("unDocNumber(%q, %v) = %q, want %q", tt.in, tt.keyword, core, tt.core)
		}
	}
}

var unPosRE = regexp.MustCompile(`line \d+`)

func TestUNErrors(t *testing.T) {
	excerpt := unExcerpt(t)
	tests := []struct {
		name  string
		data  []byte
		pos   string // a substring of Pos
		field string
	}{
		{"truncated", excerpt[:len(excerpt)/2], "INDIVIDUAL", ""},
		{"bad date", bytes.Replace(excerpt, []byte("<DATE>1964-04-13</DATE>"), []byte("<DATE>1964-13-45</DATE>"), 1),
			"INDIVIDUAL 4 (QDi.290)", "INDIVIDUAL_DATE_OF_BIRTH/DATE"},
		{"bad year", bytes.Replace(excerpt, []byte("<FROM_YEAR>1955</FROM_YEAR>"), []byte("<FROM_YEAR>195x</FROM_YEAR>"), 1),
			"(TAi.002)", "INDIVIDUAL_DATE_OF_BIRTH/FROM_YEAR"},
		{"bad listed on", bytes.Replace(excerpt, []byte("<LISTED_ON>2011-10-05</LISTED_ON>"), []byte("<LISTED_ON>5 Oct 2011</LISTED_ON>"), 1),
			"(QDi.299)", "LISTED_ON"},
		{"no reference", bytes.Replace(excerpt, []byte("<REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER>"), nil, 1),
			"INDIVIDUAL 1", "REFERENCE_NUMBER"},
		{"bad version", bytes.Replace(excerpt, []byte(`dateGenerated="2026-01-28T`), []byte(`dateGenerated="yesterday`), 1),
			"line 2", "CONSOLIDATED_LIST/@dateGenerated"},
		{"duplicate", bytes.Replace(excerpt, []byte("<REFERENCE_NUMBER>IRi.034<"), []byte("<REFERENCE_NUMBER>CDi.001<"), 1),
			"INDIVIDUAL 2 (CDi.001)", ""},
		// Found by FuzzReadUN: the aliases would have named the entity.
		{"name with no letter", []byte("<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>Z</REFERENCE_NUMBER>" +
			"<FIRST_NAME>;</FIRST_NAME><INDIVIDUAL_ALIAS><ALIAS_NAME>Abu Z</ALIAS_NAME></INDIVIDUAL_ALIAS></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"),
			"(Z)", "FIRST_NAME"},
		{"mismatched tag", bytes.Replace(excerpt, []byte("</GENDER>"), []byte("</GENDRE>"), 1), "line ", ""},
		{"not XML", []byte("ent_num,SDN_Name\n1,SOMEONE\n"), "line ", ""},
		{"JSON", []byte(`{"id": "x"}`), "line 1", ""},
		{"other root", []byte("<?xml version='1.0'?>\n<export/>"), "line 2", "export"},
		{"empty", nil, "line 1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readUNBytes(tt.data, "un_bad.xml")
			if err == nil {
				t.Fatal("no error")
			}
			var pe *aka.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T) is not an *aka.ParseError", err, err)
			}
			msg := err.Error()
			if !strings.Contains(msg, "un_bad.xml") || !unPosRE.MatchString(pe.Pos) || !strings.Contains(pe.Pos, tt.pos) {
				t.Errorf("error %q: want the file name and a position with %q", msg, tt.pos)
			}
			if pe.Field != tt.field {
				t.Errorf("error %q: field %q, want %q", msg, pe.Field, tt.field)
			}
		})
	}
}

func TestUNEmpty(t *testing.T) {
	_, err := readUNBytes([]byte(`<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="2026-01-28T00:00:00Z"><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>`), "un_empty.xml")
	if err == nil || !strings.Contains(err.Error(), "no entities") {
		t.Errorf("empty list: error %v, want no entities", err)
	}
}

func FuzzReadUN(f *testing.F) {
	excerpt := unExcerpt(f)
	f.Add(excerpt)
	f.Add(excerpt[:len(excerpt)/3])
	f.Add(bytes.Replace(excerpt, []byte("<DATE>1964-04-13</DATE>"), []byte("<DATE>13/04/1964</DATE>"), 1))
	f.Add(bytes.Replace(excerpt, []byte("</NUMBER>"), []byte("</NUMBR>"), 1))
	f.Add([]byte(`<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>X</REFERENCE_NUMBER><FIRST_NAME>A (B; C) (D</FIRST_NAME><INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>)(;a) b) ،</ALIAS_NAME><NOTE>original script: (x; y) transliterations:</NOTE></INDIVIDUAL_ALIAS></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`))
	f.Add([]byte(`<CONSOLIDATED_LIST><ENTITIES><ENTITY><REFERENCE_NUMBER>Y</REFERENCE_NUMBER><FIRST_NAME>ABC (A-B/C) / (ZZ)</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>`))
	f.Add([]byte("not xml at all"))
	// Hostile nesting must stay linear (see unMaxSplitDepth).
	f.Add([]byte(`<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>Z</REFERENCE_NUMBER><FIRST_NAME>Z</FIRST_NAME><INDIVIDUAL_ALIAS><ALIAS_NAME>` +
		strings.Repeat("(a; b) ", 2000) + strings.Repeat("(", 2000) + strings.Repeat(")", 2000) + `</ALIAS_NAME><NOTE>` + strings.Repeat("x (", 2000) +
		`</NOTE></INDIVIDUAL_ALIAS></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		_, err := ReadUN(bytes.NewReader(data), Source{File: "fuzz.xml"}, func(e *aka.Entity) error {
			n++
			if e.ID == "" || len(e.Names) == 0 || e.Names[0].Kind != aka.Primary {
				t.Errorf("entity %d: id %q, names %+v", n, e.ID, e.Names)
			}
			return nil
		})
		if err == nil {
			return
		}
		var pe *aka.ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("error %v (%T) is not an *aka.ParseError", err, err)
		}
		if pe.Pos == "" || pe.File != "fuzz.xml" {
			t.Fatalf("error %q: no position or file", err)
		}
	})
}

// BenchmarkReadUN reads the 2026-01-28 list (999 entries, 2 MB) from memory.
func BenchmarkReadUN(b *testing.B) {
	data, err := os.ReadFile(sharedData(b, "un/un_consolidated_2026-01-28.xml"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		n := 0
		if _, err := ReadUN(bytes.NewReader(data), Source{File: "un.xml"}, func(*aka.Entity) error { n++; return nil }); err != nil {
			b.Fatal(err)
		}
		if n != 999 {
			b.Fatalf("%d entities, want 999", n)
		}
	}
}
