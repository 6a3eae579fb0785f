-- table.unpack errors.
local function try(...)
  print(pcall(...))
end
try(table.unpack)
try(table.unpack, nil)
try(table.unpack, 5)
try(table.unpack, true)
try(table.unpack, {}, "x")
try(table.unpack, {}, 1, "y")
try(table.unpack, {}, 1, 1.5)
try(table.unpack, {}, 1.5)
-- too many results
try(table.unpack, {}, 1, 1e7)
try(table.unpack, {}, 1, 2^31)
try(table.unpack, {}, math.mininteger, math.maxinteger)
try(table.unpack, {}, 0, math.maxinteger)
try(table.unpack, {}, -1, math.maxinteger - 1)
print(pcall(function() return table.unpack({}, 1, 1e8) end))
print(pcall(function() return table.unpack(nil) end))
-- with explicit bounds the length is not needed, but indexing a nil fails
try(table.unpack, nil, 1, 2)
try(table.unpack, nil, 2, 1)
-- __len errors
try(table.unpack, setmetatable({}, {__len = function() return "x" end}))
try(table.unpack, setmetatable({}, {__len = function() return 2.5 end}))
print(table.unpack(setmetatable({}, {__len = function() return 2.0 end})))
