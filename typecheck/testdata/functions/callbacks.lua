local function each(xs: {number}, f: (number, integer) -> ())
  for i, x in ipairs(xs) do f(x, i) end
end
each({1, 2}, function(x, i)
  local a: number = x
  local b: integer = i
  print(a, b)
end)
each({1}, function(x)
  print(x:upper()) -- expect-error: NOT_INDEXABLE
end)
each({1}, function(x: string) print(x) end) -- expect-error: TYPE_MISMATCH
