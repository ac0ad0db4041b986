package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/lists"
)

// listsCommand runs "aka lists stats" and "aka lists show".
type listsCommand struct {
	stdout, stderr io.Writer
}

func (c *listsCommand) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return &usageError{"lists: want stats, show or diff"}
	}
	switch args[0] {
	case "-h", "--help", "help":
		fmt.Fprintln(c.stdout, "Usage:\n  aka lists stats [--json] FILE...\n  aka lists show ID [--lists FILE]...\n  aka lists diff [--json] OLD NEW")
		return nil
	case "stats":
		return c.stats(args[1:])
	case "show":
		return c.show(args[1:])
	case "diff":
		return c.diff(args[1:])
	}
	return &usageError{fmt.Sprintf("lists: unknown subcommand %q", args[0])}
}

func (c *listsCommand) stats(args []string) error {
	fs := flag.NewFlagSet("lists stats", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := parseInterspersed(fs, args); err != nil {
		return &usageError{err.Error()}
	}
	files := fs.Args()
	var loaded []*lists.List
	if len(files) == 0 {
		l, err := lists.Embedded()
		if err != nil {
			return err
		}
		loaded = append(loaded, l)
	}
	more, err := lists.LoadAll(files)
	if err != nil {
		return err
	}
	loaded = append(loaded, more...)
	var out struct {
		Lists []lists.Stats `json:"lists"`
	}
	for _, l := range loaded {
		out.Lists = append(out.Lists, l.Stats())
	}
	if *asJSON {
		enc := json.NewEncoder(c.stdout)
		return enc.Encode(out)
	}
	tw := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FILE\tFORMAT\tVERSION\tPERSONS\tORGANIZATIONS\tVESSELS\tAIRCRAFT\tNAMES\tDOCUMENTS")
	for _, s := range out.Lists {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\n", s.File, s.Format, s.Version,
			s.Persons, s.Organizations, s.Vessels, s.Aircraft, s.Names, s.Documents)
	}
	return tw.Flush()
}

func (c *listsCommand) show(args []string) error {
	fs := flag.NewFlagSet("lists show", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	var files stringList
	fs.Var(&files, "lists", "list `FILE` to load (repeatable; default: the embedded UN list)")
	if err := parseInterspersed(fs, args); err != nil {
		return &usageError{err.Error()}
	}
	if fs.NArg() != 1 {
		return &usageError{"lists show: want one entity ID"}
	}
	id := fs.Arg(0)
	loaded, err := loadLists(files)
	if err != nil {
		return err
	}
	for _, l := range loaded {
		for _, e := range l.Entities {
			if e.ID == id {
				enc := json.NewEncoder(c.stdout)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(e)
			}
		}
	}
	return aka.Errorf(aka.ENOTFOUND, "entity %q not found", id)
}

// diff prints what changed between two versions of one list.
func (c *listsCommand) diff(args []string) error {
	fs := flag.NewFlagSet("lists diff", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	asJSON := fs.Bool("json", false, `print one JSON object: {"added":[ids],"removed":[ids],"changed":[{"id":...,"fields":[...]}]}`)
	if err := parseInterspersed(fs, args); err != nil {
		return &usageError{err.Error()}
	}
	if fs.NArg() != 2 {
		return &usageError{"lists diff: want OLD and NEW list files"}
	}
	loaded, err := lists.LoadAll(fs.Args())
	if err != nil {
		return err
	}
	old, new := loaded[0], loaded[1]
	if err := lists.SameSource(old, new); err != nil {
		return err
	}
	d := lists.Diff(old, new)
	if *asJSON {
		return json.NewEncoder(c.stdout).Encode(d)
	}
	fmt.Fprintf(c.stdout, "%s %s -> %s: %d added, %d removed, %d changed\n", new.Source, old.Version, new.Version, len(d.Added), len(d.Removed), len(d.Changed))
	for _, id := range d.Added {
		fmt.Fprintln(c.stdout, "+", id)
	}
	for _, id := range d.Removed {
		fmt.Fprintln(c.stdout, "-", id)
	}
	for _, ch := range d.Changed {
		fmt.Fprintln(c.stdout, "~", ch.ID, strings.Join(ch.Fields, ","))
	}
	return nil
}

// loadLists loads the given list files, or the embedded list when there are none.
func loadLists(files []string) ([]*lists.List, error) {
	if len(files) == 0 {
		l, err := lists.Embedded()
		if err != nil {
			return nil, err
		}
		return []*lists.List{l}, nil
	}
	return lists.LoadAll(files)
}

// parseInterspersed parses flags that may come before, between or after the
// positional arguments, as "aka lists show QDi.299 --lists un.xml" expects.
func parseInterspersed(fs *flag.FlagSet, args []string) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "--" {
			pos = append(pos, args[1:]...)
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	return fs.Parse(append([]string{"--"}, pos...))
}

// allEntities returns the entities of every list, in order.
func allEntities(ls []*lists.List) []*aka.Entity {
	var out []*aka.Entity
	for _, l := range ls {
		out = append(out, l.Entities...)
	}
	return out
}
