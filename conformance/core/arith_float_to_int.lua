-- covers: where floats with exact integer values are converted to integers (and where not)
-- table keys
local t = {}
t[3.0] = "three"
for k in pairs(t) do print(k, k == 3) end
-- bitwise operators convert exact floats
print(3.0 | 0, 2^10 | 0, -2.0 & -1, 1e15 | 0, 0x1p62 | 0)
-- floor division and modulo of floats stay floats
print(7.0 // 2, 7.0 % 2, 8.0 // 2.0)
-- arithmetic between ints and exact floats gives floats
print(3 + 0.0, 3 * 1.0, 6 / 2)
-- for-loop with float start gives floats, int start + float limit gives ints
for i = 1.0, 2 do print("float start", i) end
for i = 1, 2.5 do print("float limit", i) end
-- select/rawlen-style integer arguments accept exact floats
print(select(2.0, "a", "b", "c"))
print(select(-1.0, "a", "b"))
-- tostring of floats that are integral always shows .0
print(tostring(2^31), tostring(-2^31), tostring(1e3), tostring(1000.0 // 1))
-- comparisons are exact, no conversion needed
print(3 == 3.0, 3 < 3.5, 2^62 == 0x4000000000000000, 2^63 == 0x7fffffffffffffff)
-- conversions that fail
print(pcall(function() return 3.5 | 0 end))
print(pcall(function() return 2^64 | 0 end))
print(pcall(function() return -2^63 | 0 end))
print(pcall(function() return (0/0) | 0 end))
print(pcall(select, 1.5, "x"))
-- negative zero becomes integer zero
print(-0.0 | 0, (-0.0 | 0) == 0)
-- strings with float syntax but integral value convert too
print("4.0" | 1, "1e2" | 0, "0x10" | 0)
