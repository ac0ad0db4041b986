package lists

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/akascreen/aka"
)

// testdata/watchlist_*.csv are hand-written; the people in them are fictional.

func TestWatchlistGolden(t *testing.T) {
	for _, in := range []string{"watchlist_sample.csv", "watchlist_semicolon.csv"} {
		t.Run(in, func(t *testing.T) {
			l := checkGolden(t, in)
			if l.Format != "csv-watchlist" || l.Version != "" || l.Source != "watchlist" {
				t.Errorf("format %q version %q source %q, want csv-watchlist, no version, watchlist", l.Format, l.Version, l.Source)
			}
		})
	}
}

func TestWatchlistErrors(t *testing.T) {
	tests := []struct {
		name, in, pos, field, msg string
	}{
		{"bad date", "id,name,dob\n1,A B,1971\n2,C D,31/02/1971\n", "line 3", "dob", "day 31"},
		{"bad nationality", "id;name;nationality\n1;A B;Atlantis\n", "line 2", "nationality", `"Atlantis" names no country`},
		{"bad nationality in list", "name,nationality\nA B,\"fr;Narnia\"\n", "line 2", "nationality", "Narnia"},
		{"bad gender", "name,gender\nA B,yes\n", "line 2", "gender", "want M, F"},
		{"bad type", "name,type\nA B,robot\n", "line 2", "type", "want person"},
		{"bad document country", "name,passport,document_country\nA B,X1,Erewhon\n", "line 2", "document_country", "names no country"},
		{"no name", "id,name,dob\n1,,1971\n", "line 2", "name", "no name"},
		{"short row without name", "id,dob,name\n1,1971\n", "line 2", "name", "no name"},
		{"no id", "id,name\n,A B\n", "line 2", "id", "no id"},
		{"repeated id", "id,name\n7,A B\n8,C D\n7,E F\n", "line 4", "id", `already used on line 2`},
		{"no name column", "id,surname\n1,B\n", "line 1", "", "no name column"},
		{"two name columns", "name,full_name\nA,B\n", "line 1", "full_name", "same field"},
		{"too many fields", "id,name\n1,A B,extra\n", "line 2", "", "3 fields"},
		{"bad quote", "id,name\n1,\"A B\n", "line 2", "", "quote"},
		{"empty", "", "line 1", "", "empty file"},
		{"date on a later line of a quoted cell", "id,name,remarks,dob\n1,A B,\"two\nlines\",1971-13\n", "line 3", "dob", "month 13"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadWatchlist(strings.NewReader(tt.in), Source{File: "wl.csv"}, func(*aka.Entity) error { return nil })
			var pe *aka.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want *aka.ParseError", err)
			}
			if pe.File != "wl.csv" || pe.Pos != tt.pos || pe.Field != tt.field || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %q (pos %q field %q), want pos %q field %q and %q", err, pe.Pos, pe.Field, tt.pos, tt.field, tt.msg)
			}
		})
	}
}

// TestWatchlistRowNumbers checks the ids of a file without an id column:
// data rows count from one, blank lines not counted.
func TestWatchlistRowNumbers(t *testing.T) {
	in := "\xef\xbb\xbfName,DOB\nA B,1971\n\nC D,1972\n"
	var ids []string
	if _, err := ReadWatchlist(strings.NewReader(in), Source{}, func(e *aka.Entity) error {
		ids = append(ids, e.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if strings.Join(ids, " ") != "watchlist:1 watchlist:2" {
		t.Errorf("ids = %v, want watchlist:1 watchlist:2", ids)
	}
}

func TestWatchlistSniff(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"comma", "id,name,dob\n1,A,1971\n", true},
		{"semicolon", "Full Name;Date of Birth\nA;1971\n", true},
		{"tab", "ID\tNAME\tDOB\n1\tA\t1971\n", true},
		{"quoted header", "\"id\",\"Name\"\n", true},
		{"bom", "\xef\xbb\xbfname\nA\n", true},
		{"ofac sdn.csv", `36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ` + "\n", false},
		{"ofac with a name", "36,name,-0-\n", false},
		{"uk ofsi csv", "Last Updated,14/04/2025\nName 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,Name Non-Latin Script,Non-Latin Script Type,Non-Latin Script Language,DOB,Town of Birth,Country of Birth,Nationality,Passport Number,Passport Details,National Identification Number,National Identification Details,Position,Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,Post/Zip Code,Country,Other Information,Group Type,Alias Type,Alias Quality,Regime,Listed On,UK Sanctions List Date Designated,Last Updated,Group ID\n", false},
		{"uk header first", "Name 6,Name 1,Name,Group ID\n", false},
		{"eu csv", "fileGenerationDate;Entity_LogicalId;NameAlias_WholeName\n", false},
		{"no name column", "id,surname\n", false},
		{"xml", "<?xml version=\"1.0\"?><export/>\n", false},
		{"ftm", `{"id":"x","schema":"Person","properties":{"name":["A"]}}` + "\n", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		if got := sniffWatchlist([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: sniffWatchlist = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestDetectEUFTMWatchlist checks that Detect picks each sample's format.
func TestDetectEUFTMWatchlist(t *testing.T) {
	for in, want := range map[string]string{
		"eu_sample.xml":           "eu-fsf-xml",
		"ftm_sample.jsonl":        "ftm-jsonl",
		"watchlist_sample.csv":    "csv-watchlist",
		"watchlist_semicolon.csv": "csv-watchlist",
	} {
		data, err := os.ReadFile(filepath.Join("testdata", in))
		if err != nil {
			t.Fatal(err)
		}
		f, err := Detect(data, nil)
		if err != nil || f.Name != want {
			t.Errorf("Detect(%s) = %q, %v; want %q", in, f.Name, err, want)
		}
	}
}

func FuzzReadWatchlist(f *testing.F) {
	for _, in := range []string{"watchlist_sample.csv", "watchlist_semicolon.csv"} {
		data, err := os.ReadFile(filepath.Join("testdata", in))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("id,name,dob\n1,A,\"1971|circa 1972\"\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		euFuzzCheck(t, ReadWatchlist, in)
	})
}
