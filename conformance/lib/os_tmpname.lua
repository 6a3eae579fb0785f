-- os.tmpname creates an empty file and returns its name.
local name = os.tmpname()
print(type(name))
local f = io.open(name, "r")
print(io.type(f), f:read("a"))
f:close()
local other = os.tmpname()
print(other ~= name)
print(os.remove(name), os.remove(other))
