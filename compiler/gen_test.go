package compiler

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// A generator of random valid Lua 5.3 programs, for differential testing
// against luac5.3 (TestLuacRandom) and as fuzz seeds.
//
// Line breaks are placed only before tokens whose line the syntax tree
// records (names, literals, operators, keywords that start statements...),
// never before ')', ']', ',', '=', 'do' or 'then': lua5.3 stamps some
// instructions with the line of those tokens, which the tree does not
// keep (see the known deviations in the package documentation).

type progGen struct {
	r      *rand.Rand
	b      strings.Builder
	scopes [][]string // visible locals per block
	nlocal int        // locals declared in the current function
	vararg []bool     // per open function
	loops  []bool     // per open function: inside a loop
	depth  int
	fdepth int  // nested functions
	spread bool // break lines often
	nfresh int
	fwd    []string // labels at the end of enclosing blocks (same function)
	back   []string // labels at the start of enclosing blocks (same function)
}

// genProgram returns a random program for seed.
func genProgram(seed uint64) string {
	g := &progGen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	g.spread = g.r.IntN(2) == 0
	g.vararg = []bool{true}
	g.loops = []bool{false}
	g.scopes = [][]string{nil}
	n := 2 + g.r.IntN(6)
	for range n {
		g.stmt()
		g.w("\n")
	}
	if g.r.IntN(3) == 0 {
		g.ret()
	}
	return g.b.String()
}

// w writes s.
func (g *progGen) w(s string) { g.b.WriteString(s) }

// tok writes a token that may start on a new line.
func (g *progGen) tok(s string) {
	if g.spread && g.r.IntN(4) == 0 {
		g.w("\n")
	} else {
		g.w(" ")
	}
	g.w(s)
}

func (g *progGen) fresh() string {
	g.nfresh++
	return "v" + strconv.Itoa(g.nfresh)
}

func (g *progGen) declare(name string) {
	g.scopes[len(g.scopes)-1] = append(g.scopes[len(g.scopes)-1], name)
	g.nlocal++
}

func (g *progGen) visible() []string {
	var all []string
	for _, s := range g.scopes {
		all = append(all, s...)
	}
	return all
}

func (g *progGen) name() string {
	vis := g.visible()
	if len(vis) > 0 && g.r.IntN(3) > 0 {
		return vis[len(vis)-1-g.r.IntN(min(len(vis), 6))]
	}
	return [...]string{"a", "b", "x", "print", "t", "f", "_ENV"}[g.r.IntN(7)]
}

func (g *progGen) block(body func()) {
	g.scopes = append(g.scopes, nil)
	saved := g.nlocal
	body()
	g.scopes = g.scopes[:len(g.scopes)-1]
	g.nlocal = saved
}

// labeled runs body in a block that may get a label at its start (target
// of backward gotos) or at its end (target of forward gotos, which may
// then skip local declarations).
func (g *progGen) labeled(body func()) {
	g.block(func() {
		if g.r.IntN(6) == 0 {
			l := "B" + g.fresh()
			g.tok("::" + l + "::")
			g.back = append(g.back, l)
			defer func() { g.back = g.back[:len(g.back)-1] }()
		}
		if g.r.IntN(4) == 0 {
			l := "F" + g.fresh()
			g.fwd = append(g.fwd, l)
			body()
			g.fwd = g.fwd[:len(g.fwd)-1]
			g.tok("::" + l + "::")
			return
		}
		body()
	})
}

func (g *progGen) stmts(n int) {
	for range n {
		g.w("\n")
		g.stmt()
	}
}

func (g *progGen) inLoop() bool { return g.loops[len(g.loops)-1] }

