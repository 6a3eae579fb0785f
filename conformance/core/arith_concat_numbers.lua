-- covers: number -> string coercion in concatenation (uses %.14g for floats)
print(1 .. 2, 10 .. "", -5 .. "", 1.5 .. "", 2.0 .. "")
print(1e15 .. "", 1e14 .. "", 1e16 .. "", 2^53 .. "", 2^63 .. "")
print(-0.0 .. "", 0.0 .. "", 0.1 .. "", 1/3 .. "")
print(100 // 1 .. "|" .. 100 / 1)
print("x" .. 1 .. 2 .. 3)
print(3 .. 4 == "34", (3 .. 4) + 1)
local a, b = 12, 3.25
print(a .. b, b .. a, a .. "-" .. b)
print(123456789012 .. "", 1234567890123456789 .. "")
print(1e100 .. "", -1e-100 .. "", 5e-324 .. "")
print(0x10 .. "", 0xff .. "", 0x7fffffffffffffff .. "")
print(12345678901234.5 .. "", 123456789012345.6 .. "")
-- concatenation of results of arithmetic keeps the int/float distinction
print(3 // 2 .. "", 3 / 2 .. "", 3.0 // 2 .. "", 2^2 .. "", 7 % 3 .. "", 7.5 % 2 .. "")
-- large integers are not converted to floats by concatenation
print(0x7fffffffffffffff .. "", -0x7fffffffffffffff - 1 .. "")
-- numbers on both sides, in loops
local s = ""
for i = 1, 5 do s = s .. i * 1.5 .. ";" end
print(s)
s = ""
for i = -2, 2 do s = s .. i / 2 .. " " end
print(s)
-- concatenating numbers with numeric strings does not add
print("1" .. 1, 1 .. "1" + 1)
