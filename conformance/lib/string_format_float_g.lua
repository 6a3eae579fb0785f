-- %g and %G choose between the %e and %f styles and drop trailing zeros
-- (unless '#').
local vals = { 0.0, -0.0, 1.0, 100000.0, 1000000.0, 0.0001, 0.00001, 123456789.0, 1/3, 99.99, 9.9999995,
  999.5, 0.000999, 9.99e-05, 1e100, 2^63, 5e-324 }
local specs = { "%g", "%G", "%.0g", "%.1g", "%.2g", "%.3g", "%.10g", "%.17g", "%#g", "%#.2g", "%#.3g", "%10.3g",
  "%-10.3g|", "%010.3g", "%+g", "% g" }
for _, spec in ipairs(specs) do
  local out = spec
  for _, v in ipairs(vals) do out = out .. " [" .. string.format(spec, v) .. "]" end
  print(out)
end
