local function f(i: integer, n: number, s: string, b: boolean)
  local a: integer = -i
  local c: number = -n
  local d: boolean = not s
  print(-b) -- expect-error: BAD_OPERAND
  print(a, c, d)
end
f(1, 1.5, "x", true)
