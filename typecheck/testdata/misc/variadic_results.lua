local function many(): (number, ...string)
  return 1, "a", "b"
end
local n, s1, s2 = many()
local nn: number = n
local ss: string = s1
local function bad(): (number, ...string)
  return 1, 2 -- expect-error: TYPE_MISMATCH
end
print(nn, ss, s2, bad())
