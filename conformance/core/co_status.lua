-- covers: coroutine.status in every state: suspended, running, normal, dead
local main_co
local inner
local outer = coroutine.create(function()
  print("outer inside", coroutine.status(main_co))
  inner = coroutine.create(function()
    print("inner sees outer as", coroutine.status(main_co))
    print("inner sees itself as", coroutine.status(inner))
    coroutine.yield()
  end)
  print("inner before", coroutine.status(inner))
  coroutine.resume(inner)
  print("inner after yield", coroutine.status(inner))
  coroutine.yield()
  coroutine.resume(inner)
  print("inner after finish", coroutine.status(inner))
end)
main_co = outer
print("before start", coroutine.status(outer))
coroutine.resume(outer)
print("after yield", coroutine.status(outer))
coroutine.resume(outer)
print("after return", coroutine.status(outer))
-- dead after an error
local bad = coroutine.create(function() error("oops") end)
print(coroutine.resume(bad))
print("after error", coroutine.status(bad))
-- status argument checking
print(pcall(coroutine.status, nil))
print(pcall(coroutine.status, {}))
print(pcall(coroutine.status))
