package main

// "aka keys" manages API keys. Registered in main.go's switch as:
//
//	case "keys":
//		cmd = &keysCommand{stdout: stdout, stderr: stderr}

import (
	"context"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/postgres"
	"github.com/akascreen/aka/review"
	"github.com/akascreen/aka/sqlite"
)

// keysCommand runs "aka keys create", "aka keys list" and "aka keys revoke".
type keysCommand struct {
	stdout, stderr io.Writer
}

func (c *keysCommand) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return &usageError{"keys: want create, list or revoke"}
	}
	fs := flag.NewFlagSet("keys "+args[0], flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	var sf storeFlags
	sf.register(fs)
	switch args[0] {
	case "create":
		role := fs.String("role", "", "the key's `ROLE`: viewer, analyst, supervisor or admin")
		name := fs.String("name", "", "what the key is for, as a reminder")
		if err := parseInterspersed(fs, args[1:]); err != nil {
			return &usageError{err.Error()}
		}
		if *role == "" || fs.NArg() != 0 {
			return &usageError{"keys create: want --role viewer, analyst, supervisor or admin"}
		}
		return sf.with(ctx, func(s *review.Service) error {
			key, k, err := s.CreateKey(ctx, review.Local("cli"), aka.Role(*role), *name)
			if err != nil {
				return err
			}
			// The key goes on the last line, alone, so that scripts can
			// take it with tail -n 1.
			fmt.Fprintf(c.stdout, "created key %s with role %s; it is shown only this once:\n%s\n", k.ID, k.Role, key)
			return nil
		})
	case "list":
		if err := parseInterspersed(fs, args[1:]); err != nil {
			return &usageError{err.Error()}
		}
		return sf.with(ctx, func(s *review.Service) error {
			ks, err := s.Keys(ctx, review.Local("cli"))
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tROLE\tCREATED\tREVOKED\tNAME")
			for _, k := range ks {
				revoked := ""
				if k.Revoked() {
					revoked = k.RevokedAt.Format(time.RFC3339)
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", k.ID, k.Role, k.CreatedAt.Format(time.RFC3339), revoked, k.Name)
			}
			return tw.Flush()
		})
	case "revoke":
		if err := parseInterspersed(fs, args[1:]); err != nil {
			return &usageError{err.Error()}
		}
		if fs.NArg() != 1 {
			return &usageError{"keys revoke: want one key id"}
		}
		return sf.with(ctx, func(s *review.Service) error {
			if err := s.RevokeKey(ctx, review.Local("cli"), fs.Arg(0)); err != nil {
				return err
			}
			fmt.Fprintf(c.stdout, "revoked key %s\n", fs.Arg(0))
			return nil
		})
	}
	return &usageError{fmt.Sprintf("keys: unknown subcommand %q", args[0])}
}

// storeFlags are the --db and --postgres flags of the commands that work on
// a store.
type storeFlags struct {
	db, postgres string
}

func (f *storeFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.db, "db", "", "SQLite database `FILE`")
	fs.StringVar(&f.postgres, "postgres", "", "PostgreSQL connection `URL`")
}

// open opens the store the flags name: exactly one of them must be set.
func (f *storeFlags) open(ctx context.Context) (aka.Store, error) {
	switch {
	case f.db != "" && f.postgres != "":
		return nil, &usageError{"want --db or --postgres, not both"}
	case f.db != "":
		return sqlite.Open(ctx, f.db)
	case f.postgres != "":
		return postgres.Open(ctx, f.postgres)
	}
	return nil, &usageError{"want --db FILE or --postgres URL"}
}

// with opens the store, runs fn with a review service over it and closes it.
func (f *storeFlags) with(ctx context.Context, fn func(s *review.Service) error) error {
	st, err := f.open(ctx)
	if err != nil {
		return err
	}
	err = fn(review.New(st))
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	return err
}
