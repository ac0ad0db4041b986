package documents

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/akascreen/aka"
)

// mrzToday is the date the tests read two-digit years against.
var mrzToday = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

var mrzTestReader = MRZReader{Now: func() time.Time { return mrzToday }}

// mrzSpecimen is one zone of testdata/mrz_samples.txt.
type mrzSpecimen struct {
	line  int // first line
	lines []string
}

func mrzSpecimens(t testing.TB) []mrzSpecimen {
	t.Helper()
	b, err := os.ReadFile("testdata/mrz_samples.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []mrzSpecimen
	var cur mrzSpecimen
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(l, "#"):
		case l == "":
			if len(cur.lines) > 0 {
				out = append(out, cur)
			}
			cur = mrzSpecimen{}
		default:
			if len(cur.lines) == 0 {
				cur.line = n
			}
			cur.lines = append(cur.lines, l)
		}
	}
	if len(cur.lines) > 0 {
		out = append(out, cur)
	}
	return out
}

func TestParseMRZSpecimens(t *testing.T) {
	// Expected values read by hand from the specimens; the check digits
	// were verified independently (shared/data/documents/mrz/
	// mrz_samples.verified.txt).
	want := map[string]MRZ{
		"ERIKSSON TD3": {Format: "TD3", DocumentCode: "P", IssuingState: "UTO", Surname: "ERIKSSON", GivenNames: "ANNA MARIA",
			DocumentNumber: "L898902C3", Nationality: "UTO", BirthDate: "1974-08-12", Sex: "F", ExpiryDate: "2012-04-15",
			OptionalData: "ZE184226B", Valid: true},
		"ERIKSSON TD2": {Format: "TD2", DocumentCode: "I", IssuingState: "UTO", Surname: "ERIKSSON", GivenNames: "ANNA MARIA",
			DocumentNumber: "D23145890", Nationality: "UTO", BirthDate: "1974-08-12", Sex: "F", ExpiryDate: "2012-04-15", Valid: true},
		"ERIKSSON TD1": {Format: "TD1", DocumentCode: "I", IssuingState: "UTO", Surname: "ERIKSSON", GivenNames: "ANNA MARIA",
			DocumentNumber: "D23145890", Nationality: "UTO", BirthDate: "1974-08-12", Sex: "F", ExpiryDate: "2012-04-15", Valid: true},
		// A long number: 9 characters, '<', then "734" and its check digit 9
		// in the optional data.
		"STEVENSON TD1": {Format: "TD1", DocumentCode: "I", IssuingState: "UTO", Surname: "STEVENSON", GivenNames: "PETER JOHN",
			DocumentNumber: "D23145890734", Nationality: "UTO", BirthDate: "1934-07-12", Sex: "M", ExpiryDate: "1995-07-12", Valid: true},
		"MARTIN TD3": {Format: "TD3", DocumentCode: "P", IssuingState: "CAN", Surname: "MARTIN", GivenNames: "SARAH",
			DocumentNumber: "ZE000509", Nationality: "CAN", BirthDate: "1985-01-01", Sex: "F", ExpiryDate: "2023-01-14", Valid: true},
		"SPECIMEN TD3": {Format: "TD3", DocumentCode: "P", IssuingState: "CZE", Surname: "SPECIMEN", GivenNames: "VZOR",
			DocumentNumber: "99003853", Nationality: "CZE", BirthDate: "2011-01-01", Sex: "M", ExpiryDate: "2012-07-04",
			OptionalData: "110101111", Valid: true},
		"MXHMWD TD3": {Format: "TD3", DocumentCode: "P", IssuingState: "ASU", Surname: "MXHMWD", GivenNames: "EBDALRXHYM",
			DocumentNumber: "A2222222", Nationality: "ASU", BirthDate: "1971-08-21", Sex: "F", ExpiryDate: "2004-12-04",
			OptionalData: "1000146819", Valid: true},
		"ESPANOLA ESPANOLA TD1": {Format: "TD1", DocumentCode: "ID", IssuingState: "ESP", Surname: "ESPANOLA ESPANOLA", GivenNames: "CARMEN",
			DocumentNumber: "BAA000589", Nationality: "ESP", BirthDate: "1980-01-01", Sex: "F", ExpiryDate: "2025-01-01",
			OptionalData: "99999999R", Valid: true},
		"PARAUDZINS TD1": {Format: "TD1", DocumentCode: "I", IssuingState: "LVA", Surname: "PARAUDZINS", GivenNames: "ANDRIS",
			DocumentNumber: "PA9992921", Nationality: "LVA", BirthDate: "1982-12-12", Sex: "M", ExpiryDate: "2017-03-05",
			OptionalData: "121282<88882", Valid: true},
		"SPECIMEN TD1": {Format: "TD1", DocumentCode: "I", IssuingState: "SWE", Surname: "SPECIMEN", GivenNames: "SVEN",
			DocumentNumber: "59000002", Nationality: "SWE", BirthDate: "1987-03-14", Sex: "M", ExpiryDate: "2017-01-02",
			OptionalData: "198703142391", Valid: true},
		"MUNIR MRV-B": {Format: "MRV-B", DocumentCode: "VD", IssuingState: "GBR", Surname: "MUNIR", GivenNames: "FAISAL",
			DocumentNumber: "AD0725981", Nationality: "PAK", BirthDate: "1976-08-15", Sex: "M", ExpiryDate: "2006-11-16", Valid: true},
		// The negative specimen: every check digit fails, and neither
		// date exists (day 99, day 86).
		"SPECIMEN1 TD1": {Format: "TD1", DocumentCode: "I", IssuingState: "BAD", Surname: "SPECIMEN1", GivenNames: "SPECIMEN2 BAD",
			DocumentNumber: "BAD", Nationality: "BAD", OptionalData: "BAD", OptionalData2: "BAD",
			Failures: []string{
				"document number check digit: got 0, want 4",
				"birth date check digit: got 8, want 4",
				"expiry date check digit: got 8, want 0",
				"composite check digit: got 0, want 6",
				"birth date: not a date: 010599",
				"expiry date: not a date: 051286",
			}},
	}
	specs := mrzSpecimens(t)
	if len(specs) != len(want) {
		t.Fatalf("%d specimens, want %d", len(specs), len(want))
	}
	for _, sp := range specs {
		got, err := mrzTestReader.Parse(sp.lines)
		if err != nil {
			t.Errorf("line %d: %v", sp.line, err)
			continue
		}
		key := got.Surname + " " + got.Format
		w, ok := want[key]
		if !ok {
			t.Errorf("line %d: unexpected specimen %q", sp.line, key)
			continue
		}
		if diff := cmp.Diff(w, got); diff != "" {
			t.Errorf("line %d (%s) (-want +got):\n%s", sp.line, key, diff)
		}
		delete(want, key)
	}
	for k := range want {
		t.Errorf("specimen %s not found", k)
	}
}

