-- table.insert: argument count and position checks.
local function try(...)
  print(pcall(...))
end
try(table.insert)
try(table.insert, nil, 1)
try(table.insert, 1, 2)
try(table.insert, "s", 2)
try(table.insert, {})
try(table.insert, {}, 1, 2, 3)
try(table.insert, {}, 1, 2, nil)
try(table.insert, {}, 0, 1)
try(table.insert, {}, 2, 1)
try(table.insert, {}, -1, 1)
try(table.insert, {1}, 3, 1)
try(table.insert, {1, 2}, 0, "x")
try(table.insert, {}, "x", 1)
try(table.insert, {}, 1.5, 1)
try(table.insert, {}, {}, 1)
try(table.insert, {}, nil, 1)
try(table.insert, {}, math.maxinteger, 1)
try(table.insert, {}, math.mininteger, 1)
-- position 1 and #t+1 are the limits
local t = {1, 2}
print(pcall(table.insert, t, 3, "ok"), t[3])
print(pcall(table.insert, t, 1, "ok"), t[1], #t)
-- direct calls: messages carry the caller's position and short name
print(pcall(function() table.insert({}, 5, 1) end))
print(pcall(function() table.insert({}) end))
print(pcall(function() table.insert() end))
-- a length that is not an integer
print(pcall(table.insert, setmetatable({}, {__len = function() return 1.5 end}), 1))
-- a negative length from __len makes every explicit position invalid
local neg = setmetatable({}, {__len = function() return -5 end})
try(table.insert, neg, 3, "x")
try(table.insert, neg, -3, "x")
try(table.insert, neg, 1, "x")
-- with a huge length the end position wraps around
local huge = setmetatable({}, {__len = function() return math.maxinteger end,
  __newindex = function(_, k, v) print("newindex", k, v) end})
try(table.insert, huge, "v")
try(table.insert, huge, 1, "v")
