package bytecode

import (
	"errors"
	"strings"
	"testing"
)

// verifyBase is a valid main function (10 registers, 2 constants, 1
// upvalue, vararg) with one nested function (2 registers, 1 upvalue
// captured from register 0 of main).
func verifyBase() *Proto {
	child := &Proto{
		Source: "@v.lua", LineDefined: 3, LastLineDefined: 7, MaxStack: 2,
		Upvalues: []UpvalDesc{{Name: "a", InStack: true, Index: 0}},
		Code:     []Instruction{ABC(GETUPVAL, 0, 0, 0), ABC(RETURN, 0, 2, 0), ABC(RETURN, 0, 1, 0)},
	}
	return &Proto{
		Source: "@v.lua", MaxStack: 10, IsVararg: true,
		Constants: []Constant{kStr("x"), kInt(1)},
		Upvalues:  []UpvalDesc{{Name: "_ENV", InStack: true, Index: 0}},
		Code:      []Instruction{ABx(CLOSURE, 0, 0), ABC(RETURN, 0, 1, 0)},
		Protos:    []*Proto{child},
	}
}

// prog returns verifyBase with its code replaced by code plus a final
// RETURN 0 1.
func prog(code ...Instruction) func(p *Proto) {
	return func(p *Proto) {
		p.Code = append(append([]Instruction{}, code...), ABC(RETURN, 0, 1, 0))
	}
}

type verifyCase struct {
	name   string
	mutate func(p *Proto)
	want   string // substring of the error; "" means Verify must accept
}

func runVerifyCases(t *testing.T, cases []verifyCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := verifyBase()
			c.mutate(p)
			err := Verify(p)
			switch {
			case c.want == "" && err != nil:
				t.Fatalf("rejected valid code: %v", err)
			case c.want == "":
			case err == nil:
				t.Fatalf("accepted, want error containing %q", c.want)
			case !strings.Contains(err.Error(), c.want):
				t.Fatalf("error %q does not contain %q", err, c.want)
			default:
				var ve *VerifyError
				if !errors.As(err, &ve) {
					t.Fatalf("error is %T, not *VerifyError", err)
				}
			}
		})
	}
}

