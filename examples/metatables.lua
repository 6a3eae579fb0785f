-- Metatables: operator overloading, inheritance through __index, default
-- values and read-only proxies.

local Vec = {}
Vec.__index = Vec

local function vec(x, y)
  return setmetatable({x = x, y = y}, Vec)
end

Vec.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
Vec.__mul = function(a, k) return vec(a.x * k, a.y * k) end
Vec.__eq = function(a, b) return a.x == b.x and a.y == b.y end
Vec.__tostring = function(v) return "(" .. v.x .. ", " .. v.y .. ")" end
Vec.__len = function(v) return v.x * v.x + v.y * v.y end

function Vec:dot(o)
  return self.x * o.x + self.y * o.y
end

local a, b = vec(1, 2), vec(3, 4)
print(tostring(a + b), tostring(a * 3), a == vec(1, 2), #b, a:dot(b))

-- Inheritance: Animal methods are found through the __index chain.
local Animal = {}
Animal.__index = Animal

function Animal.new(name, sound)
  return setmetatable({name = name, sound = sound}, Animal)
end

function Animal:speak()
  return self.name .. " says " .. self.sound
end

local Dog = setmetatable({}, {__index = Animal})
Dog.__index = Dog

function Dog.new(name)
  local d = Animal.new(name, "woof")
  return setmetatable(d, Dog)
end

function Dog:fetch()
  return self.name .. " fetches the ball"
end

local rex = Dog.new("Rex")
print(rex:speak())
print(rex:fetch())
print(getmetatable(rex) == Dog, rawget(rex, "speak") == nil)

-- Default values with __index as a function.
local counts = setmetatable({}, {__index = function() return 0 end})
local words = {"a", "b", "a", "c", "a", "b"}
for _, w in ipairs(words) do
  counts[w] = counts[w] + 1
end
print("a=" .. counts.a, "b=" .. counts.b, "c=" .. counts.c, "z=" .. counts.z)

-- A read-only proxy: __newindex rejects writes.
local function readonly(t)
  return setmetatable({}, {
    __index = t,
    __newindex = function(_, k) error("attempt to modify read-only field " .. tostring(k), 2) end,
  })
end

local config = readonly({port = 8080})
print(config.port, pcall(function() config.port = 1 end))
