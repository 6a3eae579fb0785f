local function pair<A, B>(a: A, b: B): {first: A, second: B}
  return {first = a, second = b}
end
local p = pair(1, "x")
local f: integer = p.first
local s: string = p.second
local bad: string = p.first -- expect-error: TYPE_MISMATCH
print(f, s, bad)
