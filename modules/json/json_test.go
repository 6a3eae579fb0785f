package json_test

import (
	stderrors "errors"
	"strings"
	"testing"

	"wippylua"
	"wippylua/modules/json"
	"wippylua/vm"
)

func newState(tb testing.TB) *wippylua.State {
	tb.Helper()
	var out strings.Builder
	// New opens the runtime modules: the errors global, and json for require.
	st := wippylua.New(wippylua.Options{Stdout: &out})
	return st
}

func run(t *testing.T, st *wippylua.State, name, src string) {
	t.Helper()
	if _, err := st.DoString("local json = require('json')\n"+src, "="+name); err != nil {
		var le *vm.Error
		if stderrors.As(err, &le) {
			t.Fatalf("%s: %v\n%s", name, err, le.Traceback)
		}
		t.Fatalf("%s: %v", name, err)
	}
}

func TestLua(t *testing.T) {
	cases := []struct{ name, src string }{
		{"scalars", `
			local function enc(v) local s, err = json.encode(v); assert(err == nil, tostring(err)); return s end
			assert(enc(nil) == "null" and enc(true) == "true" and enc(false) == "false")
			assert(enc(0) == "0" and enc(-7) == "-7")
			assert(enc(math.maxinteger) == "9223372036854775807")
			assert(enc(math.mininteger) == "-9223372036854775808")
			assert(enc(1.5) == "1.5" and enc(3.0) == "3.0" and enc(-0.0) == "-0.0")
			assert(enc(0.1) == "0.1" and enc(1e300) == "1e+300" and enc(1e-7) == "1e-07")
			assert(enc(2^63) == "9.223372036854776e+18" and enc(2^53) == "9.007199254740992e+15")
			assert(enc("a\"b\\c\n\t\r\b\f\1\31/é€😀") == '"a\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\\u001f/é€😀"')
			assert(enc(json.null) == "null")`},
		{"tables", `
			local function enc(v) local s, err = json.encode(v); assert(err == nil, tostring(err)); return s end
			assert(enc({1, 2, 3}) == "[1,2,3]")
			assert(enc({}) == "{}")
			assert(enc(json.array()) == "[]" and enc(json.array({})) == "[]")
			assert(enc(json.object()) == "{}")
			assert(enc({b = 1, a = {x = true}, c = "s"}) == '{"a":{"x":true},"b":1,"c":"s"}')
			assert(enc({[1.0] = "a", [2] = "b"}) == '["a","b"]')
			assert(enc({1, json.null, 3}) == "[1,null,3]")
			assert(enc({list = {{id = 1}, {id = 2}}}) == '{"list":[{"id":1},{"id":2}]}')
			-- a table shared twice is not a cycle
			local shared = {1}
			assert(enc({shared, shared}) == "[[1],[1]]")
			-- an error value encodes as its text
			assert(enc({err = errors.new{message = "m", kind = "INVALID"}}) == '{"err":"INVALID: m"}')
			-- __jsontype in a table's own metatable
			assert(enc(setmetatable({}, {__jsontype = "array", __index = {}})) == "[]")`},
		{"encode errors", `
			local function bad(v, want)
				local s, err = json.encode(v)
				assert(s == nil and err ~= nil, "expected failure for " .. want)
				assert(errors.is(err, errors.INVALID), tostring(err))
				assert(err:message():find(want, 1, true), err:message())
			end
			bad(0/0, "cannot encode NaN at $")
			bad(1/0, "cannot encode inf")
			bad({x = -1/0}, "cannot encode -inf at $.x")
			bad({1, 2, nil, 4}, "cannot encode table with mixed or non-string keys at $")
			bad({1, x = 2}, "mixed or non-string keys")
			bad({[0] = 1}, "mixed or non-string keys")
			bad({[1.5] = 1}, "mixed or non-string keys")
			bad({[true] = 1}, "mixed or non-string keys")
			bad({a = {[2] = 1}}, "mixed or non-string keys at $.a")
			bad(print, "cannot encode function at $")
			bad({a = {b = {coroutine.create(print)}}}, "cannot encode thread at $.a.b[1]")
			bad({["odd key"] = io and io.stdout or print}, 'at $["odd key"]')
			bad("\255", "invalid UTF-8")
			bad({["\255"] = 1}, "invalid UTF-8")
			bad(json.array({x = 1}), "mixed or non-string keys")
			bad(json.object({1}), "mixed or non-string keys")
			local c = {}; c.self = c
			bad(c, "cannot encode table with cycles at $.self")
			local a = {}; a[1] = {a}
			bad(a, "cycles at $[1][1]")
			local deep = {}
			local cur = deep
			for i = 1, 1000 do cur[1] = {}; cur = cur[1] end
			bad(deep, "nesting deeper than 1000")`},
		{"decode", `
			local function dec(s) local v, err = json.decode(s); assert(err == nil, tostring(err)); return v end
			assert(dec("null") == nil and dec(" true ") == true and dec("false") == false)
			assert(math.type(dec("42")) == "integer" and dec("-0") == 0)
			assert(math.type(dec("1.0")) == "float" and math.type(dec("1e2")) == "float")
			assert(dec("1E+2") == 100.0 and dec("-1.5e-3") == -0.0015)
			assert(dec("9223372036854775807") == math.maxinteger)
			assert(dec("-9223372036854775808") == math.mininteger)
			assert(math.type(dec("9223372036854775808")) == "float")
			assert(dec("1e-400") == 0.0)
			assert(dec('"a\\"b\\\\c\\/\\b\\f\\n\\r\\t"') == "a\"b\\c/\b\f\n\r\t")
			assert(dec('"\\u00e9\\u20AC"') == "é€")
			assert(dec('"\\ud83d\\ude00"') == "😀")
			assert(dec('"é€😀"') == "é€😀")
			local t = dec(' { "a" : [1, 2, {"b": null}], "c": {}, "d": [] , "e": null} ')
			assert(#t.a == 3 and t.a[3].b == nil and next(t.a[3]) == nil)
			assert(next(t.c) == nil and next(t.d) == nil and t.e == nil)
			local arr = dec("[1, null, 3]")
			assert(#arr == 3 and arr[2] == json.null and tostring(arr[2]) == "null")
			assert(dec('{"k": 1, "k": 2}').k == 2)
			assert(dec('{"k": 1, "k": null}').k == nil)`},
		{"round trip", `
			local docs = {
				'[]', '{}', '[[],{}]', '[1,null,3]', '{"a":[1,2.5,"x",true,false]}',
				'"\\u0000\\u001f"', '[-0.0,0.1,1e+300,5e-324]', '{"nested":{"deep":[[[[]]]]}}',
			}
			for _, d in ipairs(docs) do
				local v, err = json.decode(d)
				assert(err == nil, d)
				local s, err2 = json.encode(v)
				assert(err2 == nil, tostring(err2))
				assert(s == d, d .. " -> " .. s)
			end
			local big = {}
			for i = 1, 10000 do big[i] = {id = i, name = "item" .. i, score = i / 7} end
			local s = assert(json.encode(big))
			local back = assert(json.decode(s))
			assert(#back == 10000 and back[9999].name == "item9999" and back[7].score == 1.0)
			assert(json.encode(back) == s)`},
		{"decode errors", `
			local function bad(s, want)
				local v, err = json.decode(s)
				assert(v == nil and err ~= nil, "expected failure for " .. s)
				assert(err:kind() == "INVALID")
				assert(err:message() == want, s .. ": " .. err:message())
			end
			bad("", "unexpected end of input at position 1")
			bad("   ", "unexpected end of input at position 4")
			bad("[1,]", "unexpected character ']' at position 4")
			bad("{\"a\":1,}", "unexpected character '}' at position 8")
			bad("[1 2]", "unexpected character '2' at position 4")
			bad("{'a':1}", "unexpected character ''' at position 2")
			bad("{\"a\" 1}", "unexpected character '1' at position 6")
			bad("{1:2}", "unexpected character '1' at position 2")
			bad("nul", "unexpected end of input at position 4")
			bad("tru e", "unexpected character ' ' at position 4")
			bad("1 2", "unexpected character '2' at position 3")
			bad("// c\n1", "unexpected character '/' at position 1")
			bad("01", "unexpected character '1' at position 2")
			bad("-", "unexpected end of input at position 2")
			bad("1.", "unexpected end of input at position 3")
			bad(".5", "unexpected character '.' at position 1")
			bad("1e", "unexpected end of input at position 3")
			bad("+1", "unexpected character '+' at position 1")
			bad("NaN", "unexpected character 'N' at position 1")
			bad("1e400", "number out of range at position 1")
			bad('"abc', "unexpected end of input at position 5")
			bad('"a\nb"', "control character in string at position 3")
			bad('"\\x"', "invalid escape '\\x' at position 2")
			bad('"\\u12"', "invalid \\u escape at position 2")
			bad('"\\u12G4"', "invalid \\u escape at position 2")
			bad('"\\ud83d"', "invalid surrogate pair in \\u escape at position 2")
			bad('"\\ud83d\\u0041"', "invalid surrogate pair in \\u escape at position 2")
			bad('"\\ude00\\ud83d"', "invalid surrogate pair in \\u escape at position 2")
			bad('"ab\255"', "invalid UTF-8 at position 4")
			bad('"\\n\237\160\128"', "invalid UTF-8 at position 4")
			bad("[\1]", "unexpected byte 0x01 at position 2")
			bad(string.rep("[", 1001) .. string.rep("]", 1001), "nesting deeper than 1000 at position 1001")
			bad(string.rep('{"a":', 1001), "nesting deeper than 1000 at position 5001")
			assert(json.decode(string.rep("[", 1000) .. string.rep("]", 1000)))`},
		{"argument errors raise", `
			local ok, msg = pcall(json.decode, 42)
			assert(not ok and msg:find("bad argument #1 to '[%w.]*decode' %(string expected, got number%)"), msg)
			ok, msg = pcall(json.decode)
			assert(not ok and msg:find("string expected, got no value"), msg)
			ok, msg = pcall(json.encode)
			assert(not ok and msg:find("bad argument #1 to '[%w.]*encode' %(value expected%)"), msg)
			ok, msg = pcall(json.array, 5)
			assert(not ok and msg:find("table expected"), msg)
			ok, msg = pcall(json.array, setmetatable({}, {}))
			assert(not ok and msg:find("already has a metatable"), msg)
			-- re-marking is fine
			local t = json.array()
			assert(json.object(t) == t and json.encode(t) == "{}")`},
		{"err stack names the caller", `
			local function parse(s) local _, err = json.decode(s); return err end
			local err = parse("x")
			assert(err:stack():find("in local 'parse'") or err:stack():find("function <"), err:stack())
			assert(tostring(err) == "INVALID: unexpected character 'x' at position 1")`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { run(t, newState(t), c.name, c.src) })
	}
}

