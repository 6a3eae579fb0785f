-- covers: __concat metamethod: operand order, numbers/strings on either side, chains
local C = {}
C.__index = C
local function str(s) return setmetatable({s = s}, C) end
local function raw(x)
  if type(x) == "table" then return "<" .. (x.s or "plain") .. ">" end
  return tostring(x)
end
C.__concat = function(a, b) return str(raw(a) .. raw(b)) end
local a, b = str("a"), str("b")
print((a .. b).s)
print((a .. "x").s, ("x" .. a).s, (1 .. a).s, (a .. 2.5).s)
-- right associative: "p" .. a .. "q" == "p" .. (a .. "q")
print(("p" .. a .. "q").s)
print(("p" .. "q" .. a).s)
print((a .. "m" .. "n" .. b).s)
-- metamethod may return a non-string
local N = setmetatable({}, {__concat = function(x, y) return 42 end})
print(N .. "z", "z" .. N, N .. N)
-- only one operand needs __concat
print(({} .. a).s, (a .. {}).s, (true .. a).s)
-- neither operand has __concat
print(pcall(function() return {} .. {} end))
print(pcall(function() local plain = {}; return plain .. "x" end))
-- numbers and strings do not consult the metamethod
print(1 .. 2 .. "3")
-- a chain where only the middle operand has __concat
local log = {}
local M = setmetatable({}, {__concat = function(x, y)
  log[#log + 1] = type(x) .. "+" .. type(y)
  return "M"
end})
local r = "a" .. "b" .. M .. "c" .. "d"
print(r, log[1], log[2], #log)
