-- %a and %A: hexadecimal floats as glibc writes them.
local vals = { 0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 0.1, 1/3, 255.5, 1e100, 1e-300, 5e-324, 2.2250738585072014e-308,
  1.7976931348623157e308, 1.96875, 3 }
local specs = { "%a", "%A", "%.0a", "%.1a", "%.3a", "%.13a", "%.20a", "%#a", "%#.0a", "%20a", "%-20a|", "%020a",
  "%+a", "% a" }
for _, spec in ipairs(specs) do
  local out = spec
  for _, v in ipairs(vals) do out = out .. " [" .. string.format(spec, v) .. "]" end
  print(out)
end
print(string.format("%.0a %.0a %.0a %.0a", 1.5, 2.5, 3.5, 1.25))
print(string.format("%.1a %.1a", 1.03125, 1.09375))
