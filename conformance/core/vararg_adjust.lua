-- covers: ... expansion and truncation; multiple results adjusted in every context
local function three() return 1, 2, 3 end
local function none() end
local function id(...) return ... end
print(three())
print(three(), "end")
print("start", three())
print((three()))
print(id(three()))
print(id(three(), three()))
print(none())
print(none(), "x")
print("x", none())
local a, b, c, d = three()
print(a, b, c, d)
local e, f = three(), 10
print(e, f)
local g, h, i = 5, three()
print(g, h, i)
local j, k = (three())
print(j, k)
local t = {three(), three()}
print(#t)
local u = {three(), nil}
print(#u, u[2])
local function first(...) local x = ... return x end
print(first(7, 8, 9), first())
local function middle(...) return "head", ..., "tail" end
print(middle(1, 2, 3))
local function tail(...) return "head", ... end
print(tail(1, 2, 3))
-- varargs passed through several levels
local function lvl3(...) return select("#", ...), ... end
local function lvl2(...) return lvl3(...) end
local function lvl1(...) return lvl2(0, ...) end
print(lvl1(nil, nil))
-- ... in the main chunk holds the script arguments (none here)
print(select("#", ...))
-- string concat and arithmetic truncate to one value
print(three() .. "", three() + 10)
-- return (f()) truncates
local function trunc() return (three()) end
print(trunc())
-- vararg used in a nested function requires passing it explicitly
local function outer(...)
  local args = {...}
  return function() return #args, args[1] end
end
print(outer("p", "q")())
