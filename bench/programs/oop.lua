-- oop: method calls through __index metatables (one and two levels of
-- inheritance, and an __index function), and objects made of closures.

-- A base class and a subclass, the usual Lua idiom.
local Shape = {}
Shape.__index = Shape

function Shape.new(x, y)
  return setmetatable({ x = x, y = y }, Shape)
end

function Shape:move(dx, dy)
  self.x = self.x + dx
  self.y = self.y + dy
  return self
end

function Shape:area() return 0 end

function Shape:describe()
  return self:area() + self.x + self.y
end

local Rect = setmetatable({}, { __index = Shape })
Rect.__index = Rect

function Rect.new(x, y, w, h)
  local r = Shape.new(x, y)
  r.w, r.h = w, h
  return setmetatable(r, Rect)
end

function Rect:area() return self.w * self.h end

local Square = setmetatable({}, { __index = Rect })
Square.__index = Square

function Square.new(x, y, s)
  return setmetatable(Rect.new(x, y, s, s), Square)
end

function Square:side() return self.w end

local shapes = {}
for i = 1, 300 do
  local k = i % 3
  if k == 0 then
    shapes[i] = Shape.new(i, -i)
  elseif k == 1 then
    shapes[i] = Rect.new(i, i, i % 7 + 1, i % 5 + 1)
  else
    shapes[i] = Square.new(-i, i, i % 9 + 1)
  end
end

local sum = 0
for round = 1, 5000 do
  for i = 1, #shapes do
    local s = shapes[i]
    s:move(1, -1)
    -- describe is found two levels up for a Square, and calls area,
    -- found one level up.
    sum = (sum + s:describe()) % 1000000007
  end
  if round % 100 == 0 then
    for i = 3, #shapes, 3 do sum = sum + shapes[i - 1]:side() end
  end
end
print(string.format("methods: %d", sum))

-- An __index function: a default-valued table.
local defaults = setmetatable({}, {
  __index = function(_, k) return #k end,
})
local dsum = 0
local keys = { "a", "bb", "ccc", "dddd" }
for i = 1, 1000000 do
  dsum = dsum + defaults[keys[i % 4 + 1]]
end
print(string.format("index function: %d", dsum))

-- Objects as closures over their state.
local function Counter(start, step)
  local n = start
  local self = {}
  function self.inc() n = n + step return n end
  function self.get() return n end
  function self.reset(v) n = v end
  return self
end

local counters = {}
for i = 1, 100 do counters[i] = Counter(i, i % 4 + 1) end
local csum = 0
for round = 1, 12000 do
  for i = 1, #counters do
    local c = counters[i]
    c.inc()
    csum = csum + c.get()
  end
  if round % 3000 == 0 then
    for i = 1, #counters do counters[i].reset(i) end
  end
end
print(string.format("closures: %d", csum % 1000000007))

-- Creating many short-lived objects and closures.
local made = 0
for i = 1, 150000 do
  local c = Counter(i, 1)
  c.inc()
  local r = Rect.new(i, i, 2, 3)
  made = made + c.get() + r:area()
end
print(string.format("created: %d", made))
