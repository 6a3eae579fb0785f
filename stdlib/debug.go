package stdlib

import (
	"bufio"
	"io"
	"os"
	"strings"

	"wippylua/vm"
)

// The debug library (Lua 5.3 manual §6.10). Only the standard profile has
// it. Differences from lua5.3: hooks are per coroutine and not inherited
// by new coroutines (as with lua5.3's Lua-level hooks); upvalueid returns
// a userdata that is the same value for the same upvalue.

func openDebug(s *vm.State, loaded *vm.Table, p Profile) {
	if p != Standard {
		return
	}
	register(s, loaded, "debug", map[string]func(t *vm.Thread) int{
		"debug":        dbgDebug,
		"gethook":      dbgGethook,
		"getinfo":      dbgGetinfo,
		"getlocal":     dbgGetlocal,
		"getmetatable": dbgGetmetatable,
		"getregistry":  dbgGetregistry,
		"getupvalue":   dbgGetupvalue,
		"getuservalue": dbgGetuservalue,
		"sethook":      dbgSethook,
		"setlocal":     dbgSetlocal,
		"setmetatable": dbgSetmetatable,
		"setupvalue":   dbgSetupvalue,
		"setuservalue": dbgSetuservalue,
		"traceback":    dbgTraceback,
		"upvalueid":    dbgUpvalueid,
		"upvaluejoin":  dbgUpvaluejoin,
	})
}

// threadArg handles the optional leading thread argument: it returns the
// thread to inspect and the index of the first remaining argument.
func threadArg(t *vm.Thread) (*vm.Thread, int) {
	if co := t.Arg(1).AsThread(); co != nil {
		return co, 2
	}
	return t, 1
}

