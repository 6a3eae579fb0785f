// Package errors owns the error values of the runtime: the `errors`
// global of spec/runtime.md and the Go helpers other runtime modules use
// to build the `err` half of their `value, err` returns.
//
// An error value is a userdata whose Data is an *Error and whose
// metatable is shared by every error of one vm.State (kept in the
// registry), so `type(err)` is "userdata", `getmetatable(err).__name` is
// "error", and Go code recognises error values with Get or Kind.
//
// Lua API (installed by Open):
//
//	errors.UNKNOWN, errors.INVALID, ... -- the kinds, as strings
//	errors.new(msg)                     -- kind UNKNOWN
//	errors.new{message=, kind=, retryable=, details=}
//	errors.wrap(err, msg)               -- nil stays nil
//	errors.is(err, kind)                -- or errors.is(err, other_err)
//	err:message() err:kind() err:retryable() err:details()
//	err:stack() err:unwrap()
//
// Decisions the spec leaves open:
//
//   - Text form (tostring, and the Error method in Go): "KIND: message",
//     except that kind UNKNOWN shows the bare message, so an error made
//     from a plain string prints as that string. The stack is never part
//     of the text; ask err:stack() for it.
//   - wrap(err, msg): the message becomes "msg: inner message"; kind,
//     retryable and details are kept; unwrap() returns the inner error.
//     Wrapping a string (or any other non-error, non-nil value, converted
//     with tostring) first makes an UNKNOWN error of it, which becomes the
//     cause. The wrapper keeps the stack of the innermost error that has
//     one, because where the failure started is what a reader needs.
//   - is(err, kind) walks the unwrap chain; a kind that is not one of the
//     eleven raises (a typo there would otherwise silently be false).
//     With an error value as second argument it tests identity along the
//     chain. Non-error first arguments give false.
//   - details are copied (shallow) when the error is made and again by
//     every details() call, so an error cannot be changed after creation.
//   - retryable defaults to false for every kind.
//   - Errors are immutable, compare equal only to themselves (__eq by
//     identity), and also concatenate with strings ("x: " .. err).
//   - The metatable is protected (__metatable = "error") so scripts cannot
//     change the behaviour of all errors of a State.
package errors
