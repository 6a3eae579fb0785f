-- covers: binary search tree: insert, search, delete, in-order traversal, height
local function insert(node, k, v)
  if node == nil then return {key = k, val = v} end
  if k < node.key then node.left = insert(node.left, k, v)
  elseif k > node.key then node.right = insert(node.right, k, v)
  else node.val = v end
  return node
end
local function find(node, k)
  while node do
    if k == node.key then return node.val end
    node = k < node.key and node.left or node.right
  end
  return nil
end
local function minnode(node) while node.left do node = node.left end return node end
local function delete(node, k)
  if node == nil then return nil end
  if k < node.key then node.left = delete(node.left, k)
  elseif k > node.key then node.right = delete(node.right, k)
  else
    if node.left == nil then return node.right end
    if node.right == nil then return node.left end
    local m = minnode(node.right)
    node.key, node.val = m.key, m.val
    node.right = delete(node.right, m.key)
  end
  return node
end
local function inorder(node, out)
  out = out or {}
  if node then inorder(node.left, out); out[#out + 1] = node.key; inorder(node.right, out) end
  return out
end
local function height(node) if not node then return 0 end local l, r = height(node.left), height(node.right) return 1 + (l > r and l or r) end
local function join(t) local s = "" for i = 1, #t do s = s .. t[i] .. " " end return s end
local root
local keys = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65}
for i = 1, #keys do root = insert(root, keys[i], "v" .. keys[i]) end
print(join(inorder(root)), height(root))
print(find(root, 45), find(root, 99), find(root, 50))
root = delete(root, 30)
root = delete(root, 50)
root = delete(root, 99)
print(join(inorder(root)), height(root), root.key)
root = insert(root, 45, "updated")
print(find(root, 45))
-- string keys
local sroot
for _, w in ipairs({"m", "c", "x", "a", "e", "z"}) do sroot = insert(sroot, w, #w) end
print(join(inorder(sroot)))
-- degenerate tree from sorted input
local chain
for i = 1, 200 do chain = insert(chain, i, i) end
print(height(chain), find(chain, 200))
