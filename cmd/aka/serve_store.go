package main

// "aka serve --db FILE" or "--postgres URL": review over a store, with API
// keys required (DESIGN.md, Security).

import (
	"context"
	"fmt"
	"io"
	"net"

	"github.com/akascreen/aka/httpapi"
	"github.com/akascreen/aka/lists"
	"github.com/akascreen/aka/review"
)

// set reports whether the flags name a store.
func (f *storeFlags) set() bool { return f.db != "" || f.postgres != "" }

// serveReview opens the store the flags name (applying its migrations),
// records the lists loaded in its audit log and returns review over it;
// threshold is used until an admin stores another. The caller closes the
// service's store.
func (f *storeFlags) serveReview(ctx context.Context, threshold float64, loaded []*lists.List, stderr io.Writer) (*review.Service, error) {
	st, err := f.open(ctx)
	if err != nil {
		return nil, err
	}
	rv := review.New(st)
	rv.DefaultThreshold = threshold
	loads := make([]review.ListLoad, len(loaded))
	for i, l := range loaded {
		loads[i] = review.ListLoad{File: l.File, Format: l.Format, Source: l.Source, Version: l.Version, Entities: len(l.Entities)}
	}
	if err := rv.ListsLoaded(ctx, review.Local("serve"), loads); err != nil {
		st.Close()
		return nil, err
	}
	keys, err := st.Keys(ctx)
	if err != nil {
		st.Close()
		return nil, err
	}
	if len(keys) == 0 {
		fmt.Fprintln(stderr, "aka: no API keys yet: every /v1 request needs one; create one with \"aka keys create --role admin\" and the same --db or --postgres")
	}
	return rv, nil
}

// listen listens on addr: any address with a store, where keys are
// required, and only a loopback one without.
func listen(addr string, store bool) (net.Listener, error) {
	if !store {
		return httpapi.Listen(addr)
	}
	return net.Listen("tcp", addr)
}
