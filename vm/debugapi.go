package vm

// Introspection for the debug library: locals, upvalues and hooks.

// frameAt returns the frame at a debug level (0 = the running function).
func (t *Thread) frameAt(level int) *callInfo {
	idx := len(t.frames) - 1 - level
	if level < 0 || idx < 1 {
		return nil
	}
	return t.frames[idx]
}

// localSlot finds local n of the frame at level: its name and stack index.
// Negative n names the extra (vararg) arguments of a Lua function.
func (t *Thread) localSlot(level, n int) (name string, idx int, ok bool) {
	ci := t.frameAt(level)
	if ci == nil {
		return "", 0, false
	}
	base := ci.base
	if ci.flags&ciLua != 0 {
		if n < 0 {
			np := ci.cl.proto.NumParams
			nvar := ci.base - ci.fn - 1 - np
			if -n > nvar {
				return "", 0, false
			}
			return "(*vararg)", ci.fn + np - n, true
		}
		name = localName(ci.cl.proto, n, ci.pc-1)
	}
	if name == "" {
		limit := t.top
		if ci != t.ci() {
			limit = t.frames[t.frameIndex(ci)+1].fn
		}
		if n <= 0 || limit-base < n {
			return "", 0, false
		}
		name = "(*temporary)"
	}
	return name, base + n - 1, true
}

func (t *Thread) frameIndex(ci *callInfo) int {
	for i := len(t.frames) - 1; i >= 0; i-- {
		if t.frames[i] == ci {
			return i
		}
	}
	return -1
}

// LevelExists reports whether a stack level exists.
func (t *Thread) LevelExists(level int) bool { return t.frameAt(level) != nil }

// GetLocal returns the name and value of local n at the given level, or
// ok=false.
func (t *Thread) GetLocal(level, n int) (name string, v Value, ok bool) {
	name, idx, ok := t.localSlot(level, n)
	if !ok {
		return "", Nil, false
	}
	return name, t.stack[idx], true
}

// SetLocal assigns local n at the given level and returns its name.
func (t *Thread) SetLocal(level, n int, v Value) (string, bool) {
	name, idx, ok := t.localSlot(level, n)
	if !ok {
		return "", false
	}
	t.stack[idx] = v
	return name, true
}

// ParamName returns the name of parameter n of a Lua function (debug.getlocal
// with a function argument).
func ParamName(fn Value, n int) string {
	if fn.Kind() != KindLuaFunction {
		return ""
	}
	p := fn.closure().proto
	if n < 1 || n > p.NumParams {
		return ""
	}
	return localName(p, n, 0)
}

// upval returns upvalue n (1-based) of a Lua function.
func upval(fn Value, n int) (*Closure, *Upvalue, bool) {
	if fn.Kind() != KindLuaFunction {
		return nil, nil, false
	}
	c := fn.closure()
	if n < 1 || n > len(c.upvals) {
		return nil, nil, false
	}
	return c, c.upvals[n-1], true
}

// GetUpvalue returns the name and value of upvalue n of a function. Go
// functions have no upvalues.
func GetUpvalue(fn Value, n int) (name string, v Value, ok bool) {
	c, u, ok := upval(fn, n)
	if !ok {
		return "", Nil, false
	}
	return upvalName(c.proto, n-1), *u.v, true
}

// SetUpvalue assigns upvalue n of a function and returns its name.
func SetUpvalue(fn Value, n int, v Value) (string, bool) {
	c, u, ok := upval(fn, n)
	if !ok {
		return "", false
	}
	*u.v = v
	return upvalName(c.proto, n-1), true
}

// UpvalueID returns an identity for upvalue n of a function, a userdata
// made once per upvalue: two closures share the upvalue exactly when the
// identities are equal.
func UpvalueID(fn Value, n int) (Value, bool) {
	_, u, ok := upval(fn, n)
	if !ok {
		return Nil, false
	}
	if u.id == nil {
		u.id = NewUserdata(u, nil)
	}
	return UserdataValue(u.id), true
}

