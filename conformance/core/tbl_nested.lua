-- covers: nested tables, references vs copies, deep access and building structures
local grid = {}
for r = 1, 3 do
  grid[r] = {}
  for c = 1, 4 do grid[r][c] = r * 10 + c end
end
for r = 1, 3 do
  print(grid[r][1], grid[r][2], grid[r][3], grid[r][4])
end
local a = {inner = {v = 1}}
local b = a
b.inner.v = 2
print(a.inner.v, a == b)
local copy = {inner = {v = a.inner.v}}
copy.inner.v = 3
print(a.inner.v, copy.inner.v)
local tree = {value = 1, children = {
  {value = 2, children = {{value = 4, children = {}}}},
  {value = 3, children = {}},
}}
local function sum(node)
  local s = node.value
  for i = 1, #node.children do s = s + sum(node.children[i]) end
  return s
end
print(sum(tree))
local function depth(node)
  local d = 0
  for i = 1, #node.children do
    local cd = depth(node.children[i])
    if cd > d then d = cd end
  end
  return d + 1
end
print(depth(tree))
-- self reference
local selfref = {}
selfref.me = selfref
print(selfref.me.me.me == selfref)
-- a.b.c = v chains
local cfg = {db = {conn = {}}}
cfg.db.conn.host = "localhost"
cfg.db.conn["port"] = 5432
print(cfg.db.conn.host, cfg["db"]["conn"].port)
print(pcall(function() return cfg.db.missing.field end))
print(pcall(function() cfg.nothere.x = 1 end))
