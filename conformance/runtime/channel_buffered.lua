-- covers: buffered channels: sends complete without a receiver until the
-- buffer is full, then block until a receive frees a slot; values come
-- out in order; after close the receiver drains the buffer before
-- nil, false; send on a closed channel raises; closing twice does
-- nothing; a negative capacity is an error
local ch = channel.new(2)
ch:send("a")
ch:send("b")
print("two sends done without a receiver")
coroutine.spawn(function()
  print("receiver takes", ch:receive())
end)
ch:send("c") -- the buffer is full: blocks until the receiver takes "a"
print("third send done")
ch:close()
ch:close()
print(ch:receive())
print(ch:receive())
print(ch:receive())
print(pcall(function() ch:send("d") end))
print(pcall(function() return channel.new(-1) end))
