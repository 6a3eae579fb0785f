-- covers: upvalues holding every kind of value, including the enclosing function itself
local vals = {nil, true, 42, 4.5, "str", {k = "v"}, print}
local getters = {}
for i = 1, 7 do
  local v = vals[i]
  getters[i] = function() return v end
end
print(getters[1](), getters[2](), getters[3](), getters[4](), getters[5](), getters[6]().k, getters[7] ~= nil)
-- an upvalue changed from nil to a value after the closure was created
local late
local function readlate() return late end
print(readlate())
late = "now set"
print(readlate())
-- upvalue of type thread
local co = coroutine.create(function() end)
local function costatus() return coroutine.status(co) end
print(costatus())
coroutine.resume(co)
print(costatus())
-- upvalues assigned from within nested closures of different depths
local level = 0
local function l1()
  level = level + 1
  return function()
    level = level + 10
    return function() level = level + 100; return level end
  end
end
print(l1()()(), level)
-- changing an upvalue's type
local dyn = 1
local function describe() return type(dyn) end
local types = {}
for _, v in ipairs({1, "s", true, {}}) do dyn = v; types[#types + 1] = describe() end
print(types[1], types[2], types[3], types[4])
-- closures over parameters with the same name at different levels
local function shadow(x)
  local f = function() return x end
  local g = function(x) return function() return x end end
  return f(), g("inner")()
end
print(shadow("outer"))
