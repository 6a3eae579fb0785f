local string = {upper = function(x: number): number return x end}
local n: number = string.upper(1)
local type = function(): number return 1 end
local t: number = type()
print(n, t)
