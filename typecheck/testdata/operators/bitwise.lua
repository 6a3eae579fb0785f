local function f(a: integer, b: integer): integer
  return (a & b) | (a ~ b) << 1 >> 2
end
local function g(a: integer): integer
  return ~a
end
local function h(s: boolean): integer
  return s & 1 -- expect-error: BAD_OPERAND
end
print(f(1, 2), g(3), h(true))
