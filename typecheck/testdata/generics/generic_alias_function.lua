type Pred<T> = (T) -> boolean
local function count<T>(xs: {T}, p: Pred<T>): integer
  local n = 0
  for _, x in ipairs(xs) do
    if p(x) then n = n + 1 end
  end
  return n
end
local c: integer = count({"a", "bb"}, function(s) return #s > 1 end)
print(c)
