-- covers: several closures sharing one upvalue; upvalues of upvalues (nested levels)
local function pair()
  local v = 0
  local function set(x) v = x end
  local function get() return v end
  return set, get
end
local set1, get1 = pair()
local set2, get2 = pair()
set1(10); set2(20)
print(get1(), get2())
set1(get2() + 1)
print(get1(), get2())
-- three levels of nesting
local function outer()
  local a = 1
  local function middle()
    local b = 2
    local function inner()
      a = a + 1
      b = b + 1
      return a, b
    end
    return inner
  end
  return middle, function() return a end
end
local middle, geta = outer()
local inner1 = middle()
local inner2 = middle()
print(inner1(), inner1())
print(inner2())
print(geta())
-- modifying the captured local after creating the closure is visible
local x = 1
local function readx() return x end
x = 2
print(readx())
x = "changed"
print(readx())
-- closures capturing loop-external variable all see the final value
local fs = {}
local shared = 0
for i = 1, 3 do
  shared = shared + i
  fs[i] = function() return shared end
end
print(fs[1](), fs[2](), fs[3]())
-- upvalue captured from a parameter and then modified by caller closure
local function box(v)
  return function(nv) if nv ~= nil then v = nv end return v end
end
local b = box("a")
print(b(), b("b"), b())
