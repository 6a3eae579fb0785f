local names: {[string]: number} = {a = 1}
for k: string, v: number in pairs(names) do
  print(k, v)
end
for k: number, v in pairs(names) do -- expect-error: TYPE_MISMATCH
  print(k, v)
end
for i: string = 1, 3 do -- expect-error: TYPE_MISMATCH
  print(i)
end
