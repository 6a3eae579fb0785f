-- covers: file:write returning the file for chaining, how io.write and
-- file:write format numbers (integers, floats, -0.0, huge, mininteger),
-- write argument errors, io.output switching to a file and back, and
-- reading everything back with exact bytes checked via string.format %q
local name = "io_write_chaining.tmp"
local f = assert(io.open(name, "w"))
local same = f:write("a", 1, " ", 2.0, " ", -0.0, " ", 1e100, " ", math.mininteger, " ", 2^63, "\n")
print(same == f, io.type(same))
f:write(1/3, "|", 100 // 1, "|", 7 / 7, "|", 0x10, "|", 1e15, "|", 1e16, "\n"):write("chained\n"):write()
print(pcall(f.write, f, {}))
print(pcall(f.write, f, "ok", nil))
print(pcall(f.write, f, true))
f:close()

local r = assert(io.open(name, "rb"))
local all = r:read("a")
r:close()
print(string.format("%q", all))

-- io.write goes to the current default output
local out = io.output()
io.output(name)
print(io.output() ~= out, io.type(io.output()))
io.write("via io.write ", 42, " ", 4.5, "\n")
local ret = io.write("x")
print(ret == io.output())
io.output():close()
print(pcall(io.write, "after close"))
io.output(out)
io.write("stdout again\n")

r = assert(io.open(name))
print(string.format("%q", r:read("a")))
r:close()
-- io.output with a file handle object and "a" mode via io.open
local h = assert(io.open(name, "a"))
io.output(h)
io.write("appended ", 1, "\n")
io.output(out)
h:close()
for l in io.lines(name) do print("line:", l) end
-- the standard handles
print(io.type(io.stdout), io.type(io.stderr), io.stdout == io.output())
print(os.remove(name))
