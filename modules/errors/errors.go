package errors

import (
	"context"
	stderrors "errors"
	"io/fs"
	"os"

	"wippylua/vm"
)

// The error kinds of spec/runtime.md.
const (
	Unknown          = "UNKNOWN"
	Invalid          = "INVALID"
	NotFound         = "NOT_FOUND"
	AlreadyExists    = "ALREADY_EXISTS"
	PermissionDenied = "PERMISSION_DENIED"
	Timeout          = "TIMEOUT"
	Canceled         = "CANCELED"
	Unavailable      = "UNAVAILABLE"
	Internal         = "INTERNAL"
	Conflict         = "CONFLICT"
	RateLimited      = "RATE_LIMITED"
)

// Kinds lists every kind, in the order of the spec.
var Kinds = []string{
	Unknown, Invalid, NotFound, AlreadyExists, PermissionDenied, Timeout,
	Canceled, Unavailable, Internal, Conflict, RateLimited,
}

// ValidKind reports whether k is one of Kinds.
func ValidKind(k string) bool {
	for _, x := range Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// Error is the Go side of an error value. Values reachable from Lua are
// immutable: code holding an *Error from Get must not modify it (build a
// new one and call ToValue instead).
type Error struct {
	Kind      string
	Message   string // full message, including the context added by wraps
	Retryable bool
	// Details is nil or a table owned by the error; Lua only ever sees
	// copies of it.
	Details *vm.Table
	// Stack is the Lua traceback where the error was made ("" when it was
	// made from Go without a running thread).
	Stack string
	// Cause is the wrapped error value, or vm.Nil.
	Cause vm.Value
}

// Error returns the text form: "KIND: message", or the bare message for
// kind UNKNOWN.
func (e *Error) Error() string {
	if e.Kind == Unknown || e.Kind == "" {
		return e.Message
	}
	return e.Kind + ": " + e.Message
}

// Unwrap returns the Go form of the cause, so that the standard errors.Is
// and errors.As see through wraps.
func (e *Error) Unwrap() error {
	if c, ok := Get(e.Cause); ok {
		return c
	}
	return nil
}

// metaKey is the registry field holding the shared metatable. The name is
// one no Lua program would pick by accident.
const metaKey = "wippylua.errors.meta"

// Metatable returns the metatable of s's error values. The process
// runtime gives it to the error values it copies from another process
// (userdata whose Data is a new *Error) when they reach s.
func Metatable(s *vm.State) *vm.Table { return metatable(s) }

// metatable returns the State's error metatable, creating it on first use
// so that the Go helpers work even where Open was not called. It reads
// the registry without copying it: a State made from an image finds the
// image's (frozen, shared) metatable there.
func metatable(s *vm.State) *vm.Table {
	if mt := s.RegistryField(metaKey).AsTable(); mt != nil {
		return mt
	}
	methods := vm.NewTable(0, len(methodFuncs))
	for name, fn := range methodFuncs {
		methods.SetStr(name, vm.FunctionValue(vm.NewGoFunction(name, fn)))
	}
	mt := vm.NewTable(0, 8)
	mt.SetStr("__index", vm.TableValue(methods))
	mt.SetStr("__name", vm.String("error"))
	mt.SetStr("__metatable", vm.String("error"))
	mt.SetStr("__tostring", vm.FunctionValue(vm.NewGoFunction("tostring", errTostring)))
	mt.SetStr("__eq", vm.FunctionValue(vm.NewGoFunction("__eq", errEq)))
	mt.SetStr("__concat", vm.FunctionValue(vm.NewGoFunction("__concat", errConcat)))
	s.Registry().SetStr(metaKey, vm.TableValue(mt))
	return mt
}

// ToValue makes a Lua error value carrying e.
func ToValue(s *vm.State, e *Error) vm.Value {
	return vm.UserdataValue(vm.NewUserdata(e, metatable(s)))
}

// Get returns the *Error inside an error value.
func Get(v vm.Value) (*Error, bool) {
	u := v.AsUserdata()
	if u == nil {
		return nil, false
	}
	e, ok := u.Data.(*Error)
	return e, ok
}

// Kind returns the kind of an error value; ok is false for other values.
func Kind(v vm.Value) (kind string, ok bool) {
	if e, ok := Get(v); ok {
		return e.Kind, true
	}
	return "", false
}

// New makes an error value from Go, without a stack. An invalid kind
// becomes UNKNOWN rather than failing: a Go caller's mistake should not
// turn into a crash of the Lua program.
func New(s *vm.State, kind, msg string) vm.Value {
	if !ValidKind(kind) {
		kind = Unknown
	}
	return ToValue(s, &Error{Kind: kind, Message: msg})
}

// NewT is New with the Lua traceback of t recorded as the error's stack;
// library functions use it so that err:stack() shows the calling script.
func NewT(t *vm.Thread, kind, msg string) vm.Value {
	v := New(t.State(), kind, msg)
	e, _ := Get(v)
	e.Stack = t.Traceback(1)
	return v
}

// Wrap adds context to inner as errors.wrap does: nil gives nil, an error
// value keeps its kind, retryable flag and details, anything else is first
// turned into an UNKNOWN error (strings and numbers by their text).
func Wrap(s *vm.State, inner vm.Value, msg string) vm.Value {
	return wrap(s, inner, msg, "", nil)
}

// wrap implements Wrap; text converts non-error values other than strings
// and numbers (Lua's tostring), stack is the traceback to use when the
// chain has none.
func wrap(s *vm.State, inner vm.Value, msg, stack string, text func(vm.Value) string) vm.Value {
	if inner.IsNil() {
		return vm.Nil
	}
	ie, ok := Get(inner)
	if !ok {
		var m string
		switch {
		case inner.IsString():
			m = inner.AsString()
		case inner.IsNumber():
			m = vm.NumberToString(inner)
		case text != nil:
			m = text(inner)
		default:
			m = inner.TypeName()
		}
		ie = &Error{Kind: Unknown, Message: m, Stack: stack}
		inner = ToValue(s, ie)
	}
	e := &Error{
		Kind:      ie.Kind,
		Message:   msg + ": " + ie.Message,
		Retryable: ie.Retryable,
		Details:   ie.Details, // never mutated, so sharing is safe
		Stack:     ie.Stack,
		Cause:     inner,
	}
	if e.Stack == "" {
		e.Stack = stack
	}
	return ToValue(s, e)
}

// FromGo converts a Go error into an error value: nil gives nil; a
// *vm.Error gives the Lua value it carries (an error value stays itself,
// anything else becomes UNKNOWN); an *Error in the chain is used as is;
// well-known Go errors map to kinds (not exist → NOT_FOUND, exist →
// ALREADY_EXISTS, permission → PERMISSION_DENIED, deadline or a
// Timeout() error → TIMEOUT, context.Canceled → CANCELED); everything else
// is UNKNOWN. The message is err.Error().
func FromGo(s *vm.State, err error) vm.Value {
	if err == nil {
		return vm.Nil
	}
	var le *vm.Error
	if stderrors.As(err, &le) {
		if _, ok := Get(le.Value); ok {
			return le.Value
		}
	}
	var e *Error
	if stderrors.As(err, &e) {
		return ToValue(s, e)
	}
	return New(s, goKind(err), err.Error())
}

func goKind(err error) string {
	var te interface{ Timeout() bool }
	switch {
	case stderrors.Is(err, context.DeadlineExceeded), stderrors.Is(err, os.ErrDeadlineExceeded):
		return Timeout
	case stderrors.Is(err, context.Canceled):
		return Canceled
	case stderrors.Is(err, fs.ErrNotExist):
		return NotFound
	case stderrors.Is(err, fs.ErrExist):
		return AlreadyExists
	case stderrors.Is(err, fs.ErrPermission):
		return PermissionDenied
	case stderrors.As(err, &te) && te.Timeout():
		return Timeout
	}
	return Unknown
}

// copyTable returns a shallow copy of t (raw: metamethods are not run).
func copyTable(t *vm.Table) *vm.Table {
	c := vm.NewTable(0, 4)
	k := vm.Nil
	for {
		nk, v, ok := t.Next(k)
		if !ok || nk.IsNil() {
			return c
		}
		c.Set(nk, v)
		k = nk
	}
}
