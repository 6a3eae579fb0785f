package typecheck

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Diagnostic is one problem found by the checker.
type Diagnostic struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	EndCol   int    `json:"end_col,omitempty"` // column after the problem on Line, 0 when unknown
	Severity string `json:"severity"`
	Code     Code   `json:"code"`
	Message  string `json:"message"`
}

// String formats d as `file:line:col: severity[CODE]: message`.
func (d Diagnostic) String() string {
	return fmt.Sprintf("%s:%d:%d: %s[%s]: %s", d.File, d.Line, d.Col, d.Severity, d.Code, d.Message)
}

// IsError reports whether d is an error rather than a warning.
func (d Diagnostic) IsError() bool { return d.Severity == SeverityError }

// SortDiagnostics orders diagnostics by file, line and column, keeping the
// order of those at one position.
func SortDiagnostics(ds []Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// WriteText writes one line per diagnostic.
func WriteText(w io.Writer, ds []Diagnostic) error {
	var b bytes.Buffer
	for _, d := range ds {
		b.WriteString(d.String())
		b.WriteByte('\n')
	}
	_, err := w.Write(b.Bytes())
	return err
}

// WritePretty writes each diagnostic followed by its source line and a
// caret under the column (a run of carets up to EndCol when known).
// source returns the text of a file, or nil when unavailable.
func WritePretty(w io.Writer, ds []Diagnostic, source func(file string) []byte) error {
	var b bytes.Buffer
	lines := map[string][]string{}
	for _, d := range ds {
		b.WriteString(d.String())
		b.WriteByte('\n')
		ls, ok := lines[d.File]
		if !ok {
			if src := source(d.File); src != nil {
				ls = strings.Split(string(src), "\n")
			}
			lines[d.File] = ls
		}
		if d.Line < 1 || d.Line > len(ls) {
			continue
		}
		line := strings.TrimRight(ls[d.Line-1], "\r")
		num := fmt.Sprintf("%5d | ", d.Line)
		b.WriteString(num)
		b.WriteString(line)
		b.WriteByte('\n')
		b.WriteString(strings.Repeat(" ", len(num)-2))
		b.WriteString("| ")
		b.WriteString(caretPad(line, d.Col))
		width := 1
		if d.EndCol > d.Col {
			width = d.EndCol - d.Col
		}
		b.WriteString(strings.Repeat("^", width))
		b.WriteByte('\n')
	}
	_, err := w.Write(b.Bytes())
	return err
}

// caretPad is the whitespace that puts a caret under column col of line,
// keeping tabs so that the caret lines up however tabs are shown.
func caretPad(line string, col int) string {
	var b strings.Builder
	for i := 0; i < col-1; i++ {
		if i < len(line) && line[i] == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// WriteJSON writes the diagnostics as a JSON array of objects with the
// fields file, line, col, end_col (when known), severity, code, message.
func WriteJSON(w io.Writer, ds []Diagnostic) error {
	if ds == nil {
		ds = []Diagnostic{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(ds)
}
