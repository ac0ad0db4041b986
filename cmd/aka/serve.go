package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/akascreen/aka/compare"
	"github.com/akascreen/aka/httpapi"
)

// serveCommand runs "aka serve": the HTTP API over the loaded lists.
type serveCommand struct {
	stdout, stderr io.Writer
}

func (c *serveCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	var files stringList
	fs.Var(&files, "lists", "list `FILE` or http(s) URL to load (repeatable; default: the embedded UN list)")
	refresh := fs.Duration("refresh", 0, "reload the lists every `INTERVAL` (1h, say); also on SIGHUP and POST /v1/admin/reload")
	addr := fs.String("addr", httpapi.DefaultAddr, "listen on `HOST:PORT`: a loopback address unless --db or --postgres is given")
	threshold := fs.Float64("threshold", compare.DefaultThreshold, "report matches scoring at least `T`")
	maxBody := fs.Int64("max-body", httpapi.DefaultMaxBodyBytes, "reject request bodies larger than `BYTES`")
	resolveProfiles := fs.Bool("resolve", true, "resolve the lists into profiles in the background, to group matches by person (with --db, people's link judgements count)")
	var sf storeFlags // --db FILE or --postgres URL: review, keys required
	sf.register(fs)
	var nf natsFlags // --nats URL: POST /v1/queue publishes for the workers (serve_queue.go)
	nf.register(fs)
	if err := parseInterspersed(fs, args); err != nil {
		return &usageError{err.Error()}
	}
	if fs.NArg() != 0 {
		return &usageError{"serve: unexpected arguments"}
	}
	if *threshold < 0 || *threshold > 1 {
		return &usageError{"serve: --threshold must be in [0, 1]"}
	}
	// Without a store, refuse a non-loopback address before spending
	// time on the lists.
	if !sf.set() {
		if err := httpapi.CheckAddr(*addr); err != nil {
			return err
		}
	}
	// Lists load, and reload, through the reloader: from files or URLs.
	srv := httpapi.New(nil)
	reloader := httpapi.NewReloader(srv, files, *threshold)
	if _, err := reloader.Reload(ctx); err != nil {
		return err
	}
	loaded := srv.Catalog().Lists
	srv.MaxBodyBytes = *maxBody
	srv.Resolve = *resolveProfiles
	srv.Logger = slog.New(slog.NewTextHandler(c.stderr, nil))
	if sf.set() {
		rv, err := sf.serveReview(ctx, *threshold, loaded, c.stderr)
		if err != nil {
			return err
		}
		defer rv.Store.Close()
		srv.Review = rv
	}
	if nf.url != "" {
		q, err := nf.enqueuer(srv.Logger)
		if err != nil {
			return err
		}
		defer q.Close()
		srv.Enqueuer = q
	}
	// Reloads on SIGHUP and every --refresh; a change is audited and
	// screened against the monitored subjects (serve_reload.go).
	reloader.OnChange = onListChange(srv.Review, srv.Logger)
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go reloader.Run(ctx, *refresh, hup)
	ln, err := listen(*addr, sf.set())
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stderr, "aka: serving %d entities on http://%s\n", srv.Catalog().Entities(), ln.Addr())
	err = srv.Serve(ctx, ln)
	fmt.Fprintln(c.stderr, "aka: stopped")
	return err
}
