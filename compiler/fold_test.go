package compiler

import (
	"math"
	"strings"
	"testing"

	"wippylua/bytecode"
)

// Constant folding: `return <expr>` compiled by luac5.3 -l -l gives the
// instructions and the constant table below. Folding happens only for
// numeric operands, never for an operation that could raise (integer
// division or modulo by zero, bitwise operations on non-integral floats)
// nor when the result is NaN or a float zero; integers wrap around.

var foldTests = []struct{ expr, code, consts string }{
	{`1 + 2`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `3`},
	{`2 ^ 2`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `4.0`},
	{`10 // 3`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `3`},
	{`10 // 0`, `IDIV 0 -2 -1; RETURN 0 2; RETURN 0 1`, `0, 10`},
	{`10 % 0`, `MOD 0 -2 -1; RETURN 0 2; RETURN 0 1`, `0, 10`},
	{`1 / 0`, `DIV 0 -2 -1; RETURN 0 2; RETURN 0 1`, `0, 1`},
	{`0 / 0`, `DIV 0 -1 -1; RETURN 0 2; RETURN 0 1`, `0`},
	{`1.0 // 0`, `IDIV 0 -2 -1; RETURN 0 2; RETURN 0 1`, `0, 1.0`},
	{`1 % 0.0`, `MOD 0 -2 -1; RETURN 0 2; RETURN 0 1`, `0.0, 1`},
	{`3 & 1.0`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `1`},
	{`3 & 1.5`, `BAND 0 -2 -1; RETURN 0 2; RETURN 0 1`, `1.5, 3`},
	{`1 << 63`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `-9223372036854775808`},
	{`1 << 64`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `0`},
	{`1 << -1`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `0`},
	{`-1 >> 1`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `9223372036854775807`},
	{`2 >> -1`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `4`},
	{`-(-9223372036854775807 - 1)`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `-9223372036854775808`},
	{`9223372036854775807 + 1`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `-9223372036854775808`},
	{`9223372036854775807 * 2`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `-2`},
	{`- 0.0`, `LOADK 0 -1; UNM 0 0; RETURN 0 2; RETURN 0 1`, `0.0`},
	{`0.0 * 1`, `MUL 0 -2 -1; RETURN 0 2; RETURN 0 1`, `1, 0.0`},
	{`-1 * 0.0`, `MUL 0 -2 -1; RETURN 0 2; RETURN 0 1`, `0.0, -1`},
	{`1 - 1.0`, `SUB 0 -2 -1; RETURN 0 2; RETURN 0 1`, `1.0, 1`},
	{`"1" + 2`, `ADD 0 -1 -2; RETURN 0 2; RETURN 0 1`, `"1", 2`},
	{`-"2"`, `LOADK 0 -1; UNM 0 0; RETURN 0 2; RETURN 0 1`, `"2"`},
	{`2 ^ 0.5`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `1.4142135623731`},
	{`7 % -3`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `-2`},
	{`-7 % 3`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `2`},
	{`7.5 % -2`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `-0.5`},
	{`-7.5 % 2`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `0.5`},
	{`5 // -2`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `-3`},
	{`5.0 // -2`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `-3.0`},
	{`-5 // 0.5`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `-10.0`},
	{`~0`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `-1`},
	{`~1.5`, `LOADK 0 -1; BNOT 0 0; RETURN 0 2; RETURN 0 1`, `1.5`},
	{`~2.0`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `-3`},
	{`-(1 + 2) * 3`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `-9`},
	{`1e308 * 10`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `inf`},
	{`-1e308 * 10`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `-inf`},
	{`2 ^ 3 ^ 2`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `512.0`},
	{`-2 ^ 2`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `-4.0`},
	{`not 1`, `LOADBOOL 0 0 0; RETURN 0 2; RETURN 0 1`, ``},
	{`not nil`, `LOADBOOL 0 1 0; RETURN 0 2; RETURN 0 1`, ``},
	{`#"abc"`, `LOADK 0 -1; LEN 0 0; RETURN 0 2; RETURN 0 1`, `"abc"`},
	{`1 + true`, `ADD 0 -2 -1; RETURN 0 2; RETURN 0 1`, `true, 1`},
	{`1 .. 2`, `LOADK 0 -1; LOADK 1 -2; CONCAT 0 0 1; RETURN 0 2; RETURN 0 1`, `1, 2`},
	{`3 | 4.0`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `7`},
	{`(-9223372036854775807 - 1) // -1`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `-9223372036854775808`},
	{`(-9223372036854775807 - 1) % -1`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `0`},
	{`0x7fffffffffffffff + 0.0`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `9.2233720368548e+18`},
	{`3 == 3`, `EQ 1 -1 -1; JMP 0 1; LOADBOOL 0 0 1; LOADBOOL 0 1 0; RETURN 0 2; RETURN 0 1`, `3`},
	{`1 < 2`, `LT 1 -1 -2; JMP 0 1; LOADBOOL 0 0 1; LOADBOOL 0 1 0; RETURN 0 2; RETURN 0 1`, `1, 2`},
	{`-(-1)`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `1`},
	{`- -1.5`, `LOADK 0 -1; RETURN 0 2; RETURN 0 1`, `1.5`},
	{`8 // 0.0`, `IDIV 0 -2 -1; RETURN 0 2; RETURN 0 1`, `0.0, 8`},
}

