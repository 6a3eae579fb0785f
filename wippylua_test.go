package wippylua

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"wippylua/bytecode"
	"wippylua/lexer"
	"wippylua/stdlib"
	"wippylua/vm"
)

func newState(t *testing.T) (*State, *bytes.Buffer) {
	t.Helper()
	var out bytes.Buffer
	return New(Options{Stdout: &out}), &out
}

func TestDoStringResults(t *testing.T) {
	L, _ := newState(t)
	res, err := L.DoString(`return 1, 2.5, "x", true, nil`, "=t")
	if err != nil {
		t.Fatal(err)
	}
	want := []vm.Value{vm.Int(1), vm.Float(2.5), vm.String("x"), vm.Bool(true), vm.Nil}
	if len(res) != len(want) {
		t.Fatalf("got %d results, want %d", len(res), len(want))
	}
	for i := range want {
		if !vm.RawEquals(res[i], want[i]) {
			t.Errorf("result %d = %v, want %v", i, ToGo(res[i]), ToGo(want[i]))
		}
	}
}

func TestPrintGoesToStdout(t *testing.T) {
	L, out := newState(t)
	if _, err := L.DoString(`print("a", 1, nil, true)`, "=t"); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "a\t1\tnil\ttrue\n" {
		t.Errorf("stdout = %q", got)
	}
}

func TestDoStringDefaultChunkname(t *testing.T) {
	L, _ := newState(t)
	_, err := L.DoString(`error("boom")`, "")
	if err == nil || err.Error() != `[string "error("boom")"]:1: boom` {
		t.Errorf("err = %v", err)
	}
}

func TestRuntimeErrorIsVMError(t *testing.T) {
	L, _ := newState(t)
	_, err := L.DoString("local x = 1\nerror({code = 7})", "=t")
	var le *vm.Error
	if !errors.As(err, &le) {
		t.Fatalf("err = %T %v, want *vm.Error", err, err)
	}
	if got := ToGo(le.Value); !reflect.DeepEqual(got, map[any]any{"code": int64(7)}) {
		t.Errorf("error value = %#v", got)
	}
	if !strings.HasPrefix(le.Traceback, "stack traceback:") || !strings.Contains(le.Traceback, "t:2: in main chunk") {
		t.Errorf("traceback = %q", le.Traceback)
	}
}

func TestSyntaxError(t *testing.T) {
	L, _ := newState(t)
	_, err := L.DoString("x = = 1", "=src")
	var lerr *lexer.Error
	if !errors.As(err, &lerr) {
		t.Fatalf("err = %T %v, want *lexer.Error", err, err)
	}
	if err.Error() != "src:1: unexpected symbol near '='" {
		t.Errorf("err = %q", err)
	}
}

func TestRegisterAndCallGlobal(t *testing.T) {
	L, _ := newState(t)
	L.Register("add", func(th *vm.Thread) int {
		th.Push(vm.Int(th.CheckInt(1) + th.CheckInt(2)))
		return 1
	})
	if _, err := L.DoString(`function twice(f, x) return f(f(x, x), 1), "ok" end`, "=t"); err != nil {
		t.Fatal(err)
	}
	res, err := L.CallGlobal("twice", L.GetGlobal("add"), 5)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(res, []any{int64(11), "ok"}) {
		t.Errorf("res = %#v", res)
	}
	if _, err := L.CallGlobal("nope"); err == nil {
		t.Error("calling an undefined global succeeded")
	}
	_, err = L.DoString(`add("x", 1)`, "=t")
	if err == nil || !strings.Contains(err.Error(), "bad argument #1 to 'add'") {
		t.Errorf("err = %v", err)
	}
}

func TestGlobals(t *testing.T) {
	L, _ := newState(t)
	L.SetGlobal("n", FromGo(41))
	res, err := L.DoString(`m = n + 1; return m`, "=t")
	if err != nil {
		t.Fatal(err)
	}
	if res[0].AsInt() != 42 || L.GetGlobal("m").AsInt() != 42 {
		t.Errorf("res = %v, m = %v", ToGo(res[0]), ToGo(L.GetGlobal("m")))
	}
	if !L.GetGlobal("undefined").IsNil() {
		t.Error("unset global is not nil")
	}
}

