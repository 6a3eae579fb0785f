-- covers: runaway recursion through __index functions is a "C stack overflow"
-- as in lua5.3 (metamethod calls count against the C-call limit), and the
-- count is restored after the error is caught.
-- after a caught overflow, metamethods keep working (the count is restored)
local depth = 0
local t = setmetatable({}, {__index = function(t, k) depth = depth + 1 return t[k + 1] end})
for i = 1, 3 do print(pcall(function() return t[1] end)) end
local ok = setmetatable({}, {__index = function(t, k) return k * 2 end})
local s = 0
for i = 1, 1000 do s = s + ok[i] end
print(s)
local co = coroutine.wrap(function() for i = 1, 300 do coroutine.yield(ok[i]) end end)
local n = 0 for v in co do n = n + v end print(n)
