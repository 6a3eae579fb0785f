-- table.concat reads elements with __index and takes the length from __len.
local log = {}
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get " .. tostring(k); return "v" .. k end,
  __len = function() log[#log + 1] = "len"; return 4 end,
})
print(table.concat(proxy, ","))
print(table.concat(log, " "))
log = {}
-- explicit bounds: the length is still asked for first
print(table.concat(proxy, "+", 2, 3))
print(table.concat(log, " "))
-- __len may return a float with an integral value or a numeric string
local lens = {3.0, "2", " 0x3 "}
for _, l in ipairs(lens) do
  local p = setmetatable({"a", "b", "c"}, {__len = function() return l end})
  print(table.concat(p, "."))
end
-- but not anything else
local badlens = {2.5, "x", {}, true, "2.5", 2^63}
for i = 1, #badlens + 1 do
  local l = badlens[i] -- the last one is nil
  local p = setmetatable({"a", "b", "c"}, {__len = function() return l end})
  print(type(l), pcall(table.concat, p))
end
print(pcall(function() return table.concat(setmetatable({}, {__len = function() return 0.5 end})) end))
-- __index tables are followed too
local base = {"x", "y", "z"}
local derived = setmetatable({}, {__index = base, __len = function() return #base end})
print(table.concat(derived, "/"))
-- an element from __index that is not a string is an error
local bad = setmetatable({}, {__index = function(_, k) if k == 2 then return {} end return k end,
  __len = function() return 3 end})
print(pcall(table.concat, bad, ","))
-- __len errors propagate
local err = setmetatable({}, {__len = function() error("len failed") end})
print(pcall(table.concat, err))
-- __concat is not used
local c = setmetatable({}, {__concat = function() return "meta" end})
print(pcall(table.concat, {c}))
