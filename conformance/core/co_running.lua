-- covers: coroutine.running and coroutine.isyieldable in main and inside coroutines
local main, ismain = coroutine.running()
print(type(main), ismain)
print(coroutine.isyieldable())
local co
co = coroutine.create(function()
  local cur, im = coroutine.running()
  print("inside", cur == co, im, coroutine.isyieldable())
  local nested = coroutine.create(function()
    local c2, im2 = coroutine.running()
    print("nested", c2 ~= co, im2, coroutine.status(co))
  end)
  coroutine.resume(nested)
  return "ok"
end)
print(coroutine.resume(co))
print(coroutine.status(main))
-- running inside wrap
local w = coroutine.wrap(function()
  local c, im = coroutine.running()
  return type(c), im, coroutine.status(c)
end)
print(w())
-- main thread cannot be resumed
print(coroutine.resume(main))
-- isyieldable inside pcall in a coroutine
local co2 = coroutine.create(function()
  return pcall(coroutine.isyieldable)
end)
print(coroutine.resume(co2))
