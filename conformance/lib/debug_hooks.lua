-- covers: debug.sethook with call, return, line and count events; gethook
local events = {}
local function record(ev, line) events[#events + 1] = ev .. ":" .. tostring(line) end
local function work(n)
  local s = 0
  for i = 1, n do
    s = s + i
  end
  return s
end
debug.sethook(record, "crl")
local r = work(2)
debug.sethook()
for i = 1, #events do print(i, events[i]) end
print(r)
print(debug.gethook())
local count = 0
debug.sethook(function(ev) count = count + 1 end, "", 7)
for i = 1, 100 do end
debug.sethook()
print(count > 10, count < 100)
local f, m, c = nil, nil, nil
debug.sethook(print, "lc", 3)
f, m, c = debug.gethook()
debug.sethook()
print(f == print, m, c)
-- hooks are per coroutine
local seen = 0
local co = coroutine.create(function()
  debug.sethook(function() seen = seen + 1 end, "l")
  local a = 1
  a = a + 1
  coroutine.yield(a)
  return a
end)
print(coroutine.resume(co))
print(seen > 0)
local before = seen
local x = 1
x = x + 1
print(seen == before)
print(coroutine.resume(co))
