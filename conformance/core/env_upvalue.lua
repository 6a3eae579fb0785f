-- covers: assigning to _ENV (the chunk upvalue) and load with environments sharing state
local G = _G
local saved_print = print
local counter_env = {n = 0}
local inc = load("n = n + 1 return n", "=inc", "t", counter_env)
print(inc(), inc(), counter_env.n)
-- two chunks sharing an environment
local shared = {}
local setter = load("value = ...", "=set", "t", shared)
local getter = load("return value", "=get", "t", shared)
setter("shared!")
print(getter(), shared.value)
-- a function defined in a loaded chunk keeps its environment
local factory = load("function f() return secret end return f", "=factory", "t", {secret = "hidden"})
local f = factory()
print(f(), secret)
-- replacing the main chunk environment via _ENV assignment inside a function
local function sandboxed()
  local _ENV = {print = saved_print, tostring = G.tostring}
  z = 1
  print("inside", z, G.z)
end
sandboxed()
print("outside", z)
-- globals defined through _G are visible through _ENV
G.fromG = "yes"
print(_ENV.fromG, fromG)
fromG = nil
-- environment with __newindex logging global writes
local log = {}
local logged = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k; rawset(t, k, v) end, __index = G})
local chunk = load("alpha = 1; beta = 2; alpha = 3; return alpha + beta", "=logged", "t", logged)
print(chunk(), #log, log[1], log[2])
