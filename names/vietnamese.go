package names

// Vietnamese names in Latin letters. A Vietnamese name is a surname, often
// a middle name (Văn for men, Thị for women) and a given name, one
// syllable a word, each syllable from an inventory of a few hundred: the
// surname first as Vietnam writes it (NGUYEN Van An), or last as the
// diaspora's documents do (An Van Nguyen). Folded, the marks that tell
// syllables apart are gone, and a syllable weighs what it is worth among
// the people who bear such names, as a Korean or Chinese one does. Read as
// words, Van weighed 9 bits and An, before a word starting with n, was the
// Arabic article (An Nguyen).

// vietnameseSurnameShares are the commonest Vietnamese surnames, folded, with
// their shares of Vietnamese people where known (Lê Trung Hoa, Họ và tên
// người Việt, 2005: Nguyễn 38.4%, Trần 12.1%, Lê 9.5%, Phạm 7.0%, Hoàng
// and Huỳnh 5.1%, Phan 4.5%, Vũ and Võ 3.9%, Đặng 2.1%, Bùi 2.0%, Đỗ
// 1.4%, Hồ 1.3%, Ngô 1.3%, Dương 1.0%, Lý 0.5%).
var vietnameseSurnameShares = map[string]float64{
	"nguyen": 0.384, "tran": 0.121, "le": 0.095, "pham": 0.07, "hoang": 0.03, "huynh": 0.021,
	"phan": 0.045, "vu": 0.02, "vo": 0.019, "dang": 0.021, "bui": 0.02, "do": 0.014, "ho": 0.013,
	"ngo": 0.013, "duong": 0.01, "ly": 0.005,
}

// vietnameseSurnameList are the commonest Vietnamese surnames, folded.
var vietnameseSurnameList = []string{"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo",
	"dang", "bui", "do", "ho", "ngo", "duong", "ly", "truong", "dinh", "doan", "luong", "trinh", "cao",
	"quach", "luu", "chau"}

var vietnameseSurnames = setOf(vietnameseSurnameList...)

// vietnameseSyllables are the syllables of Vietnamese names, folded: the
// surnames, the middle names and the common given names.
var vietnameseSyllables = setOf(append([]string{
	"van", "thi", "huu", "duc", "cong", "quang", "minh", "ngoc", "thanh", "xuan", "kim", "hong", "dieu",
	"an", "anh", "bao", "binh", "chi", "chinh", "cuong", "dai", "dan", "danh", "dao", "dat", "diem",
	"diep", "dung", "duy", "gia", "giang", "ha", "hai", "han", "hang", "hanh", "hao", "hau", "hien",
	"hieu", "hoa", "hoai", "hoan", "hue", "hung", "huong", "huy", "huyen", "khai", "khang", "khanh",
	"khoa", "khoi", "kien", "lam", "lan", "lanh", "lien", "linh", "loan", "loc", "loi", "long", "luan",
	"mai", "manh", "my", "nam", "nga", "ngan", "nghia", "nguyet", "nhan", "nhat", "nhi", "nhu", "nhung",
	"ninh", "oanh", "phat", "phong", "phu", "phuc", "phuong", "quan", "quoc", "quy", "quyen", "quynh",
	"sang", "sinh", "son", "tai", "tam", "tan", "thach", "thai", "thang", "thao", "thien", "thinh",
	"tho", "thoa", "thu", "thuan", "thuc", "thuy", "tien", "tin", "toan", "trang", "tri", "trong",
	"truc", "trung", "tu", "tuan", "tung", "tuong", "tuyen", "tuyet", "uyen", "viet", "vinh", "vy",
	"yen", "hiep", "thuong", "cam", "chien", "dong", "giao", "hop", "khiem", "lap",
}, vietnameseSurnameList...)...)

// vietnamese reads a Vietnamese name: two to four words, one syllable
// each, the surname first or last.
var vietnamese = &syllabary{syllables: vietnameseSyllables, surnames: vietnameseSurnames, shares: vietnameseSurnameShares,
	maxWords: 4, minSyllables: 2, maxSyllables: 4, single: true}
