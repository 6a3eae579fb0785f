-- os.remove and os.rename, and their error results.
local a, b = "os_remove_rename_a.tmp", "os_remove_rename_b.tmp"
os.remove(a); os.remove(b)
local f = assert(io.open(a, "w"))
f:write("content")
f:close()
print(os.rename(a, b))
print(io.open(a), io.type(io.open(b)))
print(os.rename(a, b))
print(os.remove(b))
print(os.remove(b))
print(os.remove("no_such_dir/x.tmp"))
-- a directory that is not empty
print(os.remove("data"))
-- renaming onto a directory
f = assert(io.open(a, "w")); f:close()
print(os.rename("data", a))
print(os.remove(a))
-- an empty directory can be removed (created with rename tricks is not
-- possible portably, so only the error cases above)
print(pcall(os.remove))
print(pcall(os.rename, "x"))
print(pcall(os.rename, nil, "x"))
