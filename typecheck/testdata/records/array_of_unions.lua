local values: {string | number} = {1, "a", 2}
local sum = 0
for _, v in ipairs(values) do
  if type(v) == "number" then
    sum = sum + v
  else
    print(v:upper())
  end
end
print(sum)
