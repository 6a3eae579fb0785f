local function filter<T>(xs: {T}, pred: (T) -> boolean): {T}
  local out: {T} = {}
  for _, x in ipairs(xs) do
    if pred(x) then table.insert(out, x) end
  end
  return out
end
local evens = filter({1, 2, 3, 4}, function(n) return n % 2 == 0 end)
local e: {integer} = evens
local long = filter({"a", "bbb"}, function(s) return #s > 1 end)
local l: {string} = long
filter({1}, function(s) return s:len() > 0 end) -- expect-error: NOT_INDEXABLE
print(e, l)
