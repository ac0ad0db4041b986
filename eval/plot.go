package eval

import (
	"fmt"
	"strings"
)

// PlotSweep draws a sweep as an SVG chart: recall, recall at 1 and the
// false-positive rate (on its own scale, as a share of the worst seen)
// against the threshold.
func PlotSweep(rows []SweepRow) []byte {
	const w, h, pad = 640, 400, 50
	x := func(t float64) float64 { return pad + t*(w-2*pad) }
	y := func(v float64) float64 { return h - pad - v*(h-2*pad) }
	maxFPR := 0.0
	for _, r := range rows {
		maxFPR = max(maxFPR, r.FalsePositiveRate)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`, w, h)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="white"/>`)
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>`, pad, h-pad, w-pad, h-pad)
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>`, pad, pad, pad, h-pad)
	for i := 0; i <= 10; i++ {
		v := float64(i) / 10
		fmt.Fprintf(&b, `<text x="%.0f" y="%d" text-anchor="middle">%.1f</text>`, x(v), h-pad+16, v)
		fmt.Fprintf(&b, `<text x="%d" y="%.0f" text-anchor="end">%.1f</text>`, pad-6, y(v)+4, v)
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle">threshold</text>`, w/2, h-10)
	line := func(color string, f func(SweepRow) float64) {
		fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2" points="`, color)
		for _, r := range rows {
			fmt.Fprintf(&b, "%.1f,%.1f ", x(r.Threshold), y(f(r)))
		}
		b.WriteString(`"/>`)
	}
	line("#1f77b4", func(r SweepRow) float64 { return r.Recall })
	line("#2ca02c", func(r SweepRow) float64 { return r.RecallAt1 })
	if maxFPR > 0 {
		line("#d62728", func(r SweepRow) float64 { return r.FalsePositiveRate / maxFPR })
	}
	fmt.Fprintf(&b, `<text x="%d" y="20" fill="#1f77b4">recall</text>`, pad)
	fmt.Fprintf(&b, `<text x="%d" y="20" fill="#2ca02c">recall at 1</text>`, pad+70)
	fmt.Fprintf(&b, `<text x="%d" y="20" fill="#d62728">false-positive rate (1.0 = %.5f)</text>`, pad+170, maxFPR)
	b.WriteString(`</svg>`)
	return []byte(b.String())
}
