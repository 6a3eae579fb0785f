-- covers: ipairs stops at the first nil, respects __index (5.3), returns 3 values
local function collect(t)
  local r = ""
  for i, v in ipairs(t) do r = r .. i .. "=" .. tostring(v) .. " " end
  return r
end
print(collect({10, 20, 30}))
print(collect({1, 2, nil, 4}))
print(collect({nil, 2}))
print(collect({}))
print(collect({[1] = "a", [2] = "b", [4] = "d"}))
print(collect({n = 1, "x", false, "z"}))
-- __index is consulted for each index
local proxy = setmetatable({}, {__index = function(_, i) if i <= 4 then return i * 100 end end})
print(collect(proxy))
local partial = setmetatable({1, 2}, {__index = {[3] = "three", [4] = "four"}})
print(collect(partial))
-- ipairs returns iterator, table, 0
local f, s, c = ipairs(proxy)
print(type(f), s == proxy, c)
print(f(s, 0))
print(f({"q"}, 0), f({"q"}, 1))
-- ipairs on non-table values fails when iterating (5.3 accepts any value)
print(pcall(ipairs))
print(pcall(function() for _ in ipairs(nil) do end end))
print(pcall(function() for _ in ipairs(5) do end end))
-- modifying the table during ipairs
local grow = {1, 2, 3}
local seen = 0
for i, v in ipairs(grow) do
  seen = seen + 1
  if i == 3 and #grow < 6 then grow[#grow + 1] = v + 1 end
end
print(seen, #grow)
