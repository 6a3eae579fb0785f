// Package parser turns a token stream from package lexer into the syntax tree
// of package ast. It owns the complete Lua 5.3 grammar (reference manual §3
// and §9) plus the type-annotation syntax of spec/types.md, and it imports
// only lexer and ast.
//
// # Fidelity to lua5.3
//
// A program without annotations parses exactly as lua5.3 parses it, and a
// program lua5.3 rejects gets lua5.3's message and line, byte for byte
// ("chunk:line: msg near 'tok'"), unless the annotation syntax gives its
// tokens a meaning (local x: T is an error in plain Lua and a declaration
// here). The rules below keep that overlap small; differential tests
// against lua5.3 check both claims on thousands of broken programs.
//
// The parser is a recursive-descent parser shaped like lua5.3's lparser.c
// so that it also reproduces that parser's recursion limit: every place
// where lparser.c calls enterlevel (each statement and each subexpression)
// counts one level here, and more than 200 levels (LUAI_MAXCCALLS, minus
// the calls already active when parsing starts, see ParseWithDepth) is
// "too many C levels", reported at the same token and line. The type syntax
// counts levels the same way, so no input can recurse the Go stack without
// bound. Long left-associative chains and statement lists are loops.
//
// Semantic checks that lparser.c happens to do while parsing but that need
// scope information (duplicate labels, goto resolution, the limits on locals
// and upvalues, "break" outside a loop) belong to the compiler.
//
// # Trees
//
// Positions are those of the first token of a node unless package ast says
// otherwise; Block.EndLine and FunctionExpr.EndLine are the lines of the
// closing tokens. Unannotated programs leave every type field nil. Nodes
// and lists are carved out of larger blocks (see alloc.go); list slices
// have no spare capacity, so appending to one copies it.
//
// # Contextual words of the type syntax
//
// The annotation syntax adds no reserved words, so "type", "export", "as"
// and "typeof" stay ordinary names. They are recognised only where a plain
// Lua program can never have a valid token sequence:
//
//   - type Name = ... and type Name<...> = ...: a statement that starts with
//     the name "type", another name and '=' or '<' is a type alias (plain
//     Lua rejects a name followed by a name as a syntax error). "export
//     type Name" likewise. type(x), type = 1, local type, t.type are
//     untouched.
//   - Casts and "!" must start on the line where their operand ends; on a
//     new line "::" and "as" begin a new statement as in plain Lua, so
//     that even broken plain programs (a label missing its closing "::")
//     get lua5.3's messages.
//   - e :: T: after a complete expression "::" followed by a type starts a
//     cast, except that ":: Name ::" is always a label (f() ::done::), as it
//     is in plain Lua.
//   - e as T: after a complete expression the name "as" starts a cast when
//     the next token can only begin a type: a name, nil, true, false, a
//     number, "-", "<" or "function" (as followed by anything else is the
//     start of a new statement, as in plain Lua). When the next token is "(", "{" or a
//     string, which could also begin a new statement that calls a function
//     named "as" (local a = b as {}  is two statements in Lua), "as" is a
//     cast only inside brackets (parentheses, index brackets, call arguments,
//     table constructors) or in a condition/return list, never where the
//     expression may end a statement. Write e :: T or (e as T) there.
//   - e!: a "!" written right after a suffixed expression, without a space,
//     asserts non-nil, unless it is followed by "=", so that the common
//     mistake "a != b" still gets lua5.3's error.
//   - typeof(e) is special only in type position.
//   - Generic parameter lists <T> appear only right after "function",
//     "function name", "local function name" and "type Name" (and there only
//     as '<' Name followed by '>', ',' or ':'), never inside expressions, so
//     "<" in expressions is always a comparison.
//   - Annotations after ':' appear only after the names a local, for or
//     function declares and after a parameter list, where plain Lua can
//     have no ':'; a method call a:b() is never an annotation.
//
// Casts bind like suffixes (tighter than any operator: -x :: T is
// -(x :: T)), and their type extends as far as a type can, so write
// (x :: T) | y when a bitwise operator follows and (x :: T) < y when a
// comparison does (T<y... would read as generic arguments). A function
// type's return type extends as far as a type can too: () -> A | B returns
// a union.
//
// The token "->" (which lua5.3 reads as "-" then ">") is split back into
// those two tokens wherever an operator may appear, so plain programs get
// the same messages as lua5.3.
package parser
