-- binary-trees: allocation of many small tables (the classic benchmark
-- game program, written afresh). Trees are {left, right}; a leaf is {}.
local function make(depth)
  if depth == 0 then return {} end
  depth = depth - 1
  return { make(depth), make(depth) }
end

local function check(tree)
  local left = tree[1]
  if left then
    return 1 + check(left) + check(tree[2])
  end
  return 1
end

local maxdepth = 14
local mindepth = 4

local stretch = maxdepth + 1
print(string.format("stretch tree of depth %d\t check: %d", stretch, check(make(stretch))))

local longlived = make(maxdepth)

for depth = mindepth, maxdepth, 2 do
  local iters = 2 ^ (maxdepth - depth + mindepth)
  local total = 0
  for _ = 1, iters do
    total = total + check(make(depth))
  end
  print(string.format("%d\t trees of depth %d\t check: %d", iters, depth, total))
end

print(string.format("long lived tree of depth %d\t check: %d", maxdepth, check(longlived)))