func (g *progGen) stmt() {
	g.depth++
	defer func() { g.depth-- }()
	deep := g.depth > 3
	switch k := g.r.IntN(16); {
	case k < 3 && g.nlocal < 150:
		n := 1 + g.r.IntN(3)
		var names []string
		for range n {
			names = append(names, g.fresh())
		}
		g.tok("local")
		g.w(" " + strings.Join(names, ", "))
		if g.r.IntN(4) > 0 {
			g.w(" =")
			g.exprList(1 + g.r.IntN(3))
		}
		for _, nm := range names {
			g.declare(nm)
		}
	case k < 5:
		n := 1 + g.r.IntN(3)
		for i := range n {
			if i > 0 {
				g.w(",")
			}
			g.target()
		}
		g.w(" =")
		g.exprList(1 + g.r.IntN(3))
	case k < 7:
		g.call()
	case k == 7 && !deep:
		g.tok("do")
		g.labeled(func() { g.stmts(1 + g.r.IntN(3)) })
		g.tok("end")
	case k == 8 && !deep:
		g.tok("while")
		g.expr(2)
		g.w(" do")
		g.loop(func() { g.stmts(1 + g.r.IntN(3)) })
		g.tok("end")
	case k == 9 && !deep:
		g.tok("repeat")
		g.loops = append(g.loops, true)
		g.block(func() {
			g.stmts(1 + g.r.IntN(3))
			g.tok("until")
			g.expr(2)
		})
		g.loops = g.loops[:len(g.loops)-1]
	case k == 10 && !deep:
		g.tok("if")
		g.expr(2)
		g.w(" then")
		g.labeled(func() { g.stmts(1 + g.r.IntN(2)) })
		for g.r.IntN(3) == 0 {
			g.tok("elseif")
			g.expr(2)
			g.w(" then")
			g.block(func() { g.stmts(1 + g.r.IntN(2)) })
		}
		if g.r.IntN(2) == 0 {
			g.tok("else")
			g.block(func() { g.stmts(1 + g.r.IntN(2)) })
		}
		g.tok("end")
	case k == 11 && !deep && g.nlocal < 150:
		v := g.fresh()
		g.tok("for")
		g.w(" " + v + " =")
		g.expr(1)
		g.w(",")
		g.expr(1)
		if g.r.IntN(2) == 0 {
			g.w(",")
			g.expr(1)
		}
		g.w(" do")
		g.loop(func() {
			g.declare(v)
			g.stmts(1 + g.r.IntN(3))
		})
		g.tok("end")
	case k == 12 && !deep && g.nlocal < 150:
		k, v := g.fresh(), g.fresh()
		g.tok("for")
		g.w(" " + k + ", " + v + " in")
		g.exprList(1 + g.r.IntN(2))
		g.w(" do")
		g.loop(func() {
			g.declare(k)
			g.declare(v)
			g.stmts(1 + g.r.IntN(3))
		})
		g.tok("end")
	case k == 13 && !deep && g.fdepth < 2:
		if g.r.IntN(2) == 0 && g.nlocal < 150 {
			nm := g.fresh()
			g.tok("local function")
			g.w(" " + nm)
			g.declare(nm)
		} else {
			g.tok("function")
			g.w(" " + g.name())
			for g.r.IntN(3) == 0 {
				g.w("." + g.fresh())
			}
			if g.r.IntN(3) == 0 {
				g.w(":" + g.fresh())
			}
		}
		g.funcBody()
	case k == 14 && len(g.fwd)+len(g.back) > 0 && g.r.IntN(2) == 0:
		all := append(append([]string(nil), g.fwd...), g.back...)
		l := all[g.r.IntN(len(all))]
		if g.r.IntN(2) == 0 {
			g.tok("goto " + l)
		} else {
			g.tok("if")
			g.expr(1)
			g.w(" then")
			g.tok("goto " + l)
			g.tok("end")
		}
	case k == 14 && g.inLoop():
		if g.r.IntN(2) == 0 {
			g.tok("break")
		} else {
			g.tok("if")
			g.expr(1)
			g.w(" then")
			g.tok("break")
			g.tok("end")
		}
	default:
		g.call()
	}
}

// loop compiles a loop body; half of them end with a continue label.
func (g *progGen) loop(body func()) {
	g.loops = append(g.loops, true)
	cont := g.r.IntN(3) == 0
	g.labeled(func() {
		if cont {
			g.tok("if")
			g.expr(1)
			g.w(" then")
			g.tok("goto continue")
			g.tok("end")
		}
		body()
		if cont {
			g.tok("::continue::")
		}
	})
	g.loops = g.loops[:len(g.loops)-1]
}

func (g *progGen) ret() {
	g.tok("return")
	if g.r.IntN(4) > 0 {
		g.exprList(1 + g.r.IntN(3))
	}
}

func (g *progGen) funcBody() {
	var params []string
	for range g.r.IntN(4) {
		params = append(params, g.fresh())
	}
	va := g.r.IntN(3) == 0
	g.w("(" + strings.Join(params, ", "))
	if va {
		if len(params) > 0 {
			g.w(", ")
		}
		g.w("...")
	}
	g.w(")")
	savedN, savedD := g.nlocal, g.depth
	g.nlocal, g.depth = 0, 0
	g.fdepth++
	g.vararg = append(g.vararg, va)
	g.loops = append(g.loops, false)
	savedF, savedB := g.fwd, g.back
	g.fwd, g.back = nil, nil
	g.block(func() {
		for _, p := range params {
			g.declare(p)
		}
		g.stmts(g.r.IntN(4))
		if g.r.IntN(2) == 0 {
			g.w("\n")
			g.ret()
		}
	})
	g.vararg = g.vararg[:len(g.vararg)-1]
	g.loops = g.loops[:len(g.loops)-1]
	g.fwd, g.back = savedF, savedB
	g.nlocal, g.depth = savedN, savedD
	g.fdepth--
	g.tok("end")
}

