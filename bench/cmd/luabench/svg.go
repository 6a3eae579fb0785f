package main

import (
	"fmt"
	"math"
	"strings"
)

// The chart is plain SVG written by hand, so that it needs no library and
// opens in any browser: one panel per metric (wall time, CPU time, peak
// memory, private memory), each with a group of bars per program plus the geometric mean.
// Bars are ratios to a baseline engine (lua5.3, or gopher-lua without it)
// on a log scale, drawn from the 1× line: up is slower or bigger than the
// baseline, down is faster or smaller, and equal distances mean equal
// factors.

var seriesColor = map[string]string{
	wippy:  "#d9480f",
	gopher: "#1971c2",
	ref:    "#2f9e44",
}

const (
	svgWidth    = 980
	panelHeight = 300
	marginLeft  = 64
	marginRight = 16
	plotTop     = 56 // inside a panel: room for the title and legend
	plotBottom  = 44 // room for the program names
)

type panel struct {
	metric, title string
}

var panels = []panel{
	{"wall", "Wall-clock time"},
	{"cpu", "CPU time (user + system)"},
	{"rss", "Peak memory (max RSS)"},
	{"private", "Private memory (anonymous RSS, sampled peak)"},
}

func (rep *report) svg() string {
	var b strings.Builder
	base := ""
	switch {
	case rep.has(ref):
		base = ref
	case rep.has(gopher):
		base = gopher
	}
	var series []string
	for _, name := range []string{wippy, gopher} {
		if rep.has(name) && name != base {
			series = append(series, name)
		}
	}
	height := 40 + len(panels)*panelHeight + 24
	if rep.note != "" {
		height += 16
	}
	if base == "" || len(rep.programs) == 0 {
		height = 120
	}
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="11">`+"\n",
		svgWidth, height, svgWidth, height)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="white"/>`+"\n")
	title := fmt.Sprintf("wippy-lua benchmarks, %s (%s)", rep.started.UTC().Format("2006-01-02"), strings.ReplaceAll(rep.runDescription(), "`", ""))
	fmt.Fprintf(&b, `<text x="%d" y="24" font-size="16" font-weight="bold">%s</text>`+"\n", marginLeft, esc(title))
	if base == "" || len(rep.programs) == 0 {
		fmt.Fprintf(&b, `<text x="%d" y="60">No reference interpreter (lua5.3 or gopher-lua) was available, or no program was run: nothing to compare.</text>`+"\n", marginLeft)
		b.WriteString("</svg>\n")
		return b.String()
	}
	for i, p := range panels {
		rep.svgPanel(&b, p, base, series, 40+i*panelHeight)
	}
	footY := 40 + len(panels)*panelHeight + 16
	fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#555">%s</text>`+"\n", marginLeft, footY,
		esc(fmt.Sprintf("Medians of %d run(s). Machine: %s, %d cores; load average %s before, %s after. ✗: failed or wrong output (hover for details).",
			rep.runs, orDash(rep.machine.CPU), rep.machine.Cores, orDash(rep.loadBefore), orDash(rep.loadAfter))))
	if rep.note != "" {
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#555">%s</text>`+"\n", marginLeft, footY+16, esc("Note: "+rep.note))
	}
	b.WriteString("</svg>\n")
	return b.String()
}

