package bytecode

import (
	"fmt"
	"math"
	"strings"
)

// Shorthands for building test prototypes.
func kStr(s string) Constant    { return Constant{Kind: ConstString, Str: s} }
func kInt(i int64) Constant     { return Constant{Kind: ConstInt, Int: i} }
func kFlt(f float64) Constant   { return Constant{Kind: ConstFloat, Float: f} }
func kBool(b bool) Constant     { return Constant{Kind: ConstBool, Bool: b} }
func kNil() Constant            { return Constant{Kind: ConstNil} }
func kType(d string) Constant   { return Constant{Kind: ConstType, Str: d} }
func rk(k int) int              { return RKAsK(k) }
func lines(ls ...int32) []int32 { return ls }

// allBytes is a string holding every byte value, to exercise escaping and
// binary-safe strings.
func allBytes() string {
	var sb strings.Builder
	for i := 0; i < 256; i++ {
		sb.WriteByte(byte(i))
	}
	return sb.String()
}

// sampleTree is a valid three-level tree using every constant kind and
// most instruction shapes.
func sampleTree() *Proto {
	negNaN := math.Float64frombits(0xFFF8000000000001) // NaN with sign and payload
	grand := &Proto{
		Source:          "=other", // differs from its parent: written out explicitly
		LineDefined:     4,
		LastLineDefined: 4,
		MaxStack:        2,
		Upvalues:        []UpvalDesc{{Name: "x", InStack: true, Index: 0}},
		Code: []Instruction{
			ABC(GETUPVAL, 0, 0, 0),
			ABC(RETURN, 0, 2, 0),
			ABC(RETURN, 0, 1, 0),
		},
		LineInfo: lines(4, 4, 4),
	}
	child := &Proto{
		Source:          "@t.lua",
		LineDefined:     2,
		LastLineDefined: 7,
		NumParams:       1,
		MaxStack:        8,
		Upvalues: []UpvalDesc{
			{Name: "_ENV", InStack: false, Index: 0},
			{Name: "g", InStack: true, Index: 1},
		},
		Constants: []Constant{kInt(1), kFlt(2.5), kStr("k"), kType("\x01\x03\x00\x00\x00")},
		Code: []Instruction{
			ABC(ADD, 1, 0, rk(0)),  // 0  t = x + 1
			ABC(LT, 1, 1, rk(1)),   // 1  if t < 2.5
			AsBx(JMP, 0, 2),        // 2  -> 5
			ABC(LOADBOOL, 2, 1, 1), // 3
			ABC(LOADBOOL, 2, 0, 0), // 4
			ABx(CLOSURE, 3, 0),     // 5
			ABx(LOADK, 4, 0),       // 6  for i = 1, 2, 1
			ABx(LOADK, 5, 0),       // 7
			ABx(LOADK, 6, 0),       // 8
			AsBx(FORPREP, 4, 1),    // 9  -> 11
			ABC(SETUPVAL, 7, 1, 0), // 10
			AsBx(FORLOOP, 4, -2),   // 11 -> 10
			ABC(GETTABUP, 4, 0, rk(2)),
			ABC(SELF, 4, 4, rk(2)),
			ABC(TAILCALL, 4, 2, 0),
			ABC(RETURN, 4, 0, 0),
			ABC(RETURN, 0, 1, 0),
		},
		Protos:   []*Proto{grand},
		LineInfo: lines(3, 3, 3, 3, 3, 4, 5, 5, 5, 5, 6, 5, 7, 7, 7, 7, 7),
		LocVars: []LocVar{
			{Name: "x", StartPC: 0, EndPC: 17},
			{Name: "t", StartPC: 1, EndPC: 17},
			{Name: "b", StartPC: 5, EndPC: 17},
			{Name: "h", StartPC: 6, EndPC: 17},
		},
	}
	return &Proto{
		Source:   "@t.lua",
		IsVararg: true,
		MaxStack: 6,
		Upvalues: []UpvalDesc{{Name: "_ENV", InStack: true, Index: 0}},
		Constants: []Constant{
			kStr("print"), kStr("hello"), kNil(), kBool(true), kBool(false),
			kInt(42), kFlt(math.Copysign(0, -1)), kFlt(negNaN), kFlt(math.NaN()),
			kFlt(math.Inf(1)), kFlt(math.Inf(-1)), kFlt(1e100), kFlt(3.0), kFlt(0.1),
			kInt(math.MinInt64), kInt(math.MaxInt64), kInt(-1), kStr(""),
			kStr(allBytes()), kStr(strings.Repeat("long string ", 1700)),
		},
		Code: []Instruction{
			ABC(GETTABUP, 0, 0, rk(0)), // 0 print
			ABx(LOADK, 1, 1),           // 1 "hello"
			ABC(VARARG, 2, 0, 0),       // 2 ...
			ABC(CALL, 0, 0, 1),         // 3 print("hello", ...)
			ABx(CLOSURE, 0, 0),         // 4 local f = function
			ABC(MOVE, 1, 0, 0),         // 5
			ABx(LOADK, 2, 5),           // 6 42
			ABC(CALL, 1, 2, 0),         // 7 f(42)
			ABC(RETURN, 1, 0, 0),       // 8 return f(42)
			ABC(RETURN, 0, 1, 0),       // 9
		},
		Protos:   []*Proto{child},
		LineInfo: lines(1, 1, 1, 1, 7, 8, 8, 8, 8, 8),
		LocVars:  []LocVar{{Name: "f", StartPC: 5, EndPC: 10}},
	}
}

