package parser

import (
	"errors"
	"strings"
	"testing"

	"wippylua/lexer"
)

// fuzzSeeds are representative programs: plain Lua of every kind, the type
// syntax, the contextual words, and inputs near the nesting limits.
var fuzzSeeds = []string{
	plainCorpus,
	"local x: number = 1\nlocal f: (a: number, ...string) -> (boolean, string?) = g",
	"function id<T: Base>(x: T, ...: any): T return x :: T end",
	"export type R<T, E> = {ok: true, value: T} | {ok: false, error: E}\ntype M = {[string]: {number @min(0)}}",
	"local v: string @min_len(1) @pattern(\"^a\") | nil = (y as string)!",
	"type F = <T>(T) -> () -> T & typeof(x)\nlocal a: mod.Type<A<B>>= c",
	"local a = b as {}\nx = y ::lbl:: f() ::lbl2::\nlocal type, as, export = type(x), 1, 2",
	"for i: integer = 1, 10 do end for k: string, v in pairs(t) do end",
	"if a != b then end x = a->b local y <const> = 1",
	"f\n(g) a.b:c\"s\"{1} ; ; ::l:: goto l",
	"repeat local x = f() until x as number\nreturn ...",
	"x = " + strings.Repeat("(", 199) + "1" + strings.Repeat(")", 199),
	strings.Repeat("do ", 210),
	"local t: " + strings.Repeat("{", 100) + strings.Repeat("}", 100),
	"x = [[a\nb]] .. [==[\n]==] .. 'c\\z\n  d' -- comment\n--[[ long\ncomment ]]",
	"x = 0x1p4 + 1e-3 // 3 % 2 ^ -1 .. 9223372036854775808",
}

// FuzzParse checks that no input panics or hangs the parser, that every
// failure is a *lexer.Error with a positive line, and that every accepted
// tree is complete (the test printer walks all of it and panics on a
// missing node).
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, c := range luaErrors {
		f.Add(c.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		chunk, err := ParseString(src, "=fuzz")
		if err != nil {
			var le *lexer.Error
			if !errors.As(err, &le) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			if le.Line < 1 {
				t.Fatalf("error line %d: %v", le.Line, err)
			}
			return
		}
		if chunk.Block == nil || chunk.Block.EndLine < 1 {
			t.Fatalf("bad chunk: %+v", chunk)
		}
		printChunk(chunk)
		// Parsing is deterministic.
		again, err := ParseString(src, "=fuzz")
		if err != nil || printChunk(again) != printChunk(chunk) {
			t.Fatalf("second parse differs: %v", err)
		}
	})
}
