package names

import "testing"

func TestTurkishForm(t *testing.T) {
	tests := []struct{ w, want string }{
		{"CEMAL", "jemal"},
		{"Şerif", "sherif"},
		{"RECEP", "rejeb"},
		{"Ahmet", "ahmed"},
		{"EYÜP", "eyub"},
		{"Mücahit", "mujahid"},
		{"NURETTİN", "nureddin"},
		{"Kılıç", "kilich"},
		{"Ağa", "agha"},
		{"Erdoğan", "erdoghan"},
		{"Yildiz", ""}, // nothing to read otherwise
		{"Ali", ""},
	}
	for _, tt := range tests {
		if got := turkishForm(tt.w); got != tt.want {
			t.Errorf("turkishForm(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}

func TestRussianForm(t *testing.T) {
	tests := []struct{ w, want string }{
		{"MUKHAMMAD", "muhammad"},
		{"KHASAN", "hasan"},
		{"MAGOMED", "mahomed"},
		{"IBRAGIM", "ibrahim"},
		{"OLEG", "oleh"},
		{"IVAN", ""},
	}
	for _, tt := range tests {
		if got := russianForm(tt.w); got != tt.want {
			t.Errorf("russianForm(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}
