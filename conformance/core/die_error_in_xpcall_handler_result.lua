-- covers: uncaught error re-raised (level 0) with the message built by an xpcall handler
local function handler(m) return "wrapped<" .. tostring(m) .. ">" end
local ok, msg = xpcall(function() error("original", 0) end, handler)
print(ok, msg)
-- handlers get runtime errors with positions
local ok2, msg2 = xpcall(function() local n; return n + 1 end, handler)
print(ok2, msg2)
-- handlers can return non-strings, which are kept as they are
local ok3, msg3 = xpcall(function() error("x") end, function() return {code = 3} end)
print(ok3, type(msg3), msg3.code)
-- a successful call returns all values and never calls the handler
local called = false
print(xpcall(function() return 1, 2 end, function() called = true end))
print("handler called", called)
-- nested: inner handler output becomes the outer error value
local ok4, msg4 = xpcall(function()
  local _, inner = xpcall(function() error("deep", 0) end, handler)
  error(inner, 0)
end, handler)
print(ok4, msg4)
error(msg, 0)
