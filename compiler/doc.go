// Package compiler turns a syntax tree (package ast) into a function
// prototype (package bytecode) that the VM runs.
//
// The package owns everything between the tree and the bytecode: register
// allocation, scopes and local variables, upvalue resolution, constant
// tables and constant folding, jump lists and short-circuit code, goto and
// labels, and the debug information (line per instruction, local variable
// ranges, upvalue names). It imports only ast, bytecode, lexer (for
// lexer.Error, the error type shared with the lexer and parser),
// internal/libm (to fold `^` as the VM computes it), types (to resolve
// and encode type aliases) and typecheck (for the static types typeof
// needs); it never imports the VM.
//
// The generated code follows lua5.3's code generator (lparser.c/lcode.c)
// closely: the same instruction sequences, register numbers, constant order
// and line numbers for the same program, as far as the tree carries the
// information. This is not cosmetic. The VM names variables in error
// messages ("attempt to call a nil value (global 'f')") by symbolic
// execution of the bytecode, and reports lines from the line table, so both
// must look like lua5.3's for messages to match.
//
// Because the input is a tree rather than a token stream, the compiler walks
// the tree in the order lua5.3's one-pass parser would have read the tokens,
// calling the same code-generation steps at the same moments (each function
// names the lparser.c/lcode.c function it mirrors). The one piece of parser
// state it has to imitate is the line of the last token consumed (lua5.3's
// lastline, compiler.line), which every emitted instruction records.
//
// Files: compile.go (entry point), funcstate.go, vars.go and block.go
// (functions, locals, upvalues, scopes), code.go and jumps.go (emission,
// registers, constants, jump lists), expdesc.go, cond.go and ops.go
// (expression descriptors, conditions, operators), fold.go (constant
// folding), expr.go, table.go, stmt.go and assign.go (the tree walk),
// goto.go (gotos and labels), errors.go, near.go and treewalk.go (errors and
// their positions), alloc.go (memory reuse), typealias.go and typeof.go
// (type values).
//
// Verification: the tests compare luac5.3 -l -l listings with ours for
// hand-written programs, the conformance programs and thousands of random
// programs (luac_test.go, gen_test.go): instructions, registers, constants,
// locals, upvalues and lines are identical apart from the deviations below.
//
// Differences from lua5.3 that come from the instruction encoding (package
// bytecode): instructions are 64 bits, so there is no EXTRAARG or LOADKX, RK
// operands can name constants up to bytecode.MaxRKConst, SETLIST's C is the
// number of list items stored before the batch (not a batch number) and
// NEWTABLE's B and C are plain size hints (not "floating point bytes").
//
// Line numbers: the tree records, besides where nodes start, the lines of
// the tokens lua5.3 may stamp code with: closing ')' and ']' (CallExpr,
// MethodCallExpr, IndexExpr and ParenExpr EndLine), the ','s of expression
// lists when one is on a later line (CommaLines), table separators
// (TableField.SepLine), the token before a block and its last token (Block
// OpenLine and LastLine: "do", "then"...), the end of string literals
// (StringExpr.EndLine), the token before '...', '{', break and goto (code
// lua5.3 emits before reading them), a method call's '(' (ArgsPos) and a
// function's linedefined and the token after its 'end'. Lines still
// approximated, all unusual layouts: a method name on a later line than
// its ':', the ']' and '=' of a `[k] = v` field before a key that needs
// code of its own (a comparison, or a constant beyond the RK range), and
// the ';' after a goto for "jumps into the scope" errors.
//
// Constant folding computes `^` with internal/libm's Pow, glibc's pow as
// lua5.3 uses it; the VM computes POW the same way, so folded and
// computed values agree. The "C levels" limit of multiple assignments
// belongs to the parser.
//
// Type annotations are erased: a cast `e :: T` or `e as T` and a non-nil
// assertion `e!` compile as e, except that a cast of a multi-value
// expression (a call or `...`) is truncated to one value, as in Luau and as
// ast.IsMultiValue says: `return f() :: T` returns exactly one value.
// A type alias statement `[export] type Name = T` declares a local Name
// holding T as a run-time type value (a bytecode.ConstType constant, see
// typealias.go); programs without aliases compile exactly as before. A
// call `typeof(e)`, where typeof is neither a local nor assigned anywhere
// in the chunk, becomes the constant of e's static type (typeof.go).
package compiler
