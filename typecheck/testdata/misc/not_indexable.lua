local n: number = 1
print(n.x) -- expect-error: NOT_INDEXABLE
local b: boolean = true
print(b[1]) -- expect-error: NOT_INDEXABLE
local f: () -> () = function() end
print(f.field) -- expect-error: NOT_INDEXABLE
