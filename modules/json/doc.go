// Package json is the `json` module of spec/runtime.md: json.encode(v)
// and json.decode(s), both returning `value, err` where err is an error
// value of kind INVALID (bad data never raises; only a wrong argument
// type does). Loader returns the module table; Encode and Decode are the
// same operations for Go callers.
//
// Mapping and the decisions the spec leaves open:
//
//   - nil ↔ null, booleans ↔ true/false, strings ↔ strings.
//   - Integers are written exactly. Floats are written in the shortest
//     form that reads back to the same float, with ".0" appended when
//     that form looks like an integer ("3.0", "-0.0"), so that decoding
//     gives a float again. NaN and ±Inf cannot be encoded.
//   - Decoding a number without fraction or exponent that fits int64
//     gives a Lua integer; any other number gives a float. A number too
//     large for a float (1e400) is an error.
//   - A table is an array when its keys are exactly 1..n (n ≥ 1), an
//     object when all its keys are strings; object keys are written in
//     byte order so output is deterministic. Anything else (mixed keys,
//     holes, non-string keys) is the error "cannot encode table with
//     mixed or non-string keys". Tables are read raw: metamethods other
//     than the marker below are ignored.
//   - The empty table encodes as {}. json.array(t) marks t (or a new
//     table) as an array, so an empty one encodes as []; json.object(t)
//     marks an object. The mark is a shared metatable with
//     __jsontype = "array" | "object"; a table with its own metatable may
//     carry that field itself. Decoded arrays carry the array mark, so
//     "[]" decodes and re-encodes as "[]".
//   - json.null is a sentinel that encodes as null. Decoding gives
//     json.null for null inside arrays (positions and # stay right) and
//     drops members whose value is null from objects (absent is how Lua
//     says null); a top-level null decodes to nil.
//   - Error values encode as the string tostring(err) gives. Functions,
//     threads and other userdata cannot be encoded.
//   - Strings must be valid UTF-8 in both directions. Encoding escapes ",
//     \ and control characters (\n, \t... or \u00XX) and nothing else.
//     Decoding accepts every RFC 8259 escape; \u surrogate pairs combine
//     and a lone surrogate is an error.
//   - Duplicate object keys: the last one wins.
//   - Nesting deeper than MaxDepth (1000) and cyclic tables are errors;
//     output longer than the State's MaxStringLen is an error.
//   - Error messages give a 1-based byte position for decoding
//     ("unexpected character 'x' at position 12") and a path for encoding
//     ("cannot encode function at $.users[2].cb").
package json
