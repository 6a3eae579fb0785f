local function repeatStr(s: string, n: integer?): string
  n = n or 1
  return string.rep(s, n)
end
local function bad(s: string, n: integer?): string
  return string.rep(s, n) -- expect-error: TYPE_MISMATCH
end
print(repeatStr("a"), bad("b", nil))
