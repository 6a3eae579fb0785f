local xs: {any} = {1, "a", {}}
local n: number = xs[1]
local m: {[string]: any} = {a = 1}
local s: string = m.a
local ys: {number} = xs
print(n, s, ys)
