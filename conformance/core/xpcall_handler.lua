-- covers: xpcall with message handlers, handler return value, arguments to the function
local function handler(msg) return "handled: " .. tostring(msg) end
print(xpcall(function() error("boom", 0) end, handler))
print(xpcall(function() return "fine", 2 end, handler))
print(xpcall(function(a, b) return a + b end, handler, 3, 4))
print(xpcall(function(a) return a.x end, handler, nil))
-- handler receives non-string errors untouched
print(xpcall(function() error({k = "v"}) end, function(e) return type(e) .. ":" .. e.k end))
print(xpcall(function() error() end, function(e) return "got " .. tostring(e) end))
-- only the first return value of the handler is used
print(xpcall(function() error("x") end, function() return 1, 2, 3 end))
-- handler returning nothing
print(xpcall(function() error("x") end, function() end))
-- handler sees runtime error messages with position
print(xpcall(function() local t; return t.f end, function(m) return "[" .. m .. "]" end))
-- nested xpcall
print(xpcall(function()
  return xpcall(function() error("in", 0) end, function(m) return "inner " .. m end)
end, handler))
-- handler can inspect upvalues; errors in handler
local count = 0
print(xpcall(function() error("e1", 0) end, function(m) count = count + 1; return m .. count end))
local ok, err = xpcall(function() error("first", 0) end, function(m) error("handler failed") end)
print(ok, err)
-- xpcall argument errors
print(pcall(xpcall))
print(pcall(xpcall, print))
-- the handler is called in the context of the error (before unwinding)
local depth_seen
local function deep(n) if n == 0 then error("deep", 0) end return deep(n - 1) + 1 end
local ok2, e2 = xpcall(deep, function(m) depth_seen = true; return m .. "!" end, 5)
print(ok2, e2, depth_seen)