func TestConstantFolding(t *testing.T) {
	for _, tt := range foldTests {
		p, err := compileSource(t, "return "+tt.expr+"\n", "=fold")
		if err != nil {
			t.Errorf("%s: %v", tt.expr, err)
			continue
		}
		code := strings.ReplaceAll(listCode(p)[0], "\n", "; ")
		var ks []string
		for _, k := range p.Constants {
			ks = append(ks, k.String())
		}
		consts := strings.Join(ks, ", ")
		if code != tt.code || consts != tt.consts {
			t.Errorf("return %s:\n got %s [%s]\nwant %s [%s]", tt.expr, code, consts, tt.code, tt.consts)
		}
	}
}

func TestArith(t *testing.T) {
	i := func(v int64) numeral { return numeral{isInt: true, i: v} }
	f := func(v float64) numeral { return numeral{f: v} }
	tests := []struct {
		op     string
		a, b   numeral
		want   numeral
		folded bool
	}{
		{"IDIV", i(7), i(2), i(3), true},
		{"IDIV", i(-7), i(2), i(-4), true},
		{"IDIV", i(7), i(0), numeral{}, false},
		{"MOD", i(-7), i(2), i(1), true},
		{"MOD", i(7), i(-2), i(-1), true},
		{"MOD", f(5.5), f(-2), f(-0.5), true},
		{"MOD", f(-3), f(inf), f(inf), true}, // lua5.3's fmod adjustment
		{"SHL", i(1), i(-64), i(0), true},
		{"SHR", i(-1), i(63), i(1), true},
		{"SHR", i(1), i(minInt), i(0), true},
		{"BAND", f(1e100), i(1), numeral{}, false},
		{"POW", i(2), i(10), f(1024), true},
		{"DIV", i(1), i(2), f(0.5), true},
		{"ADD", i(maxInt), i(1), i(minInt), true},
		{"UNM", i(minInt), i(0), i(minInt), true},
	}
	for _, tt := range tests {
		got, ok := arith(opByName(tt.op), tt.a, tt.b)
		if ok != tt.folded || (ok && got != tt.want) {
			t.Errorf("%s %v %v = %v %v, want %v %v", tt.op, tt.a, tt.b, got, ok, tt.want, tt.folded)
		}
	}
}

const (
	maxInt = 1<<63 - 1
	minInt = -1 << 63
)

var inf = math.Inf(1)

func opByName(name string) bytecode.Op {
	for op := bytecode.Op(0); op < bytecode.NumOps; op++ {
		if op.String() == name {
			return op
		}
	}
	panic("no opcode " + name)
}
