local ages: {[string]: integer} = {ann = 3, bob = 5}
for name, age in pairs(ages) do
  local n: string = name
  local a: integer = age
  print(n:upper(), a + 1)
end
for name, age in pairs(ages) do
  local bad: string = age -- expect-error: TYPE_MISMATCH
  print(name, bad)
end
