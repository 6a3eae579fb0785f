-- covers: which operations do NOT use metamethods: concat ignores __tostring, raw* functions,
-- next ignores __index, # on strings, == between different types, __eq not used for keys
local obj = setmetatable({}, {
  __tostring = function() return "OBJ" end,
  __index = function() return "from index" end,
  __len = function() return 10 end,
  __eq = function() return true end,
})
print(tostring(obj), pcall(function() return obj .. "" end))
print(obj.anything, rawget(obj, "anything"), next(obj))
print(#obj, rawlen(obj))
print(obj == setmetatable({}, getmetatable(obj)), rawequal(obj, {}), obj == 1, obj == "OBJ")
local keys = {}
keys[obj] = "obj key"
print(keys[setmetatable({}, getmetatable(obj))])
-- numbers and strings have no metatables reachable through these operations
print(pcall(function() return #5 end))
-- __index is not used by ipairs? (5.3: it is) and not by next/pairs without __pairs
local ip = setmetatable({}, {__index = function(_, i) if i < 3 then return "v" .. i end end})
local s = ""
for i, v in ipairs(ip) do s = s .. v end
local n = 0
for _ in pairs(ip) do n = n + 1 end
print(s, n)
-- __newindex is not used by rawset or table constructors
local created = setmetatable({}, {__newindex = function() error("not expected") end})
rawset(created, "k", "v")
print(created.k)
-- __call is not used by pcall's argument check of non-callables? (it is: callable tables work)
local callable = setmetatable({}, {__call = function(_, a) return "called " .. a end})
print(pcall(callable, "via pcall"))
-- arithmetic on numeric strings does not consult metamethods; non-numeric strings error
print("2" * "3", pcall(function() return "two" * 3 end))
-- __unm and __len receive the operand as both arguments? (5.3 passes it twice)
local got = {}
local u = setmetatable({}, {__unm = function(a, b) got[1] = rawequal(a, b) return 0 end,
  __len = function(a, b) got[2] = rawequal(a, b) return 0 end})
local _ = -u, #u
print(got[1], got[2])
