local function map<T, U>(xs: {T}, f: (T) -> U): {U}
  local out: {U} = {}
  for i, x in ipairs(xs) do
    out[i] = f(x)
  end
  return out
end
local lens: {integer} = map({"a", "bb"}, function(s) return #s end)
local strs: {string} = map({1, 2}, function(n) return tostring(n) end)
local wrong: {string} = map({1, 2}, function(n) return n * 2 end) -- expect-error: TYPE_MISMATCH
print(lens, strs, wrong)
