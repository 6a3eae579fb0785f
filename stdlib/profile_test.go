package stdlib_test

import (
	"bytes"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"wippylua"
	"wippylua/stdlib"
	"wippylua/vm"
)

// The sandbox profile must leave no way to reach the file system, the
// environment, other processes, the loader or the debug library: not
// through the globals, and not through anything reachable from them
// (library tables, metatables of values, package.loaded...).

func newState(p stdlib.Profile) (*wippylua.State, *bytes.Buffer) {
	var out bytes.Buffer
	L := wippylua.New(wippylua.Options{Profile: p, Stdout: &out})
	return L, &out
}

// goFunc identifies a Go function by its name and its code: two States
// have distinct GoFunction objects for the same library function, but
// the same code.
type goFunc struct {
	name string
	code uintptr
}

func identify(gf *vm.GoFunction) goFunc {
	return goFunc{gf.Name, reflect.ValueOf(gf.Fn).Pointer()}
}

// reachable walks every value reachable from root (table keys and values,
// metatables) and the metatables shared by each type, and returns the Go
// functions found with the path to one of them. Tables in skip are not
// entered; typeMetas also walks the metatables shared by each type (the
// string metatable...).
func reachable(s *vm.State, root vm.Value, typeMetas bool, skip ...*vm.Table) map[goFunc]string {
	found := make(map[goFunc]string)
	seen := make(map[*vm.Table]bool)
	for _, tb := range skip {
		seen[tb] = true
	}
	var walk func(v vm.Value, path string)
	walkTable := func(tb *vm.Table, path string) {
		if tb == nil || seen[tb] {
			return
		}
		seen[tb] = true
		var k vm.Value
		for {
			key, val, ok := tb.Next(k)
			if !ok || key.IsNil() {
				break
			}
			name := fmt.Sprint(key.TypeName())
			if key.IsString() {
				name = key.AsString()
			}
			walk(key, path+"[key]")
			walk(val, path+"."+name)
			k = key
		}
		if mt := tb.Metatable(); mt != nil {
			walk(vm.TableValue(mt), path+".<metatable>")
		}
	}
	walk = func(v vm.Value, path string) {
		switch v.Kind() {
		case vm.KindTable:
			walkTable(v.AsTable(), path)
		case vm.KindGoFunction:
			id := identify(v.AsGoFunction())
			if _, ok := found[id]; !ok {
				found[id] = path
			}
		case vm.KindUserdata:
			if mt := v.AsUserdata().Metatable(); mt != nil {
				walk(vm.TableValue(mt), path+".<metatable>")
			}
		}
	}
	walk(root, "_G")
	if typeMetas {
		for k := vm.KindNil; k <= vm.KindUserdata; k++ {
			if mt := s.TypeMetatable(k); mt != nil {
				walk(vm.TableValue(mt), fmt.Sprintf("<metatable of kind %d>", k))
			}
		}
	}
	return found
}

// forbidden collects, from a standard State, every function the sandbox
// must not reach.
func forbidden(t *testing.T) map[goFunc]string {
	L, _ := newState(stdlib.Standard)
	s := L.VM()
	g := s.Globals()
	out := make(map[goFunc]string)
	// package.loaded and the globals lead to every library: the walk of
	// a forbidden library stops there.
	shared := []*vm.Table{g, s.Registry().GetStr("_LOADED").AsTable(), s.Registry().GetStr("_PRELOAD").AsTable()}
	add := func(v vm.Value, path string) {
		for id, p := range reachable(s, v, false, shared...) {
			out[id] = path + strings.TrimPrefix(p, "_G")
		}
	}
	for _, name := range []string{"io", "package", "require", "load", "loadfile", "dofile", "loadstring", "debug"} {
		if v := g.GetStr(name); !v.IsNil() {
			add(v, name)
		}
	}
	// The file methods live in the handles' metatable.
	add(s.Registry().GetStr("FILE*"), "FILE*")
	os := g.GetStr("os").AsTable()
	for _, name := range []string{"execute", "exit", "getenv", "remove", "rename", "tmpname", "setlocale"} {
		v := os.GetStr(name)
		if v.IsNil() {
			t.Fatalf("standard profile lacks os.%s", name)
		}
		add(v, "os."+name)
	}
	if len(out) < 40 {
		t.Fatalf("only %d forbidden functions found: the walk is broken", len(out))
	}
	return out
}

