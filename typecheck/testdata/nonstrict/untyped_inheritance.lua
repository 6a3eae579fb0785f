local Base = {}
Base.__index = Base
function Base.new(x) local o = setmetatable({}, Base); o.x = x; return o end
function Base:get() return self.x end
local Derived = setmetatable({}, {__index = Base})
Derived.__index = Derived
function Derived.new(x, y)
  local o = Base.new(x)
  setmetatable(o, Derived)
  o.y = y
  return o
end
function Derived:sum() return self:get() + self.y end
local d = Derived.new(1, 2)
print(d:sum(), d:get(), d.y, d.z)
