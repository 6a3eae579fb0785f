-- covers: producer/filter/consumer pipeline built from coroutines
local function producer(items)
  return coroutine.create(function()
    for i = 1, #items do coroutine.yield(items[i]) end
    return nil
  end)
end
local function receive(prod)
  local ok, value = coroutine.resume(prod)
  return value
end
local function filter(prod, pred)
  return coroutine.create(function()
    while true do
      local v = receive(prod)
      if v == nil then return nil end
      if pred(v) then coroutine.yield(v) end
    end
  end)
end
local function mapper(prod, f)
  return coroutine.create(function()
    while true do
      local v = receive(prod)
      if v == nil then return nil end
      coroutine.yield(f(v))
    end
  end)
end
local source = producer({1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
local evens = filter(source, function(x) return x % 2 == 0 end)
local squares = mapper(evens, function(x) return x * x end)
local results = {}
while true do
  local v = receive(squares)
  if v == nil then break end
  results[#results + 1] = v
end
print(#results, results[1], results[2], results[3], results[4], results[5])
print(coroutine.status(source), coroutine.status(evens), coroutine.status(squares))
-- consumer-driven: the consumer sends values into a coroutine
local sink = coroutine.create(function()
  local got = {}
  while true do
    local v = coroutine.yield(#got)
    if v == nil then break end
    got[#got + 1] = v
  end
  return "received " .. #got
end)
coroutine.resume(sink)
for _, word in ipairs({"alpha", "beta", "gamma"}) do print(coroutine.resume(sink, word)) end
print(coroutine.resume(sink, nil))
