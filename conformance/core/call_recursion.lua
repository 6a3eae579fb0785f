-- covers: ordinary recursion, moderately deep non-tail recursion, stack overflow caught by pcall
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(1), fact(5), fact(20), fact(21))
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(20))
local function sumto(n) if n == 0 then return 0 end return n + sumto(n - 1) end
print(sumto(10000))
local function ackermann(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ackermann(m - 1, 1) end
  return ackermann(m - 1, ackermann(m, n - 1))
end
print(ackermann(2, 3), ackermann(3, 3))
local function hanoi(n, from, to, via, moves)
  if n == 0 then return moves end
  moves = hanoi(n - 1, from, via, to, moves)
  moves = moves + 1
  return hanoi(n - 1, via, to, from, moves)
end
print(hanoi(10, "A", "C", "B", 0))
-- infinite non-tail recursion: error is caught, message is a string
local function inf(n) return 1 + inf(n + 1) end
local ok, msg = pcall(inf, 1)
print(ok, type(msg))
-- the interpreter is usable after a stack overflow
print(fact(10))
local depth = 0
local function probe() depth = depth + 1; probe(); end
local ok2 = pcall(probe)
print(ok2, depth > 1000)
-- mutual recursion (non-tail)
local function a(n) if n == 0 then return "a" end local r = a_b(n - 1) return r end
function a_b(n) if n == 0 then return "b" end return (a(n - 1)) end
print(a(5), a(6))
a_b = nil
