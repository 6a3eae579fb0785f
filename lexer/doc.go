// Package lexer turns Lua 5.3 source text, extended with the few tokens of
// the type-annotation syntax (->, ?, !, @), into a stream of tokens.
//
// The package owns everything lua5.3's llex.c owns: names and reserved
// words, numerals and their values, short and long strings with all escape
// sequences, comments, line counting (\n, \r, \r\n and \n\r are each one line
// break), and the lexical error messages, which are reproduced byte for byte
// ("chunk:line: msg near 'tok'"), including lua5.3's quirks such as the
// partially decoded string shown after "near". It also provides the helpers
// the parser needs to format its own syntax errors the way lua5.3 does:
// Error, NearText and ShortSource, plus SkipShebang for file loading.
//
// Tokens carry their 1-based line and byte column so that tools can point at
// them; lua5.3 itself only reports lines.
//
// The lexer is a leaf package: it must import nothing from this project, so
// that the parser, the compiler and tools can all depend on it without
// cycles. It scans the source bytes directly (no regular expressions, no
// recursion) and slices token text out of a single string copy of the
// source, so the only per-token allocations are decoded strings that contain
// escapes or non-\n line breaks.
package lexer
