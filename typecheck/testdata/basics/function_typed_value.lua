local f: function = print
local g: function = 5 -- expect-error: TYPE_MISMATCH
local t: thread = coroutine.create(function() end)
local e: error = errors.new("x")
local bad: error = "x" -- expect-error: TYPE_MISMATCH
print(f, g, t, e, bad)