// UpvalueJoin makes upvalue n1 of f1 refer to upvalue n2 of f2.
func UpvalueJoin(f1 Value, n1 int, f2 Value, n2 int) bool {
	c1, _, ok1 := upval(f1, n1)
	_, u2, ok2 := upval(f2, n2)
	if !ok1 || !ok2 {
		return false
	}
	c1.upvals[n1-1] = u2
	return true
}

// ActiveLines returns the lines that have code in a Lua function.
func ActiveLines(fn Value) []int {
	if fn.Kind() != KindLuaFunction {
		return nil
	}
	var lines []int
	seen := map[int32]bool{}
	for _, l := range fn.closure().proto.LineInfo {
		if !seen[l] {
			seen[l] = true
			lines = append(lines, int(l))
		}
	}
	return lines
}

// Hook event masks (debug.sethook's "c", "r", "l" and count).
const (
	HookCall   = 1 << iota // "c"
	HookReturn             // "r"
	HookLine               // "l"
	HookCount              // count > 0
)

// SetHook installs fn as the thread's debug hook for the events in mask;
// count > 0 also calls it every count instructions. A nil fn or zero mask
// removes the hook.
func (t *Thread) SetHook(fn Value, mask uint8, count int) {
	if count > 0 {
		mask |= HookCount
	} else {
		mask &^= HookCount
	}
	if fn.IsNil() || mask == 0 {
		fn, mask, count = Nil, 0, 0
	}
	t.hook, t.hookMask, t.hookCount, t.hookLeft = fn, mask, count, count
}

// Hook returns the thread's hook, mask and count.
func (t *Thread) Hook() (Value, uint8, int) { return t.hook, t.hookMask, t.hookCount }

// callHook runs the hook function for an event.
func (t *Thread) callHook(event string, line int) {
	if t.inHook || t.hook.IsNil() {
		return
	}
	t.inHook = true
	defer func() { t.inHook = false }()
	base := t.top
	if ci := t.ci(); ci.flags&ciLua != 0 && ci.top > base {
		base = ci.top
	}
	t.top = base
	t.ensure(3 + minGoStack)
	t.stack[base] = t.hook
	t.stack[base+1] = String(event)
	t.stack[base+2] = Nil
	if line >= 0 {
		t.stack[base+2] = Int(int64(line))
	}
	t.top = base + 3
	depth := len(t.frames)
	t.callTop(base, 0)
	if len(t.frames) > depth {
		t.frames = t.frames[:depth]
	}
	t.top = base
}

// onInstruction runs the count and line hooks before an instruction of a
// Lua frame (the loop calls it only while a hook is set).
func (t *Thread) onInstruction(ci *callInfo) {
	if t.inHook {
		return
	}
	counted := false
	if t.hookMask&HookCount != 0 {
		t.hookLeft--
		if t.hookLeft <= 0 {
			t.hookLeft = t.hookCount
			t.callHook("count", -1)
			counted = true
		}
	}
	if t.hookMask&HookLine != 0 {
		p := ci.cl.proto
		npc := ci.pc - 1
		if npc < len(p.LineInfo) {
			line := int(p.LineInfo[npc])
			old := ci.hookPC
			// A new line, a jump back, entering the function, or (as in
			// lua5.3, where returning from the count hook resets the last
			// traced pc) right after a count event.
			if npc == 0 || counted || npc <= old || old >= len(p.LineInfo) || line != int(p.LineInfo[old]) {
				t.callHook("line", line)
			}
		}
		ci.hookPC = npc
	}
}

// hookCall and hookReturn run the call and return hooks.
func (t *Thread) hookCall(tail bool) {
	if t.hookMask&HookCall == 0 || t.inHook {
		return
	}
	if tail {
		t.callHook("tail call", -1)
	} else {
		t.callHook("call", -1)
	}
}

func (t *Thread) hookReturn() {
	if t.hookMask&HookReturn == 0 || t.inHook {
		return
	}
	t.callHook("return", -1)
}