func TestCompileSkipsShebang(t *testing.T) {
	p, err := Compile([]byte("#!/usr/bin/env wippy-lua\nerror('x')\n"), "@s.lua")
	if err != nil {
		t.Fatal(err)
	}
	L, _ := newState(t)
	_, err = L.Call(L.VM().NewMainClosure(vm.NewProto(p)))
	if err == nil || err.Error() != "s.lua:2: x" {
		t.Errorf("err = %v, want the error on line 2", err)
	}
	// load() semantics: Load does not skip it, LoadScript does.
	if _, err := L.Load([]byte("#!x\nreturn 1"), "=t"); err == nil {
		t.Error("Load accepted a '#' line")
	}
	if _, err := L.LoadScript([]byte("#!x\nreturn 1"), "=t"); err != nil {
		t.Error(err)
	}
}

func TestLoadBinaryChunk(t *testing.T) {
	p, err := Compile([]byte("local a, b = ...\nreturn a * b, 'bin'"), "@m.lua")
	if err != nil {
		t.Fatal(err)
	}
	for _, strip := range []bool{false, true} {
		data := bytecode.Dump(p, strip)
		L, _ := newState(t)
		fn, err := L.Load(data, "=m")
		if err != nil {
			t.Fatalf("strip=%v: %v", strip, err)
		}
		res, err := L.Call(fn, vm.Int(6), vm.Int(7))
		if err != nil {
			t.Fatal(err)
		}
		if res[0].AsInt() != 42 || res[1].AsString() != "bin" {
			t.Errorf("strip=%v: results %v %v", strip, ToGo(res[0]), ToGo(res[1]))
		}
		// A shebang line may precede a binary chunk in a script file.
		withShebang := append([]byte("#!/bin/wippy-lua\n"), data...)
		if _, err := L.LoadScript(withShebang, "=m"); err != nil {
			t.Errorf("strip=%v: binary after '#' line: %v", strip, err)
		}
		// Every truncation is rejected with an error, never a panic.
		for n := 1; n < len(data); n++ {
			if _, err := L.Load(data[:n], "=m"); err == nil {
				t.Fatalf("strip=%v: truncated chunk of %d bytes accepted", strip, n)
			}
		}
	}
}

func TestDoFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.lua")
	if err := os.WriteFile(path, []byte("#!/usr/bin/env lua\nreturn ... == nil, 'file'"), 0o644); err != nil {
		t.Fatal(err)
	}
	L, _ := newState(t)
	res, err := L.DoFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !res[0].AsBool() || res[1].AsString() != "file" {
		t.Errorf("results %v %v", ToGo(res[0]), ToGo(res[1]))
	}

	missing := filepath.Join(dir, "missing.lua")
	_, err = L.DoFile(missing)
	if err == nil || err.Error() != "cannot open "+missing+": No such file or directory" {
		t.Errorf("missing file: %v", err)
	}
	_, err = L.DoFile(dir)
	if err == nil || err.Error() != "cannot read "+dir+": Is a directory" {
		t.Errorf("directory: %v", err)
	}
}

func TestSandboxProfile(t *testing.T) {
	var out bytes.Buffer
	L := New(Options{Profile: stdlib.Sandbox, Stdout: &out})
	res, err := L.DoString(`return load == nil, print ~= nil`, "=t")
	if err != nil {
		t.Fatal(err)
	}
	if !res[0].AsBool() || !res[1].AsBool() {
		t.Errorf("sandbox: load absent = %v, print present = %v", res[0].AsBool(), res[1].AsBool())
	}
}

