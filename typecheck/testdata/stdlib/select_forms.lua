local function f(...: any): integer
  local n: integer = select("#", ...)
  local second = select(2, ...)
  return n
end
print(f(1, 2))
