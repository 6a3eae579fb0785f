-- fib: recursive calls and returns, little else. Measures the cost of a
-- Lua-to-Lua call (frame setup, argument passing, return) and of the
-- comparison and addition around it.
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

-- A global function too: its calls go through a table lookup of _ENV.
function gfib(n)
  if n < 2 then return n end
  return gfib(n - 1) + gfib(n - 2)
end

print(string.format("fib(35) = %d", fib(35)))
print(string.format("gfib(29) = %d", gfib(29)))
