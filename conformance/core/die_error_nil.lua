-- covers: uncaught error(nil): the standalone interpreter reports "(error object is a nil value)"
print("about to raise nil")
local function f()
  error(nil)
end
print(pcall(f))
print(pcall(error))
print(select("#", pcall(error)))
-- nil error values through nested pcall and coroutines
print(pcall(function() local ok, e = pcall(f); error(e) end))
local co = coroutine.create(f)
print(coroutine.resume(co))
print(coroutine.status(co))
local w = coroutine.wrap(f)
print(pcall(w))
-- xpcall handler receives nil
print(xpcall(f, function(m) return "handler got " .. tostring(m) end))
-- error(nil) vs error() are the same
local ok1, e1 = pcall(error, nil)
local ok2, e2 = pcall(error)
print(ok1 == ok2, e1 == e2)
f()
