-- covers: many live coroutines at once, resumed in interleaved order, then finished
local cos = {}
for i = 1, 1000 do
  cos[i] = coroutine.create(function(a)
    local b = coroutine.yield(a + i)
    local c = coroutine.yield(b * i)
    return a + b + c + i
  end)
end
local s1, s2, s3 = 0, 0, 0
for i = 1, 1000 do local _, v = coroutine.resume(cos[i], 1); s1 = s1 + v end
for i = 1000, 1, -1 do local _, v = coroutine.resume(cos[i], 2); s2 = s2 + v end
for i = 1, 1000, 2 do local _, v = coroutine.resume(cos[i], 3); s3 = s3 + v end
for i = 2, 1000, 2 do local _, v = coroutine.resume(cos[i], 3); s3 = s3 + v end
print(s1, s2, s3)
local dead = 0
for i = 1, 1000 do if coroutine.status(cos[i]) == "dead" then dead = dead + 1 end end
print(dead)
-- many wraps created and discarded in a loop
local total = 0
for i = 1, 2000 do
  local w = coroutine.wrap(function(x) coroutine.yield(x * 2) return x end)
  total = total + w(i)
end
print(total)
-- coroutines that never finish are fine to abandon
local abandoned = {}
for i = 1, 100 do
  abandoned[i] = coroutine.wrap(function() while true do coroutine.yield(i) end end)
  abandoned[i]()
end
print(abandoned[50](), abandoned[100]())
