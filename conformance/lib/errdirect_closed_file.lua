-- covers: an uncaught "attempt to use a closed file" raised by a file
-- method; before it, io.type/tostring of open and closed handles and the
-- pcall forms of the same error
local name = "errdirect_closed_file.tmp"
local f = assert(io.open(name, "w"))
print(io.type(f), io.type(io.stdout), io.type(42))
f:write("one\n", 2, "\n", 3.5, "\n")
print(f:seek("cur"))
f:close()
print(io.type(f), tostring(f))
print(pcall(f.write, f, "x"))
print(pcall(function() return f:lines() end))
print(select("#", pcall(io.lines, name)), type(select(2, pcall(io.lines, name))))
local r = assert(io.open(name))
print(r:read("l", "n", "n"))
r:close()
print(pcall(r.close, r))
print(pcall(io.close, r))
print(os.remove(name))
print(io.open(name))
io.write("now reading a closed file\n")
local v = r:read("a")
print("unreachable", v)
