-- covers: closures capturing locals, independent counters, state kept across calls
local function makeCounter(start, step)
  local n = start
  return function()
    n = n + step
    return n
  end
end
local c1 = makeCounter(0, 1)
local c2 = makeCounter(100, 10)
print(c1(), c1(), c1(), c2(), c2(), c1())
local c3 = makeCounter(0, 1)
print(c3(), c1())
-- closure capturing a parameter
local function adder(x) return function(y) return x + y end end
local add5, add10 = adder(5), adder(10)
print(add5(1), add10(1), add5(add10(0)))
-- functions returning multiple closures over the same variable
local function account(balance)
  local function deposit(v) balance = balance + v; return balance end
  local function withdraw(v)
    if v > balance then return nil, "insufficient funds" end
    balance = balance - v
    return balance
  end
  local function get() return balance end
  return deposit, withdraw, get
end
local dep, wd, get = account(50)
print(dep(25), wd(30), wd(100), get())
-- closures in a table
local ops = {}
for _, name in ipairs({"a", "b", "c"}) do
  ops[name] = function() return "op " .. name end
end
print(ops.a(), ops.b(), ops.c())
-- closure equality: each evaluation creates a distinct closure object? only compare same object
local f = makeCounter(0, 1)
print(f == f, type(f))
