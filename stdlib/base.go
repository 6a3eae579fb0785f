package stdlib

import (
	"io"
	"os"
	"runtime"
	"strings"

	"wippylua/vm"
)

// The base library (Lua 5.3 manual §6.1).

func openBase(s *vm.State, p Profile) {
	g := s.Globals()
	set := func(name string, fn func(t *vm.Thread) int) {
		g.SetStr(name, vm.FunctionValue(vm.NewGoFunction(name, fn)))
	}
	g.SetStr("_G", vm.TableValue(g))
	g.SetStr("_VERSION", vm.String("Lua 5.3"))
	set("print", basePrint)
	set("type", baseType)
	set("tostring", baseTostring)
	set("tonumber", baseTonumber)
	set("ipairs", baseIpairs)
	set("pairs", basePairs)
	g.SetStr("next", nextFunc)
	set("select", baseSelect)
	set("rawget", baseRawget)
	set("rawset", baseRawset)
	set("rawequal", baseRawequal)
	set("rawlen", baseRawlen)
	set("setmetatable", baseSetmetatable)
	set("getmetatable", baseGetmetatable)
	set("assert", baseAssert)
	set("error", baseError)
	set("collectgarbage", baseCollectgarbage)
	g.SetStr("pcall", vm.FunctionValue(vm.NewPCall()))
	g.SetStr("xpcall", vm.FunctionValue(vm.NewXPCall()))
	if p == Standard {
		set("load", baseLoad)
		set("loadfile", baseLoadfile)
		set("dofile", baseDofile)
	}
}

func basePrint(t *vm.Thread) int {
	n := t.NArgs()
	tostring := t.Index(vm.TableValue(t.State().Globals()), vm.String("tostring"))
	var b strings.Builder
	for i := 1; i <= n; i++ {
		v := t.Arg(i)
		// print calls the global tostring for every argument, so a
		// replaced tostring changes what print shows.
		r := t.CallValue(tostring, v)
		if !r.IsString() {
			if !r.IsNumber() {
				t.Errorf("'tostring' must return a string to 'print'")
			}
			r = vm.String(vm.NumberToString(r))
		}
		s := r.AsString()
		if i > 1 {
			b.WriteByte('\t')
		}
		b.WriteString(s)
	}
	b.WriteByte('\n')
	w := stdout(t.State())
	io.WriteString(w, b.String())
	// lua5.3's print flushes stdout after each line, so that output is
	// not lost or delayed when the program blocks or is killed.
	if f, ok := w.(interface{ Flush() error }); ok {
		f.Flush()
	}
	return 0
}

func baseType(t *vm.Thread) int {
	v := t.CheckAny(1)
	t.Push(vm.String(v.TypeName()))
	return 1
}

func baseTostring(t *vm.Thread) int {
	v := t.CheckAny(1)
	t.Push(vm.String(t.ToStringMeta(v)))
	return 1
}

func baseTonumber(t *vm.Thread) int {
	if t.Arg(2).IsNil() {
		v := t.CheckAny(1)
		if v.IsNumber() {
			t.Push(v)
			return 1
		}
		if v.IsString() {
			if n, ok := vm.StringToNumber(v.AsString()); ok {
				t.Push(n)
				return 1
			}
		}
		t.Push(vm.Nil)
		return 1
	}
	base := t.CheckInt(2)
	v := t.Arg(1)
	if !v.IsString() {
		t.TypeError(1, "string")
	}
	if base < 2 || base > 36 {
		t.ArgError(2, "base out of range")
	}
	if n, ok := parseIntBase(v.AsString(), base); ok {
		t.Push(vm.Int(n))
	} else {
		t.Push(vm.Nil)
	}
	return 1
}

// parseIntBase reads an integer in the given base with optional sign and
// surrounding whitespace; overflow wraps around as in lua5.3.
func parseIntBase(s string, base int64) (int64, bool) {
	s = strings.Trim(s, " \t\n\r\f\v")
	neg := false
	if strings.HasPrefix(s, "-") {
		neg, s = true, s[1:]
	} else if strings.HasPrefix(s, "+") {
		s = s[1:]
	}
	if s == "" {
		return 0, false
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d int64
		switch {
		case c >= '0' && c <= '9':
			d = int64(c - '0')
		case c >= 'a' && c <= 'z':
			d = int64(c-'a') + 10
		case c >= 'A' && c <= 'Z':
			d = int64(c-'A') + 10
		default:
			return 0, false
		}
		if d >= base {
			return 0, false
		}
		n = n*uint64(base) + uint64(d)
	}
	if neg {
		n = -n
	}
	return int64(n), true
}

func ipairsAux(t *vm.Thread) int {
	i := t.CheckInt(2) + 1
	v := t.Index(t.Arg(1), vm.Int(i))
	if v.IsNil() {
		t.Push(vm.Nil)
		return 1
	}
	t.Push(vm.Int(i))
	t.Push(v)
	return 2
}