func TestGoAPI(t *testing.T) {
	s := newState(t).VM()
	v, err := json.Decode(s, `{"a":[1,2,{"b":"c"}],"n":null}`)
	if err != nil {
		t.Fatal(err)
	}
	out, err := json.Encode(s, v)
	if err != nil || out != `{"a":[1,2,{"b":"c"}]}` {
		t.Fatalf("Encode = %q, %v", out, err)
	}
	if _, err := json.Decode(s, "[1,"); err == nil || err.Error() != "unexpected end of input at position 4" {
		t.Fatalf("Decode error = %v", err)
	}
	var je *json.Error
	_, err = json.Encode(s, vm.FunctionValue(vm.NewGoFunction("f", nil)))
	if !stderrors.As(err, &je) {
		t.Fatalf("Encode error %T", err)
	}
	if json.Null(s) != json.Null(s) {
		t.Fatal("Null is not one value per State")
	}
}

func TestHugeInput(t *testing.T) {
	st := newState(t)
	s := st.VM()
	// A long string and a wide array.
	long := strings.Repeat("x\u00e9\\n", 200000)
	v, err := json.Decode(s, `"`+long+`"`)
	if err != nil || len(v.AsString()) != 200000*4 {
		t.Fatalf("long string: %v", err)
	}
	wide := "[" + strings.Repeat("1,", 500000) + "1]"
	v, err = json.Decode(s, wide)
	if err != nil || v.AsTable().Len() != 500001 {
		t.Fatalf("wide array: %v", err)
	}
	out, err := json.Encode(s, v)
	if err != nil || out != wide {
		t.Fatalf("wide re-encode: %v", err)
	}
	// Output bounded by MaxStringLen.
	s.MaxStringLen = 1000
	if _, err := json.Encode(s, v); err == nil || !strings.Contains(err.Error(), "output too large") {
		t.Fatalf("limit: %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	for _, seed := range []string{
		`null`, `true`, `0`, `-1.5e10`, `"a\u00e9\ud83d\ude00"`, `[]`, `{}`, `[1,null,{"a":[]}]`,
		`{"a":{"b":{"c":[1,2,3.0]}},"d":"\n"}`, `9223372036854775808`, `[1,]`, `"\ud800"`, "\"\xff\"",
	} {
		f.Add(seed)
	}
	st := newState(f)
	s := st.VM()
	f.Fuzz(func(t *testing.T, in string) {
		v, err := json.Decode(s, in)
		if err != nil {
			var je *json.Error
			if !stderrors.As(err, &je) || !strings.Contains(je.Msg, " at position ") {
				t.Fatalf("bad error %v", err)
			}
			return
		}
		// Everything decode produces must encode, and re-decoding that must
		// be a fixed point.
		a, err := json.Encode(s, v)
		if err != nil {
			t.Fatalf("encode of decoded %q: %v", in, err)
		}
		v2, err := json.Decode(s, a)
		if err != nil {
			t.Fatalf("decode of %q: %v", a, err)
		}
		b, err := json.Encode(s, v2)
		if err != nil || a != b {
			t.Fatalf("not stable: %q -> %q -> %q (%v)", in, a, b, err)
		}
	})
}
