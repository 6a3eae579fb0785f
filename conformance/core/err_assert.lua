-- covers: assert: returns all arguments on success, error messages on failure
print(assert(1, 2, 3))
print(assert(true, "unused message"))
print(assert("value"))
print(pcall(assert, false))
print(pcall(assert, nil))
print(pcall(assert, false, "custom message"))
print(pcall(assert, nil, 42))
local t = {}
local ok, e = pcall(assert, false, t)
print(ok, e == t)
print(pcall(assert))
print(pcall(assert, 0), pcall(assert, ""))
-- assert with a function result
local function finder(x) if x > 0 then return x, "found" end return nil, "not found: " .. x end
print(pcall(function() return assert(finder(3)) end))
print(pcall(function() return assert(finder(-1)) end))
-- NOTE: in Lua 5.3 assert raises through error() at level 1, so a STRING message gets the
-- position of the Lua code that called assert (but not when called directly by pcall)
print(pcall(function() assert(false, "no position") end))
print(pcall(function() assert(1 == 2) end))
