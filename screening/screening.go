// Package screening is the use case: screen a subject against an index
// snapshot of the loaded lists and return the matches at or above the
// threshold, each with its explanation.
package screening

import (
	"context"
	"math"
	"sort"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/index"
)

// Screener screens subjects against one index.
type Screener struct {
	Index *index.Index
	// Threshold is the score at or above which a match is reported.
	Threshold float64
	// Offset is the evidence in bits at which the score is 0.5.
	Offset float64
	// MaxCandidates bounds the entities scored per subject.
	MaxCandidates int
}

// New returns a Screener over ix with the default threshold.
func New(ix *index.Index) *Screener {
	return &Screener{Index: ix, Threshold: compare.DefaultThreshold, Offset: compare.DefaultOffset, MaxCandidates: index.DefaultMaxCandidates}
}

// Result is the outcome of screening one subject.
type Result struct {
	Subject aka.Subject `json:"subject"`
	Matches []aka.Match `json:"matches"`
	// Problems are subject fields that could not be read and were treated
	// as unknown.
	Problems []string `json:"problems,omitempty"`
}

// Screen screens one subject and returns the matches at or above the
// threshold, best first.
func (s *Screener) Screen(ctx context.Context, subj aka.Subject) (Result, error) {
	return s.screen(ctx, subj, s.Threshold, 0)
}

// ScreenAt is Screen at another threshold.
func (s *Screener) ScreenAt(ctx context.Context, subj aka.Subject, threshold float64) (Result, error) {
	return s.screen(ctx, subj, threshold, 0)
}

// Rank screens one subject and returns its best n matches whatever their
// score, best first: for evaluation and threshold sweeps.
func (s *Screener) Rank(ctx context.Context, subj aka.Subject, n int) (Result, error) {
	return s.screen(ctx, subj, 0, n)
}

func (s *Screener) screen(ctx context.Context, subj aka.Subject, threshold float64, limit int) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	res := Result{Subject: subj, Matches: []aka.Match{}}
	if subj.Name == "" {
		return res, aka.Errorf(aka.EINVALID, "subject has no name")
	}
	q := compare.PrepareQuery(subj, s.Index.Rarity())
	res.Problems = q.Problems
	// At a threshold, corroborating features can at most double the name's
	// evidence (compare.Compare), so a name must earn half of what the
	// threshold needs by itself; a document number can identify alone.
	minName, need := math.Inf(-1), math.Inf(-1)
	if threshold > 0 {
		need = compare.Bits(threshold, s.Offset)
		if q.DocNumber == "" {
			minName = need / 2
		}
	}
	for _, c := range s.Index.CandidatesAbove(q, s.MaxCandidates, minName) {
		// The other features are cheap: with them known, a candidate
		// whose names cannot earn what is still needed is not aligned.
		if threshold > 0 {
			feat, doc := compare.FeatureBits(q, c.Entry)
			if compare.NameBound(&q.Name, c.Weight) < compare.NameBitsNeeded(need, feat, doc) {
				continue
			}
		}
		m, ok := compare.CompareAbove(q, c.Entry, c.Names, s.Offset, threshold)
		if ok && (threshold > 0 || m.Explanation.Name.Bits > 0) {
			res.Matches = append(res.Matches, m)
		}
	}
	sort.SliceStable(res.Matches, func(i, j int) bool {
		if res.Matches[i].Score != res.Matches[j].Score {
			return res.Matches[i].Score > res.Matches[j].Score
		}
		return res.Matches[i].Explanation.Bits > res.Matches[j].Explanation.Bits
	})
	if limit > 0 && len(res.Matches) > limit {
		res.Matches = res.Matches[:limit]
	}
	return res, nil
}
