local function flatten<T>(xs: {{T}}): {T}
  local out: {T} = {}
  for _, inner in ipairs(xs) do
    for _, v in ipairs(inner) do
      table.insert(out, v)
    end
  end
  return out
end
local flat: {integer} = flatten({{1, 2}, {3}})
local bad: {string} = flatten({{1}}) -- expect-error: TYPE_MISMATCH
print(flat, bad)
