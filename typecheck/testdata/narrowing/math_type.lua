local function half(n: number): integer
  if math.type(n) == "integer" then
    local i: integer = n
    return i // 2
  end
  return math.floor(n / 2)
end
print(half(4))
