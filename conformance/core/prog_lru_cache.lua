-- covers: LRU cache with a doubly linked list and a hash map; eviction order
local LRU = {}
LRU.__index = LRU
function LRU.new(cap)
  local head, tail = {}, {}
  head.next, tail.prev = tail, head
  return setmetatable({cap = cap, size = 0, map = {}, head = head, tail = tail, evicted = {}}, LRU)
end
local function unlink(n) n.prev.next, n.next.prev = n.next, n.prev end
function LRU:_front(n)
  n.next, n.prev = self.head.next, self.head
  self.head.next.prev = n
  self.head.next = n
end
function LRU:get(k)
  local n = self.map[k]
  if not n then return nil end
  unlink(n)
  self:_front(n)
  return n.v
end
function LRU:put(k, v)
  local n = self.map[k]
  if n then n.v = v; unlink(n); self:_front(n); return end
  if self.size == self.cap then
    local last = self.tail.prev
    unlink(last)
    self.map[last.k] = nil
    self.size = self.size - 1
    self.evicted[#self.evicted + 1] = last.k
  end
  n = {k = k, v = v}
  self:_front(n)
  self.map[k] = n
  self.size = self.size + 1
end
function LRU:keys()
  local out, n = {}, self.head.next
  while n ~= self.tail do out[#out + 1] = n.k; n = n.next end
  local s = ""
  for i = 1, #out do s = s .. out[i] .. " " end
  return s
end
local c = LRU.new(3)
c:put("a", 1); c:put("b", 2); c:put("c", 3)
print(c:keys())
print(c:get("a"), c:keys())
c:put("d", 4)
print(c:keys(), c.evicted[1], c:get("b"))
c:put("c", 30)
print(c:keys(), c:get("c"))
c:put("e", 5); c:put("f", 6)
print(c:keys(), c.size, c.evicted[1], c.evicted[2], c.evicted[3])
for i = 1, 100 do c:put(i, i * i) end
print(c:keys(), #c.evicted, c:get(98))
