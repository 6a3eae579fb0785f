package bytecode

import (
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range max(len(gl), len(wl)) {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s line %d:\n got  %q\n want %q", path, i+1, g, w)
			}
		}
	}
}

func listing(p *Proto, full bool) string {
	var sb strings.Builder
	List(&sb, p, full)
	return sb.String()
}

func TestListGolden(t *testing.T) {
	golden(t, "list_short.golden", listing(smallTree(), false))
	golden(t, "list_full.golden", listing(smallTree(), true))
	golden(t, "list_stripped.golden", listing(stripDebug(smallTree()), true))
}

// The listing of a loaded chunk is the listing of what was dumped.
func TestListAfterUndump(t *testing.T) {
	p := smallTree()
	q, err := Undump(Dump(p, false))
	if err != nil {
		t.Fatal(err)
	}
	if listing(p, true) != listing(q, true) {
		t.Fatal("listing changed across Dump/Undump")
	}
}

func TestListShape(t *testing.T) {
	out := listing(sampleTree(), true)
	for _, want := range []string{
		"\nmain <t.lua:0,0> (10 instructions at F0)\n0+ params, 6 slots, 1 upvalue, 1 local, 20 constants, 1 function\n",
		"\tGETTABUP \t0 0 -1\t; _ENV \"print\"\n",
		"\tCLOSURE  \t0 0\t; F1\n",
		"\nfunction <t.lua:2,7> (17 instructions at F1)\n1 param, 8 slots, 2 upvalues, 4 locals, 4 constants, 1 function\n",
		"\t3\t[3]\tJMP      \t0 2\t; to 6\n",
		"\tFORLOOP  \t4 -2\t; to 11\n",
		"\nfunction <other:4,4> (3 instructions at F2)\n",
		"constants (20) for F0:\n\t1\t\"print\"\n",
		"locals (4) for F1:\n\t0\tx\t1\t18\n",
		"upvalues (2) for F1:\n\t0\t_ENV\t0\t0\n\t1\tg\t1\t1\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("listing lacks %q", want)
		}
	}
	if strings.Contains(out, "0x") {
		t.Error("listing contains an address")
	}
}

func TestListInvalidProto(t *testing.T) {
	p := &Proto{
		Source:    "",
		MaxStack:  2,
		Constants: []Constant{{Kind: 42}},
		Code: []Instruction{
			ABx(LOADK, 0, 7),
			ABC(GETTABUP, 0, 3, rk(9)),
			ABC(SETTABUP, 9, rk(0), rk(5)),
			ABx(CLOSURE, 0, 4),
			Instruction(0xEE),
			ABC(EQ, 0, rk(0), 1),
		},
		LineInfo: lines(1), // shorter than the code
		Protos:   []*Proto{nil},
	}
	out := listing(p, true)
	for _, want := range []string{
		"main <?:0,0> (6 instructions at F0)",
		"\t1\t[1]\tLOADK    \t0 -8\t; ?\n",
		"\t2\t[-]\tGETTABUP \t0 3 -10\t; ? ?\n",
		"\tSETTABUP \t9 -1 -6\t; ? ?kind42 ?\n",
		"\tCLOSURE  \t0 4\t; ?\n",
		"\tOP238    \t0 0 0\n",
		"\tEQ       \t0 -1 1\t; ?kind42 -\n",
		"nil prototype (F1)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("listing lacks %q in\n%s", want, out)
		}
	}
}

// Constants print like luac5.3 prints them.
func TestConstantString(t *testing.T) {
	cases := []struct {
		k    Constant
		want string
	}{
		{kNil(), "nil"},
		{kBool(true), "true"},
		{kBool(false), "false"},
		{kInt(math.MinInt64), "-9223372036854775808"},
		{kFlt(3), "3.0"},
		{kFlt(-0.0), "0.0"},
		{kFlt(math.Copysign(0, -1)), "-0.0"},
		{kFlt(0.1), "0.1"},
		{kFlt(1e100), "1e+100"},
		{kFlt(1e15), "1e+15"},
		{kFlt(123456789012345), "1.2345678901234e+14"},
		{kFlt(1e-5), "1e-05"},
		{kFlt(2.5), "2.5"},
		{kFlt(math.Inf(1)), "inf"},
		{kFlt(math.Inf(-1)), "-inf"},
		{kFlt(math.NaN()), "nan"},
		{kFlt(-math.NaN()), "-nan"},
		{kStr("a\n\"b\\\x00c\x01\x7f\xc8\t\r\a\b\f\v"), `"a\n\"b\\\000c\001\127\200\t\r\a\b\f\v"`},
		{kStr(""), `""`},
	}
	for _, c := range cases {
		if got := c.k.String(); got != c.want {
			t.Errorf("%#v: got %s, want %s", c.k, got, c.want)
		}
	}
}
