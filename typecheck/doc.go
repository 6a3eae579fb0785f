// Package typecheck is the static checker of the gradual type system of
// spec/types.md: Check walks a parsed chunk, infers the type of every
// expression, checks them against the annotations and the declared
// signatures of the standard library and the runtime, and returns
// diagnostics. It is what `wippy-lua check` runs.
//
// It owns the checking rules, the diagnostic codes (codes.go) and their
// output formats (diag.go), and the declaration files of the library
// (builtins/*.d.lua). The type model itself (representation, printing,
// subtyping, resolution of annotations) belongs to package types. typecheck
// imports ast, parser (to read its declaration files), lexer, types and
// stdlib/lstrings (the library's format items and Lua patterns, to check
// string.format formats and @pattern literals as the run time does); it
// must not import the compiler, the VM or anything that runs code.
//
// # Checking
//
// The check is one pass over the chunk in program order, after a scope
// pass (resolve.go) that binds every name to its local (idents.go) and
// notes which locals are assigned after their declaration, with what, and
// which are assigned inside each loop. Work per expression is bounded
// (unions built by joins are capped, subtype queries cached in a bounded
// cache, inference depth limited, the field paths a flow state knows
// capped), and the tables that grow with the input are read in about
// source order (no hash table with an entry per identifier or
// expression: with Config.OmitTypes, as wippy-lua check runs, Info.Types
// is not filled), so checking time grows linearly with the size of the
// input: bench/cmd/checkbench measures it (bench/RESULTS.md).
//
// Inference:
//   - An unannotated local takes the type of its initialiser, with literal
//     types widened to their primitive (`local x = 1` is integer,
//     `local s = "a"` string). When the local is assigned again anywhere,
//     flow analysis tracks the type of the value it holds at each point,
//     and its declared type, what closures and code after a label see, is
//     the union of its initialiser and of every value assigned to it, as
//     far as their types can be told before checking them (mutable.go);
//     any when they cannot.
//   - Unannotated parameters are any, unless the function is an argument
//     or assigned where a function type is expected (callbacks), which
//     gives them the expected parameter types.
//   - Unannotated results are inferred from the return statements (one
//     that always raises returns never).
//   - Table constructors are checked against the expected table type when
//     there is one; otherwise an array (all entries positional) or a
//     record of the named fields, marked Open: it may still gain fields
//     (`local M = {}; function M.f() end` adds f to M's type) and converts
//     leniently (see types.Assignable).
//   - Generic functions get their type arguments inferred from the
//     arguments (function literals last, so that their parameters see the
//     types the other arguments determined).
//
// Flow-sensitive narrowing (narrow.go) refines locals and constant field
// paths below locals: truthiness, `not`, `and`/`or`, `x == nil`,
// `type(x) == "string"`, `math.type(x) == "integer"`, comparisons with
// literals, a literal or truthy field of a union of records (tagged
// unions), `T:is(x)`, `assert(x)`, assignments, and the end of a branch by
// return, break, goto or a call that never returns (error, os.exit). After
// `local v, err = f()` where f returns a value that may be nil and an
// error that may be nil, knowing err is nil means v is not, so the idiom
// `if err then return nil, err end` leaves v non-nil. A narrowing of a
// local holds in the closures defined after it only when the local is
// never assigned again; a loop forgets the narrowings of what its body
// assigns; a label forgets everything, since a goto may jump to it.
//
// # Strictness
//
// Plain Lua programs must check clean: they carry no annotations, and
// Lua programs (test suites especially) raise errors on purpose. So a
// chunk is checked in one of two modes:
//
//   - Strict (a chunk with any annotation, or --!strict): every problem
//     found is reported.
//   - Non-strict (a chunk without annotations, or --!nonstrict): problems
//     are reported only where an annotation is involved: the expectation
//     comes from one (an annotated local, parameter, result or field, a
//     function type written by the user, a cast), or the value does (it is
//     typed: it comes from an annotated local or function, directly or
//     through operators, calls and field accesses). Library signatures
//     alone do not make an expectation there, so `math.sin("x")` inside a
//     pcall is left to the run time.
//
// Config.Mode overrides the choice, and ModeOf reads the pragma comments.
// In both modes the library's number parameters accept numeric string
// literals and its string parameters numbers, as Lua converts them.
//
// # Library declarations
//
// The standard library, the runtime globals (process, channel, errors,
// coroutine.spawn, the type values number, integer, string...) and the
// runtime modules (require("json"), require("time")) are declared in the
// annotation syntax in builtins/*.d.lua, parsed when the first check
// starts. A few functions get special treatment beyond their signatures:
// select('#', ...), require with a literal name (in an app entry, a name
// its modules and imports do not list is a MODULE_NOT_ALLOWED error:
// Config.Allowed; require("channel") and require("process") are the
// globals), pcall and xpcall (the protected call is checked as a call),
// assert (narrowing), type and math.type (narrowing), string.format with
// a literal format (each item against its argument: format.go), T:is(v)
// and T(v) on type values, and T:field("name"), T:elem(), T:key(),
// T:val(), T:inner() and T.name when T's type is known. A program that
// assigns a library global gets any for it; one that adds fields to a
// library table (`function string.trim() end`) may read unknown fields of
// it.
//
// # Diagnostics
//
// Each problem is one Diagnostic with a stable code (codes.go), a position
// (line and column, and the end column when easy to know) and a message
// saying what was expected, what was found, and where the expectation
// comes from. WriteText prints `file:line:col: severity[CODE]: message`,
// WritePretty adds the source line and a caret, WriteJSON an array of
// objects for tools.
package typecheck
