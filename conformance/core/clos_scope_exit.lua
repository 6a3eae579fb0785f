-- covers: upvalues remain valid after the defining scope exits (closed upvalues)
local get, set
do
  local hidden = "initial"
  get = function() return hidden end
  set = function(v) hidden = v end
end
print(get())
set("updated")
print(get())
local function make()
  local list = {}
  local function add(x) list[#list + 1] = x; return #list end
  local function dump()
    local s = ""
    for i = 1, #list do s = s .. tostring(list[i]) .. ";" end
    return s
  end
  return add, dump
end
local add, dump = make()
add("a"); add(1); add(true)
print(dump())
-- closing in block with early return
local function early(flag)
  local v = "captured"
  local f = function() return v end
  if flag then return f end
  v = "modified"
  return f
end
print(early(true)(), early(false)())
-- shadowing: closure captures the variable in scope at creation time
local x = "outer"
local f1 = function() return x end
local x = "shadow"
local f2 = function() return x end
print(f1(), f2())
do
  local x = "block"
  f1 = function() return x end
end
print(f1(), x)
-- recursive local function sees itself; 'local f = function' does not
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(10))
local g = function(n) return n end
local g = function(n) if n == 0 then return "base" end return g(n - 1) end
print(g(5))
print(pcall(function()
  local h = function(n) if n == 0 then return 0 end return h(n - 1) end
  return h(2)
end))
