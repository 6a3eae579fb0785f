-- covers: yielding from inside metamethods called by the VM (__index, __newindex, __add,
-- __lt, __le, __concat, __eq, __call, __len, __unm)
local log = {}
local mt = {
  __index = function(t, k) return coroutine.yield("index " .. k) end,
  __newindex = function(t, k, v) rawset(t, k, coroutine.yield("newindex " .. k)) end,
  __add = function(a, b) return coroutine.yield("add") end,
  __lt = function(a, b) return coroutine.yield("lt") end,
  __le = function(a, b) return coroutine.yield("le") end,
  __concat = function(a, b) return coroutine.yield("concat") end,
  __eq = function(a, b) return coroutine.yield("eq") end,
  __call = function(self, x) return coroutine.yield("call " .. x) end,
  __len = function() return coroutine.yield("len") end,
  __unm = function() return coroutine.yield("unm") end,
}
local obj = setmetatable({}, mt)
local other = setmetatable({}, mt)
local co = coroutine.wrap(function()
  print("index ->", obj.foo)
  obj.bar = "ignored"
  print("newindex ->", rawget(obj, "bar"))
  print("add ->", obj + 1)
  print("lt ->", obj < other)
  print("le ->", obj <= other)
  print("concat ->", obj .. "x")
  print("eq ->", obj == other)
  print("call ->", obj("arg"))
  print("len ->", #obj)
  print("unm ->", -obj)
  return "all done"
end)
print(co())
print(co("foo value"))
print(co("bar value"))
print(co(42))
print(co(false))
print(co(1))
print(co("joined"))
print(co(0))
print(co("called"))
print(co(7))
print(co(-1))
