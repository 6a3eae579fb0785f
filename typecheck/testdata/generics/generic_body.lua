local function first<T>(xs: {T}): T
  return xs[1]
end
local function wrong<T>(x: T): number
  return x -- expect-error: TYPE_MISMATCH
end
local function alsoWrong<T>(x: T): T
  return 1 -- expect-error: TYPE_MISMATCH
end
print(first({1}), wrong(1), alsoWrong(2))
