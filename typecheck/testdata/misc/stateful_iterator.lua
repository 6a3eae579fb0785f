type Node = {value: string, next: Node?}
local function nodes(head: Node?): ((Node?, Node?) -> Node?, Node?, Node?)
  return function(_, cur)
    if cur == nil then return head end
    return cur.next
  end, nil, nil
end
local list: Node = {value = "a", next = {value = "b"}}
for n in nodes(list) do
  local v: string = n.value
  print(v)
end
