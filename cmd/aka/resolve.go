package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/resolve"
	"github.com/akascreen/aka/review"
)

// resolveCommand runs "aka resolve": who is who across lists. With --db or
// --postgres it takes people's link judgements from the store; "aka
// resolve judge" records one.
type resolveCommand struct {
	stdout, stderr io.Writer
}

func (c *resolveCommand) Run(ctx context.Context, args []string) error {
	if len(args) > 0 && args[0] == "judge" {
		return c.judge(ctx, args[1:])
	}
	fs := flag.NewFlagSet("resolve", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	var files stringList
	fs.Var(&files, "lists", "list `FILE` to load (repeatable; default: the embedded UN list)")
	asJSON := fs.Bool("json", false, "print one JSON object")
	ignore := fs.Bool("ignore-crossrefs", false, "ignore the cross-references lists publish, to measure the resolution against them")
	threshold := fs.Float64("threshold", resolve.DefaultThreshold, "confidence from which names, birth dates and nationality link")
	var sf storeFlags
	sf.register(fs)
	if err := parseInterspersed(fs, args); err != nil {
		return &usageError{err.Error()}
	}
	files = append(files, fs.Args()...)
	if *threshold <= 0 || *threshold >= 1 {
		return &usageError{"resolve: --threshold must be between 0 and 1"}
	}
	r := resolve.New()
	r.IgnoreCrossRefs = *ignore
	r.Threshold = *threshold
	if sf.db != "" || sf.postgres != "" {
		err := sf.with(ctx, func(s *review.Service) error {
			js, err := s.LinkJudgements(ctx, review.Local("cli"))
			for _, j := range js {
				r.Judgements = append(r.Judgements, *j)
			}
			return err
		})
		if err != nil {
			return err
		}
	}
	loaded, err := loadLists(files)
	if err != nil {
		return err
	}
	var ents []*aka.Entity
	names := make(map[string]string)
	for _, l := range loaded {
		ents = append(ents, l.Entities...)
		for _, e := range l.Entities {
			names[e.ID] = e.PrimaryName()
		}
	}
	cs, err := r.Resolve(ctx, ents)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(c.stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(cs)
	}
	tw := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PROFILE\tENTITY\tNAME\tLINK")
	for _, cl := range cs.Clusters {
		for _, m := range cl.Members {
			link := ""
			for _, l := range cl.Links {
				if l.A == m || l.B == m {
					other := l.B
					if other == m {
						other = l.A
					}
					link = fmt.Sprintf("%s %s %.3f", other, l.Evidence, l.Confidence)
					break
				}
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", cl.ID, m, names[m], link)
		}
	}
	return tw.Flush()
}

// judge runs "aka resolve judge A B --verdict confirmed|rejected --reason
// TEXT --db FILE".
func (c *resolveCommand) judge(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("resolve judge", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	verdict := fs.String("verdict", "", "confirmed or rejected")
	reason := fs.String("reason", "", "why, for the audit log")
	var sf storeFlags
	sf.register(fs)
	if err := parseInterspersed(fs, args); err != nil {
		return &usageError{err.Error()}
	}
	if fs.NArg() != 2 {
		return &usageError{"resolve judge: want two entity ids"}
	}
	return sf.with(ctx, func(s *review.Service) error {
		j, err := s.JudgeLink(ctx, review.Local("cli"), fs.Arg(0), fs.Arg(1), aka.LinkVerdict(*verdict), *reason)
		if err != nil {
			return err
		}
		fmt.Fprintf(c.stdout, "%s %s and %s (judgement %d)\n", j.Verdict, j.A, j.B, j.Seq)
		return nil
	})
}
