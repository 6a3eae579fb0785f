local function f(s: string, n: number): number
  local a = "10" + 1
  local b = n + "2.5"
  return s * 2 -- expect-error: BAD_OPERAND
end
print(f("3", 1))
