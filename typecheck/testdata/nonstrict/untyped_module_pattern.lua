local M = {}
M.__index = M
function M.new(x)
  return setmetatable({x = x}, M)
end
function M:get()
  return self.x
end
function M:set(v)
  self.x = v
  self.changed = true
end
local o = M.new(1)
o:set(2)
print(o:get(), o.changed, o.missing)
return M
