// Package typevalue owns the run-time type values of spec/types.md: the
// Lua values that stand for types (`number`, `integer`, the aliases that
// `type Name = T` declares), how they check values (`T(v)`, `T:is(v)`,
// the `@validators`), their introspection and comparison methods, and the
// built-in type globals.
//
// It imports vm, types, bytecode (to print type constants in listings),
// modules/errors (mismatches are error values of kind INVALID) and
// stdlib/lstrings (the `@pattern` validator uses Lua patterns) and lexer
// (to tell names from keywords in paths). It must
// not import the parser, the compiler, the scheduler or the process
// runtime; they may import it.
//
// # Representation
//
// A type value is a full userdata, so `type(T)` is "userdata"; Go code gets
// the *types.Type it stands for with FromValue (Data is an unexported
// record holding the type and its compiled checker, reached without any
// lookup or lock). Its metatable is one table for the whole program,
// built at initialisation and frozen like the tables of a vm.Image (its
// absent-metamethod cache primed, so that lookups never write to it; a
// State that writes to it through debug.getmetatable writes to a copy of
// its own), so any number of States may use the same type value at the
// same time. The metatable is protected: getmetatable(T) returns the
// string "type". Type values have no writable state at all (`T.x = 1` is
// an error), so they are sent between processes as they are, without
// copying. Only debug.setmetatable and debug.setuservalue, which the
// sandbox profile of processes does not have, could change a type value.
//
// Types are interned: one userdata per structure (types.Canonical), so
// loading a chunk twice, or two chunks declaring the same alias, gives the
// same value, and rawequal, `==` and table keys agree for such types.
// `==` is type equality (types.Equal), which ignores alias names: after
// `type Id = integer`, `Id == integer` is true although Id:name() is "Id"
// and rawequal(Id, integer) is false, and the two are distinct table
// keys. Representatives are kept for the life of the program (their
// number is bounded by the code loaded).
// `a <= b` is subtyping, `a < b` strict subtyping (a <= b and not b <= a).
// tostring(T) prints the type in annotation syntax.
//
// # The Lua API
//
//	T(v)            v when it conforms to T, else raises an error value
//	                of kind INVALID
//	T:is(v)         v, nil  or  nil, err (kind INVALID); the message names
//	                the path of the first mismatch:
//	                "user.tags[2]: expected string, got number"
//	T:kind()        "number", "record", "array", "map", "optional",
//	                "union", "literal", "function", ... (types.Kind names)
//	T:name()        the alias name; the kind for built-in types; nil for
//	                anonymous structured types
//	T:fields()      iterator of name, type, optional over a record's
//	                fields in declaration order
//	T:field(name)   the type of one field, or nil; T.name is the same when
//	                name is not one of the method names
//	T:elem()        element type of an array
//	T:key() T:val() key and value types of a map
//	T:inner()       the type inside an optional
//	T:variants()    a new array of the members of a union or intersection
//	T:params()      a new array of the parameter types of a function type
//	T:ret()         the result types of a function type, as results
//	T:literal()     the value of a literal type
//
// Methods take precedence over fields in T.name: a record field called
// "name" or "kind" is reached with T:field("name"). A method asked of a
// type of the wrong kind (T:elem() of a record) raises an error.
//
// # Checking rules
//
//   - integer accepts integers only, as math.type says: 3.0 is a float,
//     so it is a number but not an integer;
//   - records need a table; each field is read raw (no __index); absent
//     optional fields are allowed, extra fields are ignored;
//   - arrays need a table whose keys are exactly 1..n (the empty table is
//     an array); maps check every key and value; table, function, thread
//     and userdata accept any value of that Lua type; a function type
//     accepts any function (signatures cannot be checked at run time);
//   - error accepts error values (modules/errors), type accepts type values;
//   - literal types compare with rawequal, so 1.0 matches the literal 1;
//   - a union accepts what its first matching member accepts; an
//     intersection needs every member; any and unknown accept everything,
//     never nothing; an unresolved generic parameter accepts what its
//     constraint accepts (anything when it has none);
//   - validators run after the structure matched: @min(n) and @max(n) on
//     numbers, @min_len(n) and @max_len(n) on string lengths in bytes and
//     table lengths (#, raw), @pattern(p) finds the Lua pattern p in a
//     string (anchor it with ^ and $ to match the whole string);
//   - recursive types may meet cyclic values: a table already being
//     checked against the same type is assumed to conform (the check is
//     coinductive), and values nested deeper than maxValueDepth fail.
//
// Checkers are compiled once per type (check.go) and cached with the type,
// so `T:is(v)` on a record reads each field once with no allocation.
//
// # string and table
//
// `string` and `table` are library tables in Lua, so they cannot be
// userdata. Open gives each of them a metatable (unprotected) whose __call validates (string(v), table(v)) and whose __index serves
// the type methods (string:is(v), string:kind()); library functions are
// found first, as before. They stay tables for type(), tostring, rawequal
// and `==`: `string == T` is false for every type value T, because Lua
// compares a table and a userdata without metamethods; `<=` and `<` work.
// The names nil, function, error and type are keywords or base functions,
// so those built-in types have no global.
//
// # Messages
//
// A mismatch reads "path: expected T, got X": the path from the checked
// value (record fields joined with dots, table keys in brackets, the
// middle of very long paths elided), T by its alias name when it has one,
// X the Lua type of the value (its text where a literal was expected, and
// "float 2.5" where an integer was). When no member of a union matches,
// the member blamed is the only one that could take a value of that Lua
// type, or the only record whose literal fields (tags like kind = "rect")
// all match; else the union itself.
//
// # Files
//
// value.go (entries, interning, the hooks for type constants in vm and
// bytecode), meta.go (the metatable: calls, is, comparison, printing),
// methods.go (introspection), check.go (compiled checkers), validate.go
// (validators), mismatch.go (messages), open.go (the globals).
package typevalue
