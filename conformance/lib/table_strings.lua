-- Values that are not tables: strings have a metatable with __index but
-- no __newindex or __len, so only functions that just read accept them.
print(pcall(table.concat, "abc"))
print(pcall(table.insert, "abc", 1))
print(pcall(table.remove, "abc"))
print(pcall(table.sort, "abc"))
-- table.move needs only reading from the source
local d = table.move("abc", 1, 3, 1, {})
print(d[1], d[2], d[3], #d)
print(pcall(table.move, {1, 2}, 1, 2, 1, "abc"))
-- table.unpack uses the length operator and indexing directly
print(table.unpack("abc"))
print(select("#", table.unpack("hello")))
print(table.unpack("xy", 1, 1))
-- string methods are reachable through the same __index
print(table.unpack("len", 1, 1))
