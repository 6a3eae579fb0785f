-- table.sort without a comparator uses '<', hence __lt.
local V = {}
V.__index = V
V.__lt = function(a, b) return a.n < b.n end
V.__tostring = function(a) return "V" .. a.n end
local function v(n) return setmetatable({n = n}, V) end
local t = {v(5), v(2), v(8), v(1), v(9), v(3)}
table.sort(t)
local out = {}
for i, x in ipairs(t) do out[i] = tostring(x) end
print(table.concat(out, " "))
-- __le is not used by sort
local calls = {lt = 0, le = 0}
local W = {
  __lt = function(a, b) calls.lt = calls.lt + 1; return a.n < b.n end,
  __le = function(a, b) calls.le = calls.le + 1; return a.n <= b.n end,
}
local w = {}
for i = 1, 30 do w[i] = setmetatable({n = (i * 13) % 31}, W) end
table.sort(w)
print(calls.lt > 0, calls.le)
-- __lt results are converted to booleans
local X = {__lt = function(a, b) if a.n < b.n then return "yes" end return nil end}
local x = {}
for i, n in ipairs({4, 2, 3, 1}) do x[i] = setmetatable({n = n}, X) end
table.sort(x)
print(x[1].n, x[2].n, x[3].n, x[4].n)
-- __lt on one operand type only: comparing with a number still works
local Y = {__lt = function(a, b)
  local an = type(a) == "table" and a.n or a
  local bn = type(b) == "table" and b.n or b
  return an < bn
end}
local y = {5, setmetatable({n = 2}, Y), 7, setmetatable({n = 6}, Y), 1}
table.sort(y)
for i = 1, #y do y[i] = type(y[i]) == "table" and ("t" .. y[i].n) or tostring(y[i]) end
print(table.concat(y, " "))
-- an error in __lt propagates
local Z = {__lt = function() error("no order") end}
print(pcall(table.sort, {setmetatable({}, Z), setmetatable({}, Z)}))
-- the comparator wins over __lt
local rev = {v(1), v(2), v(3)}
table.sort(rev, function(a, b) return a.n > b.n end)
print(rev[1].n, rev[2].n, rev[3].n)
