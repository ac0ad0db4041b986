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
		{Somali, "MAXAMED", "mahamed"},
		{Somali, "XASAN", "hasan"},
		{Somali, "Cabdullaahi", "abdullahi"},
		{Somali, "CUMAR", "umar"},
		{Somali, "CIISE", "ise"},
		{Somali, "Faarax", "farah"},
		{Somali, "Jacfar", "jafar"},
		{Somali, "Isaac", "isac"}, // a final c is kept
		{Somali, "Roble", ""},
		{Somali, "MUHAXHERI", ""}, // Albanian xh (soundForm)
		{Latin, "CEMAL", ""},      // the default reads no further form
	}
	for _, tt := range tests {
		if got := tt.orth.form(tt.w); got != tt.want {
			t.Errorf("Orthography(%d).form(%q) = %q, want %q", tt.orth, tt.w, got, tt.want)
		}
	}
}

func TestSomaliWritten(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"MAXAMED CABDULLAAH CIISE", true},
		{"Xassaan Xuseen Adan", true},
		{"Hasaan Abshir XUUROOW", true},
		{"XIRSI, Xasan Cabdilaahi", true},
		{"Asan Mahad Cumar", false}, // only a Somali document says so
		{"Alexander Smith", false},
		{"Xu Xiaoming", false},
		{"Maarten de Vries", false},
		{"Saad Alexander", true}, // both marks: further forms nobody bears
		{"Muhaxheri Saad", false},
	}
	for _, tt := range tests {
		if got := somaliWritten(SplitWords(tt.name)); got != tt.want {
			t.Errorf("somaliWritten(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