func TestMRZSubject(t *testing.T) {
	specs := mrzSpecimens(t)
	got := map[string]aka.Subject{}
	for _, sp := range specs {
		m, err := mrzTestReader.Parse(sp.lines)
		if err != nil {
			t.Fatal(err)
		}
		got[m.Surname+" "+m.Format] = m.Subject()
	}
	want := map[string]aka.Subject{
		"MARTIN TD3": {Name: "SARAH MARTIN", BirthDate: "1985-01-01", Nationality: "ca", Gender: "female",
			DocumentNumber: "ZE000509", DocumentType: "passport", DocumentCountry: "ca", DocumentExpiry: "2023-01-14",
			DocumentCheck: &aka.DocumentCheck{Format: "TD3", Valid: true}},
		// Utopia is no state: no country.
		"STEVENSON TD1": {Name: "PETER JOHN STEVENSON", BirthDate: "1934-07-12", Gender: "male",
			DocumentNumber: "D23145890734", DocumentType: "national_id", DocumentExpiry: "1995-07-12",
			DocumentCheck: &aka.DocumentCheck{Format: "TD1", Valid: true}},
		"MUNIR MRV-B": {Name: "FAISAL MUNIR", BirthDate: "1976-08-15", Nationality: "pk", Gender: "male",
			DocumentNumber: "AD0725981", DocumentType: "visa", DocumentCountry: "gb", DocumentExpiry: "2006-11-16",
			DocumentCheck: &aka.DocumentCheck{Format: "MRV-B", Valid: true}},
		// The Doc 9303 Arabic scheme: MXHMWD is محمود (M XH M W D: the W is
		// waw, so not محمد as the sample file's comment says), EBDALRXHYM
		// is عبدالرحيم.
		"MXHMWD TD3": {Name: "ABDALRAHIM MAHMOUD", BirthDate: "1971-08-21", Gender: "female",
			DocumentNumber: "A2222222", DocumentType: "passport", DocumentExpiry: "2004-12-04",
			DocumentCheck: &aka.DocumentCheck{Format: "TD3", Valid: true}},
		"SPECIMEN1 TD1": {Name: "SPECIMEN2 BAD SPECIMEN1", DocumentNumber: "BAD", DocumentType: "national_id",
			DocumentCheck: &aka.DocumentCheck{Format: "TD1", Failures: []string{
				"document number check digit: got 0, want 4",
				"birth date check digit: got 8, want 4",
				"expiry date check digit: got 8, want 0",
				"composite check digit: got 0, want 6",
				"birth date: not a date: 010599",
				"expiry date: not a date: 051286",
			}}},
	}
	for k, w := range want {
		if diff := cmp.Diff(w, got[k]); diff != "" {
			t.Errorf("%s: Subject() (-want +got):\n%s", k, diff)
		}
	}
}

