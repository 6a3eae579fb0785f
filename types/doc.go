// Package types is the model of the gradual type system of spec/types.md:
// the representation of a type, its printing in source syntax, subtyping
// and equality, and the conversion of annotation syntax (ast.TypeExpr)
// into types.
//
// It is shared by the static checker (package typecheck), by the compiler,
// which embeds type descriptors in bytecode, and by the runtime, where types
// are first-class values. A *Type is immutable once built, so one value can
// be used by every process at the same time.
//
// types may import ast and lexer only; it must not import parser, typecheck,
// compiler, bytecode, vm or anything after them in the pipeline.
package types
