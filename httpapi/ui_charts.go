package httpapi

import (
	"fmt"
	"html"
	"html/template"
	"strings"
	"time"
)

// Charts of the lists page, drawn on the server as SVG: no script, and
// they print.

// uiChartDays is how many days the alerts-per-day chart shows.
const uiChartDays = 30

// uiChartMaxAlerts bounds the alerts read for the charts, in pages of the
// API's largest limit.
const uiChartMaxAlerts = 20000

// uiCharts is what the lists page shows of the alerts.
type uiCharts struct {
	Alerts    int  // alerts counted
	Truncated bool // more alerts exist than were counted
	PerDay    template.HTML
	Scores    template.HTML
	Days      []uiBar // the per-day data, as a table beside the chart
	Bins      []uiBar // the score data
}

// uiBar is one bar of a chart.
type uiBar struct {
	Label string
	N     int
}

// charts reads the alerts, every status, through GET /v1/alerts's handler
// and counts them by day and by score.
func (u *ui) charts(v *uiView) (*uiCharts, error) {
	now := time.Now().UTC()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	first := today.AddDate(0, 0, -(uiChartDays - 1))
	c := &uiCharts{Days: make([]uiBar, uiChartDays), Bins: make([]uiBar, 20)}
	for i := range c.Days {
		c.Days[i].Label = first.AddDate(0, 0, i).Format("01-02")
	}
	for i := range c.Bins {
		c.Bins[i].Label = fmt.Sprintf("%.2f", float64(i)/20)
	}
	all := []string{"open", "needs_info", "true_match", "false_positive", "closed"}
	const page = 1000
	for off := 0; ; off += page {
		if off >= uiChartMaxAlerts {
			c.Truncated = true
			break
		}
		out, err := u.s.listAlerts(v.ctx, &alertsInput{Status: all, Limit: page, Offset: off})
		if err != nil {
			return nil, err
		}
		for _, a := range out.Body.Alerts {
			c.Alerts++
			if d := int(a.CreatedAt.UTC().Sub(first).Hours() / 24); !a.CreatedAt.Before(first) && d < uiChartDays {
				c.Days[d].N++
			}
			b := min(max(int(a.Score*20), 0), 19)
			c.Bins[b].N++
		}
		if len(out.Body.Alerts) < page {
			break
		}
	}
	c.PerDay = barChart("Alerts per day, last 30 days (UTC)", c.Days, 5, "bar-day")
	c.Scores = barChart("Alerts by score (bins of 0.05)", c.Bins, 4, "bar-score")
	return c, nil
}

// barChart draws bars as an SVG that scales to its container, labelling
// every nth bar. Labels are escaped; everything else is numbers.
func barChart(title string, bars []uiBar, every int, class string) template.HTML {
	const w, h, left, bottom, top = 600.0, 200.0, 36.0, 22.0, 10.0
	maxN := 1
	for _, b := range bars {
		maxN = max(maxN, b.N)
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="chart" viewBox="0 0 %g %g" role="img" aria-label="%s" xmlns="http://www.w3.org/2000/svg">`, w, h, html.EscapeString(title))
	fmt.Fprintf(&sb, `<title>%s</title>`, html.EscapeString(title))
	plotH := h - bottom - top
	fmt.Fprintf(&sb, `<line class="axis" x1="%g" y1="%g" x2="%g" y2="%g"/>`, left, h-bottom, w, h-bottom)
	fmt.Fprintf(&sb, `<text class="tick" x="%g" y="%g" text-anchor="end">%d</text>`, left-4, top+8, maxN)
	fmt.Fprintf(&sb, `<text class="tick" x="%g" y="%g" text-anchor="end">0</text>`, left-4, h-bottom)
	slot := (w - left) / float64(len(bars))
	for i, b := range bars {
		x := left + float64(i)*slot
		bh := plotH * float64(b.N) / float64(maxN)
		fmt.Fprintf(&sb, `<rect class="%s" x="%.1f" y="%.1f" width="%.1f" height="%.1f"><title>%s: %d</title></rect>`,
			class, x+1, h-bottom-bh, slot-2, bh, html.EscapeString(b.Label), b.N)
		if i%every == 0 {
			fmt.Fprintf(&sb, `<text class="tick" x="%.1f" y="%g">%s</text>`, x+1, h-6, html.EscapeString(b.Label))
		}
	}
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String())
}
