local function f(a: number, b: string, c: string?, d: integer)
  print(a < d, b <= "x", a > 1.5)
  print(a < b) -- expect-error: BAD_OPERAND
  print(c < "x") -- expect-error: NIL_ACCESS
  print(a == b, c ~= nil)
end
f(1, "b", nil, 2)
