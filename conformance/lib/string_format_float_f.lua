-- %f with flags, width and precision (correct rounding, ties to even).
local vals = { 0.0, -0.0, 1.0, -1.5, 0.1, 3.14159265358979, 2.5, 0.125, 0.375, 1e15, 1e-7, 123456.789, 1/3, -2/3 }
local specs = { "%f", "%.0f", "%.1f", "%.2f", "%.3f", "%10.2f", "%-10.2f|", "%010.2f", "%+.2f", "% .2f", "%#.0f",
  "%+010.3f", "%.10f", "%5.f" }
for _, spec in ipairs(specs) do
  local out = spec
  for _, v in ipairs(vals) do out = out .. " [" .. string.format(spec, v) .. "]" end
  print(out)
end
print(string.format("%.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, 3.5, -0.5))
print(string.format("%.2f %.2f %.2f", 2.675, 1.005, 0.045))
print(string.format("%.99f", 1/3))
print(string.format("%f", 1e300))
print(string.format("%.3f", 2^63), string.format("%f", 5), string.format("%5.1f", "2.25"))
