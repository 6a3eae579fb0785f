local function reduce<T, A>(xs: {T}, init: A, f: (A, T) -> A): A
  local acc = init
  for _, x in ipairs(xs) do acc = f(acc, x) end
  return acc
end
local sum: number = reduce({1, 2, 3}, 0, function(acc, x) return acc + x end)
local joined: string = reduce({"a", "b"}, "", function(acc, s) return acc .. s end)
local bad: string = reduce({1}, 0, function(acc, x) return acc + x end) -- expect-error: TYPE_MISMATCH
print(sum, joined, bad)
