-- covers: the script's main chunk runs on the main coroutine, as in
-- lua5.3, although it is a process: coroutine.running, isyieldable and a
-- top-level yield; standard coroutines work and may block inside;
-- spawned coroutines are not the main one
local co, ismain = coroutine.running()
print(type(co), ismain, coroutine.isyieldable())
print(pcall(coroutine.yield, 1))
local ch = channel.new(1)
local gen = coroutine.wrap(function()
  for i = 1, 3 do
    ch:send(i)
    coroutine.yield(ch:receive() * 10)
  end
end)
print(gen(), gen(), gen())
local done = channel.new()
coroutine.spawn(function()
  local _, m = coroutine.running()
  print("spawned:", m, coroutine.isyieldable())
  done:send(true)
end)
print(done:receive())
