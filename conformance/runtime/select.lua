-- covers: channel.select: default when nothing is ready, a ready receive
-- case (r.channel is the case's channel), a closed channel's case
-- (ok = false), send cases (ready and not ready), blocking until another
-- coroutine makes a case ready, a fair choice among ready cases, and
-- select without cases
local a, b = channel.new(1), channel.new(1)
local r = channel.select{a:case_receive(), b:case_receive(), default = true}
print("nothing ready:", r.default, r.ok, r.channel)
b:send("x")
r = channel.select{a:case_receive(), b:case_receive(), default = true}
print("b ready:", r.channel == b, r.value, r.ok, r.default)
a:close()
r = channel.select{a:case_receive(), b:case_receive()}
print("a closed:", r.channel == a, r.value, r.ok)

local c = channel.new(1)
r = channel.select{c:case_send("v"), default = true}
print("send case:", r.channel == c, r.ok, c:receive())
c:send("full")
r = channel.select{c:case_send("w"), default = true}
print("buffer full:", r.default)

local d = channel.new()
coroutine.spawn(function() d:send("late") end)
r = channel.select{d:case_receive()}
print("blocked, then:", r.channel == d, r.value, r.ok)

-- both cases always ready: each is chosen about half of the time
local x, y = channel.new(100), channel.new(100)
for i = 1, 100 do x:send(i) y:send(i) end
local nx, ny = 0, 0
for _ = 1, 100 do
  r = channel.select{x:case_receive(), y:case_receive()}
  if r.channel == x then nx = nx + 1 else ny = ny + 1 end
end
print("fair:", nx + ny, nx > 20, ny > 20)

print(pcall(function() return channel.select{} end))
print(pcall(function() return channel.select{a} end))
