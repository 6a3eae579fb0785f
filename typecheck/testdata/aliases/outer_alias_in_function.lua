type Id = integer
local function next(id: Id): Id
  type Pair = {a: Id, b: Id}
  local p: Pair = {a = id, b = id + 1}
  return p.b
end
local n: Id = next(1)
local bad: Id = next(1.5) -- expect-error: TYPE_MISMATCH
print(n, bad)
