-- Infinities and NaNs in every float conversion (NaN keeps its sign bit).
local inf, nan = 1 / 0, 0 / 0
local vals = { inf, -inf, nan, -nan }
local specs = { "%f", "%e", "%g", "%a", "%F", "%E", "%G", "%A", "%10f", "%-10e|", "%010g", "%+f", "% e", "%.3f",
  "%#g" }
for _, spec in ipairs(specs) do
  local out = spec
  for _, v in ipairs(vals) do
    local ok, r = pcall(string.format, spec, v)
    out = out .. " [" .. tostring(r) .. "]"
  end
  print(out)
end
print(string.format("%q %q %q", inf, -inf, nan))
print(pcall(string.format, "%d", inf))
print(pcall(string.format, "%d", nan))
print(pcall(string.format, "%x", -inf))
