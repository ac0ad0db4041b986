package names

import "testing"

func TestOrthographyForms(t *testing.T) {
	tests := []struct {
		orth    Orthography
		w, want string
	}{
		{Turkish, "CEMAL", "jemal"},
		{Turkish, "Şerif", "sherif"},
		{Turkish, "RECEP", "rejeb"},
		{Turkish, "Ahmet", "ahmed"},
		{Turkish, "EYÜP", "eyub"},
		{Turkish, "Mücahit", "mujahid"},
		{Turkish, "NURETTİN", "nureddin"},
		{Turkish, "Kılıç", "kilich"},
		{Turkish, "Ağa", "agha"},
		{Turkish, "Erdoğan", "erdoghan"},
		{Turkish, "Yildiz", ""}, // nothing to read otherwise
		{Turkish, "Ali", ""},
		{Russian, "MUKHAMMAD", "muhammad"},
		{Russian, "KHASAN", "hasan"},
		{Russian, "MAGOMED", "mahomed"},
		{Russian, "IBRAGIM", "ibrahim"},
		{Russian, "OLEG", "oleh"},
		{Russian, "IVAN", ""},
		{Latin, "CEMAL", ""}, // the default reads no further form
	}
	for _, tt := range tests {
		if got := tt.orth.form(tt.w); got != tt.want {
			t.Errorf("Orthography(%d).form(%q) = %q, want %q", tt.orth, tt.w, got, tt.want)
		}
	}
}
