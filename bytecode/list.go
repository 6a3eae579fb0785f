package bytecode

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// List writes a listing of the prototype tree rooted at p in the shape of
// luac5.3 -l, or of luac5.3 -l -l when full is set (adding each function's
// constants, locals and upvalues). Functions are listed depth-first in
// pre-order; instead of luac's memory addresses each function is named by
// its number in that order (F0 is the main function), which is stable from
// run to run and is what CLOSURE comments and VerifyError refer to.
//
// Operands are printed like luac prints them: an RK operand that names a
// constant appears as -1-k (so K[0] is -1), as does LOADK's Bx; comments
// show constants, upvalue names and jump targets ("; to N", 1-based).
//
// p need not pass Verify: out-of-range operands print as "?" and unknown
// opcodes as OPn. It must be a finite tree; nesting deeper than MaxNesting
// is not listed. Write errors are ignored, as for fmt.Fprint.
func List(w io.Writer, p *Proto, full bool) {
	l := lister{w: bufio.NewWriter(w), full: full}
	l.collect(p, 0)
	for id, f := range l.funcs {
		l.function(f, id)
	}
	l.w.Flush()
}

type lister struct {
	w        *bufio.Writer
	full     bool
	funcs    []*Proto // pre-order
	childIDs [][]int  // childIDs[id][i] is the number of funcs[id].Protos[i]
}

