package parser

import (
	"fmt"
	"strings"
	"testing"

	"wippylua/ast"
	"wippylua/lexer"
)

// parseT parses src as lua5.3's load(src, "=t") called from a main chunk
// does, which is how every expected message in this file was produced.
func parseT(src string) (*ast.Chunk, error) {
	return ParseWithDepth([]byte(src), "=t", 2)
}

func mustParse(t *testing.T, src string) *ast.Chunk {
	t.Helper()
	c, err := parseT(src)
	if err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	return c
}

// TestPrecedence checks operator precedence and associativity against
// lua5.3's table: or < and < comparison < | < ~ < & < shift < .. (right) <
// + - < * / // % < unary < ^ (right).
func TestPrecedence(t *testing.T) {
	cases := []struct{ src, want string }{
		{"1 + 2 * 3", "(1 + (2 * 3))"},
		{"1 * 2 + 3", "((1 * 2) + 3)"},
		{"1 - 2 - 3", "((1 - 2) - 3)"},
		{"2 ^ 3 ^ 2", "(2 ^ (3 ^ 2))"},
		{"-2 ^ 2", "(-(2 ^ 2))"},
		{"2 ^ -3", "(2 ^ (-3))"},
		{"2 ^ -3 ^ 2", "(2 ^ (-(3 ^ 2)))"},
		{"-x ^ -y ^ z", "(-(x ^ (-(y ^ z))))"},
		{"not a == b", "((not a) == b)"},
		{"#t + 1", "((#t) + 1)"},
		{"-x .. y", "((-x) .. y)"},
		{"a .. b .. c", "(a .. (b .. c))"},
		{"a..b..c..d", "(a .. (b .. (c .. d)))"},
		{"a .. b + c", "(a .. (b + c))"},
		{"a + b .. c", "((a + b) .. c)"},
		{"a < b == c", "((a < b) == c)"},
		{"a or b and c", "(a or (b and c))"},
		{"a and b or c and d", "((a and b) or (c and d))"},
		{"a or b or c", "((a or b) or c)"},
		{"a and b and c", "((a and b) and c)"},
		{"a | b ~ c & d << e .. f", "(a | (b ~ (c & (d << (e .. f)))))"},
		{"f .. e >> d & c ~ b | a", "(((((f .. e) >> d) & c) ~ b) | a)"},
		{"a << b << c", "((a << b) << c)"},
		{"a >> b < c", "((a >> b) < c)"},
		{"1 + 2 < 3 and 4 | 5 == 6", "(((1 + 2) < 3) and ((4 | 5) == 6))"},
		{"~a & ~b", "((~a) & (~b))"},
		{"a ~ ~b", "(a ~ (~b))"},
		{"a ~= b", "(a ~= b)"},
		{"a // b % c * d / e", "((((a // b) % c) * d) / e)"},
		{"- - x", "(-(-x))"},
		{"not not x", "(not (not x))"},
		{"not - # ~ x", "(not (-(#(~x))))"},
		{"1 == 2 ~= 3 <= 4 >= 5 < 6 > 7", "((((((1 == 2) ~= 3) <= 4) >= 5) < 6) > 7)"},
		{"x > y - 1", "(x > (y - 1))"},
		{"1 + -2", "(1 + (-2))"},
		{"1 - -2", "(1 - (-2))"},
		{"a .. -b ^ c", "(a .. (-(b ^ c)))"},
		{"2 ^ #t", "(2 ^ (#t))"},
		{"x < y and y <= z or not w", "(((x < y) and (y <= z)) or (not w))"},
		{"1 + 2 + 3 * 4 ^ 5 ^ 6 * 7", "((1 + 2) + ((3 * (4 ^ (5 ^ 6))) * 7))"},
		{"#\"abc\" .. 1", "((#\"abc\") .. 1)"},
		{"(a)", "(a)"},
		{"((a))", "((a))"},
		{"(a + b) * c", "(((a + b)) * c)"},
		{"(f())", "(f())"},
		{"a.b.c[d](e):f(g)", "a.b.c[d](e):f(g)"},
		{"a.b[\"c\"].d", "a.b[\"c\"].d"},
		{"f{1, x = 2, [3] = 4; 5}", "f({1, x = 2, [3] = 4, 5})"},
		{"{[f()] = g(), h()}", "{[f()] = g(), h()}"},
		{"{1, 2, 3,}", "{1, 2, 3}"},
		{"{}", "{}"},
		{"f\"str\"", "f(\"str\")"},
		{"a:b\"s\"", "a:b(\"s\")"},
		{"a:b{}", "a:b({})"},
		{"f(...)", "f(...)"},
		{"...", "..."},
		{"nil, true, false", "nil, true, false"},
		{"function(a, b, ...) return a end", "function(a, b, ...) return a end"},
		{"function() end", "function() end"},
		{"1e10, 0x10, 3.0, 0xA.8p1, 9223372036854775807, 9223372036854775808",
			"1e+10, 16, 3.0, 21.0, 9223372036854775807, 9.223372036854776e+18"},
		{"\"a\\tb\", 'q\"', [[long]], [==[x]]y]==]", "\"a\\tb\", \"q\\\"\", \"long\", \"x]]y\""},
	}
	for _, c := range cases {
		chunk := mustParse(t, "return "+c.src)
		ret := chunk.Block.Stmts[0].(*ast.ReturnStmt)
		var parts []string
		for _, e := range ret.Exprs {
			parts = append(parts, printExpr(e))
		}
		if got := strings.Join(parts, ", "); got != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

// checkPrinted parses each source and compares its printed tree.
func checkPrinted(t *testing.T, cases []struct{ src, want string }) {
	t.Helper()
	for _, c := range cases {
		chunk, err := parseT(c.src)
		if err != nil {
			t.Errorf("%q: %v", c.src, err)
			continue
		}
		if got := printChunk(chunk); got != c.want {
			t.Errorf("%q\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

func TestStatements(t *testing.T) {
	checkPrinted(t, []struct{ src, want string }{
		{"local a", "local a"},
		{"local a, b = 1, 2", "local a, b = 1, 2"},
		{"local a, b = f()", "local a, b = f()"},
		{"a = 1", "a = 1"},
		{"a, b.c, d[1] = 1, 2, 3", "a, b.c, d[1] = 1, 2, 3"},
		{"a.b.c = f", "a.b.c = f"},
		{"f()", "f()"},
		{"f(1, 2)", "f(1, 2)"},
		{"a.b:c(1)", "a.b:c(1)"},
		{"a:b():c()", "a:b():c()"},
		{"f\"x\"", "f(\"x\")"},
		{"f{1}", "f({1})"},
		{"f \"x\" \"y\"", "f(\"x\")(\"y\")"},
		{"f{}.x = 1", "f({}).x = 1"},
		{"((x))()", "((x))()"},
		{"do end", "do end"},
		{"do local x = 1 end", "do local x = 1 end"},
		{"while true do break end", "while true do break end"},
		{"repeat local x = 1 until x", "repeat local x = 1 until x"},
		{"if a then b() end", "if a then b() end"},
		{"if a then b() elseif c then d() elseif e then f() else g() end",
			"if a then b() elseif c then d() elseif e then f() else g() end"},
		{"if a then else end", "if a then else end"},
		{"for i = 1, 10 do end", "for i = 1, 10 do end"},
		{"for i = 10, 1, -1 do print(i) end", "for i = 10, 1, (-1) do print(i) end"},
		{"for k, v in pairs(t) do end", "for k, v in pairs(t) do end"},
		{"for k in next, t, nil do end", "for k in next, t, nil do end"},
		{"function f() end", "function f() end"},
		{"function a.b.c() end", "function a.b.c() end"},
		{"function a.b:c(x) return self end", "function a.b.c method(self, x) return self end"},
		{"function f(a, b, ...) return ... end", "function f(a, b, ...) return ... end"},
		{"local function f(x) return f(x) end", "local function f(x) return f(x) end"},
		{"return", "return"},
		{"return 1", "return 1"},
		{"return 1, 2;", "return 1, 2"},
		{"return f()", "return f()"},
		{"goto l; ::l::", "goto l; ::l::"},
		{"::a:: ::b:: ; ::c::", "::a::; ::b::; ::c::"},
		{";;; x = 1 ;;;", "x = 1"},
		{"while x do if y then break end end", "while x do if y then break end end"},
		{"if x then goto done end ::done::", "if x then goto done end; ::done::"},
		{"if x then break; ; end", "if x then break end"},
		{"if x then break; y() end", "if x then break; y() end"},
		{"local x = 1 local y = 2", "local x = 1; local y = 2"},
		{"a = b c = d", "a = b; c = d"},
		{"local t = { f = function(self) end, [1] = 2, 3 }", "local t = {f = function(self) end, [1] = 2, 3}"},
		{"x = - - 1", "x = (-(-1))"},
		{"local function f(...) local a, b = ... end", "local function f(...) local a, b = ... end"},
		{"do return end", "do return end"},
		{"x = function(...) return ... end", "x = function(...) return ... end"},
		// Unlike 5.2, 5.3 has no "ambiguous syntax" error: a call may start
		// on a new line.
		{"f\n(g)", "f(g)"},
		{"local a = f\n(g or h)()", "local a = f((g or h))()"},
		// The main chunk is vararg.
		{"local a, b = ...", "local a, b = ..."},
		// Arbitrarily long left-associative chains and statement lists do
		// not nest.
		{"x = " + strings.Repeat("1 + ", 3) + "1", "x = (((1 + 1) + 1) + 1)"},
	})
}

func TestTypeSyntax(t *testing.T) {
	checkPrinted(t, []struct{ src, want string }{
		{"local x: number = 1", "local x: number = 1"},
		{"local x: number?, y: string | nil", "local x: number?, y: [string | nil]"},
		{"local a, b: number, c", "local a, b: number, c"},
		{"local f: (number, string) -> boolean", "local f: (number, string) -> (boolean)"},
		{"local f: (a: number) -> (string, number)", "local f: (a: number) -> (string, number)"},
		{"local g: <T>(T) -> T", "local g: <T>(T) -> (T)"},
		{"local g: <K, V: Base>(k: K, v: V) -> {[K]: V}", "local g: <K, V: Base>(k: K, v: V) -> ({[K]: V})"},
		{"local r: {name: string, age?: number}", "local r: {name: string, age?: number}"},
		{"local r: {name: string; age?: number;}", "local r: {name: string, age?: number}"},
		{"local r: {readonly id: integer, readonly tag?: string, readonly: boolean}", "local r: {readonly id: integer, readonly tag?: string, readonly: boolean}"},
		{"local a: {number}", "local a: {number}"},
		{"local a: {number?}", "local a: {number?}"},
		{"local m: {[string]: number}", "local m: {[string]: number}"},
		{"local m: {[string]: number,}", "local m: {[string]: number}"},
		{"local e: {}", "local e: {}"},
		{"local u: \"a\" | \"b\" | 42 | true | false | nil | -1 | 1.5 | -2.5",
			"local u: [\"a\" | \"b\" | 42 | true | false | nil | -1 | 1.5 | -2.5]"},
		{"local i: A & B & C", "local i: [A & B & C]"},
		{"local i: A & B | C & D", "local i: [[A & B] | [C & D]]"},
		{"local q: mod.Type", "local q: mod.Type"},
		{"local g: Result<T, E>", "local g: Result<T, E>"},
		{"local g: mod.Result<T>", "local g: mod.Result<T>"},
		{"local n: Array<Array<number>>= {}", "local n: Array<Array<number>> = {}"},
		{"local n: Map<string, Array<number>>", "local n: Map<string, Array<number>>"},
		{"local n: A<B<C<D>>>", "local n: A<B<C<D>>>"},
		{"local n: A<B<C>>= x", "local n: A<B<C>> = x"},
		{"local v: number @min(1) @max(10)", "local v: number @min(1) @max(10)"},
		{"local s: string @pattern(\"^a\")", "local s: string @pattern(\"^a\")"},
		{"local s: number @min(-1)", "local s: number @min((-1))"},
		{"local v: number @range(1, 10)", "local v: number @range(1, 10)"},
		{"local v: string @nonempty()", "local v: string @nonempty()"},
		{"local p: typeof(x)", "local p: typeof(x)"},
		{"local p: typeof(a.b + 1)", "local p: typeof((a.b + 1))"},
		{"local o: (A | B)?", "local o: ([A | B])?"},
		{"local o: A??", "local o: A??"},
		{"local fn: () -> ()", "local fn: () -> ()"},
		{"local fn: (...: string) -> number", "local fn: (...: string) -> (number)"},
		{"local fn: (number, ...string) -> ()", "local fn: (number, ...: string) -> ()"},
		{"local fn: (...) -> any", "local fn: (...: any) -> (any)"},
		{"local fn: () -> number | nil", "local fn: () -> ([number | nil])"},
		{"local fn: (() -> number)?", "local fn: (() -> (number))?"},
		{"local fn: () -> () -> number", "local fn: () -> (() -> (number))"},
		{"local fn: function", "local fn: function"},
		{"local x: number @min(1) | string @min_len(2)", "local x: [number @min(1) | string @min_len(2)]"},
		{"local t: {number @min(0)}", "local t: {number @min(0)}"},
		{"local t: {name: string @min_len(1)}", "local t: {name: string @min_len(1)}"},
		{"local t: {f: (number) -> string, g?: () -> ()}", "local t: {f: (number) -> (string), g?: () -> ()}"},
		{"function id<T>(x: T): T return x end", "function id<T>(x: T): (T) return x end"},
		{"function f<T: HasName, U>(x: T, y: U): (T, U) return x, y end",
			"function f<T: HasName, U>(x: T, y: U): (T, U) return x, y end"},
		{"function f(a: number, b: string, ...: boolean): (number, string) end",
			"function f(a: number, b: string, ...: boolean): (number, string) end"},
		{"function f(): () end", "function f(): () end"},
		{"function f(): (number, ...string) end", "function f(): (number, ...: string) end"},
		{"local fn: () -> (...number)", "local fn: () -> (...: number)"},
		{"local fn: () -> (...)", "local fn: () -> (...: any)"},
		{"function f(): (number) -> number end", "function f(): ((number) -> (number)) end"},
		{"function f(): (a: number) -> number end", "function f(): ((a: number) -> (number)) end"},
		{"function f(): (number)? end", "function f(): ((number)?) end"},
		{"function f(): (number) end", "function f(): (number) end"},
		{"function f(): number? return nil end", "function f(): (number?) return nil end"},
		{"function f(): number\n(g)() end", "function f(): (number) (g)() end"},
		{"local function g<T>(x: T): T? return x end", "local function g<T>(x: T): (T?) return x end"},
		{"local h = function<T>(x: T): T return x end", "local h = function<T>(x: T): (T) return x end"},
		{"function obj:method(x: number): string end", "function obj.method method(self, x: number): (string) end"},
		{"function obj.a:method<T>(x: T) end", "function obj.a.method method<T>(self, x: T) end"},
		{"for i: integer = 1, 10 do end", "for i: integer = 1, 10 do end"},
		{"for k: string, v: number in pairs(t) do end", "for k: string, v: number in pairs(t) do end"},
		{"for k, v: number in pairs(t) do end", "for k, v: number in pairs(t) do end"},
		{"type Point = {x: number, y: number}", "type Point = {x: number, y: number}"},
		{"export type Result<T, E> = {ok: true, value: T} | {ok: false, error: E}",
			"export type Result<T, E> = [{ok: true, value: T} | {ok: false, error: E}]"},
		{"type Fn = <T>(T) -> T", "type Fn = <T>(T) -> (T)"},
		{"type Cb<T: Base> = (T) -> ()", "type Cb<T: Base> = (T) -> ()"},
		{"type U = | \"a\" | \"b\"", "type U = [\"a\" | \"b\"]"},
		{"type I = & A & B", "type I = [A & B]"},
		{"type G<T>= {T}", "type G<T> = {T}"},
		{"type A = number\ntype B = A", "type A = number; type B = A"},
		{"local x = y :: number", "local x = (y :: number)"},
		{"local x = y as number", "local x = (y :: number)"},
		{"local x = (y as {number})", "local x = ((y :: {number}))"},
		{"f(y as {number})", "f((y :: {number}))"},
		{"f(y as (number) -> string)", "f((y :: (number) -> (string)))"},
		{"f(y as \"lit\")", "f((y :: \"lit\"))"},
		{"f(y as -1)", "f((y :: -1))"},
		{"f(y as <T>(T) -> T)", "f((y :: <T>(T) -> (T)))"},
		{"local x = y as function", "local x = (y :: function)"},
		{"local x = -y :: number", "local x = (-(y :: number))"},
		{"local x = a + b :: number", "local x = (a + (b :: number))"},
		{"local x = y :: number?", "local x = (y :: number?)"},
		{"local x = y :: number + 1", "local x = ((y :: number) + 1)"},
		{"local x = y as A as B", "local x = ((y :: A) :: B)"},
		{"local x = {} :: Point", "local x = ({} :: Point)"},
		{"local x = 1 :: number", "local x = (1 :: number)"},
		{"local x = y :: typeof(z)", "local x = (y :: typeof(z))"},
		{"local x = y!", "local x = y!"},
		{"local x = y!.z", "local x = y!.z"},
		{"local x = f()!", "local x = f()!"},
		{"local x = a.b!:c()", "local x = a.b!:c()"},
		{"local x = a!!", "local x = a!!"},
		{"x = t[k!]", "x = t[k!]"},
		{"if x! == y then end", "if (x! == y) then end"},
	})
}

// TestContextualWords checks that type, export, as and typeof keep their
// plain Lua meaning everywhere a plain program can use them, and the rules
// that separate casts from labels and statements.
func TestContextualWords(t *testing.T) {
	checkPrinted(t, []struct{ src, want string }{
		{"type(x)", "type(x)"},
		{"local t = type(x)", "local t = type(x)"},
		{"print(type(x) == \"string\")", "print((type(x) == \"string\"))"},
		{"local type = 1", "local type = 1"},
		{"type = 1", "type = 1"},
		{"type.x = 1", "type.x = 1"},
		{"type, b = 1, 2", "type, b = 1, 2"},
		{"t.type = 1", "t.type = 1"},
		{"local t = {type = 1, export = 2, as = 3, typeof = 4}", "local t = {type = 1, export = 2, as = 3, typeof = 4}"},
		{"type \"x\"", "type(\"x\")"},
		{"type {}", "type({})"},
		{"type:m()", "type:m()"},
		{"type[1] = 2", "type[1] = 2"},
		{"export = 1", "export = 1"},
		{"export.type = 1", "export.type = 1"},
		{"export(type)", "export(type)"},
		{"export \"type\"", "export(\"type\")"},
		{"typeof(x)", "typeof(x)"},
		{"local typeof = typeof(x)", "local typeof = typeof(x)"},
		{"local as, type, export, typeof = 1, 2, 3, 4", "local as, type, export, typeof = 1, 2, 3, 4"},
		{"function type(x) end", "function type(x) end"},
		{"local function as() end", "local function as() end"},
		{"function export.type() end", "function export.type() end"},
		{"local a = as", "local a = as"},
		{"local a = as + as", "local a = (as + as)"},
		{"local a = as as as", "local a = (as :: as)"},
		// "as" after an expression that may end a statement, followed by
		// something that can continue a statement: a new statement.
		{"local a = b as = 1", "local a = b; as = 1"},
		{"local a = b as.x = 1", "local a = b; as.x = 1"},
		{"local a = b as[1] = 1", "local a = b; as[1] = 1"},
		{"local a = b as:m()", "local a = b; as:m()"},
		{"local a = b as, c = 1, 2", "local a = b; as, c = 1, 2"},
		{"local a = b as(1)", "local a = b; as(1)"},
		{"local a = b as {}", "local a = b; as({})"},
		{"local a = b as \"x\"", "local a = b; as(\"x\")"},
		{"local a = b as [[x]]", "local a = b; as(\"x\")"},
		{"x = y as {}", "x = y; as({})"},
		{"x = f(y) as {}", "x = f(y); as({})"},
		{"x = a + (b) as {}", "x = (a + (b)); as({})"},
		{"x = function() end as {}", "x = function() end; as({})"},
		{"repeat until x as {}", "repeat until x; as({})"},
		{"local a = b\nas = 1", "local a = b; as = 1"},
		{"local a = b\nas(1)", "local a = b; as(1)"},
		// ... and where no statement can follow, a cast.
		{"repeat until x as number", "repeat until (x :: number)"},
		{"local a = b as number", "local a = (b :: number)"},
		{"return x as T", "return (x :: T)"},
		{"return (x as {T})", "return ((x :: {T}))"},
		{"if x as {T} then end", "if (x :: {T}) then end"},
		{"while x as (T) do end", "while (x :: (T)) do end"},
		{"for i = x as {T}, 2 do end", "for i = (x :: {T}), 2 do end"},
		{"x = {a as {T}}", "x = {(a :: {T})}"},
		{"x = t[a as {T}]", "x = t[(a :: {T})]"},
		{"x = f(function() local a = b as {} end as {T})", "x = f((function() local a = b; as({}) end :: {T}))"},
		// "::" casts versus labels.
		{"local a = b :: c", "local a = (b :: c)"},
		{"f() ::lbl::", "f(); ::lbl::"},
		{"x = y ::lbl::", "x = y; ::lbl::"},
		{"x = y ::lbl:: f()", "x = y; ::lbl::; f()"},
		{"x = y\n::lbl:: f()", "x = y; ::lbl::; f()"},
		// Casts and '!' start on the operand's line.
		{"x = y\n:: lbl ::", "x = y; ::lbl::"},
		{"local a = b\nas\n= 1", "local a = b; as = 1"},
		// Generics never appear in expressions.
		{"x = a < b", "x = (a < b)"},
		{"f(a < b, c > d)", "f((a < b), (c > d))"},
		{"x = a<b>(c)", "x = ((a < b) > (c))"},
	})
}

// luaErrors were produced by lua5.3 (load(src, "=t")) and are matched byte
// for byte.
var luaErrors = []struct{ src, want string }{
	{"x = = 1", "t:1: unexpected symbol near '='"},
	{"x", "t:1: syntax error near <eof>"},
	{"x y", "t:1: syntax error near 'y'"},
	{"f() = 1", "t:1: syntax error near '='"},
	{"(a) = 1", "t:1: syntax error near '='"},
	{"a, f() = 1", "t:1: syntax error near '='"},
	{"f(), a = 1", "t:1: syntax error near ','"},
	{"a.b:c = 1", "t:1: function arguments expected near '='"},
	{"local 1", "t:1: <name> expected near '1'"},
	{"local function 1() end", "t:1: <name> expected near '1'"},
	{"function 1() end", "t:1: <name> expected near '1'"},
	{"function a.() end", "t:1: <name> expected near '('"},
	{"function f(a,) end", "t:1: <name> or '...' expected near ')'"},
	{"function f(..., a) end", "t:1: ')' expected near ','"},
	{"function f(a b) end", "t:1: ')' expected near 'b'"},
	{"function f() return 1", "t:1: 'end' expected near <eof>"},
	{"function f()\n\n return 1", "t:3: 'end' expected (to close 'function' at line 1) near <eof>"},
	{"if x then", "t:1: 'end' expected near <eof>"},
	{"if x\nthen\n", "t:3: 'end' expected (to close 'if' at line 1) near <eof>"},
	{"if x y", "t:1: 'then' expected near 'y'"},
	{"if x then else else end", "t:1: 'end' expected near 'else'"},
	{"while x y", "t:1: 'do' expected near 'y'"},
	{"while true do\n", "t:2: 'end' expected (to close 'while' at line 1) near <eof>"},
	{"for x y", "t:1: '=' or 'in' expected near 'y'"},
	{"for x = 1 do end", "t:1: ',' expected near 'do'"},
	{"for x = 1, 2 x", "t:1: 'do' expected near 'x'"},
	{"for a, b do end", "t:1: 'in' expected near 'do'"},
	{"for a, 1 in x do end", "t:1: <name> expected near '1'"},
	{"for 1 = 1, 2 do end", "t:1: <name> expected near '1'"},
	{"for a.b = 1, 2 do end", "t:1: '=' or 'in' expected near '.'"},
	{"repeat x = 1", "t:1: 'until' expected near <eof>"},
	{"repeat\n x = 1\n", "t:3: 'until' expected (to close 'repeat' at line 1) near <eof>"},
	{"do", "t:1: 'end' expected near <eof>"},
	{"do\n", "t:2: 'end' expected (to close 'do' at line 1) near <eof>"},
	{"return 1 x = 2", "t:1: <eof> expected near 'x'"},
	{"return return", "t:1: unexpected symbol near 'return'"},
	{"do return 1 x = 2 end", "t:1: 'end' expected near 'x'"},
	{"function f() return ... end", "t:1: cannot use '...' outside a vararg function near '...'"},
	{"function f(a) local t = {...} end", "t:1: cannot use '...' outside a vararg function near '...'"},
	{"local f = function() x = ... end", "t:1: cannot use '...' outside a vararg function near '...'"},
	{"x = {1 2}", "t:1: '}' expected near '2'"},
	{"x = {1,\n2\n3}", "t:3: '}' expected (to close '{' at line 1) near '3'"},
	{"x = {[1] 2}", "t:1: '=' expected near '2'"},
	{"x = {[1 = 2}", "t:1: ']' expected near '='"},
	{"x = {a = }", "t:1: unexpected symbol near '}'"},
	{"x = {,}", "t:1: unexpected symbol near ','"},
	{"f(1 2)", "t:1: ')' expected near '2'"},
	{"f(\n1\n2)", "t:3: ')' expected (to close '(' at line 1) near '2'"},
	{"x = (1 2)", "t:1: ')' expected near '2'"},
	{"x = (\n1\n2)", "t:3: ')' expected (to close '(' at line 1) near '2'"},
	{"x = a[1 2]", "t:1: ']' expected near '2'"},
	{"a:b", "t:1: function arguments expected near <eof>"},
	{"a:b.c()", "t:1: function arguments expected near '.'"},
	{"a:1()", "t:1: <name> expected near '1'"},
	{"x = a.1", "t:1: unexpected symbol near '.1'"},
	{"goto 1", "t:1: <name> expected near '1'"},
	{"goto = 1", "t:1: <name> expected near '='"},
	{"::a", "t:1: '::' expected near <eof>"},
	{":: 1 ::", "t:1: <name> expected near '1'"},
	{"::a:: ::b", "t:1: '::' expected near <eof>"},
	{"x = 1 + ", "t:1: unexpected symbol near <eof>"},
	{"x = not", "t:1: unexpected symbol near <eof>"},
	{"x = #", "t:1: unexpected symbol near <eof>"},
	{"x = 1 .. ", "t:1: unexpected symbol near <eof>"},
	{"x = }", "t:1: unexpected symbol near '}'"},
	{"x = )", "t:1: unexpected symbol near ')'"},
	{"x = a->b", "t:1: unexpected symbol near '>'"},
	{"->", "t:1: unexpected symbol near '-'"},
	{"x = ->1", "t:1: unexpected symbol near '>'"},
	{"x = 1 ->", "t:1: unexpected symbol near '>'"},
	{"local x <const> = 5", "t:1: unexpected symbol near '<'"},
	{"x = a != b", "t:1: unexpected symbol near '!'"},
	{"if a != b then end", "t:1: 'then' expected near '!'"},
	{"x = a ? b : c", "t:1: unexpected symbol near '?'"},
	{"x = @", "t:1: unexpected symbol near '@'"},
	{"?", "t:1: unexpected symbol near '?'"},
	{"!x = 1", "t:1: unexpected symbol near '!'"},
	{"x = !y", "t:1: unexpected symbol near '!'"},
	{"local function f() end end", "t:1: <eof> expected near 'end'"},
	{"x = function() end end", "t:1: <eof> expected near 'end'"},
	{"local a.b = 1", "t:1: unexpected symbol near '.'"},
	{"a.b.c", "t:1: syntax error near <eof>"},
	{"a, b", "t:1: '=' expected near <eof>"},
	{"a, b = ", "t:1: unexpected symbol near <eof>"},
	{"if x then elseif y end", "t:1: 'then' expected near 'end'"},
	{"elseif", "t:1: <eof> expected near 'elseif'"},
	{"until x", "t:1: <eof> expected near 'until'"},
	{"end", "t:1: <eof> expected near 'end'"},
	{"else", "t:1: <eof> expected near 'else'"},
	{"function a:b:c() end", "t:1: '(' expected near ':'"},
	{"function a.b:c.d() end", "t:1: '(' expected near '.'"},
	{"function f", "t:1: '(' expected near <eof>"},
	{"local function f.g() end", "t:1: '(' expected near '.'"},
	{"x = function end", "t:1: '(' expected near 'end'"},
	{"return 1,", "t:1: unexpected symbol near <eof>"},
	{"return;;", "t:1: <eof> expected near ';'"},
	{"x = 1 [[a\nb]]", "t:2: unexpected symbol near '[[a\nb]]'"},
	{"f(\n[[a\nb\nc]] 1)", "t:4: ')' expected (to close '(' at line 1) near '1'"},
	{"x = [[a\n\nb]] + ", "t:3: unexpected symbol near <eof>"},
	{"x =\n\n", "t:3: unexpected symbol near <eof>"},
	{"local x = 1\nlocal y = \n\n\n", "t:5: unexpected symbol near <eof>"},
	{"f(\n\n", "t:3: unexpected symbol near <eof>"},
	{"f(\n1,\n", "t:3: unexpected symbol near <eof>"},
	{"x = {\n\n", "t:3: unexpected symbol near <eof>"},
	{"x = (\n\n", "t:3: unexpected symbol near <eof>"},
	{"while x do\n\nrepeat\nuntil\n", "t:5: unexpected symbol near <eof>"},
	{"if a then\nelseif b then\nelse\n", "t:4: 'end' expected (to close 'if' at line 1) near <eof>"},
	{"local function f\n()\n", "t:3: 'end' expected (to close 'function' at line 2) near <eof>"},
	{"local x = function\n()\n", "t:3: 'end' expected (to close 'function' at line 2) near <eof>"},
	{"function f\n()\n", "t:3: 'end' expected (to close 'function' at line 1) near <eof>"},
	{"function t:m()\n", "t:2: 'end' expected (to close 'function' at line 1) near <eof>"},
	{"for i = 1, 2 do\n", "t:2: 'end' expected (to close 'for' at line 1) near <eof>"},
	{"for k in pairs(t) do\n", "t:2: 'end' expected (to close 'for' at line 1) near <eof>"},
	{"x = {\n[1\n] = 2,\n", "t:4: unexpected symbol near <eof>"},
	{"x = f{\n", "t:2: unexpected symbol near <eof>"},
	{"x = a.b.c:d\n(1\n", "t:3: ')' expected (to close '(' at line 1) near <eof>"},
	{"x = a\n.b\n.c\n(\n1\n", "t:6: ')' expected (to close '(' at line 1) near <eof>"},
	{"t = {f\n(\"x\"\n", "t:3: ')' expected (to close '(' at line 2) near <eof>"},
	{"a.b = 1 c", "t:1: syntax error near <eof>"},
	{"local t = {} t.x", "t:1: syntax error near <eof>"},
	{"x = 1 .. 2 .. ", "t:1: unexpected symbol near <eof>"},
	{"x = - - - ", "t:1: unexpected symbol near <eof>"},
	{"x = 2 ^ ^ 3", "t:1: unexpected symbol near '^'"},
	{"x = 1 < < 2", "t:1: unexpected symbol near '<'"},
	{"x = a and or b", "t:1: unexpected symbol near 'or'"},
	{"return 1; return 2", "t:1: <eof> expected near 'return'"},
	{"break = 1", "t:1: unexpected symbol near '='"},
	{"local = 1", "t:1: <name> expected near '='"},
	{"function(a) end", "t:1: <name> expected near '('"},
	{"local function() end", "t:1: <name> expected near '('"},
	{"x = function(a, ...) return ... end", ""},
	{"f{}.x = 1", ""},
	{"f''.x = 1", ""},
	{"a.b.c", "t:1: syntax error near <eof>"},
	{"goto", "t:1: <name> expected near <eof>"},
	{"x = ...", ""},
	{"local a <close> = 1", "t:1: unexpected symbol near '<'"},
	{"x = 1 as", "t:1: syntax error near <eof>"},
	{"x = a.b:c", "t:1: function arguments expected near <eof>"},
	{"x = a:b", "t:1: function arguments expected near <eof>"},
	{"f = function(...) return function() return ... end end", "t:1: cannot use '...' outside a vararg function near '...'"},
	{"x = {...}\nlocal function f() return {...} end", "t:2: cannot use '...' outside a vararg function near '...'"},
	{"for i = 1 do", "t:1: ',' expected near 'do'"},
	{"for i, j = 1, 2 do end", "t:1: 'in' expected near '='"},
	{"while do end", "t:1: unexpected symbol near 'do'"},
	{"if then end", "t:1: unexpected symbol near 'then'"},
	{"repeat until", "t:1: unexpected symbol near <eof>"},
	{"x = (", "t:1: unexpected symbol near <eof>"},
	{"x = )", "t:1: unexpected symbol near ')'"},
	{"(x)", "t:1: syntax error near <eof>"},
	{"((x))()", ""},
	{"x() y", "t:1: syntax error near <eof>"},
	{"x.y:z 1", "t:1: function arguments expected near '1'"},
	{"x = 'a' 'b'", "t:1: unexpected symbol near ''b''"},
	{"x = f 'a' 'b' c", "t:1: syntax error near <eof>"},
	{"local a, = 1", "t:1: <name> expected near '='"},
	{"local a, b, 1 = 1", "t:1: <name> expected near '1'"},
	{"x = {[1]}", "t:1: '=' expected near '}'"},
	{"x = {[1]=}", "t:1: unexpected symbol near '}'"},
	{"x = {a=1; b=2,}", ""},
	{"x = {;}", "t:1: unexpected symbol near ';'"},
	{"x = 0x", "t:1: malformed number near '0x'"},
	{"x = 3 4", "t:1: unexpected symbol near '4'"},
	{"::1::", "t:1: <name> expected near '1'"},
	{"local function f(self, ...) local function g() return ... end end", "t:1: cannot use '...' outside a vararg function near '...'"},
}

func TestLuaErrors(t *testing.T) {
	for _, c := range luaErrors {
		got := ""
		if _, err := parseT(c.src); err != nil {
			got = err.Error()
			if _, ok := err.(*lexer.Error); !ok {
				t.Errorf("%q: error is %T, want *lexer.Error", c.src, err)
			}
		}
		if got != c.want {
			t.Errorf("%q\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

// luaLimits were produced by lua5.3 (load(src, "=t") from a main chunk) for
// the sources built by limitSource.
var luaLimits = map[string]string{
	"lookahead name":       "t:2: too many C levels (limit is 200) in main function near 'g'",
	"lookahead dots":       "t:2: too many C levels (limit is 200) in main function near '.'",
	"lookahead string":     "t:2: too many C levels (limit is 200) in main function near '\"a\tb\"'",
	"lookahead bracket":    "t:2: too many C levels (limit is 200) in main function near '['",
	"lookahead number":     "t:1: too many C levels (limit is 200) in main function near '0x10'",
	"parens stmt 197":      "t:1: syntax error near <eof>",
	"parens stmt 198":      "t:1: too many C levels (limit is 200) in main function near '1'",
	"parens expr 196":      "",
	"parens expr 197":      "t:1: too many C levels (limit is 200) in main function near '1'",
	"do 198":               "",
	"do 199":               "t:1: too many C levels (limit is 200) in main function near 'do'",
	"unary 197":            "t:1: too many C levels (limit is 200) in main function near '1'",
	"unary 198":            "t:1: too many C levels (limit is 200) in main function near 'not'",
	"concat 197":           "t:1: too many C levels (limit is 200) in main function near '1'",
	"pow 198":              "t:1: too many C levels (limit is 200) in main function near 'x'",
	"add 5000":             "",
	"targets 197":          "",
	"targets 198":          "t:1: too many C levels (limit is 200) in main function near '='",
	"labels 198":           "",
	"labels 199":           "t:199: too many C levels (limit is 200) in main function near '::'",
	"semis after label":    "",
	"tables 197":           "",
	"tables 198":           "t:1: too many C levels (limit is 200) in main function near '{'",
	"calls 197":            "",
	"index 197":            "t:1: too many C levels (limit is 200) in main function near '1'",
	"funcs 99":             "t:101: too many C levels (limit is 200) in function at line 100 near 'return'",
	"funcs 100":            "t:101: too many C levels (limit is 200) in function at line 100 near 'local'",
	"while 199":            "t:198: too many C levels (limit is 200) in main function near 'x'",
	"if 199":               "t:198: too many C levels (limit is 200) in main function near 'x'",
	"if break 199":         "t:198: too many C levels (limit is 200) in main function near 'x'",
	"if break 200":         "t:198: too many C levels (limit is 200) in main function near 'x'",
	"lookahead":            "t:3: too many C levels (limit is 200) in main function near ''",
	"method targets":       "t:2: too many C levels (limit is 200) in main function near '='",
	"nested fn line":       "t:3: too many C levels (limit is 200) in function at line 2 near '('",
	"nested local fn line": "t:4: too many C levels (limit is 200) in function at line 3 near '1'",
}

func limitSource(name string) string {
	R := strings.Repeat
	fnest := func(n int) string {
		return "x = 1\n" + R("local f = function()\n", n) + "return 1\n" + R("end\n", n)
	}
	labels := func(n int) string {
		var b strings.Builder
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, "::l%d::\n", i)
		}
		return b.String()
	}
	parens := func(n int, inner string) string { return R("(", n) + inner + R(")", n) }
	switch name {
	case "lookahead name":
		return "x = " + parens(196, "{f\ng}")
	case "lookahead dots":
		return "x = " + parens(196, "{f\n..g}")
	case "lookahead string":
		return "x = " + parens(196, "{f\n\"a\\tb\"}")
	case "lookahead bracket":
		return "x = " + parens(196, "{f\n[1]}")
	case "lookahead number":
		return "x = " + parens(196, "{f 0x10}")
	case "lookahead":
		return "x = " + parens(196, "{f\n\n(1)}")
	case "parens stmt 197":
		return parens(197, "1")
	case "parens stmt 198":
		return parens(198, "1")
	case "parens expr 196":
		return "x = " + parens(196, "1")
	case "parens expr 197":
		return "x = " + parens(197, "1")
	case "do 198":
		return R("do ", 198) + R("end ", 198)
	case "do 199":
		return R("do ", 199) + R("end ", 199)
	case "unary 197":
		return "a = " + R("- ", 197) + "1"
	case "unary 198":
		return "a = " + R("not ", 198) + "1"
	case "concat 197":
		return "a = " + R("x .. ", 197) + "1"
	case "pow 198":
		return "a = " + R("x ^ ", 198) + "1"
	case "add 5000":
		return "a = " + R("x + ", 5000) + "1"
	case "targets 197":
		return R("a,", 197) + "a = 1"
	case "targets 198":
		return R("a,", 198) + "a = 1"
	case "labels 198":
		return labels(198)
	case "labels 199":
		return labels(199)
	case "semis after label":
		return "::a::" + R(";", 1000)
	case "tables 197":
		return "x = " + R("{", 197) + R("}", 197)
	case "tables 198":
		return "x = " + R("{", 198) + R("}", 198)
	case "calls 197":
		return "x = " + R("f(", 197) + R(")", 197)
	case "index 197":
		return "x = " + R("a[", 197) + "1" + R("]", 197)
	case "funcs 99":
		return fnest(99)
	case "funcs 100":
		return fnest(100)
	case "while 199":
		return R("while x do\n", 199) + R("end\n", 199)
	case "if 199":
		return R("if x then\n", 199) + R("end\n", 199)
	case "if break 199":
		return R("if x then\n", 199) + "break\n" + R("end\n", 199)
	case "if break 200":
		return "while x do\n" + R("if x then\n", 198) + "break\n" + R("end\n", 199)
	case "method targets":
		return "local t = {}\n" + R("t.a, ", 198) + "t.b = 1"
	case "nested fn line":
		return "local x\nlocal f = function()\n  return " + parens(197, "1") + "\nend"
	case "nested local fn line":
		return "local function f\n\n()\n  return " + parens(196, "1") + "\nend"
	}
	panic("no limit source " + name)
}

// TestLimits checks lua5.3's "too many C levels" errors: where they trigger,
// the token they name and their line.
func TestLimits(t *testing.T) {
	for name, want := range luaLimits {
		got := ""
		if _, err := parseT(limitSource(name)); err != nil {
			got = err.Error()
		}
		if isCompilerError(want) {
			want = ""
		}
		if got != want {
			t.Errorf("%s\n got %s\nwant %s", name, got, want)
		}
	}
}

// TestCallDepth checks that the host call depth shifts the limit: lua5.3
// runs a script file with one call active, so 199 nested blocks load and
// 200 do not.
func TestCallDepth(t *testing.T) {
	src := func(n int) []byte { return []byte(strings.Repeat("do ", n) + strings.Repeat("end ", n)) }
	if _, err := Parse(src(199), "@f.lua"); err != nil {
		t.Errorf("199 blocks: %v", err)
	}
	_, err := Parse(src(200), "@f.lua")
	if want := "f.lua:1: too many C levels (limit is 200) in main function near 'do'"; err == nil || err.Error() != want {
		t.Errorf("200 blocks: got %v, want %s", err, want)
	}
	if _, err := ParseWithDepth(src(198), "=t", 3); err == nil {
		t.Errorf("198 blocks at depth 3: no error")
	}
}

// TestTypeLimits checks that nested types and casts count levels, so that no
// input recurses without bound.
func TestTypeLimits(t *testing.T) {
	for _, src := range []string{
		"local x: " + strings.Repeat("{", 300),
		"local x: " + strings.Repeat("(", 300),
		"local x: " + strings.Repeat("A<", 300),
		"local x: " + strings.Repeat("() -> ", 300) + "()",
		"local x: " + strings.Repeat("typeof(", 300),
		"local x = y" + strings.Repeat(" :: typeof(y", 300),
		"type T = " + strings.Repeat("{a: ", 300),
		"function f(): " + strings.Repeat("(", 300),
		"local x: " + strings.Repeat("<T>(", 300),
	} {
		_, err := parseT(src)
		if err == nil || !strings.Contains(err.Error(), "too many C levels (limit is 200)") {
			t.Errorf("%.30q...: got %v", src, err)
		}
	}
}

// TestTypeErrors checks the messages for malformed annotations, which
// follow lua5.3's style.
func TestTypeErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"local x: = 1", "t:1: type expected near '='"},
		{"local x: {a: }", "t:1: type expected near '}'"},
		{"local f: (number, string)", "t:1: '->' expected near <eof>"},
		{"local f: (a: number)", "t:1: '->' expected near <eof>"},
		{"local f: (...number)", "t:1: '->' expected near <eof>"},
		{"local f: () -> (a: number)", "t:1: '->' expected near <eof>"},
		{"local f: ()", "t:1: '->' expected near <eof>"},
		{"type X = ", "t:1: type expected near <eof>"},
		{"type X<T = 1", "t:1: '>' expected near '='"},
		{"type X<> = 1", "t:1: <name> expected near '>'"},
		{"type X number", "t:1: syntax error near 'X'"},
		{"export type X", "t:1: syntax error near 'type'"},
		{"type X<T> number", "t:1: '=' expected near 'number'"},
		{"local x: Foo<", "t:1: type expected near <eof>"},
		{"local x: Foo<a b>", "t:1: '>' expected near 'b'"},
		{"local x: {number", "t:1: '}' expected near <eof>"},
		{"local x: {\nnumber", "t:2: '}' expected (to close '{' at line 1) near <eof>"},
		{"local x: {[string] number}", "t:1: ':' expected near 'number'"},
		{"local x: {[string]: number, a: b}", "t:1: '}' expected near 'a'"},
		{"local x: {a: b c: d}", "t:1: '}' expected near 'c'"},
		{"local x: {a?: b, c}", "t:1: ':' expected near '}'"},
		{"function f(): end", "t:1: type expected near 'end'"},
		{"local x: number @min", "t:1: '(' expected near <eof>"},
		{"local x: number @(1)", "t:1: <name> expected near '('"},
		{"local x: number @min(1", "t:1: ')' expected near <eof>"},
		// "::" followed by no type is a (broken) label, as for lua5.3.
		{"x = y :: ", "t:1: <name> expected near <eof>"},
		{"x = y :: = 1", "t:1: <name> expected near '='"},
		// "<" after "function" is a type parameter list only when it looks
		// like one; otherwise lua5.3's message.
		{"x = function < 3", "t:1: '(' expected near '<'"},
		{"function f < x do end", "t:1: '(' expected near '<'"},
		{"function f<T", "t:1: '(' expected near '<'"},
		{"function f<T,", "t:1: <name> expected near <eof>"},
		{"x = (y as )", "t:1: ')' expected near 'as'"},
		{"local f: <T>T", "t:1: '(' expected near 'T'"},
		{"local f: <T>(T)", "t:1: '->' expected near <eof>"},
		{"local x: -> number", "t:1: type expected near '->'"},
		{"local x: - y", "t:1: type expected near '-'"},
		{"local x: mod.", "t:1: <name> expected near <eof>"},
		{"local x: typeof(", "t:1: unexpected symbol near <eof>"},
		{"local x: typeof(a b)", "t:1: ')' expected near 'b'"},
		{"function f(a:) end", "t:1: type expected near ')'"},
		{"function f(...:) end", "t:1: type expected near ')'"},
		{"function f<>() end", "t:1: '(' expected near '<'"},
		{"function f<T:() end", "t:1: '->' expected near 'end'"},
		{"function f<T, U() end", "t:1: '>' expected near '('"},
		{"for i: = 1, 2 do end", "t:1: type expected near '='"},
		{"local x: (", "t:1: type expected near <eof>"},
		{"local x = y :: T :: U", "t:1: syntax error near <eof>"},
		// Not aliases: plain Lua errors.
		{"export type = 1", "t:1: syntax error near 'type'"},
		{"type = = 1", "t:1: unexpected symbol near '='"},
		// Outside types, the type tokens are plain Lua's stray symbols.
		{"x = a ? b : c", "t:1: unexpected symbol near '?'"},
		{"x = y @min(1)", "t:1: unexpected symbol near '@'"},
		{"local x = y\n!z", "t:2: unexpected symbol near '!'"},
	}
	for _, c := range cases {
		got := ""
		if _, err := parseT(c.src); err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%q\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

func pos(line, col int) lexer.Pos { return lexer.Pos{Line: line, Column: col} }

// TestPositions checks the positions and the closing lines that the
// compiler uses for line information and lastlinedefined.
func TestPositions(t *testing.T) {
	src := `local function f(a)
  return a
end
x = function()
end
if a then
  b()
elseif c then
else
end
repeat
until x
t.a.b:c(1)["k"] {2}
while x do end
`
	c := mustParse(t, src)
	s := c.Block.Stmts
	check := func(what string, got, want any) {
		t.Helper()
		if got != want {
			t.Errorf("%s: got %v, want %v", what, got, want)
		}
	}
	check("chunk name", c.Name, "=t")
	check("main EndLine", c.Block.EndLine, 15)
	lf := s[0].(*ast.LocalFunctionStmt)
	check("local function Pos", lf.Pos, pos(1, 1))
	check("local function Func.Pos", lf.Func.Pos, pos(1, 7))
	check("local function Name.Pos", lf.Name.Pos, pos(1, 16))
	check("local function EndLine", lf.Func.EndLine, 3)
	check("local function Body.EndLine", lf.Func.Body.EndLine, 3)
	check("local function Body.Pos", lf.Func.Body.Pos, pos(2, 3))
	check("param Pos", lf.Func.Params[0].Pos, pos(1, 18))
	fe := s[1].(*ast.AssignStmt).Exprs[0].(*ast.FunctionExpr)
	check("function expr Pos", fe.Pos, pos(4, 5))
	check("function expr EndLine", fe.EndLine, 5)
	check("assign Pos", s[1].Start(), pos(4, 1))
	is := s[2].(*ast.IfStmt)
	check("if Pos", is.Pos, pos(6, 1))
	check("then EndLine", is.Thens[0].EndLine, 8)
	check("elseif EndLine", is.Thens[1].EndLine, 9)
	check("else EndLine", is.Else.EndLine, 10)
	rs := s[3].(*ast.RepeatStmt)
	check("repeat body EndLine", rs.Body.EndLine, 12)
	check("until cond Pos", rs.Cond.Start(), pos(12, 7))
	call := s[4].(*ast.CallStmt).Call.(*ast.CallExpr)
	check("call Pos", call.Pos, pos(13, 17))
	check("call Start", call.Start(), pos(13, 1))
	tbl := call.Args[0].(*ast.TableExpr)
	check("table Pos", tbl.Pos, pos(13, 17))
	check("table EndPos", tbl.EndPos, pos(13, 19))
	ix := call.Fn.(*ast.IndexExpr)
	check("index Pos", ix.Pos, pos(13, 11))
	check("index Dot", ix.Dot, false)
	mc := ix.Obj.(*ast.MethodCallExpr)
	check("method Pos", mc.Pos, pos(13, 6))
	check("method name", mc.Method, "c")
	dot := mc.Obj.(*ast.IndexExpr)
	check("dot Pos", dot.Pos, pos(13, 4))
	check("dot Dot", dot.Dot, true)
	check("while Pos", s[5].Start(), pos(14, 1))

	c = mustParse(t, "local x = (y :: T)!\nlocal z = w as U")
	ne := c.Block.Stmts[0].(*ast.LocalStmt).Exprs[0].(*ast.NonNilExpr)
	check("non-nil Pos", ne.Pos, pos(1, 19))
	check("cast Pos", ne.X.(*ast.ParenExpr).X.(*ast.CastExpr).Pos, pos(1, 14))
	check("as Pos", c.Block.Stmts[1].(*ast.LocalStmt).Exprs[0].(*ast.CastExpr).Pos, pos(2, 13))
}

// TestASTDetails checks the parts of the tree the printer does not show.
func TestASTDetails(t *testing.T) {
	stmt := func(src string) ast.Stmt {
		t.Helper()
		return mustParse(t, src).Block.Stmts[0]
	}
	if ls := stmt("local a, b = 1").(*ast.LocalStmt); ls.Types != nil {
		t.Errorf("unannotated local: Types = %v", ls.Types)
	}
	if ls := stmt("local a, b: number").(*ast.LocalStmt); len(ls.Types) != 2 || ls.Types[0] != nil || ls.Types[1] == nil {
		t.Errorf("local a, b: number: Types = %v", ls.Types)
	}
	if ls := stmt("local a: number, b").(*ast.LocalStmt); len(ls.Types) != 2 || ls.Types[0] == nil || ls.Types[1] != nil {
		t.Errorf("local a: number, b: Types = %v", ls.Types)
	}
	if ls := stmt("local a").(*ast.LocalStmt); ls.Exprs != nil {
		t.Errorf("local a: Exprs = %v", ls.Exprs)
	}
	f := stmt("function f(a, b) end").(*ast.FunctionStmt).Func
	if f.ParamTypes != nil || f.Returns != nil || f.IsVararg || f.TypeParams != nil {
		t.Errorf("plain function: %+v", f)
	}
	f = stmt("function f(): () end").(*ast.FunctionStmt).Func
	if f.Returns == nil || len(f.Returns) != 0 {
		t.Errorf("(): () returns = %#v", f.Returns)
	}
	fs := stmt("function o.p:m(x: T, ...: V) end").(*ast.FunctionStmt)
	f = fs.Func
	if !fs.IsMethod || len(f.Params) != 2 || f.Params[0].Name != "self" ||
		len(f.ParamTypes) != 2 || f.ParamTypes[0] != nil || f.ParamTypes[1] == nil ||
		!f.IsVararg || f.VarargType == nil {
		t.Errorf("method: %+v", f)
	}
	if ix, ok := fs.Name.(*ast.IndexExpr); !ok || !ix.Dot || ix.Key.(*ast.StringExpr).Value != "m" {
		t.Errorf("method name: %#v", fs.Name)
	}
	if f.Params[0].Pos != pos(1, 14) {
		t.Errorf("self Pos = %v", f.Params[0].Pos)
	}
	ta := stmt("export type R<T, E: Err> = T").(*ast.TypeAliasStmt)
	if !ta.Exported || ta.Name.Name != "R" || len(ta.Params) != 2 || ta.Params[0].Constraint != nil ||
		ta.Params[1].Name != "E" || ta.Params[1].Constraint == nil {
		t.Errorf("alias: %+v", ta)
	}
	if ta := stmt("type R = T").(*ast.TypeAliasStmt); ta.Exported || ta.Params != nil {
		t.Errorf("alias: %+v", ta)
	}
	lits := stmt(`local x: "a" | 42 | 1.5 | true | nil | -7`).(*ast.LocalStmt).Types[0].(*ast.UnionType).Types
	want := []any{"a", int64(42), 1.5, true, nil, int64(-7)}
	for i, l := range lits {
		if v := l.(*ast.LiteralType).Value; v != want[i] {
			t.Errorf("literal %d: %#v, want %#v", i, v, want[i])
		}
	}
	ft := stmt("local f: (a: A, B) -> ()").(*ast.LocalStmt).Types[0].(*ast.FunctionType)
	if len(ft.ParamNames) != 2 || ft.ParamNames[0] != "a" || ft.ParamNames[1] != "" {
		t.Errorf("param names: %q", ft.ParamNames)
	}
	ft = stmt("local f: (A, B) -> ()").(*ast.LocalStmt).Types[0].(*ast.FunctionType)
	if ft.ParamNames != nil || ft.Returns == nil || len(ft.Returns) != 0 {
		t.Errorf("unnamed params: %#v", ft)
	}
	tb := stmt("x = {a = 1, ['b'] = 2, 3}").(*ast.AssignStmt).Exprs[0].(*ast.TableExpr)
	if !tb.Fields[0].Named || tb.Fields[1].Named || tb.Fields[1].Key == nil || tb.Fields[2].Key != nil {
		t.Errorf("table fields: %+v %+v %+v", tb.Fields[0], tb.Fields[1], tb.Fields[2])
	}
	if nf := stmt("for i = 1, 2 do end").(*ast.NumericForStmt); nf.Type != nil || nf.Step != nil {
		t.Errorf("numeric for: %+v", nf)
	}
	if gf := stmt("for a, b in c do end").(*ast.GenericForStmt); gf.Types != nil {
		t.Errorf("generic for: %+v", gf)
	}
	if gf := stmt("for a, b: T in c do end").(*ast.GenericForStmt); len(gf.Types) != 2 || gf.Types[0] != nil {
		t.Errorf("generic for: %+v", gf)
	}
	if rs := stmt("return").(*ast.ReturnStmt); rs.Exprs != nil {
		t.Errorf("return: %+v", rs)
	}
	if is := stmt("if a then end").(*ast.IfStmt); is.Else != nil || len(is.Thens) != 1 {
		t.Errorf("if: %+v", is)
	}
	fn := stmt("local function f() end").(*ast.LocalFunctionStmt)
	if fn.Name.Name != "f" || fn.Func.IsVararg {
		t.Errorf("local function: %+v", fn)
	}
}

// TestErrorChunkNames checks the chunk part of messages.
func TestErrorChunkNames(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"@dir/file.lua", "dir/file.lua:2: unexpected symbol near <eof>"},
		{"=stdin", "stdin:2: unexpected symbol near <eof>"},
		{"x =\n", `[string "x =..."]:2: unexpected symbol near <eof>`},
	} {
		_, err := Parse([]byte("x =\n"), c.name)
		if err == nil || err.Error() != c.want {
			t.Errorf("%q: got %v, want %s", c.name, err, c.want)
		}
	}
	if _, err := ParseString("x = 'abc\ny", "=s"); err == nil || err.Error() != "s:1: unfinished string near ''abc'" {
		t.Errorf("lexical error: %v", err)
	}
}

// TestNonNilNeedsAdjacency checks that only "x!" is an assertion: "x !" is
// left to lua5.3's message.
func TestNonNilNeedsAdjacency(t *testing.T) {
	if _, err := parseT("x = y !z"); err == nil || err.Error() != "t:1: unexpected symbol near '!'" {
		t.Errorf("x = y !z: %v", err)
	}
	if _, err := parseT("f() !"); err == nil || err.Error() != "t:1: unexpected symbol near '!'" {
		t.Errorf("f() !: %v", err)
	}
	if _, err := parseT("x = [[a\nb]]!"); err == nil {
		t.Errorf("multi-line operand: no error")
	}
	checkPrinted(t, []struct{ src, want string }{
		{"x = a.b!.c", "x = a.b!.c"},
		{"x = f()!", "x = f()!"},
		{"x = t[1]!", "x = t[1]!"},
		{"x = (y)!", "x = (y)!"},
	})
}

// TestAliasNeedsAssign checks that "type" followed by a name is an alias
// only with '=' or '<' next; other broken code keeps lua5.3's message.
func TestAliasNeedsAssign(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"type print(x)", "t:1: syntax error near 'print'"},
		{"export type print(x)", "t:1: syntax error near 'type'"},
		{"type x", "t:1: syntax error near 'x'"},
		{"local v type x.y = 1", "t:1: syntax error near 'x'"},
	} {
		_, err := parseT(c.src)
		if err == nil || err.Error() != c.want {
			t.Errorf("%q: got %v, want %s", c.src, err, c.want)
		}
	}
}
