-- covers: several independent generators advanced in lockstep; generator closing by exhaustion
local function fib()
  return coroutine.wrap(function()
    local a, b = 0, 1
    while true do coroutine.yield(a); a, b = b, a + b end
  end)
end
local function squares()
  return coroutine.wrap(function()
    local i = 0
    while true do i = i + 1; coroutine.yield(i * i) end
  end)
end
local function take(gen, n)
  local out = ""
  for _ = 1, n do out = out .. gen() .. " " end
  return out
end
print(take(fib(), 15))
print(take(squares(), 10))
local f, s = fib(), squares()
for _ = 1, 5 do print(f(), s()) end
-- zip of two finite generators
local function finite(list)
  return coroutine.wrap(function() for i = 1, #list do coroutine.yield(list[i]) end return nil end)
end
local g1, g2 = finite({"a", "b", "c"}), finite({1, 2})
while true do
  local x, y = g1(), g2()
  if x == nil or y == nil then break end
  print(x, y)
end
-- generator of generators
local gens = coroutine.wrap(function()
  for k = 1, 3 do
    coroutine.yield(coroutine.wrap(function() for i = 1, k do coroutine.yield(k * 10 + i) end end))
  end
end)
for _ = 1, 3 do
  local g = gens()
  local out = ""
  for v in g do out = out .. v .. " " end
  print(out)
end
-- status of a create-based generator through its lifetime
local co = coroutine.create(function() for i = 1, 2 do coroutine.yield(i) end end)
local states = {}
repeat
  local ok, v = coroutine.resume(co)
  states[#states + 1] = tostring(v) .. "/" .. coroutine.status(co)
until coroutine.status(co) == "dead"
print(states[1], states[2], states[3])
