-- covers: _ENV as a local/upvalue/parameter: global access goes through the current _ENV
local print = print
do
  local _ENV = {x = "sandboxed"}
  y = "written to sandbox"
  print(x, y)
end
print(x, y)
local function withenv(_ENV) return a + b end
print(withenv({a = 1, b = 2}), withenv({a = 10, b = 20}))
-- _ENV captured as an upvalue by nested functions
local function makeModule()
  local _ENV = {}
  function greet(name) return "hi " .. name end
  value = 42
  return _ENV
end
local mod = makeModule()
print(mod.greet("env"), mod.value, greet)
-- _ENV with a metatable falling back to the real globals
local G = _G
do
  local _ENV = setmetatable({}, {__index = G})
  local_only = "set in proxy"
  print(local_only, G.local_only, type(tostring))
end
-- changing _ENV mid-function
local function switch()
  local r1 = tostring ~= nil
  local _ENV = {}
  local r2 = tostring
  return r1, r2
end
print(switch())
-- _ENV = nil makes global access fail
print(pcall(function() local _ENV = nil; return undefined end))
print(pcall(function() local _ENV = {}; return undefinedfn() end))
-- _ENV.name is the same as name
do
  local _ENV = {p = print}
  _ENV.q = "explicit"
  p(q, _ENV.q)
end
-- the main chunk's _ENV is _G
print(_ENV == _G)
