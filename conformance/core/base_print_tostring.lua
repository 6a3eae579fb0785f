-- covers: print separates with tabs, ends with newline, and (Lua 5.3) calls the global tostring
print()
print(nil)
print(1, nil, 3)
print("a", "b", "c")
print("", "")
print(true, false, 1.0, -0.0)
local obj = setmetatable({}, {__tostring = function() return "custom object" end})
print(obj, "after")
-- replacing the global tostring changes what print prints
local original = tostring
tostring = function(v)
  if type(v) == "number" then return "<" .. original(v) .. ">" end
  return original(v)
end
print(1, 2.5, "s")
tostring = original
print(1, 2.5, "s")
-- a tostring returning a number is accepted; a non-string non-number makes print fail
tostring = function() return 42 end
local ok1, e1 = pcall(print, "x")
tostring = function() return nil end
local ok2, e2 = pcall(print, "x")
tostring = original
print(ok1, e1, ok2, e2)
-- print returns nothing
print(select("#", print()))
-- embedded newlines and tabs are printed as-is
print("line1\nline2\tcol2")
