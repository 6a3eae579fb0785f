package vm

import (
	"fmt"
	"strings"
)

// FrameInfo describes one active function, like lua_Debug.
type FrameInfo struct {
	Source          string // chunk name
	ShortSrc        string
	CurrentLine     int
	LineDefined     int
	LastLineDefined int
	What            string // "Lua", "C" (Go functions), "main"
	Name            string
	NameWhat        string // "global", "local", "method", "field", "upvalue", "metamethod", "for iterator", ""
	NUps            int
	NParams         int
	IsVararg        bool
	IsTailCall      bool
	Func            Value
}

// StackDepth returns the number of active frames (level 0 is the running
// function).
func (t *Thread) StackDepth() int { return len(t.frames) - 1 }

// FrameAt describes the function at the given level (0 = the running
// function, usually the Go function asking). ok is false beyond the stack.
func (t *Thread) FrameAt(level int) (fi FrameInfo, ok bool) {
	idx := len(t.frames) - 1 - level
	if level < 0 || idx < 1 {
		return fi, false
	}
	ci := t.frames[idx]
	fi = describeFunc(t.stack[ci.fn])
	fi.CurrentLine = -1
	if ci.flags&ciLua != 0 {
		fi.CurrentLine = currentLine(ci)
	}
	fi.IsTailCall = ci.flags&ciTail != 0
	fi.NameWhat, fi.Name = t.funcNameFromCall(idx)
	return fi, true
}

// DescribeFunction returns the static information about a function value.
func DescribeFunction(fn Value) FrameInfo { return describeFunc(fn) }

func describeFunc(fn Value) FrameInfo {
	fi := FrameInfo{Func: fn, CurrentLine: -1}
	switch fn.Kind() {
	case KindLuaFunction:
		cl := fn.closure()
		p := cl.proto
		fi.Source = p.Source
		fi.ShortSrc = shortSource(p.Source)
		fi.LineDefined = p.LineDefined
		fi.LastLineDefined = p.LastLineDefined
		fi.What = "Lua"
		if p.LineDefined == 0 {
			fi.What = "main"
		}
		fi.NUps = len(cl.upvals)
		fi.NParams = p.NumParams
		fi.IsVararg = p.IsVararg
	default:
		fi.Source = "=[C]"
		fi.ShortSrc = "[C]"
		fi.LineDefined = -1
		fi.LastLineDefined = -1
		fi.What = "C"
		fi.IsVararg = true
	}
	return fi
}

// Traceback returns "stack traceback:" followed by one line per active
// frame from level on, in lua5.3's format.
func (t *Thread) Traceback(level int) string {
	var b strings.Builder
	b.WriteString("stack traceback:")
	n := len(t.frames) - 1
	const head, tail = 10, 11
	for lv := level; lv < n; lv++ {
		if n-level > head+tail && lv == level+head {
			// lua5.3 shows the first ten and the last eleven levels.
			b.WriteString("\n\t...")
			lv = n - tail - 1
			continue
		}
		fi, ok := t.FrameAt(lv)
		if !ok {
			break
		}
		if fi.CurrentLine <= 0 {
			fmt.Fprintf(&b, "\n\t%s: in ", fi.ShortSrc)
		} else {
			fmt.Fprintf(&b, "\n\t%s:%d: in ", fi.ShortSrc, fi.CurrentLine)
		}
		b.WriteString(t.describeForTraceback(fi))
		if fi.IsTailCall {
			b.WriteString("\n\t(...tail calls...)")
		}
	}
	return b.String()
}

func (t *Thread) describeForTraceback(fi FrameInfo) string {
	if name := t.globalFuncName(fi.Func); name != "" {
		return fmt.Sprintf("function '%s'", name)
	}
	switch {
	case fi.NameWhat != "":
		return fmt.Sprintf("%s '%s'", fi.NameWhat, fi.Name)
	case fi.What == "main":
		return "main chunk"
	case fi.What != "C":
		return fmt.Sprintf("function <%s:%d>", fi.ShortSrc, fi.LineDefined)
	}
	return "?"
}

// globalFuncName looks for fn in the loaded modules (package.loaded) like
// lua5.3's traceback: "print", "string.format".
func (t *Thread) globalFuncName(fn Value) string {
	loaded := t.state.registryView().GetStr("_LOADED")
	if loaded.Kind() != KindTable {
		return ""
	}
	lt := t.state.view(loaded.table())
	best := ""
	var k, v Value
	for {
		var ok bool
		k, v, ok = lt.Next(k)
		if !ok || k.IsNil() {
			break
		}
		if !k.IsString() || v.Kind() != KindTable {
			continue
		}
		mod := t.state.view(v.table())
		var fk, fv Value
		for {
			fk, fv, ok = mod.Next(fk)
			if !ok || fk.IsNil() {
				break
			}
			if fk.IsString() && RawEquals(fv, fn) {
				name := k.AsString() + "." + fk.AsString()
				if k.AsString() == "_G" {
					name = fk.AsString()
				}
				if best == "" || len(name) < len(best) {
					best = name
				}
			}
		}
	}
	return best
}
