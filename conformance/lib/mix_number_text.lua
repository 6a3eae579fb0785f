-- covers: number <-> text conversions across libraries: tostring vs
-- string.format("%.14g"/"%.17g"), tonumber round trips, integer/float
-- table keys normalization (t[1] vs t[1.0]), string coercion in
-- concatenation and arithmetic, and math.type on the results
local values = {0, -0.0, 1, 1.0, -1.5, 0.1, 1/3, 100, 1e15, 1e16, 2^53, 2^63, -2^63, 1e100,
  123456789012, 3.14159265358979, math.maxinteger, math.mininteger, 5e-324}
for _, v in ipairs(values) do
  local s = tostring(v)
  local g14 = string.format("%.14g", v)
  local g17 = string.format("%.17g", v)
  local back = tonumber(s)
  local back17 = tonumber(g17)
  print(string.format("%-22s %-22s %-24s %-7s %-5s %s", s, g14, g17, math.type(v),
    tostring(back == v), tostring(back17 == v)))
end
-- keys: float keys with integer values are normalized to integers
local t = {}
t[1] = "int"; t[1.0] = "float overwrites"; t[2^53] = "big"; t["1"] = "string key"
local keys = {}
for k in pairs(t) do keys[#keys + 1] = string.format("%s(%s)", tostring(k), math.type(k) or type(k)) end
table.sort(keys)
print(table.concat(keys, " "), t[1], #t)
t[0.5] = "half"; t[-0.0] = "negzero"
print(t[0.5], t[0], t[-0.0], t[0.0], rawlen(t))
-- concatenation formats numbers like tostring
print(1 .. "", 1.0 .. "", -0.0 .. "", 2^63 .. "", 10 // 3 .. "|" .. 10 / 2)
-- in 5.3 arithmetic on numeric strings always produces floats
print("10" + 5, "10" * "2", "3.0" + 1, "0x10" + 0, " 7 " * 1, "1e1" + 0, 10 .. 20 + 1)
print(math.type("10" + 5), math.type("10" // "3"), math.type("10" / "2"), pcall(function() return "abc" + 1 end))
-- tonumber with bases and odd spacing
for _, s in ipairs{"  0x1p4  ", "1e", "1e+2", ".5", "5.", "0x.8", "- 1", "-0x10", "1 0", "inf", "nan", "0b101", "1_000"} do
  io.write(string.format("%q=%s ", s, tostring(tonumber(s))))
end
print()
print(tonumber("z", 36), tonumber("ZZ", 36), tonumber("777", 8), tonumber("8", 8), tonumber("-ff", 16), tonumber("1.5", 10))
-- integer overflow in literals and conversions turns to float
print(9223372036854775807, 9223372036854775808, -9223372036854775808, math.type(-9223372036854775808))
print(string.format("%5.1f|%-8.3e|%g|%g|%g", 2.25, 12345.678, 1e-5, 123456789, 0.0001))
print(tostring(1e300 * 1e10), tostring(-1e300 * 1e10), math.huge // 1, -math.huge % 2)
