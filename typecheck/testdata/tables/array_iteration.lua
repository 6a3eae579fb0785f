local words: {string} = {"a", "bb"}
for i, w in ipairs(words) do
  local idx: integer = i
  local up: string = w:upper()
  print(idx, up)
end
for i = 1, #words do
  local w = words[i]
  print(w:len())
end
for _, w in ipairs(words) do
  print(w + 1) -- expect-error: BAD_OPERAND
end
