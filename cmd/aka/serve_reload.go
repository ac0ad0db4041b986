package main

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/akascreen/aka"
	"github.com/akascreen/aka/httpapi"
	"github.com/akascreen/aka/monitor"
	"github.com/akascreen/aka/review"
)

// onListChange returns what aka serve does when a reload changes a list:
// with a store, it records each changed list in the audit log with its diff
// counts, then screens the monitored subjects against the added and changed
// entities and closes the alerts of removed ones (package monitor). Without
// a store there is nothing to record, and it returns nil.
func onListChange(rv *review.Service, log *slog.Logger) func(context.Context, *httpapi.Change) error {
	if rv == nil {
		return nil
	}
	return func(ctx context.Context, ch *httpapi.Change) error {
		actor := review.Local("reload")
		d := monitor.Delta{Versions: ch.New.Versions, Full: ch.New.Screener.Index}
		for _, lc := range ch.Lists {
			rec := review.ListChange{Source: lc.New.Source, NewVersion: lc.New.Version, NewSHA256: lc.New.SHA256,
				Added: len(lc.Diff.Added), Removed: len(lc.Diff.Removed), Changed: len(lc.Diff.Changed)}
			if lc.Old != nil {
				rec.OldVersion, rec.OldSHA256 = lc.Old.Version, lc.Old.SHA256
			}
			if err := rv.ListChanged(ctx, actor, rec); err != nil {
				return fmt.Errorf("audit of the %s list change: %w", rec.Source, err)
			}
			d.Add(lc.New, lc.Diff)
		}
		ms, ok := rv.Store.(aka.MonitorStore)
		if !ok || d.Empty() {
			return nil
		}
		rep, err := monitor.New(rv, ms).Apply(ctx, d)
		if err != nil {
			return fmt.Errorf("monitoring: %w", err)
		}
		log.LogAttrs(ctx, slog.LevelInfo, "monitored subjects screened against the list changes",
			slog.Int("entities", rep.Entities), slog.Int("subjects", rep.Subjects), slog.Int("new_alerts", rep.NewAlerts),
			slog.Int("closed", rep.Closed), slog.Duration("duration", rep.Duration))
		return nil
	}
}