// TestMRZCheckDigitVectors runs the Doc 9303 Part 3 Appendix A examples.
func TestMRZCheckDigitVectors(t *testing.T) {
	b, err := os.ReadFile("testdata/mrz_check_digit_vectors.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		i := strings.LastIndexByte(l, ' ')
		in, want := strings.Trim(l[:i], "'"), l[i+1:]
		if got := MRZCheckDigit(in); string(got) != want {
			t.Errorf("MRZCheckDigit(%q) = %c, want %s", in, got, want)
		}
		n++
	}
	if n < 8 {
		t.Errorf("%d vectors, want 8", n)
	}
}

func TestMRZCheckDigitFailureNamed(t *testing.T) {
	// ERIKSSON's TD3 with one check digit changed at a time.
	l1 := "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
	l2 := "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
	tests := []struct {
		at   int
		c    byte
		want []string
	}{
		{9, '5', []string{"document number check digit: got 5, want 6", "composite check digit: got 0, want 3"}},
		{19, '3', []string{"birth date check digit: got 3, want 2", "composite check digit: got 0, want 3"}},
		{27, '0', []string{"expiry date check digit: got 0, want 9", "composite check digit: got 0, want 1"}},
		{42, '2', []string{"personal number check digit: got 2, want 1", "composite check digit: got 0, want 1"}},
		{43, '7', []string{"composite check digit: got 7, want 0"}},
		// A mistyped number: its own digit and the composite fail.
		{0, 'I', []string{"document number check digit: got 6, want 5", "composite check digit: got 0, want 9"}},
	}
	for _, tt := range tests {
		b := []byte(l2)
		b[tt.at] = tt.c
		m, err := ParseMRZ([]string{l1, string(b)})
		if err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if m.Valid || !cmp.Equal(m.Failures, tt.want) {
			t.Errorf("%s: Valid %v, Failures %q, want %q", b, m.Valid, m.Failures, tt.want)
		}
	}
	// An unused personal number may have '<' as its check digit.
	m, err := ParseMRZ([]string{"P<CANMARTIN<<SARAH<<<<<<<<<<<<<<<<<<<<<<<<<<", "ZE000509<9CAN8501019F2301147<<<<<<<<<<<<<<<8"})
	if err != nil || !m.Valid {
		t.Errorf("filler personal number check digit: %v %q", err, m.Failures)
	}
}

