type Named = {name: string}
local function names<T: Named>(xs: {T}): {string}
  local out: {string} = {}
  for i, x in ipairs(xs) do
    out[i] = x.name
  end
  return out
end
local function bad<T: Named>(x: T): number
  return x.age -- expect-error: UNDEFINED_FIELD
end
print(names({{name = "a"}}), bad({name = "b"}))
