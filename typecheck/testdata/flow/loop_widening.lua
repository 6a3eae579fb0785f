type Node = {value: number, next: Node?}
local function last(n: Node): number
  local cur = n
  local v = 0
  while cur do
    v = cur.value
    cur = cur.next
  end
  return v
end
local function find(n: Node, want: number): Node?
  local cur = n
  while cur and cur.value ~= want do
    cur = cur.next
  end
  return cur
end
local function mixed(): string
  local x = 1
  for i = 1, 3 do
    if i == 2 then x = "two" end
  end
  return x -- expect-error: TYPE_MISMATCH
end
print(last({value = 1}), find({value = 1}, 1), mixed())
