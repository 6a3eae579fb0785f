package vm_test

import (
	"sync"
	"testing"

	"wippylua/vm"
)

// buildImage makes an image from a State prepared by src (run in it
// first; the State has no libraries) and then prep (Go code).
func buildImage(t *testing.T, src string, prep func(s *vm.State)) *vm.Image {
	t.Helper()
	s := vm.NewState()
	s.SetLoader(compile)
	if src != "" {
		fn, err := s.Load([]byte(src), "=prep", "t", nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.MainThread().Call(fn); err != nil {
			t.Fatal(err)
		}
	}
	if prep != nil {
		prep(s)
	}
	img, err := vm.NewImage(s)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// eval runs src in s and returns its first result.
func eval(t *testing.T, s *vm.State, src string) vm.Value {
	t.Helper()
	s.SetLoader(compile)
	fn, err := s.Load([]byte(src), "=test", "t", nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.MainThread().Call(fn)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) == 0 {
		return vm.Nil
	}
	return res[0]
}

func TestImageRefusesLuaValues(t *testing.T) {
	// A Lua function (its upvalues are mutable) anywhere in the image.
	s := vm.NewState()
	s.SetLoader(compile)
	fn, err := s.Load([]byte(`lib = {f = function() end}`), "=prep", "t", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.MainThread().Call(fn); err != nil {
		t.Fatal(err)
	}
	if _, err := vm.NewImage(s); err == nil {
		t.Error("NewImage accepted a Lua function")
	}
	// A coroutine.
	s = vm.NewState()
	lib := vm.NewTable(0, 1)
	lib.SetStr("co", vm.ThreadValue(s.NewThread()))
	s.SetGlobal("lib", vm.TableValue(lib))
	if _, err := vm.NewImage(s); err == nil {
		t.Error("NewImage accepted a coroutine")
	}
}

func TestImageCopyOnWrite(t *testing.T) {
	img := buildImage(t, `lib = {1, 2, 3, name = "lib", sub = {x = 1}} alias = lib`, nil)
	a, b := img.NewState(), img.NewState()
	if got := eval(t, a, `lib[2] = 20 lib.sub.x = 10 lib.new = true return lib[2] + lib.sub.x + #lib`); !vm.RawEquals(got, vm.Int(33)) {
		t.Fatalf("a: %v", got)
	}
	if got := eval(t, a, `return alias == lib and alias[2] == 20 and alias.new`); !vm.RawEquals(got, vm.True) {
		t.Fatalf("a: identity or contents lost: %v", got)
	}
	if got := eval(t, b, `return lib[2] + lib.sub.x + #lib`); !vm.RawEquals(got, vm.Int(6)) {
		t.Fatalf("b sees a's writes: %v", got)
	}
	if got := eval(t, b, `return lib.new`); !got.IsNil() {
		t.Fatalf("b sees a's new key: %v", got)
	}
}

func TestImageMetatables(t *testing.T) {
	img := buildImage(t, `proto = {} obj = {}`, func(s *vm.State) {
		proto := s.Global("proto").AsTable()
		proto.SetStr("__index", vm.FunctionValue(vm.NewGoFunction("index", func(t *vm.Thread) int {
			t.Push(vm.String("default " + t.CheckString(2)))
			return 1
		})))
		s.Global("obj").AsTable().SetMetatable(proto)
	})
	a, b := img.NewState(), img.NewState()
	// Changing the shared metatable in a changes a's view of obj only.
	if got := eval(t, a, `proto.__index = function() return "patched" end return obj.x`); !vm.RawEquals(got, vm.String("patched")) {
		t.Fatalf("a: %v", got)
	}
	if got := eval(t, b, `return obj.x`); !vm.RawEquals(got, vm.String("default x")) {
		t.Fatalf("b: %v", got)
	}
}

func TestImagePerStateTables(t *testing.T) {
	var mu sync.Mutex
	fills := map[*vm.State]int{}
	img := buildImage(t, `per = {shared = "yes"}`, func(s *vm.State) {
		per := s.Global("per").AsTable()
		vm.SetPerState(per, func(s *vm.State, own *vm.Table) {
			mu.Lock()
			fills[s]++
			n := len(fills)
			mu.Unlock()
			own.SetStr("mine", vm.Int(int64(n)))
		})
	})
	a, b := img.NewState(), img.NewState()
	if got := eval(t, a, `return per.shared .. per.mine .. per.mine`); !vm.RawEquals(got, vm.String("yes11")) {
		t.Fatalf("a: %v", got)
	}
	if got := eval(t, b, `return per.mine`); !vm.RawEquals(got, vm.Int(2)) {
		t.Fatalf("b: %v", got)
	}
	if fills[a] != 1 || fills[b] != 1 {
		t.Fatalf("fill calls: %v", fills)
	}
}

// States of one image run at the same time on different goroutines; the
// race detector checks that reads of the shared tables (including the
// metamethod cache of shared metatables) never write them.
func TestImageConcurrentStates(t *testing.T) {
	img := buildImage(t, `obj = {} lib = {n = 1}`, func(s *vm.State) {
		methods := vm.NewTable(0, 1)
		methods.SetStr("greet", vm.FunctionValue(vm.NewGoFunction("greet", func(t *vm.Thread) int {
			t.Push(vm.String("hi"))
			return 1
		})))
		mt := vm.NewTable(0, 1)
		mt.SetStr("__index", vm.TableValue(methods))
		s.Global("obj").AsTable().SetMetatable(mt)
		s.SetGlobal("pcall", vm.FunctionValue(vm.NewPCall()))
	})
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := img.NewState()
			s.SetLoader(compile)
			fn, err := s.Load([]byte(`
				local n = 0
				for i = 1, 200 do
					n = n + lib.n + #obj.greet(obj)
					if obj == obj and obj ~= lib then n = n + 1 end
					local ok = pcall(function() return obj + 1 end)
					if i == 100 then lib.n = 2 end
				end
				return n`), "=race", "t", nil)
			if err != nil {
				t.Error(err)
				return
			}
			res, err := s.MainThread().Call(fn)
			if err != nil || len(res) != 1 || res[0] != vm.Int(100*1+100*2+200*2+200) {
				t.Errorf("%v %v", res, err)
			}
		}()
	}
	wg.Wait()
}
