local function f(s: string, t: {number}, m: {[string]: number}, n: number, o: string?)
  local a: integer = #s
  local b: integer = #t
  local c: integer = #m
  print(#n) -- expect-error: BAD_OPERAND
  print(#o) -- expect-error: NIL_ACCESS
  print(a, b, c)
end
f("s", {}, {}, 1, nil)
