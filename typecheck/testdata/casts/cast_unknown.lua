local function decode(s: string): unknown
  return s
end
local v = decode("x")
local n = v :: number
local m: number = n + 1
local t = (v as {name: string}).name
print(m, t)
