local function f(n: integer, x: number)
  for i = 1, n do
    local k: integer = i
    print(k)
  end
  for j = 1, x, 0.5 do
    local bad: integer = j -- expect-error: TYPE_MISMATCH
    print(bad)
  end
  for k: integer = 1, 10 do
    print(k)
  end
  for s = "a", 2 do -- expect-error: BAD_OPERAND
    print(s)
  end
end
f(3, 2.5)
