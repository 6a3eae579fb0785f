type Tree = {left: Tree?, right: Tree?, value: number}
local function leftmost(t: Tree): number
  local cur = t
  while cur.left do
    cur = cur.left
  end
  return cur.value
end
local function bad(t: Tree): number
  return t.left.value -- expect-error: NIL_ACCESS
end
print(leftmost({value = 1}), bad({value = 2}))
