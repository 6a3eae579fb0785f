-- Field reads and writes the interpreter takes on fast paths (constant
-- keys in their home slot, integer keys in the array part, fields of
-- tables with metatables, __index chains), checked where the fast and
-- the general path could disagree.

-- __newindex applies to absent keys only: an existing field is assigned
-- in place, a field set to nil is absent again.
local log = {}
local mt = { __newindex = function(t, k, v) log[#log + 1] = k .. "=" .. tostring(v); rawset(t, k, v) end }
local obj = setmetatable({}, mt)
obj.x = 1          -- absent: __newindex
obj.x = 2          -- present: in place
obj.x = nil        -- present: in place (now a dead slot)
obj.x = 3          -- absent again: __newindex
obj.y = 4
print(table.concat(log, " "), obj.x, obj.y, rawget(obj, "x"))

-- The same with a __newindex table instead of a function.
local store = {}
local proxy = setmetatable({ kept = 0 }, { __newindex = store })
proxy.kept = 1     -- present: stays in proxy
proxy.fresh = 2    -- absent: goes to store
print(rawget(proxy, "kept"), rawget(proxy, "fresh"), store.fresh, store.kept)

-- A metatable edited after use: cached absence of __index must not
-- survive the edit, whether the edit adds a field or revives a dead one.
local base = {}
local mt2 = {}
local o = setmetatable({}, mt2)
print(o.missing)
mt2.__index = base
base.missing = "found"
print(o.missing)
mt2.__index = nil
print(o.missing)
mt2.__index = function(_, k) return "fn:" .. k end
print(o.missing, o.other)

-- Three levels of __index tables, each miss falling through; a hit on
-- the first level must not consult the metatable at all.
local A = { a = "A" }
local B = setmetatable({ b = "B" }, { __index = A })
local C = setmetatable({ c = "C" }, { __index = B })
local inst = setmetatable({ own = "own" }, { __index = C })
print(inst.own, inst.c, inst.b, inst.a, inst.none)
A.none = "late"
print(inst.none)
inst.a = "shadow"
print(inst.a, A.a)

-- Many fields: constant keys that collide in the hash part, read and
-- written after the part has been rebuilt several times.
local t = {}
local names = {}
for i = 1, 40 do names[i] = "k" .. i end
for i, n in ipairs(names) do t[n] = i end
t.k1, t.k2, t.k3 = "one", "two", "three"
t.k40 = nil
t.extra = true
local sum = 0
for _, n in ipairs(names) do
  local v = t[n]
  if type(v) == "number" then sum = sum + v end
end
print(t.k1, t.k2, t.k3, t.k39, t.k40, t.extra, sum)

-- A key built at run time equal to a constant key.
local dyn = ("k"):rep(1) .. tostring(7)
print(t[dyn], t.k7, dyn == "k7")
t[dyn] = "seven"
print(t.k7)

-- Integer keys: array part, hash part, holes, negative and zero, floats
-- with integer values.
local arr = { 10, 20, 30 }
arr[5] = 50
arr[0] = 0
arr[-1] = -10
print(arr[1], arr[3], arr[4], arr[5], arr[0], arr[-1], arr[2.0], arr[6])
local meta_arr = setmetatable({ 1, 2 }, { __index = function(_, i) return "def" .. tostring(i) end })
print(meta_arr[1], meta_arr[2], meta_arr[3], meta_arr[0])

-- Methods through __index chains and on strings.
local Point = {}
Point.__index = Point
function Point.new(x, y) return setmetatable({ x = x, y = y }, Point) end
function Point:len2() return self.x * self.x + self.y * self.y end
local p = Point.new(3, 4)
print(p:len2(), ("abc"):upper(), p.len2 == Point.len2)
p.x = 6
print(p:len2())

-- Float arithmetic on the fast path: signed zeros, infinities, NaN,
-- and mixed integer and float operands.
local z, nz, inf = 0.0, -0.0, 1 / 0
print(z + nz, nz + nz, nz - z, z * -1, 1 / (nz * 1), inf - inf ~= inf - inf)
print(1.5 + 2.25, 1.5 - 2.25, 1.5 * 2.25, 1.5 / 2.25, 3 / 2, 3.0 / 0.0, -3.0 / 0.0)
print(2 + 0.5, 0.5 + 2, 7 - 0.5, 2 * 0.25, 7 // 2, 7.0 // 2, 7 % 2.5, math.type(2 * 3), math.type(2 * 3.0))
print(math.maxinteger + 1.0, math.mininteger * 1.0, 2^53 + 1.0)
