-- covers: __tostring used by tostring and print, errors for non-string results, __name in messages
local P = {__tostring = function(p) return "Point(" .. p.x .. "," .. p.y .. ")" end}
local pt = setmetatable({x = 1, y = 2}, P)
print(pt)
print(tostring(pt), "prefix " .. tostring(pt))
print(pt, pt, 3)
-- __tostring returning a non-string is an error
local bad = setmetatable({}, {__tostring = function() return 42 end})
print(pcall(tostring, bad))
local bad2 = setmetatable({}, {__tostring = function() return nil end})
print(pcall(tostring, bad2))
print(pcall(print, bad))
-- __tostring error propagates
local boom = setmetatable({}, {__tostring = function() error("tostring failed", 0) end})
print(pcall(tostring, boom))
-- __name is used in error messages for the operand type
local named = setmetatable({}, {__name = "MyType"})
print(pcall(function() return named + 1 end))
print(pcall(function() return #named end))
print(pcall(function() return named < named end))
print(pcall(function() return named() end))
print(pcall(function() local obj = named; return obj.x.y end))
print(pcall(function() return named .. "" end))
-- a non-string __name is ignored
local weird = setmetatable({}, {__name = 123})
print(pcall(function() return weird + 1 end))
-- __tostring takes precedence; the metamethod sees the object
local seen
local S = setmetatable({tag = "s"}, {__tostring = function(o) seen = o.tag; return "S!" end, __name = "Ignored"})
print(tostring(S), seen)
-- tostring on basic values
print(tostring(nil), tostring(true), tostring(false), tostring(12), tostring(-3.5), tostring("str"))
print(pcall(tostring))
