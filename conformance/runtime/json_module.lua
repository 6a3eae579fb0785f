-- covers: require("json"): encoding scalars, arrays, objects (keys in
-- byte order), nesting, integers and floats, string escapes, json.null,
-- json.array and json.object for empty tables; decoding the same
-- (integers stay integers, floats floats, null inside arrays kept as
-- json.null, dropped from objects, \u escapes); failures returned as
-- INVALID error values (bad text, cycles, mixed keys, functions, NaN);
-- a non-string argument to decode raises
local json = require("json")
print(json.encode(nil), json.encode(true), json.encode(42), json.encode(1.5), json.encode(3.0), json.encode("a\"b\n"))
print(json.encode({1, 2, {3}}), json.encode({b = 1, a = {c = false}}))
print(json.encode({}), json.encode(json.array()), json.encode(json.object()), json.encode({json.null, 1}))
local v = json.decode('{"n": 10, "f": 2.5, "e": 1e2, "list": [1, null, "x"], "nothing": null, "s": "\\u00e9"}')
print(math.type(v.n), math.type(v.f), math.type(v.e), v.e, #v.list, v.list[2] == json.null, v.list[3], v.nothing, v.s)
print(json.encode(json.decode("[]")), json.decode("null"), json.decode(" 7 "))
local _, err = json.decode("{bad")
print(err:kind(), tostring(err))
local cyc = {}
cyc.me = cyc
print(select(2, json.encode(cyc)))
print(select(2, json.encode({1, 2, x = 3})))
print(select(2, json.encode({cb = print})))
print(select(2, json.encode(0 / 0)))
print(pcall(function() return json.decode(42) end))
