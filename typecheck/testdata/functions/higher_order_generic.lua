local function compose<A, B, C>(f: (A) -> B, g: (B) -> C): (A) -> C
  return function(x) return g(f(x)) end
end
local lenThenDouble = compose(function(s: string) return #s end, function(n: integer) return n * 2 end)
local r: integer = lenThenDouble("abc")
print(r)
