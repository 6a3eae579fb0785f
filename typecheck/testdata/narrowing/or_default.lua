local function f(name: string?, count: number?): string
  local n = name or "anon"
  local c = count or 1
  local s: string = n
  local k: number = c
  return string.rep(s, k)
end
local function g(name: string?): string
  local n = name or nil
  return n -- expect-error: TYPE_MISMATCH
end
print(f(nil, nil), g("x"))
