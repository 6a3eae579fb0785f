-- covers: recursive generators with coroutine.wrap: permutations, tree walk, combinations
local function permgen(a, n)
  n = n or #a
  if n <= 1 then
    coroutine.yield(a)
  else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
local function permutations(a)
  return coroutine.wrap(function() permgen(a) end)
end
local count = 0
for p in permutations({"a", "b", "c"}) do
  count = count + 1
  print(count, p[1] .. p[2] .. p[3])
end
-- in-order tree traversal
local function node(v, l, r) return {v = v, l = l, r = r} end
local tree = node(4, node(2, node(1), node(3)), node(6, node(5), node(7)))
local function walk(t)
  if t then
    walk(t.l)
    coroutine.yield(t.v)
    walk(t.r)
  end
end
local out = ""
for v in coroutine.wrap(function() walk(tree) end) do out = out .. v .. " " end
print(out)
-- k-combinations of a list
local function combos(list, k)
  return coroutine.wrap(function()
    local chosen = {}
    local function rec(start, depth)
      if depth > k then
        local s = ""
        for i = 1, k do s = s .. chosen[i] end
        coroutine.yield(s)
        return
      end
      for i = start, #list do
        chosen[depth] = list[i]
        rec(i + 1, depth + 1)
      end
    end
    rec(1, 1)
  end)
end
local all = {}
for c in combos({"w", "x", "y", "z"}, 2) do all[#all + 1] = c end
print(#all, all[1], all[2], all[6])
