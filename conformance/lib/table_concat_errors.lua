-- table.concat errors: bad arguments and invalid elements.
local function try(...)
  print(pcall(...))
end
try(table.concat)
try(table.concat, nil)
try(table.concat, 42)
try(table.concat, "abc")
try(table.concat, {1, 2}, {})
try(table.concat, {1, 2}, ",", "x")
try(table.concat, {1, 2}, ",", 1.5)
try(table.concat, {1, 2}, ",", 1, "y")
try(table.concat, {1, 2}, ",", 1, 2.5)
-- invalid values name their type and index
try(table.concat, {1, 2, {}})
try(table.concat, {1, true})
try(table.concat, {print})
try(table.concat, {1, 2, 3}, ",", 1, 5)
try(table.concat, {}, ",", 0, 0)
try(table.concat, {}, ",", -7, -7)
-- a metatable's __name is not used for the element type
try(table.concat, {setmetatable({}, {__name = "MyType"})})
-- the index is printed as a C int
try(table.concat, {}, ",", 2^31, 2^31)
try(table.concat, {}, ",", 2^32 + 5, 2^32 + 5)
try(table.concat, {}, ",", math.maxinteger, math.maxinteger)
try(table.concat, {}, ",", math.mininteger, math.mininteger)
-- called directly, the message carries the position of the call
print(pcall(function() return table.concat({1, {}}) end))
print(pcall(function() return table.concat({}, {}) end))
print(pcall(function() local t = table; return t.concat({}, {}) end))
