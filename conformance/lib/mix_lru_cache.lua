-- covers: an LRU cache built from a hash table and a doubly linked list,
-- with eviction logs via string.format, a memoize wrapper keyed by
-- table.concat of arguments, and hit/miss statistics
local LRU = {}
LRU.__index = LRU
function LRU.new(cap)
  local head, tail = {}, {}
  head.next, tail.prev = tail, head
  return setmetatable({cap = cap, size = 0, map = {}, head = head, tail = tail, hits = 0, misses = 0, log = {}}, LRU)
end
local function unlink(n) n.prev.next, n.next.prev = n.next, n.prev end
function LRU:_front(n)
  n.next, n.prev = self.head.next, self.head
  self.head.next.prev = n
  self.head.next = n
end
function LRU:get(k)
  local n = self.map[k]
  if not n then self.misses = self.misses + 1; return nil end
  self.hits = self.hits + 1
  unlink(n); self:_front(n)
  return n.value
end
function LRU:put(k, v)
  local n = self.map[k]
  if n then n.value = v; unlink(n); self:_front(n); return end
  if self.size == self.cap then
    local old = self.tail.prev
    unlink(old)
    self.map[old.key] = nil
    self.size = self.size - 1
    table.insert(self.log, string.format("evict %s=%s", tostring(old.key), tostring(old.value)))
  end
  n = {key = k, value = v}
  self.map[k] = n
  self:_front(n)
  self.size = self.size + 1
end
function LRU:keys()
  local out, n = {}, self.head.next
  while n ~= self.tail do out[#out + 1] = tostring(n.key); n = n.next end
  return table.concat(out, ",")
end

local c = LRU.new(3)
c:put("a", 1); c:put("b", 2); c:put("c", 3)
print(c:keys())
print(c:get("a"), c:keys())
c:put("d", 4)
print(c:keys(), c:get("b"))
c:put("c", 30)
print(c:keys(), c:get("c"))
c:put(1, "one"); c:put(2.0, "two")
print(c:keys(), c:get(2), c:get(1.0))
print(table.concat(c.log, "; "))
print("hits", c.hits, "misses", c.misses, "size", c.size)

-- memoize an expensive function through the cache
local calls = 0
local function memo(fn, cap)
  local cache = LRU.new(cap)
  return function(...)
    local key = table.concat({...}, "\0")
    local v = cache:get(key)
    if v == nil then v = fn(...); cache:put(key, v) end
    return v
  end, cache
end
local slow_pow, cache = memo(function(a, b) calls = calls + 1; return string.format("%d^%d=%d", a, b, math.tointeger(a ^ b)) end, 4)
for _, p in ipairs{{2, 10}, {3, 3}, {2, 10}, {5, 2}, {7, 2}, {9, 1}, {3, 3}, {2, 10}, {2, 10}} do
  io.write(slow_pow(p[1], p[2]), " ")
end
print()
print("calls", calls, "hits", cache.hits, "misses", cache.misses, "keys", (cache:keys():gsub("%z", ":")))
