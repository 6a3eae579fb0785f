-- %d and %i with flags, width and precision.
local vals = { 0, 1, -1, 42, -42, 123456789, 9223372036854775807, -9223372036854775807 - 1 }
local specs = { "%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%.0d", "%8.3d", "%-8.3d|", "%+08d",
  "%-+6d|", "% 05d", "%+ d", "%#d", "%099d", "%.99d", "%0.0d", "%-0d|", "%20.15d" }
for _, spec in ipairs(specs) do
  local out = spec
  for _, v in ipairs(vals) do out = out .. " [" .. string.format(spec, v) .. "]" end
  print(out)
end
print(string.format("%d", 3.0), string.format("%d", -0.0), string.format("%i", "17"), string.format("%d", 2^53))