func (g *progGen) target() {
	switch g.r.IntN(4) {
	case 0:
		g.tok(g.name())
		g.tok("[")
		g.expr(1)
		g.w("]")
	case 1:
		g.tok(g.name())
		g.tok("." + g.fresh())
	default:
		g.tok(g.name())
	}
}

func (g *progGen) call() {
	g.tok(g.name())
	for g.r.IntN(3) == 0 {
		g.tok("." + g.fresh())
	}
	method := g.r.IntN(4) == 0
	if method {
		g.tok(":" + g.fresh())
	}
	g.args(method)
}

// args writes call arguments. The tree does not record where the
// arguments of a method call start, so they stay on the line of the ':'.
func (g *progGen) args(method bool) {
	tok := g.tok
	if method {
		tok = func(s string) { g.w(" " + s) }
	}
	switch g.r.IntN(6) {
	case 0:
		tok(`"s"`)
	case 1:
		if method {
			g.w(" {")
			g.fields(1)
		} else {
			g.table(1)
		}
	default:
		tok("(")
		if g.r.IntN(4) > 0 {
			g.exprList(1 + g.r.IntN(3))
		}
		g.w(")")
	}
}

func (g *progGen) exprList(n int) {
	for i := range n {
		if i > 0 {
			g.w(",")
		}
		g.expr(2)
	}
}

func (g *progGen) table(depth int) {
	g.tok("{")
	g.fields(depth)
}

func (g *progGen) fields(depth int) {
	n := g.r.IntN(5)
	if g.r.IntN(30) == 0 {
		n = 45 + g.r.IntN(60)
	}
	for i := range n {
		if i > 0 {
			g.w([...]string{",", ";"}[g.r.IntN(2)])
		}
		switch g.r.IntN(4) {
		case 0:
			g.tok(g.fresh())
			g.w(" =")
			g.expr(depth)
		case 1:
			g.tok("[")
			g.expr(depth)
			g.w("] =")
			g.expr(depth)
		default:
			g.expr(depth)
		}
	}
	g.w(" }")
}

var binops = []string{"+", "-", "*", "/", "//", "%", "^", "..", "==", "~=", "<", "<=", ">", ">=", "and", "or", "&", "|", "~", "<<", ">>"}

func (g *progGen) expr(depth int) {
	if depth <= 0 {
		g.simple()
		return
	}
	switch k := g.r.IntN(14); {
	case k < 3:
		g.simple()
	case k < 7:
		g.expr(depth - 1)
		g.tok(binops[g.r.IntN(len(binops))])
		g.expr(depth - 1)
	case k == 7:
		g.tok([...]string{"-", "not", "#", "~"}[g.r.IntN(4)])
		g.expr(depth - 1)
	case k == 8:
		g.tok("(")
		g.expr(depth - 1)
		g.w(")")
	case k == 9:
		g.call()
	case k == 10:
		g.table(depth - 1)
	case k == 11 && g.fdepth < 2:
		g.tok("function")
		g.funcBody()
	case k == 12:
		g.tok(g.name())
		g.tok("[")
		g.expr(depth - 1)
		g.w("]")
	default:
		g.tok(g.name())
		g.tok("." + g.fresh())
	}
}

func (g *progGen) simple() {
	switch g.r.IntN(12) {
	case 0:
		g.tok("nil")
	case 1:
		g.tok("true")
	case 2:
		g.tok("false")
	case 3:
		g.tok(strconv.Itoa(g.r.IntN(20) - 3))
	case 4:
		g.tok([...]string{"0.5", "2.0", "1e300", "0x10", "3", "0", "0.0", "9223372036854775807", "-1"}[g.r.IntN(9)])
	case 5:
		g.tok(`"str"`)
	case 6:
		if g.vararg[len(g.vararg)-1] {
			g.tok("...")
		} else {
			g.tok("nil")
		}
	default:
		g.tok(g.name())
	}
}

// TestLuacRandom compiles random programs with both compilers. Set
// LUAC_RANDOM to the number of programs (default 300).
func TestLuacRandom(t *testing.T) {
	luac := luacPath(t)
	n := 300
	if s := os.Getenv("LUAC_RANDOM"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	if testing.Short() {
		n = 30
	}
	dir := t.TempDir()
	failed := 0
	for seed := range uint64(n) {
		src := genProgram(seed)
		name := "r" + strconv.FormatUint(seed, 10) + ".lua"
		if !compareWithLuac(t, luac, dir, name, src) {
			keep := filepath.Join(os.TempDir(), "compiler-luacdiff")
			os.MkdirAll(keep, 0o755)
			os.WriteFile(filepath.Join(keep, name), []byte(src), 0o644)
			t.Logf("program saved as %s", filepath.Join(keep, name))
			failed++
			if failed >= 3 {
				t.Fatal("stopping after 3 differences")
			}
		}
	}
}
