local function outer(x: number): () -> number
  local function inner(): number
    return x * 2
  end
  return inner
end
local f = outer(1)
local r: number = f()
local bad: string = outer(2)() -- expect-error: TYPE_MISMATCH
print(r, bad)
