package aka

import "testing"

func TestParseBirthDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"1971", "1971"},
		{"1971-03-05", "1971-03-05"},
		{"1971-03", "1971-03"},
		{"1969-7-16", "1969-07-16"},
		{"2026-01-28T00:00:11.197Z", "2026-01-28"},
		{"05/03/1971", "1971-03-05"},
		{"00/03/1971", "1971-03"},
		{"00/00/1971", "1971"},
		{"5.3.1971", "1971-03-05"},
		{"21 Jul 1997", "1997-07-21"},
		{"Jul 1997", "1997-07"},
		{"circa 1965", "~1965"},
		{"approximately 1958", "~1958"},
		{"1960 to 1965", "1960/1965"},
		{"1960-1965", "1960/1965"},
		{"between 1960 and 1965", "1960/1965"},
		{"March 5, 1971", "1971-03-05"},
		{"1960 or 1961", "1960/1961"},
		{"1960s", "1960/1969"},
		{"1971/03/05", "1971-03-05"},
		{"1971.03.05", "1971-03-05"},
		{"1971/03", "1971-03"},
		{"19710305", "1971-03-05"},
		{"05031971", "1971-03-05"},
		{"03/25/1971", "1971-03-25"}, // the day cannot be a month
		{"05MAR1971", "1971-03-05"},
		{"5mar71", "1971-03-05"},
		{"05 MAR 71", "1971-03-05"},
	}
	for _, tt := range tests {
		got, err := ParseBirthDate(tt.in)
		if err != nil {
			t.Errorf("ParseBirthDate(%q): %v", tt.in, err)
			continue
		}
		if got.String() != tt.want {
			t.Errorf("ParseBirthDate(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "31/02/1971", "1971-13", "12/1971/05", "1965 to 1960", "05/03/71", "1965s", "12345678", "1971/13/05", "Mar 71", "05XYZ1971"} {
		if got, err := ParseBirthDate(bad); err == nil {
			t.Errorf("ParseBirthDate(%q) = %s, want an error", bad, got)
		}
	}
}

func FuzzParseBirthDate(f *testing.F) {
	for _, s := range []string{"1971", "05/03/1971", "21 Jul 1997", "circa 1965", "1960 to 1965", "between 1 and 2", "19710305", "05MAR71", "1960s", "1971/03/05"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ParseBirthDate(s)
		if err != nil {
			return
		}
		if err := b.Date.Validate(); err != nil {
			t.Fatalf("ParseBirthDate(%q) = %v, invalid: %v", s, b, err)
		}
	})
}
