-- covers: __eq metamethod: when it is called, result conversion, ~= negation
local calls = 0
local E = {__eq = function(a, b)
  calls = calls + 1
  return a.id == b.id
end}
local a = setmetatable({id = 1}, E)
local b = setmetatable({id = 1}, E)
local c = setmetatable({id = 2}, E)
print(a == b, a == c, a ~= b, a ~= c, calls)
-- same reference: no call
calls = 0
print(a == a, a ~= a, calls)
-- different types: no call
calls = 0
print(a == 1, a == "x", a == nil, 1 == a, calls)
-- only one operand with __eq: still used (either side)
calls = 0
local plain = {id = 1}
print(a == plain, plain == a, calls)
-- result converted to boolean
local W = {__eq = function() return "yes" end}
local N = {__eq = function() return nil end}
local w1, w2 = setmetatable({}, W), setmetatable({}, W)
local n1, n2 = setmetatable({}, N), setmetatable({}, N)
print(w1 == w2, w1 ~= w2, n1 == n2, n1 ~= n2)
-- first operand's metamethod has priority
local order = {}
local P = {__eq = function() order[#order + 1] = "P"; return true end}
local Q = {__eq = function() order[#order + 1] = "Q"; return false end}
local p, q = setmetatable({}, P), setmetatable({}, Q)
print(p == q, q == p, order[1], order[2])
-- rawequal bypasses __eq
print(rawequal(a, b), rawequal(a, a), rawequal(1, 1.0), rawequal("x", "x"))
-- __eq is not used for table keys
local tk = {}
tk[a] = "a"
print(tk[b], tk[a])
-- errors inside __eq propagate
local X = setmetatable({}, {__eq = function() error("eq error") end})
print(pcall(function() return X == {} end))
