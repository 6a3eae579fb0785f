-- covers: hexadecimal float literals and hex strings converted by tonumber/arithmetic
print(0x1p0, 0x1p1, 0x1p-1, 0x1p10, 0x1p-10, 0x1P+2)
print(0x.1, 0x.01, 0xA.8, 0xa.8p0, 0x1.8p1, 0xF.Fp4)
print(0x10p-4, 0x0.8p1, 0x1p63, 0x1p64, 0x1p-1074, 0x1p1023)
print(0x1.fffffffffffffp1023, 0x1p-1022)
print(tonumber("0x1p4"), tonumber("0x.8"), tonumber("0xA.8p1"), tonumber("  0x1P-2  "))
print(tonumber("0x1p"), tonumber("0xp1"), tonumber("0x1.8.1"), tonumber("0x1e2"))
print("0x1p4" + 0, "0x10" * 1, "0xA" + "0xB")
print(0x7fffffffffffffff, 0xffffffffffffffff, 0x1ffffffffffffffff)
print(0x1p53 == 2^53, 0x1p53 + 1 == 2^53, 0x.0000000000001p0 > 0)
print(-0x10, - 0x1p4, 0x0p0, -0x0p0)
-- arithmetic with hex floats keeps float type; with hex integers, integer type
print(0x10 + 1, 0x1p4 + 1, 0x10 // 3, 0x1p4 // 3, 0xff & 0x0f)
-- hex literals in table keys and comparisons
local t = {[0x1p1] = "two", [0x3] = "three"}
print(t[2], t[0x2], t[3.0], 0x1p1 == 2, 0xA == 10)
-- case insensitivity of the hex letters and exponent marker
print(0XABCDEF == 0xabcdef, 0x1P4 == 0x1p4, 0Xa.Bp2 == 0xa.bp2)
-- very small and very large hex exponents
print(0x1p-1075, 0x1p1024, -0x1p1024)
-- a hex float with many digits is rounded to the nearest double
print(0x1.00000000000008p0 == 1, 0x1.0000000000001p0 > 1)