func (rep *report) svgPanel(b *strings.Builder, p panel, base string, series []string, top int) {
	type bar struct {
		r      float64
		failed string // why there is no ratio
	}
	groups := make([]string, 0, len(rep.programs)+1)
	bars := make([][]bar, 0, len(rep.programs)+1)
	lo, hi := 1.0, 1.0
	note := func(r float64) {
		if !math.IsNaN(r) && r > 0 {
			lo, hi = math.Min(lo, r), math.Max(hi, r)
		}
	}
	for _, pr := range rep.programs {
		groups = append(groups, pr.name)
		row := make([]bar, len(series))
		for j, s := range series {
			r := ratio(pr, s, base, p.metric)
			row[j] = bar{r: r}
			if math.IsNaN(r) {
				row[j].failed = pr.failure([2]string{s, base})
				if c := pr.cells[s]; c != nil && c.detail != "" {
					row[j].failed += ": " + c.detail
				}
			}
			note(r)
		}
		bars = append(bars, row)
	}
	groups = append(groups, "geomean")
	row := make([]bar, len(series))
	for j, s := range series {
		g, _ := rep.geoRatio(s, base, p.metric)
		row[j] = bar{r: g, failed: "no program ran correctly"}
		note(g)
	}
	bars = append(bars, row)

	// Log-2 axis from a power of two below the smallest ratio to one above
	// the largest, always including 0.5× and 2×.
	loExp := int(math.Floor(math.Log2(math.Min(lo, 0.5))))
	hiExp := int(math.Ceil(math.Log2(math.Max(hi, 2))))
	plotH := float64(panelHeight - plotTop - plotBottom)
	y0 := float64(top + plotTop)
	yOf := func(r float64) float64 {
		return y0 + plotH*(float64(hiExp)-math.Log2(r))/float64(hiExp-loExp)
	}
	plotW := float64(svgWidth - marginLeft - marginRight)

	fmt.Fprintf(b, `<g>`+"\n")
	fmt.Fprintf(b, `<text x="%d" y="%d" font-size="13" font-weight="bold">%s</text>`+"\n", marginLeft, top+18,
		esc(fmt.Sprintf("%s relative to %s", p.title, base)))
	fmt.Fprintf(b, `<text x="%d" y="%d" fill="#555">%s</text>`+"\n", marginLeft, top+34,
		esc(fmt.Sprintf("median of each engine ÷ %s's, log scale: above 1× is slower/bigger than %s, below is faster/smaller", base, base)))
	// Legend, right-aligned on the title line.
	lx := svgWidth - marginRight - 130*len(series)
	for j, s := range series {
		x := lx + 130*j
		fmt.Fprintf(b, `<rect x="%d" y="%d" width="12" height="12" fill="%s"/><text x="%d" y="%d">%s</text>`+"\n",
			x, top+8, seriesColor[s], x+16, top+18, esc(s))
	}

	step := 1
	if hiExp-loExp > 8 {
		step = 2
	}
	for e := loExp; e <= hiExp; e += step {
		r := math.Exp2(float64(e))
		y := yOf(r)
		stroke, width := "#e3e3e3", 1
		if e == 0 {
			stroke, width = "#333", 1
		}
		fmt.Fprintf(b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="%s" stroke-width="%d"/>`+"\n",
			marginLeft, y, svgWidth-marginRight, y, stroke, width)
		fmt.Fprintf(b, `<text x="%d" y="%.1f" text-anchor="end">%s</text>`+"\n", marginLeft-6, y+4, esc(axisLabel(r)))
	}

	groupW := plotW / float64(len(groups))
	barW := math.Min(28, (groupW-14)/float64(len(series)))
	for i, g := range groups {
		gx := float64(marginLeft) + groupW*float64(i)
		if i == len(groups)-1 {
			fmt.Fprintf(b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#f4f4f4"/>`+"\n", gx+2, y0, groupW-4, plotH)
		}
		bx := gx + (groupW-barW*float64(len(series)))/2
		for j, s := range series {
			x := bx + barW*float64(j)
			br := bars[i][j]
			if math.IsNaN(br.r) {
				fmt.Fprintf(b, `<text x="%.1f" y="%.1f" text-anchor="middle" fill="%s" font-size="14"><title>%s</title>✗</text>`+"\n",
					x+barW/2, yOf(1)-4, seriesColor[s], esc(s+": "+br.failed))
				continue
			}
			y1, y2 := yOf(1), yOf(br.r)
			ry, h := math.Min(y1, y2), math.Abs(y2-y1)
			fmt.Fprintf(b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s</title></rect>`+"\n",
				x+1, ry, barW-2, math.Max(h, 1), seriesColor[s], esc(fmt.Sprintf("%s, %s: %.2f× %s", g, s, br.r, base)))
			ly := y2 - 3
			if br.r < 1 {
				ly = y2 + 10
			}
			fmt.Fprintf(b, `<text x="%.1f" y="%.1f" text-anchor="middle" font-size="9">%s</text>`+"\n", x+barW/2, ly, valueLabel(br.r))
		}
		fmt.Fprintf(b, `<text x="%.1f" y="%.1f" text-anchor="middle">%s</text>`+"\n", gx+groupW/2, y0+plotH+16, esc(g))
	}
	fmt.Fprintf(b, "</g>\n")
}

func axisLabel(r float64) string {
	if r >= 1 {
		return fmt.Sprintf("%g×", r)
	}
	return fmt.Sprintf("1/%g×", 1/r)
}

func valueLabel(r float64) string {
	if r >= 10 {
		return fmt.Sprintf("%.0f", r)
	}
	return fmt.Sprintf("%.1f", r)
}

var svgEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func esc(s string) string { return svgEscaper.Replace(s) }
