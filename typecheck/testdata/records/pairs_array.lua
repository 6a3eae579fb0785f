local xs: {string} = {"a", "b"}
for k, v in pairs(xs) do
  local i: integer = k
  local s: string = v
  print(i, s)
end
