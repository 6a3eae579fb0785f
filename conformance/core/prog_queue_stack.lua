-- covers: stack and double-ended queue implementations with tables and integer indices
local Stack = {}
Stack.__index = Stack
function Stack.new() return setmetatable({n = 0}, Stack) end
function Stack:push(v) self.n = self.n + 1; self[self.n] = v end
function Stack:pop()
  if self.n == 0 then return nil, "empty" end
  local v = self[self.n]
  self[self.n] = nil
  self.n = self.n - 1
  return v
end
local s = Stack.new()
for i = 1, 5 do s:push(i * i) end
print(s:pop(), s:pop(), s.n)
s:pop(); s:pop(); s:pop()
print(s:pop())
local Deque = {}
Deque.__index = Deque
function Deque.new() return setmetatable({first = 0, last = -1}, Deque) end
function Deque:pushleft(v) self.first = self.first - 1; self[self.first] = v end
function Deque:pushright(v) self.last = self.last + 1; self[self.last] = v end
function Deque:popleft()
  if self.first > self.last then return nil end
  local v = self[self.first]; self[self.first] = nil; self.first = self.first + 1; return v
end
function Deque:popright()
  if self.first > self.last then return nil end
  local v = self[self.last]; self[self.last] = nil; self.last = self.last - 1; return v
end
function Deque:size() return self.last - self.first + 1 end
local d = Deque.new()
d:pushright("a"); d:pushright("b"); d:pushleft("z"); d:pushleft("y")
print(d:size(), d:popleft(), d:popright(), d:popleft(), d:popright(), d:popleft(), d:size())
-- queue used for BFS-like processing with many operations
local q = Deque.new()
for i = 1, 1000 do q:pushright(i) end
local total = 0
while q:size() > 0 do
  local v = q:popleft()
  total = total + v
  if v % 100 == 0 and v < 1000 then q:pushright(v // 100) end
end
print(total, q.first, q.last)
-- balanced parentheses using a stack of token codes
local function balanced(tokens)
  local st = Stack.new()
  local pairs_ = {[")"] = "(", ["]"] = "[", ["}"] = "{"}
  for i = 1, #tokens do
    local c = tokens[i]
    if c == "(" or c == "[" or c == "{" then st:push(c)
    elseif pairs_[c] then
      if st:pop() ~= pairs_[c] then return false end
    end
  end
  return st.n == 0
end
print(balanced({"(", "[", "]", ")"}), balanced({"(", "]"}), balanced({"{", "{", "}"}), balanced({}))
