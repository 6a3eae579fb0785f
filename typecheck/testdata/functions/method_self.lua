local Counter = {n = 0}
function Counter:inc(by: integer)
  self.n = self.n + by
  return self
end
Counter:inc(1)
Counter:inc("x") -- expect-error: TYPE_MISMATCH
local n: integer = Counter.n
print(n)
