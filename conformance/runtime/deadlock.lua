-- covers: a main chunk that waits for something nothing can bring (no
-- other coroutine can run, no timer is armed) ends the run with a
-- deadlock error instead of hanging
local ch = channel.new()
coroutine.spawn(function() ch:receive() end)
print("waiting")
process.inbox():receive()
