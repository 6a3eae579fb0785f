package vm

import (
	"fmt"
	"runtime"
	"strings"

	"wippylua/lexer"
)

// Error is a Lua error in flight: any Lua value raised by error() or by
// the runtime. Go code sees it as the error returned by calls into Lua.
type Error struct {
	Value Value
	// Traceback is the stack traceback at the point of the error, filled in
	// when the error escapes to Go (Call, Run) and the thread is not
	// handling it.
	Traceback string
	// Abort is set for an error raised by Abort: nothing in Lua catches
	// it, and it carries the embedder's reason for ending the thread.
	Abort error
}

func (e *Error) Error() string {
	if e.Value.IsString() {
		return e.Value.AsString()
	}
	if e.Value.IsNumber() {
		return NumberToString(e.Value)
	}
	if e.Value.IsNil() {
		return "nil"
	}
	return fmt.Sprintf("(error object is a %s value)", e.Value.TypeName())
}

// Throw raises v as a Lua error. It does not return.
func (t *Thread) Throw(v Value) {
	panic(&Error{Value: v})
}

// Error raises a string error with the position of the calling Lua code
// prepended ("chunk:line: msg"), like luaL_error. It does not return.
func (t *Thread) Errorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	panic(&Error{Value: String(t.where(1) + msg)})
}

// runtimeError raises an error located at the current Lua instruction.
func (t *Thread) runtimeError(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	ci := t.ci()
	if ci.flags&ciLua != 0 {
		msg = t.lineOf(ci) + msg
	}
	panic(&Error{Value: String(msg)})
}

// lineOf returns "chunk:line: " for a Lua frame.
func (t *Thread) lineOf(ci *callInfo) string {
	p := ci.cl.proto
	return fmt.Sprintf("%s:%d: ", shortSource(p.Source), currentLine(ci))
}

// currentLine returns the source line being executed in a Lua frame, or -1.
func currentLine(ci *callInfo) int {
	p := ci.cl.proto
	pc := ci.pc - 1
	if pc < 0 {
		pc = 0
	}
	if pc < len(p.LineInfo) {
		return int(p.LineInfo[pc])
	}
	return -1
}

// where returns the position of the function at the given level (1 = the
// function that called the running Go function) as "chunk:line: ", or "".
func (t *Thread) where(level int) string {
	idx := len(t.frames) - 1 - level
	if idx < 0 {
		return ""
	}
	ci := t.frames[idx]
	if ci.flags&ciLua == 0 {
		return ""
	}
	if currentLine(ci) < 0 {
		return ""
	}
	return t.lineOf(ci)
}

// Where is the exported form of where, for libraries.
func (t *Thread) Where(level int) string { return t.where(level) }

// toError converts anything recovered from a panic into a Lua error. Go
// runtime failures (a bug in the runtime or a library) become Lua errors
// too, so that they never crash the host.
func toError(r any) *Error {
	switch e := r.(type) {
	case *Error:
		return e
	case runtime.Error:
		if strings.Contains(e.Error(), "stack overflow") {
			return &Error{Value: String("stack overflow")}
		}
		buf := make([]byte, 4096)
		n := runtime.Stack(buf, false)
		return &Error{Value: String("internal error: " + e.Error() + "\n" + string(buf[:n]))}
	case error:
		return &Error{Value: String(e.Error())}
	}
	return &Error{Value: String(fmt.Sprint(r))}
}

// shortSource converts a chunk name to the form used in messages.
func shortSource(src string) string { return lexer.ShortSource(src) }
