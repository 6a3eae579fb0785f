-- covers: a binary-heap priority queue on table.insert/remove, a
-- scheduler simulation with string.format, and heap sort vs table.sort
local PQ = {}
PQ.__index = PQ
function PQ.new(cmp) return setmetatable({cmp = cmp or function(a, b) return a < b end, n = 0}, PQ) end
function PQ:push(v)
  table.insert(self, v)
  self.n = self.n + 1
  local i = self.n
  while i > 1 do
    local p = i // 2
    if self.cmp(self[i], self[p]) then
      self[i], self[p] = self[p], self[i]
      i = p
    else break end
  end
end
function PQ:pop()
  if self.n == 0 then return nil end
  local top = self[1]
  local last = table.remove(self)
  self.n = self.n - 1
  if self.n > 0 then
    self[1] = last
    local i = 1
    while true do
      local l, r, m = 2 * i, 2 * i + 1, i
      if l <= self.n and self.cmp(self[l], self[m]) then m = l end
      if r <= self.n and self.cmp(self[r], self[m]) then m = r end
      if m == i then break end
      self[i], self[m] = self[m], self[i]
      i = m
    end
  end
  return top
end

local pq = PQ.new()
for _, v in ipairs{5, 3, 9, 1, 7, 2, 8, 6, 4, 0, -3, 11} do pq:push(v) end
local out = {}
while pq.n > 0 do out[#out + 1] = pq:pop() end
print(table.concat(out, " "), pq:pop(), #pq)

-- tasks with priority and sequence number for determinism
local tasks = PQ.new(function(a, b)
  if a.pri ~= b.pri then return a.pri > b.pri end
  return a.seq < b.seq
end)
local seq = 0
local function add(name, pri)
  seq = seq + 1
  tasks:push{name = name, pri = pri, seq = seq}
end
add("write", 2) add("read", 5) add("idle", 0) add("net", 5) add("disk", 3) add("log", 2)
local clock = 0
while tasks.n > 0 do
  local t = tasks:pop()
  clock = clock + #t.name
  print(string.format("t=%02d run %-5s pri=%d seq=%d", clock, t.name, t.pri, t.seq))
  if t.name == "read" then add("parse", 4) end
end

-- heap sort vs table.sort on pseudo-random (LCG) data
local data, x = {}, 12345
for i = 1, 200 do
  x = (x * 1103515245 + 12345) % 2147483648
  data[i] = x % 1000
end
local h = PQ.new()
for _, v in ipairs(data) do h:push(v) end
local sorted = {}
while h.n > 0 do sorted[#sorted + 1] = h:pop() end
table.sort(data)
local same = true
for i = 1, #data do if data[i] ~= sorted[i] then same = false end end
print("heap sort matches", same, #sorted, sorted[1], sorted[100], sorted[200])
print(table.concat(sorted, ",", 1, 10))
print(select("#", table.unpack(sorted)), math.max(table.unpack(sorted)), math.min(table.unpack(sorted)))
