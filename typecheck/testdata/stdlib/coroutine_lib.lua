local co = coroutine.create(function(a: number)
  local x = coroutine.yield(a + 1)
  return x
end)
local ok, v = coroutine.resume(co, 1)
local st: string = coroutine.status(co)
local gen = coroutine.wrap(function() coroutine.yield(1) end)
local first = gen()
coroutine.status("notathread") -- expect-error: TYPE_MISMATCH
print(ok, v, st, first)
