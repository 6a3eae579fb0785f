-- covers: "attempt to perform arithmetic" error messages with variable info
local t = {}
print(pcall(function() return t.x + 1 end))
print(pcall(function() return 1 + t.x end))
print(pcall(function() local a; return a * 2 end))
print(pcall(function() return nothing - 1 end))
local up
print(pcall(function() return up / 2 end))
print(pcall(function() return t % 2 end))
print(pcall(function() return 2 ^ t end))
print(pcall(function() return {} // 1 end))
print(pcall(function() local s = "12a"; return s + 1 end))
print(pcall(function() return true + 1 end))
print(pcall(function() return 1 + print end))
print(pcall(function() return t.x.y + 1 end))
print(pcall(function() local a, b = 1, nil; return a + b end))
print(pcall(function() local a, b = nil, 1; return a + b end))
print(pcall(function() return t[1] * t[2] end))
print(pcall(function() return -t.x end))
print(pcall(function() local c = coroutine.create(print); return c + 1 end))
-- both operands invalid: the second one is reported if the first is a number-like string?
print(pcall(function() local a, b = nil, {}; return a + b end))
print(pcall(function() local a, b = {}, nil; return a + b end))
print(pcall(function() local a, b = "1", {}; return a + b end))
-- error inside a deeper function call
local function helper(v) return v.count * 2 end
print(pcall(helper, {}))
print(pcall(helper, {count = 4}))
