-- covers: while and repeat loops, repeat-until scope, break, nested loops
local i = 0
while i < 5 do i = i + 1 end
print(i)
local n = 10
while true do
  n = n - 3
  if n < 0 then break end
end
print(n)
-- repeat body runs at least once
local runs = 0
repeat runs = runs + 1 until true
print(runs)
-- until can see locals declared in the body
local x = 0
repeat
  local done = x >= 3
  x = x + 1
until done
print(x)
-- while with complex condition
local a, b = 0, 10
while a < b and b - a > 2 do a = a + 1; b = b - 1 end
print(a, b)
-- break exits only the innermost loop
local log = ""
for outer = 1, 3 do
  local inner = 0
  while true do
    inner = inner + 1
    if inner > outer then break end
    log = log .. outer
  end
end
print(log)
-- break in repeat
local r = 0
repeat
  r = r + 1
  if r == 4 then break end
until false
print(r)
-- collatz with while
local function collatz(v)
  local steps = 0
  while v ~= 1 do
    if v % 2 == 0 then v = v // 2 else v = 3 * v + 1 end
    steps = steps + 1
  end
  return steps
end
print(collatz(1), collatz(6), collatz(27), collatz(97))
-- nested repeat with locals shadowing
local total = 0
local p = 0
repeat
  p = p + 1
  local q = 0
  repeat
    q = q + 1
    local p = p * 10
    total = total + p + q
  until q == 2
until p == 3
print(total)
-- a while loop that never runs
while false do print("never") end
while nil do print("never") end
print("end")
