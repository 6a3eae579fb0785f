local function fact(n: integer): integer
  if n <= 1 then return 1 end
  return n * fact(n - 1)
end
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end
local f: integer = fact(5)
fact("5") -- expect-error: TYPE_MISMATCH
print(f, fib(10))
