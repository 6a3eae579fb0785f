local function f(a: integer, b: integer, x: number)
  local q: integer = a // b
  local r: integer = a % b
  local d: number = a / b
  local p: number = a ^ b
  local bad: integer = a / b -- expect-error: TYPE_MISMATCH
  local bad2: integer = a + x -- expect-error: TYPE_MISMATCH
  print(q, r, d, p, bad, bad2)
end
f(7, 2, 1.5)
