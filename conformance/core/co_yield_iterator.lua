-- covers: yielding inside generic-for iterator functions and loop bodies
local function yielding_iter(t)
  local i = 0
  return function()
    i = i + 1
    coroutine.yield("iter step " .. i)
    if t[i] then return i, t[i] end
  end
end
local co = coroutine.wrap(function()
  for i, v in yielding_iter({"a", "b"}) do
    print("body", i, v)
  end
  return "loop done"
end)
for _ = 1, 4 do print(co()) end
-- producer coroutine used as the iterator of a for loop in another coroutine
local function producer(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i) end
  end)
end
local consumer = coroutine.wrap(function()
  local total = 0
  for v in producer(5) do
    total = total + v
    coroutine.yield("partial " .. total)
  end
  return "total " .. total
end)
for _ = 1, 6 do print(consumer()) end
-- yielding inside a while condition function
local cond_calls = 0
local function cond()
  cond_calls = cond_calls + 1
  coroutine.yield("cond " .. cond_calls)
  return cond_calls < 3
end
local co2 = coroutine.wrap(function()
  while cond() do end
  return "while done"
end)
for _ = 1, 4 do print(co2()) end
