-- covers: coroutine.running/status/isyieldable across nested coroutines
-- (create inside wrap inside create), resuming a running or normal
-- coroutine, status strings collected into sorted/joined output, errors
-- from wrap carrying positions, and yields returning values both ways
local trace = {}
local function log(...) trace[#trace + 1] = table.concat({...}, " ") end
local main, ismain = coroutine.running()
log("main", type(main), tostring(ismain), tostring(coroutine.isyieldable()))

local outer
local inner = coroutine.create(function(x)
  local me, im = coroutine.running()
  log("inner start", x, coroutine.status(me), tostring(im), coroutine.status(outer), coroutine.status(main))
  log("resume outer from inner", tostring(select(2, coroutine.resume(outer))))
  log("resume self", tostring(select(2, coroutine.resume(me))))
  local y = coroutine.yield(x * 2)
  log("inner got", y)
  return "inner done", y + 1
end)
outer = coroutine.create(function(a)
  log("outer start", a, coroutine.status(inner), tostring(coroutine.isyieldable()))
  local ok, v = coroutine.resume(inner, a + 1)
  log("inner yielded", tostring(ok), v, coroutine.status(inner))
  local b = coroutine.yield("outer paused")
  local ok2, r1, r2 = coroutine.resume(inner, b)
  log("inner returned", tostring(ok2), r1, r2, coroutine.status(inner))
  return "outer done"
end)
print(coroutine.resume(outer, 10))
print(coroutine.status(outer), coroutine.status(inner))
print(coroutine.resume(outer, 5))
print(coroutine.status(outer), coroutine.resume(outer))
for i, l in ipairs(trace) do print(i, l) end

-- wrap inside create: errors keep their position; the wrapped coroutine is dead afterwards
local gen
local holder = coroutine.create(function()
  gen = coroutine.wrap(function()
    coroutine.yield(1)
    error("generator broke")
  end)
  local first = gen()
  local ok, err = pcall(gen)
  coroutine.yield(first, ok, err)
  local ok3, err3 = pcall(gen)
  return ok3, err3
end)
print(coroutine.resume(holder))
print(coroutine.resume(holder))
print(coroutine.status(holder))
-- error values that are not strings pass through resume untouched
local co = coroutine.create(function() error({reason = "table error"}) end)
local ok, e = coroutine.resume(co)
print(ok, type(e), e.reason, coroutine.status(co))
co = coroutine.create(function() error("with level 2", 2) end)
print(coroutine.resume(co))
print(pcall(coroutine.status, "x"), pcall(coroutine.resume, main))
print(coroutine.isyieldable(), coroutine.wrap(function() return coroutine.isyieldable(), select(2, coroutine.running()) end)())
