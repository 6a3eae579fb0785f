-- covers: next semantics: empty table, traversal, invalid keys, nil key argument
print(next({}))
print(next({}, nil))
print(next({"only"}))
print(next({"only"}, 1))
local t = {a = 1}
local k, v = next(t)
print(k, v, next(t, k))
print(pcall(next, {}, "nokey"))
print(pcall(next, {a = 1}, "b"))
print(pcall(next))
print(pcall(next, 1))
print(pcall(next, nil))
-- count elements with next
local function count(tbl)
  local n, key = 0, nil
  repeat
    key = next(tbl, key)
    if key ~= nil then n = n + 1 end
  until key == nil
  return n
end
print(count({}), count({1, 2, 3}), count({x = 1, y = 2, 1, 2, [10] = 3}))
-- next ignores metamethods
local m = setmetatable({}, {__index = {hidden = 1}, __pairs = function() error("not called") end})
print(next(m))
-- emptiness check idiom
local function isempty(tbl) return next(tbl) == nil end
print(isempty({}), isempty({false}), isempty({[false] = 0}))
-- next after setting an existing field to nil during traversal
local d = {1, 2, 3, 4, 5}
local visited = 0
for key in next, d do
  visited = visited + 1
  d[key] = nil
end
print(visited, next(d))
