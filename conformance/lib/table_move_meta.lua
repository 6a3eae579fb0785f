-- table.move uses __index/__newindex, and __eq to decide the copy direction.
local log = {}
local function logged(name, store)
  return setmetatable({}, {
    __index = function(_, k) log[#log + 1] = name .. ".get" .. k; return store[k] end,
    __newindex = function(_, k, v) log[#log + 1] = name .. ".set" .. k; store[k] = v end,
  })
end
local s1 = {1, 2, 3, 4}
local p = logged("p", s1)
table.move(p, 1, 3, 2)
print(table.concat(log, " "))
print(table.concat(s1, ","))
log = {}
local s2 = {}
local q = logged("q", s2)
table.move(p, 2, 3, 1, q)
print(table.concat(log, " "))
print(s2[1], s2[2])
-- two different tables that are equal by __eq count as the same table:
-- an overlapping move is then done backwards
log = {}
local eq = {__eq = function() log[#log + 1] = "eq"; return true end}
local a = setmetatable({1, 2, 3}, eq)
local b = setmetatable({}, eq)
table.move(a, 1, 2, 2, b)
print(table.concat(log, " "), b[2], b[3])
log = {}
local c = setmetatable({}, {__eq = function() log[#log + 1] = "neq"; return false end})
table.move(a, 1, 2, 2, c)
print(table.concat(log, " "), c[2], c[3])
-- no __eq call when the move is not overlapping
log = {}
table.move(a, 1, 2, 5, b)
print(#log)
-- a value with __index but no table is a fine source
local src = setmetatable({}, {__index = function(_, k) return k * 10 end})
local d = table.move(src, 1, 3, 1, {})
print(d[1], d[2], d[3])
