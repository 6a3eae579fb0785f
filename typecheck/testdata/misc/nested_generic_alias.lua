type Tree<T> = {value: T, children: {Tree<T>}}
local t: Tree<string> = {value = "root", children = {{value = "leaf", children = {}}}}
local function count<T>(n: Tree<T>): integer
  local c = 1
  for _, ch in ipairs(n.children) do
    c = c + count(ch)
  end
  return c
end
local total: integer = count(t)
local bad: Tree<string> = {value = "r", children = {{value = 1, children = {}}}} -- expect-error: TYPE_MISMATCH
print(total, bad)
