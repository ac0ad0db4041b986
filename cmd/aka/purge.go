package main

// "aka purge" depersonalizes old subjects. Registered in main.go's switch as:
//
//	case "purge":
//		cmd = &purgeCommand{stdout: stdout, stderr: stderr}

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/akascreen/aka/review"
)

// purgeCommand runs "aka purge --older-than 180d".
type purgeCommand struct {
	stdout, stderr io.Writer
}

func (c *purgeCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("purge", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	var sf storeFlags
	sf.register(fs)
	olderThan := fs.String("older-than", "", "depersonalize subjects last screened longer ago than `AGE` (180d, 26w, 4320h)")
	if err := parseInterspersed(fs, args); err != nil {
		return &usageError{err.Error()}
	}
	if *olderThan == "" || fs.NArg() != 0 {
		return &usageError{"purge: want --older-than AGE, such as 180d"}
	}
	age, err := parseAge(*olderThan)
	if err != nil {
		return &usageError{fmt.Sprintf("purge: --older-than: %v", err)}
	}
	return sf.with(ctx, func(s *review.Service) error {
		n, err := s.Purge(ctx, review.Local("cli"), age)
		if err != nil {
			return err
		}
		fmt.Fprintf(c.stdout, "depersonalized %d subjects last screened before %s\n", n, s.Now().UTC().Add(-age).Format(time.RFC3339))
		return nil
	})
}

// parseAge reads a positive age in days ("180d"), weeks ("26w") or any unit
// time.ParseDuration knows ("4320h").
func parseAge(s string) (time.Duration, error) {
	if s == "" {
		return 0, fmt.Errorf("empty age")
	}
	var d time.Duration
	unit := map[byte]time.Duration{'d': 24 * time.Hour, 'w': 7 * 24 * time.Hour}[s[len(s)-1]]
	if unit != 0 {
		n, err := strconv.Atoi(strings.TrimSpace(s[:len(s)-1]))
		if err != nil || n > 100*366 {
			return 0, fmt.Errorf("%q: want a number of days or weeks, such as 180d", s)
		}
		d = time.Duration(n) * unit
	} else {
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			return 0, fmt.Errorf("%q: want an age such as 180d, 26w or 4320h", s)
		}
	}
	if d <= 0 {
		return 0, fmt.Errorf("%q: want a positive age", s)
	}
	return d, nil
}
