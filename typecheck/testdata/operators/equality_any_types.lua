local function f(a: number, b: string, c: {number}): boolean
  return a == b or b == c or c == nil
end
print(f(1, "1", {}))