func dbgDebug(t *vm.Thread) int {
	in := bufio.NewReader(stdinOf(t.State()))
	out := stderrOf(t.State())
	for {
		io.WriteString(out, "lua_debug> ")
		line, err := in.ReadString('\n')
		if err != nil && line == "" {
			return 0
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "cont" {
			return 0
		}
		fn, lerr := t.State().Load([]byte(line), "=(debug command)", "t", nil)
		if lerr == nil {
			_, cerr := t.Call(fn)
			lerr = cerr
		}
		if lerr != nil {
			io.WriteString(out, lerr.Error()+"\n")
		}
	}
}

// stdinOf and stderrOf are where debug.debug talks; the io library may
// install the State's streams.
var (
	stdinOf  = func(*vm.State) io.Reader { return os.Stdin }
	stderrOf = func(*vm.State) io.Writer { return os.Stderr }
)

func maskString(m uint8) string {
	var b strings.Builder
	if m&vm.HookCall != 0 {
		b.WriteByte('c')
	}
	if m&vm.HookReturn != 0 {
		b.WriteByte('r')
	}
	if m&vm.HookLine != 0 {
		b.WriteByte('l')
	}
	return b.String()
}

func dbgSethook(t *vm.Thread) int {
	th, a := threadArg(t)
	if t.Arg(a).IsNil() || t.NArgs() < a {
		th.SetHook(vm.Nil, 0, 0)
		return 0
	}
	fn := t.CheckFunction(a)
	smask := t.CheckString(a + 1)
	count := t.OptInt(a+2, 0)
	var mask uint8
	if strings.Contains(smask, "c") {
		mask |= vm.HookCall
	}
	if strings.Contains(smask, "r") {
		mask |= vm.HookReturn
	}
	if strings.Contains(smask, "l") {
		mask |= vm.HookLine
	}
	th.SetHook(fn, mask, int(count))
	return 0
}

func dbgGethook(t *vm.Thread) int {
	th, _ := threadArg(t)
	fn, mask, count := th.Hook()
	t.Push(fn)
	t.Push(vm.String(maskString(mask)))
	t.Push(vm.Int(int64(count)))
	return 3
}

func dbgGetinfo(t *vm.Thread) int {
	th, a := threadArg(t)
	what := t.OptString(a+1, "flnStu")
	for _, c := range what {
		if !strings.ContainsRune("SlnutfL>", c) {
			t.ArgError(a+1, "invalid option")
		}
	}
	var fi vm.FrameInfo
	target := t.Arg(a)
	if target.IsFunction() {
		fi = vm.DescribeFunction(target)
		if strings.Contains(what, ">") {
			t.ArgError(a+1, "invalid option")
		}
	} else {
		level := int(t.CheckInt(a))
		var ok bool
		if fi, ok = th.FrameAt(level); !ok {
			t.Push(vm.Nil)
			return 1
		}
	}
	r := vm.NewTable(0, 16)
	for _, c := range what {
		switch c {
		case 'S':
			r.SetStr("source", vm.String(fi.Source))
			r.SetStr("short_src", vm.String(fi.ShortSrc))
			r.SetStr("linedefined", vm.Int(int64(fi.LineDefined)))
			r.SetStr("lastlinedefined", vm.Int(int64(fi.LastLineDefined)))
			r.SetStr("what", vm.String(fi.What))
		case 'l':
			r.SetStr("currentline", vm.Int(int64(fi.CurrentLine)))
		case 'u':
			r.SetStr("nups", vm.Int(int64(fi.NUps)))
			r.SetStr("nparams", vm.Int(int64(fi.NParams)))
			r.SetStr("isvararg", vm.Bool(fi.IsVararg))
		case 'n':
			if fi.NameWhat != "" {
				r.SetStr("name", vm.String(fi.Name))
			}
			r.SetStr("namewhat", vm.String(fi.NameWhat))
		case 't':
			r.SetStr("istailcall", vm.Bool(fi.IsTailCall))
		case 'f':
			r.SetStr("func", fi.Func)
		case 'L':
			if lines := vm.ActiveLines(fi.Func); lines != nil {
				lt := vm.NewTable(0, len(lines))
				for _, l := range lines {
					lt.SetInt(int64(l), vm.True)
				}
				r.SetStr("activelines", vm.TableValue(lt))
			}
		}
	}
	t.Push(vm.TableValue(r))
	return 1
}

func dbgGetlocal(t *vm.Thread) int {
	th, a := threadArg(t)
	n := int(t.CheckInt(a + 1))
	if fn := t.Arg(a); fn.IsFunction() {
		name := vm.ParamName(fn, n)
		if name == "" {
			t.Push(vm.Nil)
			return 1
		}
		t.Push(vm.String(name))
		return 1
	}
	level := int(t.CheckInt(a))
	if !th.LevelExists(level) {
		t.ArgError(a, "level out of range")
	}
	name, v, ok := th.GetLocal(level, n)
	if !ok {
		t.Push(vm.Nil)
		return 1
	}
	t.Push(vm.String(name))
	t.Push(v)
	return 2
}

func dbgSetlocal(t *vm.Thread) int {
	th, a := threadArg(t)
	level := int(t.CheckInt(a))
	n := int(t.CheckInt(a + 1))
	v := t.CheckAny(a + 2)
	if !th.LevelExists(level) {
		t.ArgError(a, "level out of range")
	}
	name, ok := th.SetLocal(level, n, v)
	if !ok {
		t.Push(vm.Nil)
		return 1
	}
	t.Push(vm.String(name))
	return 1
}

func dbgGetmetatable(t *vm.Thread) int {
	v := t.CheckAny(1)
	if mt := t.State().Metatable(v); mt != nil {
		t.Push(vm.TableValue(mt))
	} else {
		t.Push(vm.Nil)
	}
	return 1
}

func dbgSetmetatable(t *vm.Thread) int {
	v := t.Arg(1)
	mv := t.Arg(2)
	if !mv.IsNil() && !mv.IsTable() {
		t.TypeError(2, "nil or table")
	}
	mt := mv.AsTable()
	switch v.Kind() {
	case vm.KindTable:
		t.State().Mutable(v.AsTable()).SetMetatable(mt)
	case vm.KindUserdata:
		v.AsUserdata().SetMetatable(mt)
	default:
		t.State().SetTypeMetatable(v.Kind(), mt)
	}
	t.Push(v)
	return 1
}

func dbgGetregistry(t *vm.Thread) int {
	t.Push(vm.TableValue(t.State().Registry()))
	return 1
}

func dbgGetupvalue(t *vm.Thread) int {
	fn := t.CheckFunction(1)
	name, v, ok := vm.GetUpvalue(fn, int(t.CheckInt(2)))
	if !ok {
		return 0
	}
	t.Push(vm.String(name))
	t.Push(v)
	return 2
}

func dbgSetupvalue(t *vm.Thread) int {
	fn := t.CheckFunction(1)
	n := int(t.CheckInt(2))
	v := t.CheckAny(3)
	name, ok := vm.SetUpvalue(fn, n, v)
	if !ok {
		return 0
	}
	t.Push(vm.String(name))
	return 1
}

func dbgGetuservalue(t *vm.Thread) int {
	u := t.Arg(1).AsUserdata()
	if u == nil {
		t.Push(vm.Nil)
		return 1
	}
	t.Push(u.User)
	return 1
}

func dbgSetuservalue(t *vm.Thread) int {
	u := t.Arg(1).AsUserdata()
	if u == nil {
		t.TypeError(1, "userdata")
	}
	u.User = t.CheckAny(2)
	t.Push(t.Arg(1))
	return 1
}

func dbgTraceback(t *vm.Thread) int {
	th, a := threadArg(t)
	msg := t.Arg(a)
	if !msg.IsNil() && !msg.IsString() && !msg.IsNumber() {
		t.Push(msg)
		return 1
	}
	def := int64(1)
	if th != t {
		def = 0
	}
	level := int(t.OptInt(a+1, def))
	var b strings.Builder
	if !msg.IsNil() {
		b.WriteString(t.CheckString(a))
		b.WriteByte('\n')
	}
	b.WriteString(th.Traceback(level))
	t.Push(vm.String(b.String()))
	return 1
}

func dbgUpvalueid(t *vm.Thread) int {
	fn := t.CheckFunction(1)
	id, ok := vm.UpvalueID(fn, int(t.CheckInt(2)))
	if !ok {
		t.ArgError(2, "invalid upvalue index")
	}
	t.Push(id)
	return 1
}

func dbgUpvaluejoin(t *vm.Thread) int {
	f1 := t.CheckFunction(1)
	n1 := int(t.CheckInt(2))
	f2 := t.CheckFunction(3)
	n2 := int(t.CheckInt(4))
	if _, ok := vm.UpvalueID(f1, n1); !ok {
		t.ArgError(2, "invalid upvalue index")
	}
	if _, ok := vm.UpvalueID(f2, n2); !ok {
		t.ArgError(4, "invalid upvalue index")
	}
	if f1.Kind() != vm.KindLuaFunction {
		t.ArgError(1, "Lua function expected")
	}
	if f2.Kind() != vm.KindLuaFunction {
		t.ArgError(3, "Lua function expected")
	}
	vm.UpvalueJoin(f1, n1, f2, n2)
	return 0
}
