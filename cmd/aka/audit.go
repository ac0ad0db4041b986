package main

// "aka audit" checks the audit log. Registered in main.go's switch as:
//
//	case "audit":
//		cmd = &auditCommand{stdout: stdout, stderr: stderr}

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/akascreen/aka/review"
)

// auditCommand runs "aka audit verify" and "aka audit show".
type auditCommand struct {
	stdout, stderr io.Writer
}

func (c *auditCommand) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return &usageError{"audit: want verify or show"}
	}
	fs := flag.NewFlagSet("audit "+args[0], flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	var sf storeFlags
	sf.register(fs)
	switch args[0] {
	case "verify":
		if err := parseInterspersed(fs, args[1:]); err != nil {
			return &usageError{err.Error()}
		}
		return sf.with(ctx, func(s *review.Service) error {
			// A broken chain is an error naming the first broken
			// entry: main prints it and exits 1.
			n, err := review.Verify(ctx, s.Store)
			if err != nil {
				return err
			}
			fmt.Fprintf(c.stdout, "ok: %d entries\n", n)
			return nil
		})
	case "show":
		after := fs.Int64("after", 0, "show the entries after `SEQ`")
		limit := fs.Int("limit", 100, "show at most `N` entries")
		if err := parseInterspersed(fs, args[1:]); err != nil {
			return &usageError{err.Error()}
		}
		return sf.with(ctx, func(s *review.Service) error {
			es, err := s.Audit(ctx, review.Local("cli"), *after, *limit)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(c.stdout)
			enc.SetEscapeHTML(false)
			for _, e := range es {
				if err := enc.Encode(e); err != nil {
					return err
				}
			}
			return nil
		})
	}
	return &usageError{fmt.Sprintf("audit: unknown subcommand %q", args[0])}
}