// smallTree is sampleTree without its 20KB string, for tests that decode
// every variant of a chunk.
func smallTree() *Proto {
	p := sampleTree()
	p.Constants = p.Constants[:len(p.Constants)-1]
	return p
}

// minimalProto is the smallest valid function, with no debug info at all.
func minimalProto() *Proto {
	return &Proto{MaxStack: 2, Code: []Instruction{ABC(RETURN, 0, 1, 0)}}
}

// wideProto has many constants (RK and LOADK beyond 255), lines that jump
// around, and a source given as text.
func wideProto() *Proto {
	p := &Proto{
		Source:          "local x = 1\nreturn x",
		LineDefined:     0,
		LastLineDefined: 0,
		MaxStack:        255,
		NumParams:       255,
		IsVararg:        true,
	}
	for i := 0; i < 1000; i++ {
		p.Constants = append(p.Constants, kInt(int64(i)*1_000_000_007))
		p.Code = append(p.Code, ABx(LOADK, i%255, i))
		p.LineInfo = append(p.LineInfo, int32((i*7919)%100000)-50000)
	}
	p.Code = append(p.Code, ABC(ADD, 254, rk(MaxRKConst), rk(999)), ABC(RETURN, 0, 256, 0))
	for len(p.Constants) <= MaxRKConst {
		p.Constants = append(p.Constants, kFlt(float64(len(p.Constants))/3))
	}
	p.LineInfo = append(p.LineInfo, math.MaxInt32, math.MinInt32)
	for i := 0; i < 300; i++ {
		p.LocVars = append(p.LocVars, LocVar{Name: fmt.Sprintf("v%d", i), StartPC: i, EndPC: i + 2})
	}
	return p
}

func sampleProtos() map[string]*Proto {
	return map[string]*Proto{
		"tree":    sampleTree(),
		"small":   smallTree(),
		"minimal": minimalProto(),
		"wide":    wideProto(),
	}
}

// stripDebug returns a deep copy of p as Undump returns a stripped dump.
func stripDebug(p *Proto) *Proto {
	q := *p
	q.Source = "=?"
	q.LineInfo = nil
	q.LocVars = nil
	q.Upvalues = append([]UpvalDesc(nil), p.Upvalues...)
	for i := range q.Upvalues {
		q.Upvalues[i].Name = ""
	}
	q.Protos = make([]*Proto, len(p.Protos))
	for i, c := range p.Protos {
		q.Protos[i] = stripDebug(c)
	}
	return &q
}

