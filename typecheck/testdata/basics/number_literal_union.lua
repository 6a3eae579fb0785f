type Port = 80 | 443 | 8080
local p: Port = 443
local q: Port = 22 -- expect-error: TYPE_MISMATCH
local n: number = p
print(p, q, n)
