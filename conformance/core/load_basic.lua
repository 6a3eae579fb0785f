-- covers: load with strings: results, varargs, chunk names, modes, environments
local f = load("return 1 + 2")
print(type(f), f())
print(load("return ...")(1, 2, 3))
print(load("local a, b = ... return b, a")("x", "y"))
print(load("x_from_chunk = 10")(), x_from_chunk)
x_from_chunk = nil
-- syntax error: nil plus message with the default chunk name
print(load("return +"))
print(load("x ="))
-- custom chunk names
print(type(load("error('boom')", "=custom")))
print(pcall(load("error('boom')", "=custom")))
print(pcall(load("error('boom')", "@file.lua")))
print(pcall(load("error('boom')", "literal name")))
print(pcall(load("\n\nerror('line3')", "=multi")))
print(pcall(load("error('default')")))
print(pcall(load("local x = 1\nerror('second line')")))
-- mode argument
print(type(load("return 1", "m", "t")))
print(select(2, load("return 1", "m", "b")))
print(load("return 2", "m", "bt")())
-- environment argument
local env = {y = 5}
local g = load("y = y * 2; return y", "env chunk", "t", env)
print(g(), env.y, y)
local h = load("return print", "=noprint", "t", {})
print(h())
-- load with a nil env gives the chunk no globals
local n = load("return tostring", "=nilenv", "t", nil)
print(pcall(n))
-- each call to load creates a new function
local src = "local c = 0 return function() c = c + 1 return c end"
local c1, c2 = load(src)(), load(src)()
print(c1(), c1(), c2())
-- chunks are vararg functions
print(load("return select('#', ...)")(nil, nil, nil))
-- loading code that defines functions
local lib = load("local M = {} function M.sq(x) return x * x end return M")()
print(lib.sq(12))
-- argument errors
print(pcall(load))
print(pcall(load, 42))
