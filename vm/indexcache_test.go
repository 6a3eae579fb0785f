package vm_test

import (
	"bytes"
	"testing"

	"wippylua/stdlib"
	"wippylua/vm"
)

// TestIndexCacheSeesGoWrites checks that a method found through a cached
// __index chain changes when Go code (not Lua) rewrites the class table
// or its metatable.
func TestIndexCacheSeesGoWrites(t *testing.T) {
	s := vm.NewState()
	s.SetLoader(compile)
	var out bytes.Buffer
	s.Stdout = &out
	stdlib.Open(s, stdlib.Standard)
	fn, err := s.Load([]byte(`
		Base = {}
		Base.__index = Base
		function Base.name() return "base" end
		Class = setmetatable({}, Base)
		Class.__index = Class
		obj = setmetatable({}, Class)
		return function() return obj:name() end
	`), "=setup", "bt", nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.MainThread().Call(fn)
	if err != nil {
		t.Fatal(err)
	}
	call := res[0]
	name := func() string {
		t.Helper()
		r, err := s.MainThread().Call(call)
		if err != nil {
			t.Fatal(err)
		}
		return r[0].AsString()
	}
	for range 3 {
		if got := name(); got != "base" {
			t.Fatalf("before any change: %q", got)
		}
	}
	class := s.Globals().GetStr("Class").AsTable()
	base := s.Globals().GetStr("Base").AsTable()

	class.SetStr("name", vm.FunctionValue(vm.NewGoFunction("name", func(t *vm.Thread) int {
		t.Push(vm.String("class"))
		return 1
	})))
	if got := name(); got != "class" {
		t.Fatalf("after Class.name was set from Go: %q", got)
	}
	if err := class.Set(vm.String("name"), vm.Nil); err != nil {
		t.Fatal(err)
	}
	if got := name(); got != "base" {
		t.Fatalf("after Class.name was cleared from Go: %q", got)
	}
	other := vm.NewTable(0, 1)
	other.SetStr("__index", vm.TableValue(other))
	other.SetStr("name", vm.FunctionValue(vm.NewGoFunction("name", func(t *vm.Thread) int {
		t.Push(vm.String("other"))
		return 1
	})))
	class.SetMetatable(other)
	if got := name(); got != "other" {
		t.Fatalf("after Class's metatable was replaced from Go: %q", got)
	}
	class.SetMetatable(base)
	if got := name(); got != "base" {
		t.Fatalf("after Class's metatable was restored: %q", got)
	}
}
