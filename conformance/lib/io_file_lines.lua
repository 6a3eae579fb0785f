-- file:lines does not close the file; the iterator keeps reading where
-- the file is.
local f = assert(io.open("data/lines.txt"))
for l in f:lines() do print("[" .. l .. "]") end
print(io.type(f), f:read("a"), f:seek("set"))
local it = f:lines("n")
print(f:read("l"), f:read("l"), f:read("l"))
print(it(), it(), it(), it())
print(it())
print(f:read("l"))
f:seek("set")
for a, b, c in f:lines(1, 2, 3) do io.write(a, "|", tostring(b), "|", tostring(c), ";") end
print()
f:close()
print(pcall(it))
print(pcall(f.lines, f))
print(pcall(f.lines))
