-- string and table are library tables that also work as types.
print(type(string), type(table), string.upper("x"), table.concat({1, 2}, "-"))
print(string("ok"), string:is("ok"))
print(string:is(1))
print(pcall(string, {}))
print(table:is({}) ~= nil, table:is("x"))
print(string:kind(), table:kind(), string:name())
-- Library functions and string methods are untouched (the casts tell the checker the missing names are meant).
print(("abc"):upper(), ("%d"):format(7), (string :: any).nothing, (table :: any).nothing)
-- A string is not a type: its methods come from the string library.
print(pcall(function() return ("abc" :: any):is("x") end))
-- In annotations they are the string and table types.
type S = {s: string, t: table}
print(S:field("s"):kind(), S:field("t"):kind(), S:field("s") <= string, string <= S:field("s"))
print(S:is({s = "x", t = {}}) ~= nil, S:is({s = "x", t = "y"}))
-- Comparisons with library tables work through the type values.
print(string <= any, integer < number, pcall(function() return string < 1 end))
