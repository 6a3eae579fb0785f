-- covers: classes with metatables: constructors, methods with ':', inheritance, super calls
local Animal = {}
Animal.__index = Animal
function Animal.new(name, sound)
  local self = setmetatable({}, Animal)
  self.name = name
  self.sound = sound or "..."
  return self
end
function Animal:speak() return self.name .. " says " .. self.sound end
function Animal:kind() return "animal" end
local Dog = setmetatable({}, {__index = Animal})
Dog.__index = Dog
function Dog.new(name)
  local self = Animal.new(name, "woof")
  return setmetatable(self, Dog)
end
function Dog:kind() return "dog (" .. Animal.kind(self) .. ")" end
function Dog:fetch(n) return self.name .. " fetched " .. n .. " sticks" end
local a = Animal.new("generic")
local d = Dog.new("rex")
print(a:speak(), a:kind())
print(d:speak(), d:kind(), d:fetch(3))
print(getmetatable(d) == Dog, rawget(Dog, "speak"), Dog.speak == Animal.speak)
print(pcall(function() return a:fetch(1) end))
-- method call sugar: obj:m(x) == obj.m(obj, x)
print(d.speak(d) == d:speak())
-- methods stored on instances shadow the class
d.speak = function(self) return "custom " .. self.name end
print(d:speak(), Dog.new("fido"):speak())
-- class with __tostring and __eq
local Money = {}
Money.__index = Money
Money.__tostring = function(m) return m.amount .. " " .. m.cur end
Money.__eq = function(x, y) return x.amount == y.amount and x.cur == y.cur end
Money.__add = function(x, y) return Money.new(x.amount + y.amount, x.cur) end
function Money.new(amount, cur) return setmetatable({amount = amount, cur = cur}, Money) end
local m = Money.new(5, "EUR") + Money.new(7, "EUR")
print(m, m == Money.new(12, "EUR"), m ~= Money.new(12, "USD"))
-- counters per class via upvalues
local Counter = {}
Counter.__index = Counter
local created = 0
function Counter.new() created = created + 1; return setmetatable({n = 0}, Counter) end
function Counter:inc() self.n = self.n + 1; return self end
local c = Counter.new():inc():inc():inc()
Counter.new()
print(c.n, created)
