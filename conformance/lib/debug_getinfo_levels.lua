-- covers: debug.getinfo by level and by function with several option
-- strings: names/namewhat for locals, globals, methods, fields, upvalues;
-- what (main/Lua/C), source fields, line ranges, nups/nparams/isvararg,
-- istailcall, func identity, and levels beyond the stack
local function describe(info)
  if not info then return "nil" end
  local keys = {}
  for k in pairs(info) do if k ~= "func" and k ~= "activelines" then keys[#keys + 1] = k end end
  table.sort(keys)
  local parts = {}
  for _, k in ipairs(keys) do parts[#parts + 1] = k .. "=" .. tostring(info[k]) end
  return table.concat(parts, " ")
end

local function probe(levels)
  local out = {}
  for _, lv in ipairs(levels) do
    local i = debug.getinfo(lv + 1, "nSl")
    out[#out + 1] = i and string.format("L%d:%s:%s:%s:%d", lv, i.what, tostring(i.name), i.namewhat, i.currentline) or ("L" .. lv .. ":nil")
  end
  return table.concat(out, " | ")
end

local function leaf() return probe{1, 2, 3} end
function global_caller() return (leaf()) end
local obj = {}
function obj:meth() local r = global_caller(); return r end
obj.field = function() local r = obj:meth(); return r end
print(obj.field())

local up = function() return probe{1} end
local function uses_up() local r = up(); return r end
print(uses_up())

-- function-based queries
local function sample(a, b, ...) local x = a; return x end
print(describe(debug.getinfo(sample, "Su")))
print(describe(debug.getinfo(print, "Su")))
print(describe(debug.getinfo(1, "S")))
print(describe(debug.getinfo(function() end, "S")))
local f3 = load("local a = ...\nreturn a", "=custom", "t")
print(describe(debug.getinfo(f3, "S")))
f3 = load("return 1", "chunk text here", "t")
print(describe(debug.getinfo(f3, "S")))
f3 = load("return 1", "@some/file.lua", "t")
print(describe(debug.getinfo(f3, "S")))
-- func field identity and tail calls
local function who() return debug.getinfo(1, "f").func end
print(who() == who, debug.getinfo(1, "f").func ~= who)
local function tailer() return debug.getinfo(1, "t") end
local function calls_tail() return tailer() end
print(calls_tail().istailcall, (function() local r = debug.getinfo(1, "t"); return r end)().istailcall)
-- C functions seen from inside a callback
table.sort({3, 1, 2}, function(a, b)
  local i = debug.getinfo(2, "nS")
  if a == 1 or b == 1 then
    print("caller of comparator:", i.what, i.short_src, tostring(i.name), i.namewhat)
  end
  return a < b
end)
-- levels beyond the stack, level 0 is getinfo itself
print(debug.getinfo(50), describe(debug.getinfo(0, "n")))
print("[" .. describe(debug.getinfo(1, "")) .. "]", describe(debug.getinfo(print, "n")))
print(pcall(debug.getinfo, {}))
print(pcall(debug.getinfo, 1, "q"))
-- activelines of a small function
local function lines3()
  local a = 1
  local b = 2
  return a + b
end
local al = debug.getinfo(lines3, "L").activelines
local ks = {}
for k in pairs(al) do ks[#ks + 1] = k end
table.sort(ks)
print(table.concat(ks, ","))
