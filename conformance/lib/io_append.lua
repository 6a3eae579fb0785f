-- Append mode writes at the end even after a seek.
local name = "io_append.tmp"
local f = assert(io.open(name, "w"))
f:write("start\n")
f:close()
f = assert(io.open(name, "a"))
print(f:seek("end"))
f:write("one\n")
f:seek("set")
f:write("two\n")
f:close()
f = assert(io.open(name, "ab"))
f:write("three\n")
f:close()
for l in io.lines(name) do print(l) end
os.remove(name)
