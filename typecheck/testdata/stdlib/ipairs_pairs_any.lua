local function f(data: any)
  for i, v in ipairs(data) do
    print(i + 1, v)
  end
  for k, v in pairs(data) do
    print(k, v)
  end
end
f({})
