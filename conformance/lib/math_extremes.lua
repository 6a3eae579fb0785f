-- Results at the edges of the float range: overflow, underflow and
-- subnormal results, where rounding must still be right.
for _, x in ipairs({709.782712893383, 709.782712893384, 709.7827128933841, -708.3964185322641,
    -708.4, -709.08956571282405, -744.4400719213812, -745.1332191019411, -745.1332191019412, -745.14}) do
  local m, e = math.frexp(math.exp(x))
  print("exp", x, math.exp(x), m, e)
end
for _, x in ipairs({2^-1074, 2^-1073, 3 * 2^-1074, 2^-1022, 2^-1022 - 2^-1074, 1e-320, 2.2250738585072014e-308}) do
  print("log", x, math.log(x), math.log(x, 2), math.log(x, 10))
end
for _, p in ipairs({{2, -1074}, {2, -1075}, {2, -1074.5}, {0.5, 1074}, {10, -323}, {10, -324}, {3, -678},
    {2, 1023.999}, {2, 1024}, {1.0000001, 7e9}, {0.9999999, 7.4e9}}) do
  print("pow", p[1], p[2], math.pow(p[1], p[2]))
end
print(math.sinh(710.4758600739439), math.sinh(710.475860073944), math.cosh(710.4758600739439), math.cosh(710.475860073944))
print(math.sin(2^1023), math.cos(2^1023), math.tan(2^1023), math.sin(-1.7976931348623157e308))
print(math.atan(1.7976931348623157e308, 5e-324), math.atan(5e-324, 1.7976931348623157e308))
print(math.fmod(1.7976931348623157e308, 5e-324), math.fmod(5e-324, 1.7976931348623157e308), math.fmod(1e308, 1e-308))
print(math.sqrt(5e-324), math.sqrt(1.7976931348623157e308))