func TestMRZCentury(t *testing.T) {
	today := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		yy, mm, dd int
		expiry     bool
		want       int
	}{
		{74, 8, 12, false, 1974},
		{0, 1, 1, false, 2000},
		{26, 2, 28, false, 2026}, // yesterday
		{26, 3, 1, false, 2026},  // today
		{26, 3, 2, false, 1926},  // tomorrow would be in the future
		{26, 0, 0, false, 2026},  // year only
		{27, 1, 1, false, 1927},
		{99, 12, 31, false, 1999},
		{12, 4, 15, true, 2012},
		{36, 1, 1, true, 2036},
		{75, 1, 1, true, 2075},
		{76, 1, 1, true, 1976},
		{77, 1, 1, true, 1977},
		{95, 7, 12, true, 1995},
	}
	for _, tt := range tests {
		if got := MRZYear(tt.yy, tt.mm, tt.dd, today, tt.expiry); got != tt.want {
			t.Errorf("MRZYear(%02d, %d, %d, 2026-03-01, %v) = %d, want %d", tt.yy, tt.mm, tt.dd, tt.expiry, got, tt.want)
		}
	}
	// In a parsed zone, with unknown parts filled with '<'.
	r := MRZReader{Now: func() time.Time { return today }}
	m, err := r.Parse([]string{"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408<<0F1204159ZE184226B<<<<<10"})
	if err != nil {
		t.Fatal(err)
	}
	if m.BirthDate != "1974-08" {
		t.Errorf("birth 7408<<: %q, want 1974-08", m.BirthDate)
	}
	m, _ = r.Parse([]string{"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO2603024F1204159ZE184226B<<<<<10"})
	if m.BirthDate != "1926-03-02" {
		t.Errorf("birth 260302 on 2026-03-01: %q, want 1926-03-02", m.BirthDate)
	}
}

func TestParseMRZErrors(t *testing.T) {
	td3 := []string{"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"}
	tests := []struct {
		name  string
		lines []string
		pos   string
		field string
		err   string
	}{
		{"no lines", nil, "line 1", "", "no lines"},
		{"one line", td3[:1], "line 1", "", "1 line(s) of 44 characters, want 2"},
		{"TD1 two lines", []string{"I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6"}, "line 2", "", "want 3"},
		{"three TD3 lines", append(td3[:2:2], td3[1]), "line 3", "", "extra line"},
		{"short first line", []string{td3[0][:43], td3[1]}, "line 1", "", "length 43"},
		{"short second line", []string{td3[0], td3[1][:43]}, "line 2", "", "length 43, want 44"},
		{"lower case", []string{td3[0], strings.Replace(td3[1], "ZE", "ze", 1)}, "line 2", "personal number", "character \"z\" at position 29"},
		{"space in name", []string{strings.Replace(td3[0], "ANNA<", "ANNA ", 1), td3[1]}, "line 1", "name", "character \" \""},
		{"non-ASCII", []string{strings.Replace(td3[0], "ERIKSSON<", "ERIKSSÖN", 1), td3[1]}, "line 1", "name", "character \"Ö\""},
		{"bad birth date char", []string{td3[0], strings.Replace(td3[1], "7408122", "74-8122", 1)}, "line 2", "birth date", "character \"-\""},
		{"digit document code", []string{"1" + td3[0][1:], td3[1]}, "line 1", "document code", "unknown document"},
	}
	for _, tt := range tests {
		_, err := ParseMRZ(tt.lines)
		var pe *aka.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: error %v, want *aka.ParseError", tt.name, err)
			continue
		}
		if pe.Pos != tt.pos || pe.Field != tt.field || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%s: error %q (pos %q, field %q), want pos %q, field %q, containing %q", tt.name, err, pe.Pos, pe.Field, tt.pos, tt.field, tt.err)
		}
	}
	// Trailing spaces and carriage returns are not part of the zone.
	if _, err := ParseMRZ([]string{td3[0] + " \r", td3[1] + "\r"}); err != nil {
		t.Errorf("trailing space and CR: %v", err)
	}
}

