-- covers: and/or return operand values (not booleans), short-circuit evaluation, not
local calls = {}
local function v(x, tag) calls[#calls + 1] = tag; return x end
print(nil and 1, false and 1, 0 and 1, "" and 1, 1 and nil)
print(nil or 1, false or nil, 0 or 1, "" or 1, false or false)
print(v(nil, "a") and v(1, "b"))
print(v(1, "c") or v(2, "d"))
print(v(false, "e") or v(nil, "f"))
print(#calls, calls[1], calls[2], calls[3], calls[4], calls[5])
print(not nil, not false, not 0, not "", not {}, not not 1)
-- default values idiom
local function greet(name) name = name or "world"; return "hello " .. name end
print(greet(), greet("lua"), greet(false))
-- ternary idiom pitfall: false in the middle
local cond = true
print(cond and false or "fallback")
print(cond and nil or "fallback")
-- and/or with multiple results: only one value
local function two() return 1, 2 end
print(two() and two())
print(nil or two())
print((two() or 5))
-- nested
print(1 and 2 and 3, nil or false or 3, 1 and (nil or 4), (1 and nil) or 5)
print(false == nil, not nil == not false)
-- values as conditions in if
local values = {0, "", "0", false, nil, {}, -1}
for i = 1, 7 do
  if values[i] then print(i, "truthy") else print(i, "falsy") end
end
-- and/or in assignments and table constructors
local t = {a = nil or "x", b = false and "y", c = 0 and "z"}
print(t.a, t.b, t.c)
