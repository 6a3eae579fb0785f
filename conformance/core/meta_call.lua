-- covers: __call metamethod: arguments, multiple results, nesting, errors
local callable = setmetatable({name = "obj"}, {__call = function(self, a, b)
  return self.name, a, b
end})
print(callable(1, 2))
print(callable())
local multi = setmetatable({}, {__call = function(_, ...) return select("#", ...), ... end})
print(multi(nil, nil, 3))
print((multi(1, 2)))
-- callable used as a function value in various places
local t = {f = callable}
print(t.f("x"))
print(pcall(callable, "via pcall"))
local results = {callable("in", "ctor")}
print(#results, results[1], results[3])
-- nested: a callable returning a callable
local adder = setmetatable({}, {__call = function(_, x)
  return setmetatable({}, {__call = function(_, y) return x + y end})
end})
print(adder(3)(4))
-- callable counter object
local counter = setmetatable({n = 0}, {__call = function(self, inc)
  self.n = self.n + (inc or 1)
  return self.n
end})
counter(); counter(5); print(counter(), counter.n)
-- __call used in a generic for
local iter = setmetatable({i = 0}, {__call = function(self)
  self.i = self.i + 1
  if self.i <= 3 then return self.i end
end})
for v in iter do print("iter", v) end
-- method call on a callable field
local obj = {m = callable}
local r1, r2, r3 = obj:m("arg")
print(r1, r2 == obj, r3)
-- __call must be a function: a callable table as __call does not work
local inner = setmetatable({}, {__call = function() return "inner" end})
local outer = setmetatable({}, {__call = inner})
print(pcall(outer))
-- no __call at all
print(pcall(function() local plain = {}; return plain() end))
-- tail call through __call
local function tc() return callable("tail") end
print(tc())
