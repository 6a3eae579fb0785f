package stdlib

import (
	"strings"

	"wippylua/stdlib/lstrings"
	"wippylua/vm"
)

// string.find, match, gmatch and gsub: the Lua side of the pattern
// matcher in lstrings.

// strPatternStepLimit, when positive, bounds the matching steps of each
// search (lstrings.Matcher.MaxSteps). Lua has no such limit, so it is 0;
// the fuzz tests set it to keep every call short.
var strPatternStepLimit int

func strFind(t *vm.Thread) int  { return strFindAux(t, true) }
func strMatch(t *vm.Thread) int { return strFindAux(t, false) }

func strFindAux(t *vm.Thread, find bool) int {
	s := t.CheckString(1)
	p := t.CheckString(2)
	init := strPosrelat(t.OptInt(3, 1), len(s))
	if init < 1 {
		init = 1
	} else if init > int64(len(s))+1 { // starts after the end: nothing to find
		t.Push(vm.Nil)
		return 1
	}
	if find && (t.Arg(4).Truthy() || !lstrings.HasSpecials(p)) {
		// A plain search.
		if i := strings.Index(s[init-1:], p); i >= 0 {
			start := int(init) - 1 + i
			t.Push(vm.Int(int64(start + 1)))
			t.Push(vm.Int(int64(start + len(p))))
			return 2
		}
		t.Push(vm.Nil)
		return 1
	}
	anchor := len(p) > 0 && p[0] == '^'
	if anchor {
		p = p[1:]
	}
	m := lstrings.Matcher{MaxSteps: strPatternStepLimit}
	m.Reset(s, p)
	start, end, err := m.Find(int(init)-1, anchor, -1)
	if err != nil {
		t.Errorf("%s", err.Error())
	}
	if start < 0 {
		t.Push(vm.Nil)
		return 1
	}
	if find {
		t.Push(vm.Int(int64(start + 1)))
		t.Push(vm.Int(int64(end)))
		return 2 + strPushCaptures(t, &m, start, end, false)
	}
	return strPushCaptures(t, &m, start, end, true)
}

// strPushCaptures pushes the captures of the last match of m, or when there
// are none and whole is set, the whole match src[s:e].
func strPushCaptures(t *vm.Thread, m *lstrings.Matcher, s, e int, whole bool) int {
	n := m.Level()
	if n == 0 && whole {
		n = 1
	}
	for i := 0; i < n; i++ {
		t.Push(strCapture(t, m, i, s, e))
	}
	return n
}

// strCapture returns capture i of the last match: its text, its
// position for "()", or the whole match src[s:e] when i is 0 and the
// pattern has no captures.
func strCapture(t *vm.Thread, m *lstrings.Matcher, i, s, e int) vm.Value {
	if i >= m.Level() {
		if i != 0 {
			t.Errorf("invalid capture index %%%d", i+1)
		}
		return vm.String(m.Src()[s:e])
	}
	c := m.Capture(i)
	switch c.Len {
	case lstrings.CapUnfinished:
		t.Errorf("unfinished capture")
	case lstrings.CapPosition:
		return vm.Int(int64(c.Init + 1))
	}
	return vm.String(m.Src()[c.Init : c.Init+c.Len])
}

// strGmatchState is the state of one string.gmatch iterator.
type strGmatchState struct {
	m    lstrings.Matcher
	pos  int // where the next search starts
	last int // end of the last match, to skip an empty match there
}

func strGmatch(t *vm.Thread) int {
	s := t.CheckString(1)
	p := t.CheckString(2)
	// In 5.3 gmatch has no anchor: a leading '^' matches itself.
	g := &strGmatchState{last: -1}
	g.m.MaxSteps = strPatternStepLimit
	g.m.Reset(s, p)
	iter := vm.NewGoFunction("gmatch_aux", func(t *vm.Thread) int {
		start, end, err := g.m.Find(g.pos, false, g.last)
		if err != nil {
			t.Errorf("%s", err.Error())
		}
		if start < 0 {
			return 0
		}
		g.pos, g.last = end, end
		return strPushCaptures(t, &g.m, start, end, true)
	})
	t.Push(vm.FunctionValue(iter))
	return 1
}

