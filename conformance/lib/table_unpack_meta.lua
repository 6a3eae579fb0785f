-- table.unpack takes the length from __len and the values from __index.
local log = {}
local p = setmetatable({}, {
  __len = function() log[#log + 1] = "len"; return 3 end,
  __index = function(_, k) log[#log + 1] = "get" .. k; return k * k end,
})
print(table.unpack(p))
print(table.concat(log, " "))
log = {}
print(table.unpack(p, 2, 4))
print(table.concat(log, " "))
-- raw elements win over __index
local q = setmetatable({10}, {__index = function(_, k) return -k end})
print(table.unpack(q, 1, 3))
-- __index errors propagate
local bad = setmetatable({}, {__index = function(_, k) error("no " .. k) end})
print(pcall(table.unpack, bad, 1, 2))
-- table.pack results unpack through n
local packed = table.pack("a", nil, "c")
print(table.unpack(packed, 1, packed.n))
