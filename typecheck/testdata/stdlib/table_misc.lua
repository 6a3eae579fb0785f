local packed = table.pack(1, 2, 3)
local n = packed.n
local a, b = table.unpack({1, 2})
local x: integer? = a
local moved = table.move({1, 2}, 1, 2, 1, {})
local s: string = table.concat({1, 2, "x"}, ",")
table.sort({"b", "a"}, function(p, q) return p < q end)
table.sort({3, 1}, function(p, q) return p:len() < q:len() end) -- expect-error: NOT_INDEXABLE, NOT_INDEXABLE
print(n, x, b, moved, s)
