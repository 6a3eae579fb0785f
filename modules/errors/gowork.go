package errors

import (
	stderrors "errors"

	"wippylua/vm"
)

// Modules whose work runs away from the Lua thread (host.Await) build
// their failures as plain *Error values there, with a kind and the
// retryable flag but no Lua value, and turn them into error values with
// FromGoT once back on the thread.

// Fail returns a Go error carrying kind and msg, for FromGo and FromGoT.
func Fail(kind, msg string, retryable bool) *Error {
	if !ValidKind(kind) {
		kind = Unknown
	}
	return &Error{Kind: kind, Message: msg, Retryable: retryable}
}

// FromGoT is FromGo with the Lua traceback of t recorded as the stack of
// an error that has none, as NewT does.
func FromGoT(t *vm.Thread, err error) vm.Value {
	v := FromGo(t.State(), err)
	e, ok := Get(v)
	if !ok || e.Stack != "" {
		return v
	}
	var le *vm.Error
	if stderrors.As(err, &le) {
		return v // a Lua error value: it is the program's, keep it as it is
	}
	c := *e // error values are immutable: give the stack to a copy
	c.Stack = t.Traceback(1)
	return ToValue(t.State(), &c)
}
