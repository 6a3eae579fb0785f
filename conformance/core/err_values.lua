-- covers: error values of any type pass through pcall unchanged (no position added)
local ok, e = pcall(error, {code = 42})
print(ok, type(e), e.code)
print(pcall(error, nil))
print(pcall(error, 42))
print(pcall(error, 4.5))
print(pcall(error, true))
print(pcall(error, false))
local fn = function() end
local ok2, e2 = pcall(error, fn)
print(ok2, e2 == fn)
local tbl = {}
local ok3, e3 = pcall(function() error(tbl) end)
print(ok3, e3 == tbl)
-- numbers get no position even with level 1
print(pcall(function() error(7, 1) end))
-- a table error with __tostring stays a table
local obj = setmetatable({}, {__tostring = function() return "E!" end})
local ok4, e4 = pcall(function() error(obj) end)
print(ok4, e4 == obj, tostring(e4))
-- rethrowing keeps identity
local ok5, e5 = pcall(function()
  local ok6, inner = pcall(error, tbl)
  error(inner)
end)
print(ok5, e5 == tbl)
-- string errors gain position only once per error() call
local ok7, e7 = pcall(function()
  local _, m = pcall(error, "base")
  error(m .. "+rethrown")
end)
print(ok7, e7)
-- runtime errors are strings
local ok8, e8 = pcall(function() return nil + 1 end)
print(ok8, type(e8))
