// Package compiler turns a syntax tree (package ast) into a function
// prototype (package bytecode) that the VM runs.
//
// The package owns everything between the tree and the bytecode: register
// allocation, scopes and local variables, upvalue resolution, constant
// tables and constant folding, jump lists and short-circuit code, goto and
// labels, and the debug information (line per instruction, local variable
// ranges, upvalue names). It imports only ast, bytecode and lexer (for
// lexer.Error, the error type shared with the lexer and parser); it never
// imports the VM.
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
// calling the same code-generation steps at the same moments. The one piece
// of parser state it has to imitate is the line of the last token consumed
// (lua5.3's lastline), which every emitted instruction records; see line.go.
//
// Differences from lua5.3 that come from the instruction encoding (package
// bytecode): instructions are 64 bits, so there is no EXTRAARG or LOADKX, RK
// operands can name constants up to bytecode.MaxRKConst, SETLIST's C is the
// number of list items stored before the batch (not a batch number) and
// NEWTABLE's B and C are plain size hints (not "floating point bytes").
//
// Type annotations are erased: a cast `e :: T` or `e as T` and a non-nil
// assertion `e!` compile as e, except that a cast of a multi-value
// expression (a call or `...`) is truncated to one value, as in Luau and as
// ast.IsMultiValue says: `return f() :: T` returns exactly one value.
// Type alias statements emit nothing.
package compiler
