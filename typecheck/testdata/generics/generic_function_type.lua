type Mapper = <T>(T) -> {T}
local single: Mapper = function(x) return {x} end
local xs = single(1)
local n: integer = xs[1]
print(n)
