-- math.min and math.max compare with '<' and return the winning argument unchanged.
local function show(...)
  local r = {...}
  for i = 1, select("#", ...) do r[i] = tostring(r[i]) .. ":" .. tostring(math.type(r[i])) end
  print(table.concat(r, " "))
end
show(math.max(1, 2, 3), math.min(1, 2, 3))
show(math.max(3, 2, 1), math.min(3, 2, 1))
show(math.max(1, 2.0), math.max(2.0, 1), math.max(2, 2.0), math.max(2.0, 2))
show(math.min(1, 1.0), math.min(1.0, 1), math.min(-1, -1.0))
show(math.max(7), math.min(7.5), math.max(-0.0, 0.0), math.max(0.0, -0.0), math.min(0.0, -0.0))
show(math.max(math.maxinteger, 2^63), math.min(math.mininteger, -2^63), math.max(math.maxinteger, 2^63 - 1024))
show(math.max(0/0, 1), math.max(1, 0/0), math.min(0/0, 1), math.min(1, 0/0))
show(math.max(-math.huge, math.mininteger), math.min(math.huge, math.maxinteger))
-- strings compare as strings; a lone argument is returned whatever it is
print(math.max("a", "b", "abc"), math.min("a", "b", "abc"), math.max("10", "9"))
print(math.max("x"), math.min(true), math.max(nil))
-- errors
print(pcall(math.max))
print(pcall(math.min))
print(pcall(math.max, 1, "x"))
print(pcall(math.max, "x", 1))
print(pcall(math.min, 1, nil))
print(pcall(math.min, nil, 1))
print(pcall(math.max, {}, {}))
print(pcall(math.max, 1, true))
print(pcall(function() return math.max() end))
-- many arguments
local t = {}
for i = 1, 200 do t[i] = (i * 37) % 101 end
print(math.max(table.unpack(t)), math.min(table.unpack(t)))
