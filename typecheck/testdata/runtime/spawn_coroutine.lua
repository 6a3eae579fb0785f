local ch = channel.new()
coroutine.spawn(function(n: number)
  ch:send(n * 2)
end, 21)
local v = ch:receive()
coroutine.spawn(5) -- expect-error: TYPE_MISMATCH
print(v)
