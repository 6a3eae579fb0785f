-- Special values of the one-argument functions. glibc gives back a NaN
-- argument unchanged and makes its own NaN on a domain error: lua5.3
-- prints the sign of the NaN ("nan" or "-nan").
local inputs = {0/0, -(0/0), math.huge, -math.huge, 0.0, -0.0, -1, 2, -2, 1e308, 1e-310, 0.5, -0.5, 1.5, -1.5, 10, 3}
local names = {"sin", "cos", "tan", "asin", "acos", "atan", "exp", "log", "sqrt", "cosh", "sinh", "tanh",
  "floor", "ceil", "abs", "deg", "rad", "log10"}
for _, n in ipairs(names) do
  local f = math[n]
  local out = {}
  for i, x in ipairs(inputs) do out[i] = tostring(f(x)) end
  print(n, table.concat(out, " "))
end
for _, x in ipairs(inputs) do
  local a, b = math.modf(x)
  local m, e = math.frexp(x)
  print("modf/frexp/ldexp", x, a, b, m, e, math.ldexp(x, 3), math.ldexp(x, -1080), math.ldexp(x, 2000))
end
