-- covers: load with custom environments (sandbox tables with __index
-- to a whitelist), _ENV as a local/upvalue, setmetatable on environments
-- to log global reads/writes with sorted output, load "t" vs "b" modes,
-- string.dump round trips, and chunk-level varargs
local log = {}
local whitelist = {print = print, string = string, math = math, tostring = tostring, pairs = pairs, select = select}
local function sandbox()
  return setmetatable({}, {
    __index = function(_, k)
      log[#log + 1] = "read " .. tostring(k)
      return whitelist[k]
    end,
    __newindex = function(t, k, v)
      log[#log + 1] = "write " .. tostring(k)
      rawset(t, k, v)
    end,
  })
end

local env = sandbox()
local chunk = assert(load([[
  local a, b = ...
  total = a + b
  label = string.format("%s=%d", "sum", total)
  print(label, math.max(a, b), os)
  return total * 2, select("#", ...)
]], "=sandboxed", "t", env))
print(chunk(20, 22, "extra"))
print(rawget(env, "total"), rawget(env, "label"), rawget(env, "os"))
print(table.concat(log, ", "))

-- forbidden functions are nil inside the sandbox
log = {}
local bad = load("return os.exit(1)", "=escape", "t", sandbox())
print(pcall(bad))
print(table.concat(log, ", "))

-- _ENV as a local changes global resolution in a block
local function with_env()
  local _ENV = {x = "local env x", tostring = tostring}
  y = 5
  return x, tostring(y), _ENV.y
end
print(with_env())
print(rawget(_G, "y"))

-- the first upvalue of a loaded chunk is its _ENV
local f = load("return who")
local upname, upval = debug.getupvalue(f, 1)
print(f(), upname, upval == _G)
debug.setupvalue(f, 1, {who = "replaced env"})
print(f())
-- mode checks
print(load("return 1", "t-only", "b"))
local dumped = string.dump(function(a) return (a or 0) + 1 end)
print(type(dumped), dumped:sub(1, 4) == "\27Lua")
print(load(dumped, "bin", "t"))
local g = load(dumped, "bin", "b")
print(g(41), pcall(load(dumped, "bin", "bt")))
-- reader function form with an environment
local pieces = {"return ", "greeting", " .. '!'"}
local i = 0
local h = load(function() i = i + 1; return pieces[i] end, "=reader", "t", {greeting = "hi"})
print(h(), i)
