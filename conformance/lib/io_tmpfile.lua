-- io.tmpfile: an anonymous file open for update.
local f = io.tmpfile()
print(io.type(f))
print(f:write("temporary\ndata\n") == f)
print(f:seek("set"))
print(f:read("l"), f:read("l"), f:read("l"))
print(f:seek("end"))
print(f:close(), io.type(f))
