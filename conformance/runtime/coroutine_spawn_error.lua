-- covers: an error in a spawned coroutine ends the whole process with that
-- error, while the main chunk waits: status 1 and the message on stderr
local ch = channel.new()
coroutine.spawn(function()
  print("child runs")
  error("child failed")
end)
print("main waits")
ch:receive()
print("never printed")
