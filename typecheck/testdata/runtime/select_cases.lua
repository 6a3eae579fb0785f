--!strict
local a = channel.new()
local b = channel.new(10)
coroutine.spawn(function() a:send("x") end)
local r = channel.select({a:case_receive(), b:case_receive()})
if r.channel == a then
  print(r.value)
end
local d = channel.select({a:case_receive(), default = true})
local isDefault = d.default
b:send(1)
local v, ok = b:receive()
channel.new("big") -- expect-error: TYPE_MISMATCH
print(isDefault, v, ok)
