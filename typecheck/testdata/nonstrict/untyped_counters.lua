local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c = counter()
c(); c()
print(c())
local s = nil
local function set(v) s = v end
set("now a string")
print(s:upper())
