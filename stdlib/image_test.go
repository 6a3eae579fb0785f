package stdlib_test

import (
	"bytes"
	"testing"

	"wippylua"
	"wippylua/stdlib"
	"wippylua/vm"
)

// States made from one image share the library tables copy-on-write: each
// must behave exactly as if it had its own libraries.

func newImageState(t *testing.T, img *vm.Image) (*vm.State, *bytes.Buffer) {
	t.Helper()
	s := img.NewState()
	s.SetLoader(wippylua.Compile)
	out := new(bytes.Buffer)
	s.Stdout = out
	return s, out
}

// runIn runs src in s and returns what it printed (and the error, if any).
func runIn(t *testing.T, s *vm.State, out *bytes.Buffer, src string) string {
	t.Helper()
	out.Reset()
	fn, err := s.Load([]byte(src), "=test", "t", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.MainThread().Call(fn); err != nil {
		return out.String() + "error: " + err.Error()
	}
	return out.String()
}

func newImage(t *testing.T, p stdlib.Profile) *vm.Image {
	t.Helper()
	img, err := stdlib.NewImage(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func TestImageWritesStayInTheirState(t *testing.T) {
	img := newImage(t, stdlib.Standard)
	a, outA := newImageState(t, img)
	b, outB := newImageState(t, img)
	steps := []struct {
		s    *vm.State
		out  *bytes.Buffer
		src  string
		want string
	}{
		// a changes library tables, globals, the string metatable and a
		// library table's metatable.
		{a, outA, `
			local s = string
			string.foo = 1
			math.pi = 3
			rawset(table, "bar", 2)
			x = "global"
			getmetatable("").__index = setmetatable({shout = function(v) return v:upper() .. "!" end}, {__index = string})
			setmetatable(math, {__index = function(_, k) return "no " .. k end})
			print(s.foo, s == string, package.loaded.string == string, _G.string == string)
			print(math.pi, rawget(table, "bar"), x, ("hi"):shout(), ("hi"):upper(), math.nothing)
			print(getmetatable(math) ~= nil, rawget(_G, "x"))`,
			"1\ttrue\ttrue\ttrue\n3\t2\tglobal\tHI!\tHI\tno nothing\ntrue\tglobal\n"},
		// b sees none of it.
		{b, outB, `
			print(string.foo, math.pi == 3.141592653589793, rawget(table, "bar"), x, ("hi").shout)
			print(getmetatable(math), math.nothing, rawget(_G, "x"), package.loaded.string == string)`,
			"nil\ttrue\tnil\tnil\tnil\nnil\tnil\tnil\ttrue\n"},
		// a still sees its changes, through every access path.
		{a, outA, `
			local n = 0
			for k in pairs(string) do if k == "foo" then n = n + 1 end end
			local found = false
			local k = nil
			repeat k = next(_G, k) if k == "x" then found = true end until k == nil
			print(n, found, #string.rep("a", 3), string.foo)`,
			"1\ttrue\t3\t1\n"},
		// Removing a library entry hides it in a only.
		{a, outA, `string.rep = nil print(string.rep, pcall(string.rep, "a", 2))`,
			"nil\tfalse\tattempt to call a nil value\n"},
		{b, outB, `print(string.rep("a", 2))`, "aa\n"},
	}
	for i, st := range steps {
		got := runIn(t, st.s, st.out, st.src)
		if got != st.want {
			t.Fatalf("step %d:\n got %q\nwant %q", i, got, st.want)
		}
	}
}

func TestImageArrayPartAndLength(t *testing.T) {
	img := newImage(t, stdlib.Standard)
	a, outA := newImageState(t, img)
	b, outB := newImageState(t, img)
	// package.searchers is a sequence in the image.
	if got := runIn(t, a, outA, `
		local n = 0 for _ in ipairs(package.searchers) do n = n + 1 end
		table.insert(package.searchers, 1, "first")
		print(n, #package.searchers, package.searchers[1], rawlen(package.searchers))`); got != "4\t5\tfirst\t5\n" {
		t.Fatalf("a: %q", got)
	}
	if got := runIn(t, b, outB, `print(#package.searchers, type(package.searchers[1]))`); got != "4\tfunction\n" {
		t.Fatalf("b: %q", got)
	}
}

func TestImagePerStateLibraryData(t *testing.T) {
	img := newImage(t, stdlib.Standard)
	a, outA := newImageState(t, img)
	b, outB := newImageState(t, img)
	// Each State has its own generator: seeding one leaves the other's
	// sequence alone.
	seq := `local t = {} for i = 1, 5 do t[i] = math.random(1000) end print(table.concat(t, ","))`
	first := runIn(t, b, outB, seq)
	runIn(t, a, outA, `math.randomseed(42) for i = 1, 3 do math.random() end`)
	c, outC := newImageState(t, img)
	if got := runIn(t, c, outC, seq); got != first {
		t.Fatalf("a fresh State's sequence %q differs from another's %q", got, first)
	}
	// io's standard files are each State's own, and write to its Stdout.
	runIn(t, a, outA, `io.write("from a\n") io.stdout:write("again\n")`)
	if outA.String() != "from a\nagain\n" {
		t.Fatalf("a wrote %q", outA.String())
	}
	if got := runIn(t, b, outB, `io.write("from b\n") print(io.stdout ~= nil, io.type(io.stdout))`); got != "from b\ntrue\tfile\n" {
		t.Fatalf("b: %q", got)
	}
}

func TestImageSandbox(t *testing.T) {
	img := newImage(t, stdlib.Sandbox)
	a, outA := newImageState(t, img)
	if got := runIn(t, a, outA, `print(io, load, os.exit, type(os.time()), string.format("%d", 7))`); got != "nil\tnil\tnil\tnumber\t7\n" {
		t.Fatalf("%q", got)
	}
}

func TestImageRawWritePanics(t *testing.T) {
	img := newImage(t, stdlib.Sandbox)
	s, _ := newImageState(t, img)
	defer func() {
		if r := recover(); r != vm.ErrSharedWrite {
			t.Fatalf("recovered %v, want ErrSharedWrite", r)
		}
	}()
	s.Globals().SetStr("x", vm.Int(1))
}

func TestImageGoAccessors(t *testing.T) {
	img := newImage(t, stdlib.Sandbox)
	a, outA := newImageState(t, img)
	b, _ := newImageState(t, img)
	a.SetGlobal("answer", vm.Int(42))
	if got := runIn(t, a, outA, `print(answer)`); got != "42\n" {
		t.Fatalf("%q", got)
	}
	if v := a.Global("answer"); v != vm.Int(42) {
		t.Fatalf("a.Global = %v", v)
	}
	if v := b.Global("answer"); !v.IsNil() {
		t.Fatalf("b.Global = %v", v)
	}
	// A State's registry is its own.
	a.Registry().SetStr("mine", vm.True)
	if b.Registry().GetStr("mine").Truthy() || b.RegistryField("mine").Truthy() {
		t.Fatal("registry shared")
	}
	if !a.RegistryField("mine").Truthy() {
		t.Fatal("RegistryField misses a's own registry")
	}
}

// Programs that only use the libraries print the same from a State of an
// image as from a State with its own libraries, including the messages
// and tracebacks that name library functions by their place in
// package.loaded ("string.rep").
func TestImageLikePrivateLibraries(t *testing.T) {
	img := newImage(t, stdlib.Standard)
	for _, src := range []string{
		`print(pcall(string.rep)) print(pcall(function() return ("x"):rep() end))`,
		`print(select(2, xpcall(string.rep, debug.traceback)))`,
		`local t = {} for k in pairs(math) do t[#t+1] = k end table.sort(t) print(table.concat(t, " "))`,
		`print(select("#", ...), _VERSION, coroutine.isyieldable(), type(io.stdout), io.type(io.stderr))`,
		`string.x = 1 print(package.loaded.string.x, next({}), rawequal(string, package.loaded.string))`,
		`setmetatable(_G, {__index = function(_, k) return "?" .. k end}) print(undefined_name, string.len("abc"))`,
	} {
		plain, plainOut := newState(stdlib.Standard)
		_, err := plain.DoString(src, "=test")
		want := plainOut.String()
		if err != nil {
			want += "error: " + err.Error()
		}
		s, out := newImageState(t, img)
		if got := runIn(t, s, out, src); got != want {
			t.Errorf("%s\nimage State: %q\nplain State: %q", src, got, want)
		}
	}
}
