local function pair(a: number)
  return a, tostring(a)
end
local n, s = pair(1)
local n2: number = n
local s2: string = s
local bad: number = s -- expect-error: TYPE_MISMATCH
local function maybe(a: number)
  if a > 0 then return a end
end
local m: number = maybe(1) -- expect-error: TYPE_MISMATCH
print(n2, s2, bad, m)
