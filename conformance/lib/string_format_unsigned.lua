-- %u, %o, %x and %X print the 64-bit two's complement of negative integers.
local vals = { 0, 1, 8, 255, 4096, -1, -255, 9223372036854775807, -9223372036854775807 - 1 }
local specs = { "%u", "%o", "%x", "%X", "%#o", "%#x", "%#X", "%5x", "%-6X|", "%08x", "%.4x", "%#.4x", "%#08x",
  "%#10o", "%+u", "% x", "%.0x", "%#.0x", "%#.0o", "%#.3o" }
for _, spec in ipairs(specs) do
  local out = spec
  for _, v in ipairs(vals) do out = out .. " [" .. string.format(spec, v) .. "]" end
  print(out)
end