// protoDiff describes the first difference between two trees, treating nil
// and empty slices alike and comparing floats bit for bit (so NaN equals
// itself and -0.0 differs from 0.0).
func protoDiff(a, b *Proto, path string) string {
	if a == nil || b == nil {
		if a != b {
			return path + ": one is nil"
		}
		return ""
	}
	if a.Source != b.Source || a.LineDefined != b.LineDefined || a.LastLineDefined != b.LastLineDefined ||
		a.NumParams != b.NumParams || a.IsVararg != b.IsVararg || a.MaxStack != b.MaxStack {
		return fmt.Sprintf("%s: header differs: %q %d %d %d %v %d vs %q %d %d %d %v %d", path,
			a.Source, a.LineDefined, a.LastLineDefined, a.NumParams, a.IsVararg, a.MaxStack,
			b.Source, b.LineDefined, b.LastLineDefined, b.NumParams, b.IsVararg, b.MaxStack)
	}
	if len(a.Code) != len(b.Code) {
		return fmt.Sprintf("%s: %d vs %d instructions", path, len(a.Code), len(b.Code))
	}
	for i := range a.Code {
		if a.Code[i] != b.Code[i] {
			return fmt.Sprintf("%s: instruction %d: %v vs %v", path, i, a.Code[i], b.Code[i])
		}
	}
	if len(a.Constants) != len(b.Constants) {
		return fmt.Sprintf("%s: %d vs %d constants", path, len(a.Constants), len(b.Constants))
	}
	for i, ka := range a.Constants {
		kb := b.Constants[i]
		same := ka.Kind == kb.Kind
		if same {
			switch ka.Kind {
			case ConstBool:
				same = ka.Bool == kb.Bool
			case ConstInt:
				same = ka.Int == kb.Int
			case ConstFloat:
				same = math.Float64bits(ka.Float) == math.Float64bits(kb.Float)
			case ConstString, ConstType:
				same = ka.Str == kb.Str
			}
		}
		if !same {
			return fmt.Sprintf("%s: constant %d: %v vs %v", path, i, ka, kb)
		}
	}
	if len(a.Upvalues) != len(b.Upvalues) {
		return fmt.Sprintf("%s: %d vs %d upvalues", path, len(a.Upvalues), len(b.Upvalues))
	}
	for i := range a.Upvalues {
		if a.Upvalues[i] != b.Upvalues[i] {
			return fmt.Sprintf("%s: upvalue %d: %+v vs %+v", path, i, a.Upvalues[i], b.Upvalues[i])
		}
	}
	if len(a.LineInfo) != len(b.LineInfo) {
		return fmt.Sprintf("%s: %d vs %d line entries", path, len(a.LineInfo), len(b.LineInfo))
	}
	for i := range a.LineInfo {
		if a.LineInfo[i] != b.LineInfo[i] {
			return fmt.Sprintf("%s: line %d: %d vs %d", path, i, a.LineInfo[i], b.LineInfo[i])
		}
	}
	if len(a.LocVars) != len(b.LocVars) {
		return fmt.Sprintf("%s: %d vs %d locals", path, len(a.LocVars), len(b.LocVars))
	}
	for i := range a.LocVars {
		if a.LocVars[i] != b.LocVars[i] {
			return fmt.Sprintf("%s: local %d: %+v vs %+v", path, i, a.LocVars[i], b.LocVars[i])
		}
	}
	if len(a.Protos) != len(b.Protos) {
		return fmt.Sprintf("%s: %d vs %d nested functions", path, len(a.Protos), len(b.Protos))
	}
	for i := range a.Protos {
		if d := protoDiff(a.Protos[i], b.Protos[i], fmt.Sprintf("%s.%d", path, i)); d != "" {
			return d
		}
	}
	return ""
}
