// Package ast defines the syntax tree of a Lua 5.3 chunk, including the
// gradual type annotations of spec/types.md (type expressions, aliases,
// casts, non-nil assertions, validators), which the parser keeps and the
// compiler erases.
//
// It owns the node types only: no parsing, no checking, no evaluation. It
// imports nothing from the project except lexer (for positions).
package ast