var ipairsIter = vm.FunctionValue(vm.NewGoFunction("ipairs_aux", ipairsAux))

func baseIpairs(t *vm.Thread) int {
	v := t.CheckAny(1)
	t.Push(ipairsIter)
	t.Push(v)
	t.Push(vm.Int(0))
	return 3
}

var nextFunc = vm.FunctionValue(vm.NewGoFunction("next", baseNext))

func basePairs(t *vm.Thread) int {
	v := t.CheckAny(1)
	if h := t.GetMetaField(v, "__pairs"); !h.IsNil() {
		res, err := callAll(t, h, v)
		if err != nil {
			t.Throw(err.Value)
		}
		for i := 0; i < 3; i++ {
			if i < len(res) {
				t.Push(res[i])
			} else {
				t.Push(vm.Nil)
			}
		}
		return 3
	}
	t.Push(nextFunc)
	t.Push(v)
	t.Push(vm.Nil)
	return 3
}

// callAll calls fn from a Go function, keeping all results; errors
// propagate as Lua errors.
func callAll(t *vm.Thread, fn vm.Value, args ...vm.Value) ([]vm.Value, *vm.Error) {
	res, err := t.Call(fn, args...)
	if err != nil {
		return nil, err.(*vm.Error)
	}
	return res, nil
}

func baseNext(t *vm.Thread) int {
	tb := t.CheckTable(1)
	k, v, ok := tb.Next(t.Arg(2))
	if !ok {
		t.Throw(vm.String("invalid key to 'next'"))
	}
	if k.IsNil() {
		t.Push(vm.Nil)
		return 1
	}
	t.Push(k)
	t.Push(v)
	return 2
}

func baseSelect(t *vm.Thread) int {
	n := t.NArgs()
	// Like lua5.3, any string starting with '#' asks for the count.
	if a := t.Arg(1); a.IsString() && strings.HasPrefix(a.AsString(), "#") {
		t.Push(vm.Int(int64(n - 1)))
		return 1
	}
	i := t.CheckInt(1)
	if i < 0 {
		i = int64(n) + i
	} else if i > int64(n) {
		i = int64(n)
	}
	if i < 1 {
		t.ArgError(1, "index out of range")
	}
	return n - int(i)
}

func baseRawget(t *vm.Thread) int {
	tb := t.CheckTable(1)
	t.CheckAny(2)
	t.Push(tb.Get(t.Arg(2)))
	return 1
}

func baseRawset(t *vm.Thread) int {
	tb := t.CheckTable(1)
	t.CheckAny(2)
	t.CheckAny(3)
	if err := t.State().Mutable(tb).Set(t.Arg(2), t.Arg(3)); err != nil {
		t.Throw(vm.String(err.Error())) // no position: raised inside a Go function
	}
	t.Push(t.Arg(1))
	return 1
}

func baseRawequal(t *vm.Thread) int {
	t.CheckAny(1)
	t.CheckAny(2)
	t.Push(vm.Bool(vm.RawEquals(t.Arg(1), t.Arg(2))))
	return 1
}

func baseRawlen(t *vm.Thread) int {
	v := t.Arg(1)
	switch v.Kind() {
	case vm.KindTable:
		t.Push(vm.Int(t.State().View(v.AsTable()).Len()))
	case vm.KindString:
		t.Push(vm.Int(int64(len(v.AsString()))))
	default:
		t.ArgError(1, "table or string expected")
	}
	return 1
}

func baseSetmetatable(t *vm.Thread) int {
	tb := t.CheckTable(1)
	mv := t.Arg(2)
	if t.NArgs() < 2 || (!mv.IsNil() && !mv.IsTable()) {
		t.ArgError(2, "nil or table expected")
	}
	if old := tb.Metatable(); old != nil && !t.State().View(old).GetStr("__metatable").IsNil() {
		t.Errorf("cannot change a protected metatable")
	}
	t.State().Mutable(tb).SetMetatable(mv.AsTable())
	t.Push(t.Arg(1))
	return 1
}

func baseGetmetatable(t *vm.Thread) int {
	v := t.CheckAny(1)
	mt := t.State().Metatable(v)
	if mt == nil {
		t.Push(vm.Nil)
		return 1
	}
	if p := t.State().View(mt).GetStr("__metatable"); !p.IsNil() {
		t.Push(p)
		return 1
	}
	t.Push(vm.TableValue(mt))
	return 1
}

func baseAssert(t *vm.Thread) int {
	if t.Arg(1).Truthy() {
		return t.NArgs()
	}
	t.CheckAny(1)
	// Like lua5.3, a failed assert raises its message as error(msg) would:
	// strings get the position of the caller.
	msg := vm.String("assertion failed!")
	if t.NArgs() >= 2 {
		msg = t.Arg(2)
	}
	if msg.IsString() {
		msg = vm.String(t.Where(1) + msg.AsString())
	}
	t.Throw(msg)
	return 0
}