func strGsub(t *vm.Thread) int {
	src := t.CheckString(1)
	p := t.CheckString(2)
	repl := t.Arg(3)
	maxN := t.OptInt(4, int64(len(src))+1)
	kind := repl.Kind()
	switch kind {
	case vm.KindInt, vm.KindFloat:
		repl = vm.String(vm.NumberToString(repl))
		kind = vm.KindString
	case vm.KindString, vm.KindTable, vm.KindLuaFunction, vm.KindGoFunction:
	default:
		t.ArgError(3, "string/function/table expected")
	}
	anchor := len(p) > 0 && p[0] == '^'
	if anchor {
		p = p[1:]
	}
	m := lstrings.Matcher{MaxSteps: strPatternStepLimit}
	m.Reset(src, p)
	var b strings.Builder
	var args []vm.Value // arguments for a function replacement, reused
	pos, last := 0, -1
	var n int64
	for n < maxN {
		start, end, err := m.Find(pos, anchor, last)
		if err != nil {
			t.Errorf("%s", err.Error())
		}
		if start < 0 {
			break
		}
		n++
		if b.Len() == 0 {
			b.Grow(len(src))
		}
		b.WriteString(src[pos:start])
		switch kind {
		case vm.KindString:
			strAddReplString(t, &m, &b, start, end, repl.AsString())
		default:
			args = strAddReplValue(t, &m, &b, start, end, repl, args)
		}
		if b.Len() > strMaxSize {
			t.Errorf("not enough memory")
		}
		pos, last = end, end
		if anchor {
			break
		}
	}
	if n == 0 {
		t.Push(vm.String(src)) // nothing replaced: the subject itself
	} else {
		b.WriteString(src[pos:])
		t.Push(vm.String(b.String()))
	}
	t.Push(vm.Int(n))
	return 2
}

// strAddReplString appends the replacement string r for the match src[s:e],
// expanding %0-%9 and %%.
func strAddReplString(t *vm.Thread, m *lstrings.Matcher, b *strings.Builder, s, e int, r string) {
	for {
		i := strings.IndexByte(r, '%')
		if i < 0 {
			b.WriteString(r)
			return
		}
		b.WriteString(r[:i])
		var d byte // what follows the '%'; lua5.3 sees the NUL terminator at the end
		if i+1 < len(r) {
			d = r[i+1]
		}
		switch {
		case d == '0':
			b.WriteString(m.Src()[s:e])
		case lstrings.IsDigit(d):
			v := strCapture(t, m, int(d-'1'), s, e)
			if v.IsInt() {
				b.WriteString(vm.NumberToString(v))
			} else {
				b.WriteString(v.AsString())
			}
		case d == '%':
			b.WriteByte('%')
		default:
			t.Errorf("invalid use of '%%' in replacement string")
		}
		r = r[min(i+2, len(r)):]
	}
}

// strAddReplValue appends the value a table or function replacement gives
// for the match src[s:e]; false or nil keep the match unchanged. args is
// scratch space for the call's arguments, returned for reuse.
func strAddReplValue(t *vm.Thread, m *lstrings.Matcher, b *strings.Builder, s, e int, repl vm.Value, args []vm.Value) []vm.Value {
	var v vm.Value
	if repl.IsTable() {
		v = t.Index(repl, strCapture(t, m, 0, s, e))
	} else {
		n := max(m.Level(), 1)
		args = args[:0]
		for i := 0; i < n; i++ {
			args = append(args, strCapture(t, m, i, s, e))
		}
		v = t.CallValue(repl, args...)
	}
	switch {
	case !v.Truthy():
		b.WriteString(m.Src()[s:e])
	case v.IsString():
		b.WriteString(v.AsString())
	case v.IsNumber():
		b.WriteString(vm.NumberToString(v))
	default:
		t.Errorf("invalid replacement value (a %s)", v.TypeName())
	}
	return args
}
