package compiler

import (
	"os"
	"path/filepath"
	"testing"

	"wippylua/bytecode"
	"wippylua/parser"
)

// FuzzCompile parses and compiles arbitrary input. Compiling must never
// panic, and every prototype produced must be well formed.
func FuzzCompile(f *testing.F) {
	for _, src := range loadSnippets(f) {
		f.Add(src)
	}
	files, _ := filepath.Glob("../conformance/*/*.lua")
	for _, name := range files {
		if src, err := os.ReadFile(name); err == nil {
			f.Add(string(src))
		}
	}
	for seed := range uint64(50) {
		f.Add(genProgram(seed))
	}
	f.Fuzz(func(t *testing.T, src string) {
		chunk, err := parser.ParseString(src, "=fuzz")
		if err != nil {
			return
		}
		p, err := Compile(chunk)
		if err != nil {
			return
		}
		checkProto(t, p)
	})
}

// checkProto checks the invariants of a compiled prototype tree: those of
// bytecode.Verify (operands, registers below MaxStack, jump targets,
// constant, prototype and upvalue indices in range) plus the compiler's
// own (a line per instruction, local variable ranges inside the code, the
// main function's shape).
func checkProto(t testing.TB, p *bytecode.Proto) {
	t.Helper()
	if err := bytecode.Verify(p); err != nil {
		t.Fatalf("invalid prototype: %v", err)
	}
	if !p.IsVararg || p.NumParams != 0 || p.LineDefined != 0 || len(p.Upvalues) == 0 ||
		p.Upvalues[0] != (bytecode.UpvalDesc{Name: "_ENV", InStack: true, Index: 0}) {
		t.Fatalf("bad main function header: vararg %v, %d params, line %d, upvalues %v",
			p.IsVararg, p.NumParams, p.LineDefined, p.Upvalues)
	}
	checkFunc(t, p)
}

func checkFunc(t testing.TB, p *bytecode.Proto) {
	t.Helper()
	if len(p.LineInfo) != len(p.Code) {
		t.Fatalf("%d lines for %d instructions", len(p.LineInfo), len(p.Code))
	}
	if p.MaxStack < 2 {
		t.Fatalf("MaxStack %d", p.MaxStack)
	}
	for i, lv := range p.LocVars {
		if lv.StartPC < 0 || lv.StartPC > lv.EndPC || lv.EndPC > len(p.Code) {
			t.Fatalf("local %d %q has range [%d, %d) in %d instructions", i, lv.Name, lv.StartPC, lv.EndPC, len(p.Code))
		}
	}
	for pc, i := range p.Code {
		switch i.Op() {
		case bytecode.JMP, bytecode.FORLOOP, bytecode.FORPREP, bytecode.TFORLOOP:
			if target := pc + 1 + i.SBx(); target < 0 || target >= len(p.Code) {
				t.Fatalf("instruction %d jumps to %d", pc, target)
			}
		}
	}
	for _, c := range p.Protos {
		checkFunc(t, c)
	}
}
