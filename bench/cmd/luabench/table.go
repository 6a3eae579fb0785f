package main

import (
	"fmt"
	"strings"
)

// column is one column of a per-program table: a row per program, then a
// row of geometric means.
type column struct {
	head string
	cell func(*programResult) string
	mean string // the entry of the geometric-mean row; "" leaves it empty
}

// engineColumns gives one column per engine, headed prefix+name, with the
// engine's cell formatted by format.
func engineColumns(names []string, prefix string, format func(*cell) string) []column {
	cols := make([]column, len(names))
	for i, name := range names {
		cols[i] = column{head: prefix + name, cell: func(pr *programResult) string { return format(pr.cells[name]) }}
	}
	return cols
}

// ratioColumn gives c[0]'s median ÷ c[1]'s by metric, with their
// geometric mean and how many programs it covers.
func (rep *report) ratioColumn(prefix string, c [2]string, metric string) column {
	g, n := rep.geoRatio(c[0], c[1], metric)
	return column{
		head: prefix + c[0] + " ÷ " + c[1],
		cell: func(pr *programResult) string { return fmtRatio(ratio(pr, c[0], c[1], metric)) },
		mean: fmt.Sprintf("**%s** (%d)", fmtRatio(g), n),
	}
}

// writeProgramTable writes a Markdown table of programs by cols, numbers
// aligned right.
func writeProgramTable(b *strings.Builder, programs []*programResult, cols []column) {
	b.WriteString("| program |")
	for _, c := range cols {
		fmt.Fprintf(b, " %s |", c.head)
	}
	b.WriteString("\n|---|" + strings.Repeat("---:|", len(cols)) + "\n")
	for _, pr := range programs {
		fmt.Fprintf(b, "| %s |", pr.name)
		for _, c := range cols {
			fmt.Fprintf(b, " %s |", c.cell(pr))
		}
		b.WriteString("\n")
	}
	b.WriteString("| **geometric mean** |")
	for _, c := range cols {
		if c.mean == "" {
			b.WriteString(" |")
		} else {
			fmt.Fprintf(b, " %s |", c.mean)
		}
	}
	b.WriteString("\n\n")
}