func TestVerifyAcceptsSamples(t *testing.T) {
	if err := Verify(verifyBase()); err != nil {
		t.Fatal(err)
	}
	for name, p := range sampleProtos() {
		if err := Verify(p); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestVerifyNil(t *testing.T) {
	if err := Verify(nil); err == nil || !strings.Contains(err.Error(), "nil prototype") {
		t.Fatalf("Verify(nil) = %v", err)
	}
}

func TestVerifyTreeShape(t *testing.T) {
	runVerifyCases(t, []verifyCase{
		{"nil nested prototype", func(p *Proto) { p.Protos = append(p.Protos, nil) }, "nested prototype 1 is nil"},
		{"cycle", func(p *Proto) { p.Protos[0].Protos = []*Proto{p} }, "prototype contains itself"},
		{"self cycle", func(p *Proto) { p.Protos[0].Protos = []*Proto{p.Protos[0]} }, "(F2): prototype contains itself"},
		{"shared subtree is fine", func(p *Proto) { p.Protos = append(p.Protos, p.Protos[0]) }, ""},
		{"too deep", func(p *Proto) {
			q := p
			for i := 0; i <= MaxNesting; i++ {
				c := minimalProto()
				q.Protos = []*Proto{c}
				prog(ABx(CLOSURE, 0, 0))(q)
				q = c
			}
		}, "functions nested more than 1000 deep"},
	})
}

func TestVerifyFunctionHeader(t *testing.T) {
	runVerifyCases(t, []verifyCase{
		{"stack size 1", func(p *Proto) { p.MaxStack = 1 }, "stack size 1 outside [2, 255]"},
		{"stack size 256", func(p *Proto) { p.MaxStack = 256 }, "stack size 256 outside [2, 255]"},
		{"params above stack", func(p *Proto) { p.NumParams = 11 }, "11 parameters for stack size 10"},
		{"negative params", func(p *Proto) { p.NumParams = -1 }, "-1 parameters"},
		{"params equal stack", func(p *Proto) { p.NumParams = 10 }, ""},
		{"too many upvalues", func(p *Proto) { p.Upvalues = make([]UpvalDesc, 256) }, "256 upvalues (limit 255)"},
		{"255 upvalues", func(p *Proto) { p.Upvalues = make([]UpvalDesc, 255) }, ""},
		{"in-stack upvalue beyond parent stack", func(p *Proto) {
			p.Protos[0].Upvalues[0] = UpvalDesc{InStack: true, Index: 10}
		}, "upvalue 0 captures register 10 of the enclosing function (stack size 10)"},
		{"in-stack upvalue at parent's last register", func(p *Proto) {
			p.Protos[0].Upvalues[0] = UpvalDesc{InStack: true, Index: 9}
		}, ""},
		{"outer upvalue beyond parent upvalues", func(p *Proto) {
			p.Protos[0].Upvalues[0] = UpvalDesc{InStack: false, Index: 1}
		}, "upvalue 0 refers to upvalue 1 of the enclosing function (1 upvalues)"},
		{"negative upvalue index", func(p *Proto) {
			p.Protos[0].Upvalues[0] = UpvalDesc{InStack: false, Index: -1}
		}, "refers to upvalue -1"},
		{"main upvalue descriptors are not checked", func(p *Proto) {
			p.Upvalues[0] = UpvalDesc{InStack: false, Index: 99}
		}, ""},
		{"constant kind", func(p *Proto) { p.Constants[1].Kind = 9 }, "constant 1 has invalid kind 9"},
	})
}

func TestVerifyCodeShape(t *testing.T) {
	runVerifyCases(t, []verifyCase{
		{"no code", func(p *Proto) { p.Code = nil }, "(F0): no instructions"},
		{"last is not RETURN", func(p *Proto) { p.Code = []Instruction{ABC(MOVE, 0, 1, 0)} }, "instruction 1: last instruction is MOVE, not RETURN"},
		{"invalid opcode", prog(Instruction(NumOps)), "instruction 1: OP45: invalid opcode"},
		{"opcode 255", prog(Instruction(0xff)), "OP255: invalid opcode"},
	})
}

func TestVerifyRegisters(t *testing.T) {
	runVerifyCases(t, []verifyCase{
		{"MOVE A", prog(ABC(MOVE, 10, 0, 0)), "MOVE: register 10 out of range (stack size 10)"},
		{"MOVE B", prog(ABC(MOVE, 0, 10, 0)), "MOVE: register 10 out of range"},
		{"MOVE last register", prog(ABC(MOVE, 9, 9, 0)), ""},
		{"NOT B", prog(ABC(NOT, 0, 200, 0)), "NOT: register 200"},
		{"GETTABLE B", prog(ABC(GETTABLE, 0, 10, rk(0))), "GETTABLE: register 10"},
		{"SETTABLE A", prog(ABC(SETTABLE, 10, rk(0), rk(0))), "SETTABLE: register 10"},
		{"NEWTABLE A", prog(ABC(NEWTABLE, 10, 0, 0)), "NEWTABLE: register 10"},
		{"NEWTABLE huge hints are not checked", prog(ABC(NEWTABLE, 0, 0xFFFF, 0x7FFFFFFF)), ""},
		{"LOADNIL range", prog(ABC(LOADNIL, 5, 5, 0)), "LOADNIL: registers 5..10 out of range"},
		{"LOADNIL to last", prog(ABC(LOADNIL, 5, 4, 0)), ""},
		{"SELF A+1", prog(ABC(SELF, 9, 0, rk(0))), "SELF: registers 9..10"},
		{"CONCAT B not below C", prog(ABC(CONCAT, 0, 3, 3)), "CONCAT: operands 3..3: B must be below C"},
		{"CONCAT C", prog(ABC(CONCAT, 0, 3, 10)), "CONCAT: register 10"},
		{"CALL arguments", prog(ABC(CALL, 5, 6, 1)), "CALL: registers 5..10"},
		{"CALL results", prog(ABC(CALL, 5, 1, 7)), "CALL: registers 5..10"},
		{"CALL fits", prog(ABC(CALL, 5, 5, 6)), ""},
		{"TAILCALL arguments", prog(ABC(TAILCALL, 5, 6, 0)), "TAILCALL: registers 5..10"},
		{"RETURN range", prog(ABC(RETURN, 8, 4, 0)), "RETURN: registers 8..10"},
		{"RETURN nothing after last register", prog(ABC(RETURN, 10, 1, 0)), ""},
		{"RETURN nothing far away", prog(ABC(RETURN, 11, 1, 0)), "RETURN: registers 11..10"},
		{"FORPREP A+3", prog(AsBx(FORPREP, 7, 0)), "FORPREP: registers 7..10"},
		{"FORLOOP A+3", prog(AsBx(FORLOOP, 7, 0)), "FORLOOP: registers 7..10"},
		{"TFORCALL A+2+C", prog(ABC(TFORCALL, 5, 0, 3), AsBx(TFORLOOP, 7, -2)), "TFORCALL: registers 5..10"},
		{"TFORLOOP A+1", prog(AsBx(TFORLOOP, 9, 0)), "TFORLOOP: registers 9..10"},
		{"SETLIST A+B", prog(ABC(SETLIST, 5, 5, 0)), "SETLIST: registers 5..10"},
		{"SETLIST huge offset is not checked", prog(ABC(SETLIST, 5, 4, 0xFFFFFFFF)), ""},
		{"VARARG A+B-2", prog(ABC(VARARG, 5, 7, 0)), "VARARG: registers 5..10"},
		{"VARARG A", prog(ABC(VARARG, 10, 1, 0)), "VARARG: register 10"},
		{"TEST A", prog(ABC(TEST, 10, 0, 0), AsBx(JMP, 0, 0)), "TEST: register 10"},
		{"TESTSET B", prog(ABC(TESTSET, 0, 10, 0), AsBx(JMP, 0, 0)), "TESTSET: register 10"},
	})
}

func TestVerifyConstantsUpvaluesProtos(t *testing.T) {
	runVerifyCases(t, []verifyCase{
		{"LOADK index", prog(ABx(LOADK, 0, 2)), "LOADK: constant 2 out of range (2 constants)"},
		{"RK constant in B", prog(ABC(ADD, 0, rk(2), 0)), "ADD: constant 2 out of range"},
		{"RK constant in C", prog(ABC(EQ, 0, 0, rk(5)), AsBx(JMP, 0, 0)), "EQ: constant 5 out of range"},
		{"RK register", prog(ABC(SUB, 0, 10, 0)), "SUB: register 10"},
		{"RK both constants", prog(ABC(SHL, 0, rk(1), rk(0))), ""},
		{"GETTABUP constant", prog(ABC(GETTABUP, 0, 0, rk(2))), "GETTABUP: constant 2"},
		{"SETTABUP key", prog(ABC(SETTABUP, 0, rk(2), 0)), "SETTABUP: constant 2"},
		{"GETUPVAL index", prog(ABC(GETUPVAL, 0, 1, 0)), "GETUPVAL: upvalue 1 out of range (1 upvalues)"},
		{"SETUPVAL index", prog(ABC(SETUPVAL, 0, 1, 0)), "SETUPVAL: upvalue 1"},
		{"GETTABUP upvalue", prog(ABC(GETTABUP, 0, 1, rk(0))), "GETTABUP: upvalue 1"},
		{"SETTABUP upvalue", prog(ABC(SETTABUP, 1, rk(0), rk(0))), "SETTABUP: upvalue 1"},
		{"CLOSURE index", prog(ABx(CLOSURE, 0, 1)), "CLOSURE: prototype 1 out of range (1 prototypes)"},
		{"VARARG outside vararg function", func(p *Proto) {
			prog(ABC(VARARG, 0, 2, 0))(p)
			p.IsVararg = false
		}, "VARARG: in a function that is not vararg"},
	})
}

func TestVerifyJumps(t *testing.T) {
	runVerifyCases(t, []verifyCase{
		{"JMP past end", prog(AsBx(JMP, 0, 1)), "JMP jumps to 3, outside the 2 instructions"},
		{"JMP before start", prog(AsBx(JMP, 0, -2)), "JMP jumps to 0, outside"},
		{"JMP to itself", prog(AsBx(JMP, 0, -1)), ""},
		{"FORPREP target", prog(AsBx(FORPREP, 0, 5)), "FORPREP jumps to 7"},
		{"FORLOOP target", prog(AsBx(FORLOOP, 0, -9)), "FORLOOP jumps to -7"},
		{"TFORLOOP target", prog(AsBx(TFORLOOP, 0, 1)), "TFORLOOP jumps to 3"},
		{"JMP closes beyond stack", prog(AsBx(JMP, 11, 0)), "JMP: closes upvalues from register 10"},
		{"JMP closes last register", prog(AsBx(JMP, 10, 0)), ""},
		{"LOADBOOL skip past end", prog(ABC(LOADBOOL, 0, 1, 1)), "LOADBOOL: skips past the end of the code"},
		{"LOADBOOL skip inside", prog(ABC(LOADBOOL, 0, 1, 1), ABC(LOADBOOL, 0, 0, 0)), ""},
		{"LOADBOOL without skip at end", prog(ABC(LOADBOOL, 0, 1, 0)), ""},
		{"EQ then MOVE", prog(ABC(EQ, 0, 0, 1), ABC(MOVE, 0, 1, 0)), "EQ: not followed by JMP"},
		{"LT then RETURN", prog(ABC(LT, 1, 0, 1)), "LT: not followed by JMP"},
		{"LE then MOVE", prog(ABC(LE, 1, 0, 1), ABC(MOVE, 0, 1, 0)), "LE: not followed by JMP"},
		{"TEST then MOVE", prog(ABC(TEST, 0, 0, 1), ABC(MOVE, 0, 1, 0)), "TEST: not followed by JMP"},
		{"TESTSET then MOVE", prog(ABC(TESTSET, 0, 1, 1), ABC(MOVE, 0, 1, 0)), "TESTSET: not followed by JMP"},
		{"TFORCALL then MOVE", prog(ABC(TFORCALL, 0, 0, 1), ABC(MOVE, 0, 1, 0)), "TFORCALL: not followed by TFORLOOP"},
		{"EQ flag", prog(ABC(EQ, 2, 0, 1), AsBx(JMP, 0, 0)), "EQ: A flag 2 is not 0 or 1"},
		{"TEST flag", prog(ABC(TEST, 0, 0, 2), AsBx(JMP, 0, 0)), "TEST: C flag 2 is not 0 or 1"},
		{"TESTSET flag", prog(ABC(TESTSET, 0, 1, 7), AsBx(JMP, 0, 0)), "TESTSET: C flag 7"},
	})
}

func TestVerifyTop(t *testing.T) {
	runVerifyCases(t, []verifyCase{
		{"VARARG then CALL", prog(ABC(VARARG, 1, 0, 0), ABC(CALL, 0, 0, 1)), ""},
		{"CALL then SETLIST", prog(ABC(NEWTABLE, 0, 0, 0), ABC(CALL, 1, 1, 0), ABC(SETLIST, 0, 0, 0)), ""},
		{"CALL then RETURN", func(p *Proto) { p.Code = []Instruction{ABC(CALL, 3, 1, 0), ABC(RETURN, 3, 0, 0)} }, ""},
		{"TAILCALL then RETURN", func(p *Proto) { p.Code = []Instruction{ABC(TAILCALL, 3, 1, 0), ABC(RETURN, 3, 0, 0)} }, ""},
		{"chained", func(p *Proto) {
			p.Code = []Instruction{ABC(VARARG, 2, 0, 0), ABC(CALL, 1, 0, 0), ABC(RETURN, 0, 0, 0)}
		}, ""},
		{"first instruction", func(p *Proto) { p.Code = []Instruction{ABC(RETURN, 0, 0, 0)} }, "RETURN: B=0 uses top but can be reached other than from the instruction before it"},
		{"after a non-setter", prog(ABC(MOVE, 1, 0, 0), ABC(CALL, 0, 0, 1)), "CALL: B=0 uses top but MOVE before it does not set top"},
		{"after CALL with fixed results", prog(ABC(CALL, 1, 1, 2), ABC(CALL, 0, 0, 1)), "CALL before it does not set top"},
		{"after VARARG with fixed count", prog(ABC(VARARG, 1, 2, 0), ABC(TAILCALL, 0, 0, 0)), "VARARG before it does not set top"},
		{"jump target", prog(ABC(VARARG, 1, 0, 0), ABC(CALL, 0, 0, 1), AsBx(JMP, 0, -2)), "instruction 2: CALL: B=0 uses top but can be reached other than"},
		{"landing of a skip", prog(ABC(LOADBOOL, 2, 1, 1), ABC(VARARG, 1, 0, 0), ABC(CALL, 0, 0, 1)), "can be reached other than"},
		{"SETLIST below top base", prog(ABC(VARARG, 1, 0, 0), ABC(SETLIST, 1, 0, 0)), "SETLIST: B=0 uses values from register 2 but top is set above register 1"},
		{"CALL below top base", prog(ABC(VARARG, 0, 0, 0), ABC(CALL, 0, 0, 1)), "CALL: B=0 uses values from register 1"},
		{"RETURN below top base", func(p *Proto) { p.Code = []Instruction{ABC(CALL, 2, 1, 0), ABC(RETURN, 3, 0, 0)} }, "RETURN: B=0 uses values from register 3 but top is set above register 2"},
	})
}

func TestVerifyDebugInfo(t *testing.T) {
	runVerifyCases(t, []verifyCase{
		{"line info length", func(p *Proto) { p.LineInfo = lines(1) }, "1 line entries for 2 instructions"},
		{"line info parallel", func(p *Proto) { p.LineInfo = lines(1, 2) }, ""},
		{"local past end", func(p *Proto) { p.LocVars = []LocVar{{Name: "x", StartPC: 0, EndPC: 3}} }, "local 0 (x) alive over [0, 3), outside the 2 instructions"},
		{"local ends before start", func(p *Proto) { p.LocVars = []LocVar{{Name: "x", StartPC: 2, EndPC: 1}} }, "local 0 (x) alive over [2, 1)"},
		{"negative start", func(p *Proto) { p.LocVars = []LocVar{{Name: "x", StartPC: -1, EndPC: 1}} }, "alive over [-1, 1)"},
		{"too many live locals", func(p *Proto) {
			for i := 0; i < 11; i++ {
				p.LocVars = append(p.LocVars, LocVar{Name: "v", StartPC: 1, EndPC: 2})
			}
		}, "instruction 2: 11 locals alive for stack size 10"},
		{"disjoint locals do not add up", func(p *Proto) {
			for i := 0; i < 20; i++ {
				p.LocVars = append(p.LocVars, LocVar{Name: "v", StartPC: i % 2, EndPC: i%2 + 1})
			}
		}, ""},
		{"locals filling the stack", func(p *Proto) {
			for i := 0; i < 10; i++ {
				p.LocVars = append(p.LocVars, LocVar{Name: "v", StartPC: 0, EndPC: 2})
			}
		}, ""},
	})
}

// The error names the function the way List does and numbers the
// instruction from 1.
func TestVerifyErrorNamesFunctionAndPC(t *testing.T) {
	p := verifyBase()
	p.Protos[0].Code[1] = ABC(RETURN, 0, 4, 0)
	err := Verify(p)
	want := "function <v.lua:3,7> (F1), instruction 2: RETURN: registers 0..2 out of range (stack size 2)"
	if err == nil || err.Error() != want {
		t.Fatalf("got %v\nwant %s", err, want)
	}
	var ve *VerifyError
	if !errors.As(err, &ve) || ve.PC != 1 || ve.Func != "function <v.lua:3,7> (F1)" {
		t.Fatalf("fields: %+v", ve)
	}
	p = verifyBase()
	p.MaxStack = 0
	if err := Verify(p); err == nil || err.Error() != "main <v.lua:0,0> (F0): stack size 0 outside [2, 255]" {
		t.Fatalf("got %v", err)
	}
}
