-- math.min and math.max use __lt, in a fixed order of comparisons.
local log = {}
local mt = {__lt = function(a, b) log[#log + 1] = a.n .. "<" .. b.n; return a.n < b.n end}
local function v(n) return setmetatable({n = n}, mt) end
local a, b, c, d = v(3), v(1), v(4), v(1)
print(math.max(a, b, c, d).n, table.concat(log, " "))
log = {}
print(math.min(a, b, c, d) == b, table.concat(log, " "))
log = {}
print(math.max(v(2), v(2)).n, table.concat(log, " "))
-- __le is never used
local le = {__le = function() error("no __le") end}
print(pcall(math.max, setmetatable({}, le), setmetatable({}, le)))
-- a metamethod that errors
local bad = {__lt = function() error("cannot order") end}
print(pcall(math.min, setmetatable({}, bad), setmetatable({}, bad)))