// collect numbers the functions first so that a CLOSURE can name its
// prototype before that prototype is listed.
func (l *lister) collect(p *Proto, depth int) int {
	id := len(l.funcs)
	l.funcs = append(l.funcs, p)
	l.childIDs = append(l.childIDs, nil)
	if p == nil || depth >= MaxNesting {
		return id
	}
	ids := make([]int, len(p.Protos))
	for i, child := range p.Protos {
		ids[i] = l.collect(child, depth+1)
	}
	l.childIDs[id] = ids
	return id
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func (l *lister) function(p *Proto, id int) {
	w := l.w
	if p == nil {
		fmt.Fprintf(w, "\nnil prototype (F%d)\n", id)
		return
	}
	fmt.Fprintf(w, "\n%s (%s at F%d)\n", funcHeader(p), plural(len(p.Code), "instruction"), id)
	vararg := ""
	if p.IsVararg {
		vararg = "+"
	}
	params := "params"
	if p.NumParams == 1 {
		params = "param"
	}
	fmt.Fprintf(w, "%d%s %s, %s, %s, %s, %s, %s\n", p.NumParams, vararg, params,
		plural(p.MaxStack, "slot"), plural(len(p.Upvalues), "upvalue"),
		plural(len(p.LocVars), "local"), plural(len(p.Constants), "constant"),
		plural(len(p.Protos), "function"))
	for pc := range p.Code {
		l.instruction(p, id, pc)
	}
	if !l.full {
		return
	}
	fmt.Fprintf(w, "constants (%d) for F%d:\n", len(p.Constants), id)
	for i := range p.Constants {
		fmt.Fprintf(w, "\t%d\t%s\n", i+1, p.Constants[i].String())
	}
	fmt.Fprintf(w, "locals (%d) for F%d:\n", len(p.LocVars), id)
	for i, lv := range p.LocVars {
		fmt.Fprintf(w, "\t%d\t%s\t%d\t%d\n", i, lv.Name, lv.StartPC+1, lv.EndPC+1)
	}
	fmt.Fprintf(w, "upvalues (%d) for F%d:\n", len(p.Upvalues), id)
	for i, uv := range p.Upvalues {
		instack := 0
		if uv.InStack {
			instack = 1
		}
		fmt.Fprintf(w, "\t%d\t%s\t%d\t%d\n", i, upvalName(p, i), instack, uv.Index)
	}
}

// Operand kinds for printing, after luac's OpArgN/U/R/K.
const (
	argN = iota // unused: not printed
	argU        // printed as is
	argK        // RK: a constant prints as -1-k
)

// argModes gives the B and C kinds of each iABC opcode.
var argModes = [NumOps][2]uint8{
	MOVE: {argU, argN}, LOADBOOL: {argU, argU}, LOADNIL: {argU, argN},
	GETUPVAL: {argU, argN}, GETTABUP: {argU, argK}, GETTABLE: {argU, argK},
	SETTABUP: {argK, argK}, SETUPVAL: {argU, argN}, SETTABLE: {argK, argK},
	NEWTABLE: {argU, argU}, SELF: {argU, argK},
	ADD: {argK, argK}, SUB: {argK, argK}, MUL: {argK, argK}, MOD: {argK, argK},
	POW: {argK, argK}, DIV: {argK, argK}, IDIV: {argK, argK},
	BAND: {argK, argK}, BOR: {argK, argK}, BXOR: {argK, argK},
	SHL: {argK, argK}, SHR: {argK, argK},
	UNM: {argU, argN}, BNOT: {argU, argN}, NOT: {argU, argN}, LEN: {argU, argN},
	CONCAT: {argU, argU},
	EQ:     {argK, argK}, LT: {argK, argK}, LE: {argK, argK},
	TEST: {argN, argU}, TESTSET: {argU, argU},
	CALL: {argU, argU}, TAILCALL: {argU, argU}, RETURN: {argU, argN},
	TFORCALL: {argN, argU}, SETLIST: {argU, argU}, VARARG: {argU, argN},
}

func rkOperand(mode uint8, x int) string {
	if mode == argK && IsK(x) {
		return strconv.Itoa(-1 - IndexK(x))
	}
	return strconv.Itoa(x)
}

func (l *lister) instruction(p *Proto, id, pc int) {
	ins := p.Code[pc]
	op := ins.Op()
	a, b, c := ins.A(), ins.B(), ins.C()
	line := "-"
	if pc < len(p.LineInfo) {
		line = strconv.Itoa(int(p.LineInfo[pc]))
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "\t%d\t[%s]\t%-9s\t%d", pc+1, line, op, a)
	switch {
	case op >= NumOps:
		fmt.Fprintf(&sb, " %d %d", b, c)
	case op == LOADK:
		fmt.Fprintf(&sb, " %d", -1-ins.Bx())
	case FormOf(op) == FormABx:
		fmt.Fprintf(&sb, " %d", ins.Bx())
	case FormOf(op) == FormAsBx:
		fmt.Fprintf(&sb, " %d", ins.SBx())
	default:
		modes := argModes[op]
		if modes[0] != argN {
			sb.WriteString(" " + rkOperand(modes[0], b))
		}
		if modes[1] != argN {
			sb.WriteString(" " + rkOperand(modes[1], c))
		}
	}

	// kc prints an RK operand for a comment: its constant, or "-" for a
	// register.
	kc := func(x int) string {
		if IsK(x) {
			return constantAt(p, IndexK(x))
		}
		return "-"
	}
	switch op {
	case LOADK:
		sb.WriteString("\t; " + constantAt(p, ins.Bx()))
	case GETUPVAL, SETUPVAL:
		sb.WriteString("\t; " + upvalName(p, b))
	case GETTABUP:
		sb.WriteString("\t; " + upvalName(p, b))
		if IsK(c) {
			sb.WriteString(" " + kc(c))
		}
	case SETTABUP:
		sb.WriteString("\t; " + upvalName(p, a))
		if IsK(b) {
			sb.WriteString(" " + kc(b))
		}
		if IsK(c) {
			sb.WriteString(" " + kc(c))
		}
	case GETTABLE, SELF:
		if IsK(c) {
			sb.WriteString("\t; " + kc(c))
		}
	case SETTABLE, ADD, SUB, MUL, MOD, POW, DIV, IDIV, BAND, BOR, BXOR, SHL, SHR, EQ, LT, LE:
		if IsK(b) || IsK(c) {
			sb.WriteString("\t; " + kc(b) + " " + kc(c))
		}
	case JMP, FORLOOP, FORPREP, TFORLOOP:
		fmt.Fprintf(&sb, "\t; to %d", pc+2+ins.SBx())
	case CLOSURE:
		if ids := l.childIDs[id]; ins.Bx() < len(ids) {
			fmt.Fprintf(&sb, "\t; F%d", ids[ins.Bx()])
		} else {
			sb.WriteString("\t; ?")
		}
	}
	sb.WriteByte('\n')
	l.w.WriteString(sb.String())
}

func constantAt(p *Proto, k int) string {
	if k < 0 || k >= len(p.Constants) {
		return "?"
	}
	return p.Constants[k].String()
}

func upvalName(p *Proto, i int) string {
	if i < 0 || i >= len(p.Upvalues) {
		return "?"
	}
	if p.Upvalues[i].Name == "" {
		return "-" // stripped, as luac shows it
	}
	return p.Upvalues[i].Name
}

// String renders a constant the way luac's listing does: strings quoted
// with C-style escapes, floats with 14 significant digits and a ".0" when
// they would otherwise read as integers.
func (k Constant) String() string {
	switch k.Kind {
	case ConstNil:
		return "nil"
	case ConstBool:
		return strconv.FormatBool(k.Bool)
	case ConstInt:
		return strconv.FormatInt(k.Int, 10)
	case ConstFloat:
		return formatFloat(k.Float)
	case ConstString:
		return quoteString(k.Str)
	case ConstType:
		if TypeFormatter != nil {
			return "type " + TypeFormatter(k.Str)
		}
		return fmt.Sprintf("type <%d-byte descriptor>", len(k.Str))
	}
	return fmt.Sprintf("?kind%d", k.Kind)
}

// TypeFormatter renders a type descriptor (ConstType) in source syntax for
// listings. This package cannot decode descriptors (it imports nothing of
// the project); the package that owns type values sets it once, at
// initialisation, before any listing is made.
var TypeFormatter func(desc string) string

func formatFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		// glibc prints the sign of a NaN, and x86's 0/0 is negative.
		if math.Signbit(f) {
			return "-nan"
		}
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	s := strconv.FormatFloat(f, 'g', 14, 64)
	if strings.Trim(s, "-0123456789") == "" {
		s += ".0"
	}
	return s
}

func quoteString(s string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\a':
			sb.WriteString(`\a`)
		case '\b':
			sb.WriteString(`\b`)
		case '\f':
			sb.WriteString(`\f`)
		case '\n':
			sb.WriteString(`\n`)
		case '\r':
			sb.WriteString(`\r`)
		case '\t':
			sb.WriteString(`\t`)
		case '\v':
			sb.WriteString(`\v`)
		default:
			if c >= 0x20 && c < 0x7f {
				sb.WriteByte(c)
			} else {
				fmt.Fprintf(&sb, `\%03d`, c)
			}
		}
	}
	sb.WriteByte('"')
	return sb.String()
}
