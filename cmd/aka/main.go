// Command aka screens people against terrorist and sanctions designation
// lists, and resolves who is who across lists, aliases, transliterations and
// travel documents.
//
// Usage:
//
//	aka screen [--lists FILE]... [--threshold T] [--out FILE] INPUT
//	aka serve [--lists FILE]... [--addr HOST:PORT] [--threshold T] [--db FILE | --postgres URL]
//	aka lists stats --json FILE...
//	aka lists show ID [--lists FILE]...
//	aka lists diff [--json] OLD NEW
//	aka help
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/akascreen/aka"
)

// command is one subcommand of aka.
type command interface {
	Run(ctx context.Context, args []string) error
}

// usageError is returned for bad command lines; main exits 2 on it.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

const usage = `aka screens people against terrorist and sanctions designation lists.

Usage:
  aka screen [--lists FILE]... [--threshold T] [--out FILE] INPUT
                                       screen a file of people (CSV, JSON lines, MRZ, PAXLST, PNRGOV)
  aka serve [--lists FILE]... [--addr HOST:PORT] [--threshold T] [--db FILE | --postgres URL]
                                       serve the HTTP API (default 127.0.0.1:8080); with a store,
                                       API keys are required, screenings and decisions are kept,
                                       and any address may be bound; without one, loopback only
  aka lists stats [--json] FILE...     count what list files hold
  aka lists show ID [--lists FILE]...  print one entity as JSON
  aka lists diff [--json] OLD NEW      what changed between two versions of one list
  aka eval queries --cases FILE [--lists FILE]... [--json] [--sweep FILE.csv]
                                       measure recall and false alarms on labelled queries
  aka eval pairs --cases FILE [--json] measure precision and recall on labelled pairs
  aka worker --postgres URL --nats URL [--lists FILE]... [--threshold T]
                                       screen requests from NATS JetStream into PostgreSQL
  aka submit FILE --nats URL [--wait] [--out FILE] [--timeout D] [--rate N]
                                       queue a file's subjects for the workers; --wait collects the results
  aka resolve --lists FILE... [--json] [--ignore-crossrefs] [--db FILE]
                                       cluster the same person or organization across lists
  aka keys create|list|revoke [--db FILE | --postgres URL] [--role R] [--name N]
                                       manage API keys (the new key is printed once, last)
  aka audit verify|show [--db FILE | --postgres URL]
                                       check the audit log's hash chain
  aka purge --older-than 180d [--db FILE | --postgres URL]
                                       depersonalize screened subjects with no open alert
  aka version                          print the version

With no --lists, the embedded UN Security Council consolidated list is used.
Run "aka COMMAND -h" for a command's flags.
`

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return &usageError{"no command"}
	}
	var cmd command
	switch args[0] {
	case "lists":
		cmd = &listsCommand{stdout: stdout, stderr: stderr}
	case "screen":
		cmd = &screenCommand{stdout: stdout, stderr: stderr}
	case "serve":
		cmd = &serveCommand{stdout: stdout, stderr: stderr}
	case "eval":
		cmd = &evalCommand{stdout: stdout, stderr: stderr}
	case "worker":
		cmd = &workerCommand{stdout: stdout, stderr: stderr}
	case "submit":
		cmd = &submitCommand{stdout: stdout, stderr: stderr}
	case "resolve":
		cmd = &resolveCommand{stdout: stdout, stderr: stderr}
	case "keys":
		cmd = &keysCommand{stdout: stdout, stderr: stderr}
	case "audit":
		cmd = &auditCommand{stdout: stdout, stderr: stderr}
	case "purge":
		cmd = &purgeCommand{stdout: stdout, stderr: stderr}
	case "version":
		fmt.Fprintln(stdout, "aka", aka.Version)
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return &usageError{fmt.Sprintf("unknown command %q", args[0])}
	}
	return cmd.Run(ctx, args[1:])
}

// exitCode prints err in one line and returns the exit status: 0 for nil, 2
// for a bad command line, 1 for anything else.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintln(stderr, "aka:", err)
		return 2
	}
	fmt.Fprintln(stderr, "aka:", err)
	return 1
}

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return fmt.Sprint(*s) }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }
