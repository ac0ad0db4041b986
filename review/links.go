package review

import (
	"context"
	"encoding/json"

	"github.com/akascreen/aka"
)

// JudgeLink records a person's judgement of whether two listed entities are
// the same (package resolve): confirmed links are kept whatever the lists
// say next, rejected ones never come back. It needs the analyst role and a
// reason, and is audited as a decision is. EINTERNAL when the store keeps
// no judgements.
func (s *Service) JudgeLink(ctx context.Context, actor Actor, a, b string, verdict aka.LinkVerdict, reason string) (*aka.LinkJudgement, error) {
	if err := actor.require(aka.Analyst, "judging a link"); err != nil {
		return nil, err
	}
	ls, ok := s.Store.(aka.LinkJudgementStore)
	if !ok {
		return nil, aka.Errorf(aka.EINTERNAL, "the store keeps no link judgements")
	}
	if len(reason) > MaxReason {
		return nil, aka.Errorf(aka.EINVALID, "reason longer than %d bytes", MaxReason)
	}
	j := &aka.LinkJudgement{A: a, B: b, Verdict: verdict, Reason: reason, Actor: actor.KeyID, Role: actor.Role, At: s.now()}
	if err := aka.CheckLinkJudgement(j); err != nil {
		return nil, err
	}
	detail, err := json.Marshal(map[string]string{"a": j.A, "b": j.B, "verdict": string(verdict), "reason": reason, "role": string(actor.Role)})
	if err != nil {
		return nil, err
	}
	entry := &aka.AuditEntry{At: j.At, Actor: actor.KeyID, Action: "link.judge", Detail: detail}
	if err := ls.Judge(ctx, j, entry); err != nil {
		return nil, err
	}
	return j, nil
}

// LinkJudgements returns every link judgement, oldest first, for resolve.
// Any role may read them.
func (s *Service) LinkJudgements(ctx context.Context, actor Actor) ([]*aka.LinkJudgement, error) {
	if err := actor.require(aka.Viewer, "reading link judgements"); err != nil {
		return nil, err
	}
	ls, ok := s.Store.(aka.LinkJudgementStore)
	if !ok {
		return nil, aka.Errorf(aka.EINTERNAL, "the store keeps no link judgements")
	}
	return ls.Judgements(ctx)
}
