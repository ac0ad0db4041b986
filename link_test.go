package aka

import "testing"

func TestCheckLinkJudgement(t *testing.T) {
	for _, tt := range []struct {
		j    LinkJudgement
		want string // the error code, "" for none
		a, b string
	}{
		{LinkJudgement{A: "un:QDi.1", B: "uk:2", Verdict: LinkConfirmed, Reason: "same passport"}, "", "uk:2", "un:QDi.1"},
		{LinkJudgement{A: "uk:2", B: "un:QDi.1", Verdict: LinkRejected, Reason: "different fathers"}, "", "uk:2", "un:QDi.1"},
		{LinkJudgement{A: "uk:2", B: "uk:2", Verdict: LinkRejected, Reason: "x"}, EINVALID, "", ""},
		{LinkJudgement{A: "", B: "uk:2", Verdict: LinkRejected, Reason: "x"}, EINVALID, "", ""},
		{LinkJudgement{A: "uk:1", B: "uk:2", Verdict: "maybe", Reason: "x"}, EINVALID, "", ""},
		{LinkJudgement{A: "uk:1", B: "uk:2", Verdict: LinkConfirmed, Reason: " "}, EINVALID, "", ""},
	} {
		j := tt.j
		err := CheckLinkJudgement(&j)
		if got := ErrorCode(err); err != nil && got != tt.want || err == nil && tt.want != "" {
			t.Errorf("CheckLinkJudgement(%+v) = %v, want code %q", tt.j, err, tt.want)
		}
		if err == nil && (j.A != tt.a || j.B != tt.b) {
			t.Errorf("CheckLinkJudgement(%+v) gave pair %s, %s; want %s, %s", tt.j, j.A, j.B, tt.a, tt.b)
		}
	}
}
