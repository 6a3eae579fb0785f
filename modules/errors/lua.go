package errors

import (
	"wippylua/vm"
)

// Open installs the `errors` global (and package.loaded.errors when the
// package library is open, so tracebacks say "errors.new").
func Open(s *vm.State) {
	lib := vm.NewTable(0, 16)
	for _, k := range Kinds {
		lib.SetStr(k, vm.String(k))
	}
	for name, fn := range libFuncs {
		lib.SetStr(name, vm.FunctionValue(vm.NewGoFunction(name, fn)))
	}
	metatable(s)
	s.Globals().SetStr("errors", vm.TableValue(lib))
	if loaded := s.Registry().GetStr("_LOADED").AsTable(); loaded != nil {
		loaded.SetStr("errors", vm.TableValue(lib))
	}
}

var libFuncs = map[string]func(t *vm.Thread) int{
	"new":  libNew,
	"wrap": libWrap,
	"is":   libIs,
}

var methodFuncs = map[string]func(t *vm.Thread) int{
	"message":   methodMessage,
	"kind":      methodKind,
	"retryable": methodRetryable,
	"details":   methodDetails,
	"stack":     methodStack,
	"unwrap":    methodUnwrap,
}

// libNew: errors.new(msg) or errors.new{message=, kind=, retryable=, details=}.
func libNew(t *vm.Thread) int {
	arg := t.Arg(1)
	e := &Error{Kind: Unknown, Stack: t.Traceback(1)}
	switch {
	case arg.IsString() || arg.IsNumber():
		e.Message = t.CheckString(1)
	case arg.IsTable():
		opts := arg.AsTable()
		msg := opts.GetStr("message")
		if !msg.IsString() {
			t.ArgError(1, "field 'message' must be a string")
		}
		e.Message = msg.AsString()
		if k := opts.GetStr("kind"); !k.IsNil() {
			if !k.IsString() || !ValidKind(k.AsString()) {
				t.ArgError(1, "invalid error kind '"+t.ToStringMeta(k)+"'")
			}
			e.Kind = k.AsString()
		}
		switch r := opts.GetStr("retryable"); r.Kind() {
		case vm.KindNil:
		case vm.KindBool:
			e.Retryable = r.AsBool()
		default:
			t.ArgError(1, "field 'retryable' must be a boolean")
		}
		switch d := opts.GetStr("details"); d.Kind() {
		case vm.KindNil:
		case vm.KindTable:
			e.Details = copyTable(d.AsTable())
		default:
			t.ArgError(1, "field 'details' must be a table")
		}
	default:
		t.TypeError(1, "string or table")
	}
	t.Push(ToValue(t.State(), e))
	return 1
}

// libWrap: errors.wrap(err, msg).
func libWrap(t *vm.Thread) int {
	inner := t.Arg(1)
	msg := t.CheckString(2)
	if inner.IsNil() {
		t.Push(vm.Nil)
		return 1
	}
	t.Push(wrap(t.State(), inner, msg, t.Traceback(1), t.ToStringMeta))
	return 1
}

// libIs: errors.is(err, kind) or errors.is(err, other).
func libIs(t *vm.Thread) int {
	target := t.Arg(2)
	want, byIdentity := Get(target)
	if !byIdentity {
		k := t.CheckString(2)
		if !ValidKind(k) {
			t.ArgError(2, "invalid error kind '"+k+"'")
		}
	}
	found := false
	// The chain is finite: every wrap makes a new value pointing at an
	// older one, so there is no cycle to guard against.
	for v := t.Arg(1); ; {
		e, ok := Get(v)
		if !ok {
			break
		}
		if (byIdentity && e == want) || (!byIdentity && e.Kind == target.AsString()) {
			found = true
			break
		}
		v = e.Cause
	}
	t.Push(vm.Bool(found))
	return 1
}

// checkError returns argument n as an error, raising the usual
// "bad argument" error otherwise.
func checkError(t *vm.Thread, n int) *Error {
	e, ok := Get(t.Arg(n))
	if !ok {
		t.TypeError(n, "error")
	}
	return e
}

func methodMessage(t *vm.Thread) int {
	t.Push(vm.String(checkError(t, 1).Message))
	return 1
}

func methodKind(t *vm.Thread) int {
	t.Push(vm.String(checkError(t, 1).Kind))
	return 1
}

func methodRetryable(t *vm.Thread) int {
	t.Push(vm.Bool(checkError(t, 1).Retryable))
	return 1
}

func methodDetails(t *vm.Thread) int {
	e := checkError(t, 1)
	if e.Details == nil {
		t.Push(vm.Nil)
	} else {
		t.Push(vm.TableValue(copyTable(e.Details)))
	}
	return 1
}

func methodStack(t *vm.Thread) int {
	t.Push(vm.String(checkError(t, 1).Stack))
	return 1
}

func methodUnwrap(t *vm.Thread) int {
	t.Push(checkError(t, 1).Cause)
	return 1
}

func errTostring(t *vm.Thread) int {
	t.Push(vm.String(checkError(t, 1).Error()))
	return 1
}

// errEq is only consulted when the operands are not the same object, and
// errors are equal only to themselves.
func errEq(t *vm.Thread) int {
	a, _ := Get(t.Arg(1))
	b, _ := Get(t.Arg(2))
	t.Push(vm.Bool(a != nil && a == b))
	return 1
}

// errConcat lets scripts write "failed: " .. err, the most common thing
// done with an error besides returning it.
func errConcat(t *vm.Thread) int {
	part := func(n int) string {
		v := t.Arg(n)
		if e, ok := Get(v); ok {
			return e.Error()
		}
		if v.IsString() {
			return v.AsString()
		}
		if v.IsNumber() {
			return vm.NumberToString(v)
		}
		t.Errorf("attempt to concatenate a %s value", v.TypeName())
		return ""
	}
	a := part(1)
	t.Push(vm.String(a + part(2)))
	return 1
}
