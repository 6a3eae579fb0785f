-- covers: proper tail calls: deep tail recursion must not overflow the stack
local function loop(n, acc)
  if n == 0 then return acc end
  return loop(n - 1, acc + 1)
end
print(loop(100000, 0))
print(loop(300000, 5))
local isEven, isOdd
function isEven(n) if n == 0 then return true end return isOdd(n - 1) end
function isOdd(n) if n == 0 then return false end return isEven(n - 1) end
print(isEven(100000), isOdd(100001), isEven(77777))
-- tail call through a method
local obj = {n = 0}
function obj:count(k)
  if k == 0 then return self.n end
  self.n = self.n + 1
  return self:count(k - 1)
end
print(obj:count(150000))
-- tail call with varargs
local function va(n, ...)
  if n == 0 then return select("#", ...), ... end
  return va(n - 1, ...)
end
print(va(200000, "a", "b"))
-- tail call to a different function each time
local fns = {}
for i = 1, 3 do
  fns[i] = function(n) if n == 0 then return "done at " .. i end return fns[(i % 3) + 1](n - 1) end
end
print(fns[1](100000))
-- tail calling a __call metamethod
local ct = setmetatable({}, {__call = function(self, n)
  if n == 0 then return "callable done" end
  return self(n - 1)
end})
print(ct(100000))
-- return f(x) inside parentheses is NOT a tail call, but shallow depth is fine
local function notail(n) if n == 0 then return 0 end return (notail(n - 1)) end
print(notail(100))
