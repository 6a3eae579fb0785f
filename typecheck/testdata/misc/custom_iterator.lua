local function range(n: integer): (() -> integer?)
  local i = 0
  return function()
    i = i + 1
    if i <= n then return i end
    return nil
  end
end
for i in range(3) do
  local k: integer = i
  print(k)
end
for s in range(2) do
  print(s:upper()) -- expect-error: NOT_INDEXABLE
end
