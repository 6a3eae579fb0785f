-- Closures capture variables, not values: each counter has its own n,
-- and the functions returned together share one.

local function counter(step)
  local n = 0
  return function()
    n = n + step
    return n
  end
end

local byOne, byTen = counter(1), counter(10)
print(byOne(), byOne(), byTen(), byOne(), byTen())

local function account(balance)
  local function deposit(x) balance = balance + x end
  local function get() return balance end
  return deposit, get
end

local deposit, get = account(100)
deposit(25)
deposit(-40)
print("balance:", get())

-- Each loop iteration gets a fresh local, so every closure sees its own i.
local fns = {}
for i = 1, 3 do
  fns[i] = function() return i * i end
end
print(fns[1](), fns[2](), fns[3]())

-- Memoization with a closure over a cache table.
local function memoize(f)
  local cache = {}
  return function(x)
    local v = cache[x]
    if v == nil then
      v = f(x)
      cache[x] = v
    end
    return v
  end
end

local fib
fib = memoize(function(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end)
print("fib(80) =", fib(80))