func TestReadMRZErrors(t *testing.T) {
	in := "# two zones\r\n" +
		"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\r\n" +
		"L898902C36UTO7408122F1204159ZE184226B<<<<<10  \r\n" +
		"\r\n" +
		"I<UTOD231458907<<<<<<<<<<<<<<<\n" +
		"7408122F1204159UTO<<<<<<<<<<<6\n" +
		"ERIKSSON<<ANNA<MARIA<<<<<<<<<\n"
	_, err := ReadMRZ(strings.NewReader(in), "in.txt")
	var pe *aka.ParseError
	if !errors.As(err, &pe) || pe.File != "in.txt" || pe.Pos != "line 7" {
		t.Fatalf("error %v, want in.txt: line 7", err)
	}
	if !strings.Contains(err.Error(), "length 29, want 30") {
		t.Errorf("error %q, want the length", err)
	}
	// Blank lines between the lines of one zone split it.
	_, err = ReadMRZ(strings.NewReader("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n"), "")
	if !errors.As(err, &pe) || pe.Pos != "line 1" {
		t.Errorf("split zone: error %v, want line 1", err)
	}
	// Two zones, one comment between lines, CRLF.
	subs, err := ReadMRZ(strings.NewReader(in[:strings.Index(in, "ERIKSSON<<ANNA<MARIA<<<<<<<<<\n")]+"# the name\r\nERIKSSON<<ANNA<MARIA<<<<<<<<<<\n"), "in.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 2 || subs[0].Origin != "line 2" || subs[1].Origin != "line 5" {
		t.Errorf("subjects %+v, want 2 from lines 2 and 5", subs)
	}
	if subs, err := ReadMRZ(strings.NewReader("# nothing\n\n"), ""); err != nil || len(subs) != 0 {
		t.Errorf("empty: %v %v", subs, err)
	}
}

func TestMRZGolden(t *testing.T) {
	const in = "testdata/mrz_samples.txt"
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	subs, err := mrzTestReader.Read(f, in)
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(subs, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := in + ".golden.json"
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", golden, diff)
	}
}

