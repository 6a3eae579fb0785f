local Queue = {}
Queue.__index = Queue
function Queue.new()
  return setmetatable({first = 1, last = 0, items = {}}, Queue)
end
function Queue.push(q, v)
  q.last = q.last + 1
  q.items[q.last] = v
end
local q = Queue.new()
Queue.push(q, 1)
print(q.first, q.last)
