-- %e and %E.
local vals = { 0.0, -0.0, 1.0, -1.5, 0.1, 123456.789, 1e100, 1e-100, 5e-324, 1.7976931348623157e308, 9.9999999, 2.5 }
local specs = { "%e", "%E", "%.0e", "%.1e", "%.3e", "%#.0e", "%15.3e", "%-15.3e|", "%015.3e", "%+e", "% .2E", "%.20e" }
for _, spec in ipairs(specs) do
  local out = spec
  for _, v in ipairs(vals) do out = out .. " [" .. string.format(spec, v) .. "]" end
  print(out)
end
