-- covers: pcall return values, nested pcall, error recovery, pcall with arguments
print(pcall(function() return 1, 2, 3 end))
print(pcall(function(...) return select("#", ...), ... end, "a", nil, "c"))
print(pcall(function() end))
print(select("#", pcall(function() end)))
local function risky(n)
  if n > 2 then error("too big: " .. n, 0) end
  return n * 10
end
for i = 1, 4 do print(i, pcall(risky, i)) end
-- nested pcall: inner failure does not affect the outer
print(pcall(function()
  local ok, msg = pcall(error, "inner", 0)
  return "outer ok", ok, msg
end))
-- inner success, outer failure
print(pcall(function()
  local ok = pcall(function() return true end)
  error("outer fails after " .. tostring(ok), 0)
end))
-- deep nesting
local function nest(n)
  if n == 0 then error("bottom", 0) end
  local ok, e = pcall(nest, n - 1)
  return "level " .. n .. " caught: " .. tostring(e)
end
print(nest(3))
-- state modified before the error is kept
local state = {}
pcall(function() state.a = 1; error("x"); state.b = 2 end)
print(state.a, state.b)
-- pcall with builtin functions
print(pcall(tostring, 12))
print(pcall(type))
print(pcall(setmetatable, 1))
-- pcall within a loop keeps going
local errors = 0
for i = 1, 5 do
  if not pcall(function() if i % 2 == 0 then error("even") end end) then errors = errors + 1 end
end
print("errors", errors)
-- error thrown by error() in a deeply nested call chain
local function a() error("from a") end
local function b() a() end
local function c() b() end
print(pcall(c))
