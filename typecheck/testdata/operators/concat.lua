local function f(s: string, n: number, b: boolean, t: {string})
  local a: string = s .. n
  local c: string = n .. n
  print(s .. b) -- expect-error: BAD_OPERAND
  print(s .. t)
  print(a, c)
end
f("a", 1, true, {})
