package screening

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/akascreen/aka"
)

// readAll reads every record, returning subjects' names and errors.
func readAll(t *testing.T, r SubjectReader) (names []string, errs []error) {
	t.Helper()
	for i := 0; i < 100000; i++ {
		rec, err := r.Next()
		if err == io.EOF {
			return names, errs
		}
		if err != nil {
			t.Fatalf("fatal: %v", err)
		}
		if rec.Err != nil {
			errs = append(errs, rec.Err)
			continue
		}
		names = append(names, rec.Subject.Name)
	}
	t.Fatal("reader does not end")
	return nil, nil
}

func TestCSVColumns(t *testing.T) {
	in := "Customer ID;First Name;Surname;DOB;Nationality;Sex;Passport No\n" +
		"1;Anna Maria;Eriksson;1974-08-12;SE;F;L898902C3\n" +
		"2;\"Abu Bakr\";\"al-Baghdadi\";1971;Iraq;M;\n"
	r, err := NewCSVReader(strings.NewReader(in), "c.csv")
	if err != nil {
		t.Fatal(err)
	}
	rec, err := r.Next()
	if err != nil || rec.Err != nil {
		t.Fatal(err, rec.Err)
	}
	want := aka.Subject{ID: "1", Name: "Anna Maria Eriksson", BirthDate: "1974-08-12", Nationality: "SE", Gender: "F", DocumentNumber: "L898902C3", Origin: "line 2"}
	if rec.Subject != want {
		t.Errorf("got %+v\nwant %+v", rec.Subject, want)
	}
}

func TestCSVBadInput(t *testing.T) {
	if _, err := NewCSVReader(strings.NewReader("id,dob\n1,1970\n"), "c.csv"); err == nil || !strings.Contains(err.Error(), "c.csv: line 1: header: no name column") {
		t.Errorf("no name column: err = %v", err)
	}
	if _, err := NewCSVReader(strings.NewReader(""), "c.csv"); err == nil {
		t.Error("empty input: no error")
	}
	in := "name,dob\n" +
		"Good One,1970\n" +
		"\"Broken,1970\n" + // a quote never closed
		"Good Two,1971\n" +
		"Bad \xff\xfe,1972\n" + // not UTF-8
		"Too,Many,Fields\n" +
		",1973\n" + // no name
		strings.Repeat("x", maxLineBytes+10) + ",1974\n" +
		"\"Multi\nLine\",1975\n" +
		"Good Three,1976\n"
	r, err := NewCSVReader(strings.NewReader(in), "c.csv")
	if err != nil {
		t.Fatal(err)
	}
	names, errs := readAll(t, r)
	wantNames := []string{"Good One", "Good Two", "Multi\nLine", "Good Three"}
	if strings.Join(names, "|") != strings.Join(wantNames, "|") {
		t.Errorf("names = %q, want %q", names, wantNames)
	}
	wantErrs := []string{
		"c.csv: line 3: a quoted field is never closed",
		"c.csv: line 5: not valid UTF-8",
		"c.csv: line 6: 3 fields, the header has 2",
		"c.csv: line 7: name: missing",
		"c.csv: line 8: line longer than",
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors = %v, want %d", errs, len(wantErrs))
	}
	for i, e := range errs {
		var pe *aka.ParseError
		if !errors.As(e, &pe) || !strings.HasPrefix(e.Error(), wantErrs[i]) {
			t.Errorf("error %d = %v, want prefix %q", i, e, wantErrs[i])
		}
	}
}

func TestJSONL(t *testing.T) {
	in := `{"name":"Abu Bakr al-Baghdadi","birth_date":"1971"}` + "\n\n" + `{"name":` + "\n" + `{"birth_date":"1970"}` + "\n"
	r, _ := NewJSONLReader(strings.NewReader(in), "s.jsonl")
	names, errs := readAll(t, r)
	if len(names) != 1 || len(errs) != 2 || !strings.Contains(errs[0].Error(), "s.jsonl: line 3") || !strings.Contains(errs[1].Error(), "line 4: name: missing") {
		t.Errorf("names %q errors %v", names, errs)
	}
}

func FuzzCSVReader(f *testing.F) {
	f.Add("name,dob\nAnna,1970\n\"Bo\nb\",1971\n")
	f.Add("first_name;last_name\nA;B\n\"x;y\n")
	f.Add("id\tname\n1\t\xff\n")
	f.Fuzz(func(t *testing.T, in string) {
		r, err := NewCSVReader(strings.NewReader(in), "f.csv")
		if err != nil {
			var pe *aka.ParseError
			if !errors.As(err, &pe) || pe.Pos == "" {
				t.Fatalf("error without position: %v", err)
			}
			return
		}
		for i := 0; ; i++ {
			if i > len(in)+2 {
				t.Fatal("more records than lines")
			}
			rec, err := r.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				t.Fatalf("fatal error: %v", err)
			}
			if rec.Err != nil {
				var pe *aka.ParseError
				if !errors.As(rec.Err, &pe) || pe.Pos == "" {
					t.Fatalf("record error without position: %v", rec.Err)
				}
			} else if rec.Subject.Name == "" {
				t.Fatal("a subject without a name")
			}
		}
	})
}

func FuzzJSONLReader(f *testing.F) {
	f.Add(`{"name":"A","birth_date":"1970"}` + "\n{bad\n")
	f.Fuzz(func(t *testing.T, in string) {
		r, _ := NewJSONLReader(strings.NewReader(in), "f.jsonl")
		for i := 0; ; i++ {
			if i > len(in)+2 {
				t.Fatal("more records than lines")
			}
			rec, err := r.Next()
			if err != nil {
				return
			}
			if rec.Err == nil && rec.Subject.Name == "" {
				t.Fatal("a subject without a name")
			}
		}
	})
}
