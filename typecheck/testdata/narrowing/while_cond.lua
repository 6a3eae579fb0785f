type Node = {next: Node?, v: number}
local function last(n: Node): number
  local cur: Node? = n
  local v = 0
  while cur do
    v = cur.v
    cur = cur.next
  end
  return v
end
local function walk(n: Node?): number
  while n ~= nil and n.v > 0 do
    n = n.next
  end
  return 0
end
print(last({v = 1}), walk(nil))