func baseError(t *vm.Thread) int {
	v := t.Arg(1)
	level := t.OptInt(2, 1)
	if v.IsString() && level > 0 {
		v = vm.String(t.Where(int(level)) + v.AsString())
	}
	t.Throw(v)
	return 0
}

var gcOptions = []string{"stop", "restart", "collect", "count", "step", "setpause", "setstepmul", "isrunning"}

func baseCollectgarbage(t *vm.Thread) int {
	switch gcOptions[t.CheckOption(1, "collect", gcOptions)] {
	case "count":
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		t.Push(vm.Float(float64(ms.HeapAlloc) / 1024))
		return 1
	case "collect":
		runtime.GC()
		t.Push(vm.Int(0))
	case "step":
		runtime.GC()
		t.Push(vm.True)
	case "setpause":
		t.OptInt(2, 0)
		t.Push(vm.Int(200))
	case "setstepmul":
		t.OptInt(2, 0)
		t.Push(vm.Int(100))
	case "isrunning":
		t.Push(vm.True)
	default: // stop, restart: Go's collector cannot be paused per state
		t.Push(vm.Int(0))
	}
	return 1
}

// --- loading ---------------------------------------------------------------

func loadResult(t *vm.Thread, fn vm.Value, err error) int {
	if err != nil {
		t.Push(vm.Nil)
		t.Push(vm.String(err.Error()))
		return 2
	}
	t.Push(fn)
	return 1
}

func baseLoad(t *vm.Thread) int {
	chunk := t.Arg(1)
	mode := t.OptString(3, "bt")
	var env *vm.Value
	if t.NArgs() >= 4 {
		e := t.Arg(4)
		env = &e
	}
	var src []byte
	var name string
	switch {
	case chunk.IsString() || chunk.IsNumber():
		s := t.CheckString(1)
		src = []byte(s)
		name = t.OptString(2, s)
	default:
		t.CheckFunction(1)
		name = t.OptString(2, "=(load)")
		var b []byte
		for {
			// Errors in the reader are returned by load, not raised.
			res, err := t.Call(chunk)
			if err != nil {
				t.Push(vm.Nil)
				t.Push(err.(*vm.Error).Value)
				return 2
			}
			piece := vm.Nil
			if len(res) > 0 {
				piece = res[0]
			}
			if piece.IsNil() {
				break
			}
			if !piece.IsString() {
				return loadResult(t, vm.Nil, errString(t.Where(1)+"reader function must return a string"))
			}
			if piece.AsString() == "" {
				break
			}
			b = append(b, piece.AsString()...)
		}
		src = b
	}
	fn, err := t.State().Load(src, name, mode, env)
	return loadResult(t, fn, err)
}

type errString string

func (e errString) Error() string { return string(e) }

// readChunkFile reads a file for loadfile/dofile ("" is standard input),
// returning lua5.3's message on failure.
func readChunkFile(name string) ([]byte, string, error) {
	if name == "" {
		b, err := io.ReadAll(os.Stdin)
		if err != nil {
			return nil, "", errString("cannot read stdin")
		}
		return skipShebang(b), "=stdin", nil
	}
	b, err := os.ReadFile(name)
	if err != nil {
		reason := "No such file or directory"
		if os.IsPermission(err) {
			reason = "Permission denied"
		} else if !os.IsNotExist(err) {
			reason = err.Error()
		}
		return nil, "", errString("cannot open " + name + ": " + reason)
	}
	return skipShebang(b), "@" + name, nil
}

// skipShebang blanks a first line starting with '#' (keeping the newline
// so line numbers stay right), as lua5.3's loadfile does.
func skipShebang(b []byte) []byte {
	if len(b) == 0 || b[0] != '#' {
		return b
	}
	i := 0
	for i < len(b) && b[i] != '\n' {
		i++
	}
	return b[i:]
}

func baseLoadfile(t *vm.Thread) int {
	name := t.OptString(1, "")
	mode := t.OptString(2, "bt")
	var env *vm.Value
	if t.NArgs() >= 3 {
		e := t.Arg(3)
		env = &e
	}
	src, chunk, err := readChunkFile(name)
	if err != nil {
		return loadResult(t, vm.Nil, err)
	}
	fn, err := t.State().Load(src, chunk, mode, env)
	return loadResult(t, fn, err)
}

func baseDofile(t *vm.Thread) int {
	name := t.OptString(1, "")
	src, chunk, err := readChunkFile(name)
	if err != nil {
		t.Throw(vm.String(err.Error()))
	}
	fn, err := t.State().Load(src, chunk, "bt", nil)
	if err != nil {
		t.Throw(vm.String(err.Error()))
	}
	res, lerr := callAll(t, fn)
	if lerr != nil {
		t.Throw(lerr.Value)
	}
	for _, r := range res {
		t.Push(r)
	}
	return len(res)
}
