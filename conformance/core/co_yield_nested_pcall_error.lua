-- covers: errors and yields interleaved with nested pcall inside coroutines, resumed from wrap
local trace = {}
local co = coroutine.create(function()
  local ok1, e1 = pcall(function()
    local ok2, e2 = pcall(function()
      trace[#trace + 1] = "inner before yield"
      local v = coroutine.yield("y1")
      trace[#trace + 1] = "inner got " .. v
      error("inner error " .. v, 0)
    end)
    trace[#trace + 1] = "middle caught: " .. tostring(e2)
    local w = coroutine.yield("y2")
    error({tag = w})
  end)
  trace[#trace + 1] = "outer caught table tag " .. tostring(type(e1) == "table" and e1.tag)
  return "finished"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "A"))
print(coroutine.resume(co, "B"))
print(coroutine.status(co))
for i = 1, #trace do print(trace[i]) end
-- an error escaping a coroutine that was inside a pcall in the main thread
local ok, err = pcall(function()
  local w = coroutine.wrap(function() coroutine.yield(1); error("escaped", 0) end)
  w()
  w()
end)
print(ok, err)
-- error thrown while resuming another coroutine from inside a coroutine
local child = coroutine.create(function() error("child failed", 0) end)
local parent = coroutine.create(function()
  local ok2, e = coroutine.resume(child)
  coroutine.yield(ok2, e)
  return "parent survives"
end)
print(coroutine.resume(parent))
print(coroutine.resume(parent))