func TestToGo(t *testing.T) {
	L, _ := newState(t)
	res, err := L.DoString(`
		local f = function() end
		return {1, "two", 3.5, {true}}, {a = 1, [2] = "b", [1.5] = false}, {}, {[1] = 1, [3] = 3}, f`, "=t")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		v    vm.Value
		want any
	}{
		{res[0], []any{int64(1), "two", 3.5, []any{true}}},
		{res[1], map[any]any{"a": int64(1), int64(2): "b", 1.5: false}},
		{res[2], map[any]any{}},
		{res[3], map[any]any{int64(1): int64(1), int64(3): int64(3)}},
		{vm.Nil, nil},
		{vm.Float(math.Inf(1)), math.Inf(1)},
	}
	for i, tc := range tests {
		if got := ToGo(tc.v); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%d: ToGo = %#v, want %#v", i, got, tc.want)
		}
	}
	if got, ok := ToGo(res[4]).(vm.Value); !ok || !got.IsFunction() {
		t.Errorf("function converted to %#v", ToGo(res[4]))
	}
}

func TestToGoTableKeysAndCycles(t *testing.T) {
	inner := vm.NewTable(0, 1)
	outer := vm.NewTable(0, 2)
	outer.SetStr("self", vm.TableValue(outer))
	if err := outer.Set(vm.TableValue(inner), vm.String("table key")); err != nil {
		t.Fatal(err)
	}
	m, ok := ToGo(vm.TableValue(outer)).(map[any]any)
	if !ok {
		t.Fatalf("not a map: %#v", ToGo(vm.TableValue(outer)))
	}
	if self, ok := m["self"].(map[any]any); !ok || reflect.ValueOf(self).Pointer() != reflect.ValueOf(m).Pointer() {
		t.Error("cycle not preserved")
	}
	if m[vm.TableValue(inner)] != "table key" {
		t.Errorf("table key: %#v", m)
	}

	seq := vm.NewTable(2, 0)
	seq.SetInt(1, vm.Int(1))
	seq.SetInt(2, vm.TableValue(seq))
	s := ToGo(vm.TableValue(seq)).([]any)
	if s2, ok := s[1].([]any); !ok || &s2[0] != &s[0] {
		t.Error("sequence cycle not preserved")
	}
}

type opaque struct{ n int }

func TestFromGo(t *testing.T) {
	type myInt int16
	tests := []struct {
		in   any
		want any // ToGo(FromGo(in))
	}{
		{nil, nil},
		{true, true},
		{int8(-3), int64(-3)},
		{uint32(7), int64(7)},
		{myInt(9), int64(9)},
		{2 * time.Second, int64(2e9)},
		{uint64(math.MaxUint64), float64(math.MaxUint64)},
		{float32(1.5), 1.5},
		{"s", "s"},
		{[]byte("raw"), "raw"},
		{[]any{1, "a", []string{"x"}}, []any{int64(1), "a", []any{"x"}}},
		{[3]int{1, 2, 3}, []any{int64(1), int64(2), int64(3)}},
		{map[string]any{"k": 1.25, "n": nil}, map[any]any{"k": 1.25}},
		{map[int]bool{1: true, 2: false}, []any{true, false}},
		{[]int(nil), nil},
		{map[string]int(nil), nil},
		{(*opaque)(nil), nil},
		{vm.String("v"), "v"},
	}
	for _, tc := range tests {
		if got := ToGo(FromGo(tc.in)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ToGo(FromGo(%#v)) = %#v, want %#v", tc.in, got, tc.want)
		}
	}

	// Values Lua cannot represent travel as userdata and come back intact.
	o := &opaque{n: 5}
	v := FromGo(o)
	if v.Kind() != vm.KindUserdata || ToGo(v) != o {
		t.Errorf("opaque value: kind %v, back %#v", v.Kind(), ToGo(v))
	}

	// Go functions become callable Lua functions.
	L, _ := newState(t)
	L.SetGlobal("gofn", FromGo(func(th *vm.Thread) int {
		th.Push(vm.Int(int64(th.NArgs())))
		return 1
	}))
	res, err := L.DoString(`return gofn(1, 2, 3)`, "=t")
	if err != nil {
		t.Fatal(err)
	}
	if res[0].AsInt() != 3 {
		t.Errorf("gofn() = %v", ToGo(res[0]))
	}

	// Self-referencing Go structures terminate.
	cyc := map[string]any{}
	cyc["me"] = cyc
	tv := FromGo(cyc)
	if me := tv.AsTable().GetStr("me"); me.AsTable() != tv.AsTable() {
		t.Error("map cycle not preserved")
	}
}
