local function f(a: any, b: number): number
  local c = a + b
  local d = a .. "x"
  local e = -a
  return c + e
end
print(f(1, 2))
