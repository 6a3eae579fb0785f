type Node = {value: number, next: Node?}
local list: Node = {value = 1, next = {value = 2, next = nil}}
local function sum(n: Node?): number
  local total = 0
  while n do
    total = total + n.value
    n = n.next
  end
  return total
end
print(sum(list))
local bad: Node = {value = 1, next = {value = "x"}} -- expect-error: TYPE_MISMATCH