func TestSandboxReachesNoForbiddenFunction(t *testing.T) {
	bad := forbidden(t)
	L, _ := newState(stdlib.Sandbox)
	s := L.VM()
	got := reachable(s, vm.TableValue(s.Globals()), true)
	if len(got) < 20 {
		t.Fatalf("only %d functions reachable in the sandbox: the walk is broken", len(got))
	}
	var leaks []string
	for id, path := range got {
		if what, ok := bad[id]; ok {
			leaks = append(leaks, fmt.Sprintf("%s (%s)", path, what))
		}
	}
	sort.Strings(leaks)
	for _, l := range leaks {
		t.Errorf("sandbox reaches a forbidden function: %s", l)
	}
}

func TestSandboxGlobals(t *testing.T) {
	L, _ := newState(stdlib.Sandbox)
	g := L.VM().Globals()
	// require stays (spec/runtime.md), limited to the runtime's modules:
	// TestSandboxFromLua checks that it reaches nothing else.
	for _, name := range []string{"io", "load", "loadstring", "loadfile", "dofile", "debug", "package", "module"} {
		if v := g.GetStr(name); !v.IsNil() {
			t.Errorf("sandbox has global %s (%s)", name, v.TypeName())
		}
	}
	// os keeps exactly time, date, clock, difftime and platform.
	var keys []string
	os := g.GetStr("os").AsTable()
	var k vm.Value
	for {
		key, _, ok := os.Next(k)
		if !ok || key.IsNil() {
			break
		}
		keys = append(keys, key.AsString())
		k = key
	}
	sort.Strings(keys)
	if got := strings.Join(keys, " "); got != "clock date difftime platform time" {
		t.Errorf("sandbox os has %s", got)
	}
	// Nothing dangerous is registered as a loaded module either.
	loaded := L.VM().Registry().GetStr("_LOADED").AsTable()
	for _, name := range []string{"io", "package", "debug"} {
		if v := loaded.GetStr(name); !v.IsNil() {
			t.Errorf("sandbox package.loaded has %s", name)
		}
	}
	if v := L.VM().Registry().GetStr("FILE*"); !v.IsNil() {
		t.Error("sandbox registry has the FILE* metatable")
	}
}

func TestSandboxFromLua(t *testing.T) {
	L, out := newState(stdlib.Sandbox)
	_, err := L.DoString(`
		-- the string metatable leads only to the string table
		local mt = getmetatable("")
		local n = 0
		for k in pairs(mt) do n = n + 1 end
		print(n, mt.__index == string)
		-- loading code is impossible even with string.dump
		print(load, loadstring, loadfile, dofile)
		-- require knows only the runtime's modules: no files, no io/debug
		for _, m in ipairs({"io", "debug", "package", "sandbox", "./sandbox"}) do
			print(m, (pcall(require, m)))
		end
		print(require("os") == os) -- the restricted os table itself
		print(type(require("json").encode))
		-- the allowed os functions work
		print(type(os.time()), type(os.date("!%Y", 0)), os.date("!*t", 0).year,
			type(os.clock()), os.difftime(3, 1), type(os.platform))
		print(os.execute, os.exit, os.getenv, os.remove, os.rename, os.tmpname)
		print(pcall(function() return io.open end))
	`, "=sandbox")
	if err != nil {
		t.Fatal(err)
	}
	want := "1\ttrue\n" +
		"nil\tnil\tnil\tnil\n" +
		"io\tfalse\ndebug\tfalse\npackage\tfalse\nsandbox\tfalse\n./sandbox\tfalse\ntrue\n" +
		"function\n" +
		"number\tstring\t1970\tnumber\t2.0\tstring\n" +
		"nil\tnil\tnil\tnil\tnil\tnil\n"
	if !strings.HasPrefix(out.String(), want) {
		t.Errorf("got:\n%s\nwant prefix:\n%s", out.String(), want)
	}
	if !strings.Contains(out.String(), "false\tsandbox:") {
		t.Errorf("indexing io did not fail: %s", out.String())
	}
}

func TestStandardHasEverything(t *testing.T) {
	L, out := newState(stdlib.Standard)
	_, err := L.DoString(`
		print(type(io.open), type(require), type(package.loadlib), type(os.execute),
			type(os.exit), type(os.getenv), type(load), package.loaded.io == io,
			package.loaded.os == os, package.loaded.package == package, type(os.platform))
	`, "=standard")
	if err != nil {
		t.Fatal(err)
	}
	want := "function\tfunction\tfunction\tfunction\tfunction\tfunction\tfunction\ttrue\ttrue\ttrue\tstring\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}
