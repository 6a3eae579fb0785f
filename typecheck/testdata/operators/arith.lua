local function f(a: number, b: string, c: boolean, d: number?)
  print(a + 1)
  print(b .. "x")
  print(a .. b)
  print(c + 1) -- expect-error: BAD_OPERAND
  print(d + 1) -- expect-error: NIL_ACCESS
  print(a < b) -- expect-error: BAD_OPERAND
  print(#b)
  print(#a) -- expect-error: BAD_OPERAND
  print(-a, not c)
end
f(1, "s", true, nil)
