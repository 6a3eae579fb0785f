-- covers: coroutine.spawn runs a function concurrently in the same
-- process: it returns nothing and the caller goes on at once; arguments
-- are passed; spawned coroutines share the globals; coroutine.yield at
-- the top of a spawned coroutine lets the others run; they run in the
-- order they were spawned; when the main chunk returns, the process ends
-- and coroutines still waiting are stopped
local log = {}
print(select("#", coroutine.spawn(function(a, b) log[#log + 1] = "args " .. a .. b end, "x", "y")))
log[#log + 1] = "caller goes on"
shared = 0
for i = 1, 3 do
  coroutine.spawn(function()
    for round = 1, 2 do
      shared = shared + 1
      log[#log + 1] = "co" .. i .. " round " .. round
      coroutine.yield()
    end
  end)
end
local never = channel.new()
coroutine.spawn(function()
  never:receive()
  print("never printed: the main chunk returns first")
end)
require("time").sleep(1) -- one nanosecond: everything else runs meanwhile
print(table.concat(log, "\n"))
print("shared", shared)
print(pcall(coroutine.spawn, 42))