func TestSniffMRZ(t *testing.T) {
	samples, err := os.ReadFile("testdata/mrz_samples.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in   string
		want bool
	}{
		{string(samples), true},
		{string(samples[:512]), true},
		{"\xEF\xBB\xBFI<UTOD231458907<<<<<<<<<<<<<<<\r\n7408122F1204159UTO<<<<<<<<<<<6\r\n", true},
		{"VDGBRMUNIR<<FAISAL<<<<<<<<<<<<<<<<<<", true},
		{"name,birth_date\nERIKSSON,1974\n", false},
		{"UNA:+.? 'UNB+UNOA:4+APIS*ABE+USADHS+070429:0900+000000001++USADHS'", false},
		{"{\"name\":\"x\"}\n", false},
		{"# comment only\n", false},
		{"p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<\n", false},
		{"X<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := SniffMRZ([]byte(tt.in)); got != tt.want {
			t.Errorf("SniffMRZ(%.40q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestMRZNameVariants(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"MXHMWD<<EBDALRXHYM<<<<<<<<<<<<<<<<<<<<<", []string{"EBDALRXHYM MXHMWD", "ABDALRAHIM MAHMOUD", "عبدالرحيم محمود"}},
		{"ERIKSSON<<ANNA<MARIA<<<<<<<", []string{"ANNA MARIA ERIKSSON"}},
		{"MUELLER<<HANS", []string{"HANS MUELLER"}},
		{"XKHALD", []string{"XKHALD", "KHALED", "خالد"}},
		// X sequences that ordinary names write: not the Arabic scheme.
		{"XIE<<XIAOMING", []string{"XIAOMING XIE"}},
		{"ALEXANDER<<MAX", []string{"MAX ALEXANDER"}},
		// XH with a letter the scheme does not use (O): Albanian.
		{"HOXHA<<ENVER", []string{"ENVER HOXHA"}},
		{"XHEVDET<<BEQIRI", []string{"BEQIRI XHEVDET"}},
		{"Anna Maria Eriksson", []string{"ANNA MARIA ERIKSSON"}},
	}
	for _, tt := range tests {
		if got := MRZNameVariants(tt.in); !cmp.Equal(got, tt.want) {
			t.Errorf("MRZNameVariants(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Subject leaves XH names from Albanian-speaking states as written.
	m, err := ParseMRZ([]string{"P<ALBXHAKA<<ARBEN<<<<<<<<<<<<<<<<<<<<<<<<<<<", "ZE000509<9ALB8501019F2301147<<<<<<<<<<<<<<08"})
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Subject().Name; got != "ARBEN XHAKA" {
		t.Errorf("Albanian XHAKA: Name %q, want ARBEN XHAKA", got)
	}
}

func TestMRZCountry(t *testing.T) {
	tests := map[string]string{
		"D": "de", "D<<": "de", "DEU": "de", "GBR": "gb", "GBD": "gb", "GBN": "gb", "GBO": "gb", "GBP": "gb", "GBS": "gb",
		"UNO": "", "UNA": "", "UNK": "", "XXA": "", "XXB": "", "XXC": "", "XXX": "", "UTO": "", "ASU": "",
		"PAK": "pk", "CAN": "ca", "RKS": "xk", "": "", "<<<": "",
	}
	for in, want := range tests {
		if got := MRZCountry(in); got != want {
			t.Errorf("MRZCountry(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParseMRZ(f *testing.F) {
	for _, sp := range mrzSpecimens(f) {
		f.Add(strings.Join(sp.lines, "\n"))
	}
	f.Add("")
	f.Add("P<UTO\nL898")
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMRZ(strings.Split(s, "\n"))
		if err != nil {
			var pe *aka.ParseError
			if !errors.As(err, &pe) || pe.Pos == "" {
				t.Fatalf("error %v is not a *aka.ParseError with a position", err)
			}
			return
		}
		_ = m.Subject()
		if m.Valid != (len(m.Failures) == 0) {
			t.Fatalf("Valid %v with failures %q", m.Valid, m.Failures)
		}
	})
}

func FuzzReadMRZ(f *testing.F) {
	// Small seeds: the fuzzer minimizes every new input it finds, which
	// takes long for inputs the size of the whole samples file.
	f.Add([]byte("# two zones\r\nI<UTOD231458907<<<<<<<<<<<<<<<\r\n7408122F1204159UTO<<<<<<<<<<<6\r\nERIKSSON<<ANNA<MARIA<<<<<<<<<<\r\n\r\n" +
		"VDGBRMUNIR<<FAISAL<<<<<<<<<<<<<<<<<<\nAD07259817PAK7608151M0611165<<<<<<<<\n"))
	for _, sp := range mrzSpecimens(f) {
		f.Add([]byte(strings.Join(sp.lines, "\r\n") + "\r\n"))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		subs, err := ReadMRZ(bytes.NewReader(b), "fuzz.txt")
		if err != nil {
			var pe *aka.ParseError
			if !errors.As(err, &pe) || pe.Pos == "" {
				t.Fatalf("error %v is not a *aka.ParseError with a position", err)
			}
			return
		}
		for _, s := range subs {
			if s.Origin == "" || s.DocumentCheck == nil {
				t.Fatalf("subject %+v without origin or check", s)
			}
		}
		_ = SniffMRZ(b)
	})
}

// BenchmarkParseMRZ parses every specimen once per iteration (12 zones):
// about 12 µs, 127 allocations, so about 1 µs a zone.
func BenchmarkParseMRZ(b *testing.B) {
	specs := mrzSpecimens(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, sp := range specs {
			if _, err := ParseMRZ(sp.lines); err != nil {
				b.Fatal(err)
			}
		}
	}
}
