-- covers: debug.traceback as an xpcall message handler, tracebacks built
-- inside handlers with levels, inside coroutines (own thread and another
-- thread argument), through tail calls, with non-string messages, and
-- string processing of traceback lines (gsub/gmatch)
local function lines_of(tb)
  local out = {}
  for l in tb:gmatch("[^\n]+") do out[#out + 1] = l end
  return out
end
local function show(label, tb)
  print("-- " .. label)
  print(tb)
end

local function fail(x) error("boom " .. tostring(x)) end
local function middle(x) local r = fail(x); return r end
local t = {}
function t.method_caller(x) middle(x) return 1 end
function t:obj(x) return t.method_caller(x) + 1 end

local ok, tb = xpcall(t.obj, debug.traceback, t, 1)
show("xpcall with debug.traceback", tb)

ok, tb = xpcall(middle, function(m) return debug.traceback("handled: " .. m, 2) end, 2)
show("handler with level 2", tb)

ok, tb = xpcall(middle, function(m) return debug.traceback(m, 1) end, 3)
show("handler with level 1", tb)

-- non-string messages are returned unchanged
ok, tb = xpcall(function() error({code = 7}) end, debug.traceback)
print(ok, type(tb), tb.code)
ok, tb = xpcall(function() error() end, debug.traceback)
print(ok, tb)
print(debug.traceback(12), debug.traceback(nil, 1) ~= nil, type(debug.traceback(true)))

-- tail calls show up as "(...tail calls...)"
local function tail3() return debug.traceback("tail") end
local function tail2() return tail3() end
local function tail1() return tail2() end
show("tail calls", tail1())

-- inside a coroutine: the traceback stops at the coroutine boundary
local co = coroutine.create(function(a)
  local function inner() coroutine.yield(debug.traceback("in co")) end
  inner()
  error("co error " .. a)
end)
local _, inside = coroutine.resume(co, "X")
show("inside coroutine", inside)
show("suspended coroutine from outside", debug.traceback(co, "outside view"))
local rok, rerr = coroutine.resume(co)
print(rok, rerr, coroutine.status(co))
show("dead coroutine", debug.traceback(co, "after death"))
-- the same error caught with xpcall inside the coroutine
local co2 = coroutine.wrap(function()
  local ok2, m = xpcall(fail, debug.traceback, "in wrap")
  return m
end)
show("xpcall inside coroutine.wrap", co2())
-- counting frames
local frames = lines_of(debug.traceback("count", 1))
print(#frames, frames[1], frames[2])
print((debug.traceback("msg\nwith newline", 1):gsub("\n.*", "")))
