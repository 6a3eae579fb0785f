-- covers: recursive closures, mutually recursive locals, Y-combinator style recursion
local function fib_memo()
  local memo = {}
  local function fib(n)
    if n < 2 then return n end
    if memo[n] then return memo[n] end
    local v = fib(n - 1) + fib(n - 2)
    memo[n] = v
    return v
  end
  return fib
end
local fib = fib_memo()
print(fib(30), fib(80))
-- forward-declared locals for mutual recursion
local even, odd
function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(10), odd(7), even(7))
-- Y combinator
local function Y(f)
  return (function(x) return x(x) end)(function(x)
    return f(function(...) return x(x)(...) end)
  end)
end
local fact = Y(function(self) return function(n) if n == 0 then return 1 end return n * self(n - 1) end end)
print(fact(10))
-- recursive anonymous function through a table
local ops = {}
ops.sum = function(t, i) i = i or 1; if i > #t then return 0 end return t[i] + ops.sum(t, i + 1) end
print(ops.sum({1, 2, 3, 4, 5}))
-- closure that rebinds itself
local once
once = function() once = function() return "later" end; return "first" end
print(once(), once(), once())
-- flatten nested lists recursively
local function flatten(t, out)
  out = out or {}
  for i = 1, #t do
    if type(t[i]) == "table" then flatten(t[i], out) else out[#out + 1] = t[i] end
  end
  return out
end
local flat = flatten({1, {2, {3, {4, {5}}}}, {{6}}, 7})
local s = ""
for i = 1, #flat do s = s .. flat[i] end
print(s, #flat)
-- deep recursion building closures
local function build(n) if n == 0 then return function() return 0 end end local inner = build(n - 1) return function() return inner() + 1 end end
print(build(150)())
