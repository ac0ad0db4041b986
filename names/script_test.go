package names

import "testing"

func TestScript(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Abu Bakr al-Baghdadi", "Latin"},
		{"أبو بكر البغدادي", "Arabic"},
		{"أبو بكر البغدادي (Abu Bakr)", "Arabic"},
		{"Владимир", "Cyrillic"},
		{"रजनीकांत", "Devanagari"},
		{"حسین موسوی", "Arabic"},
		{"MÜLLER", "Latin"},
		{"123 - !", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Script(tt.in); got != tt.want {
			t.Errorf("Script(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
