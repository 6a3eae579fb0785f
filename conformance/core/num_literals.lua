-- covers: numeric literal forms: decimal, hex, exponents, hex floats, overflow of literals
print(0, 1, 42, 007, 1234567890)
print(1.0, 1., .5, 0.5, 3.25, 1e2, 1E2, 1e+2, 1e-2, 2.5e3, .5e1)
print(0x0, 0x10, 0xff, 0XFF, 0xAbC, 0x7fffffffffffffff)
print(0x1p4, 0x1P-1, 0x.8, 0xA.8p1, 0x1.8, 0x10p0)
-- decimal integer literal that does not fit becomes a float
print(9223372036854775807, 9223372036854775808, 18446744073709551616)
print(-9223372036854775808, -9223372036854775807 - 1)
-- hexadecimal integer literals wrap around modulo 2^64
print(0xffffffffffffffff, 0x8000000000000000, 0x1ffffffffffffffff, 0x10000000000000000)
print(0x7FFFFFFFFFFFFFFF + 0, 0xFFFFFFFFFFFFFFFE)
print(1e308, 1e309, -1e309, 1e-323, 1e-400)
print(123456789012345678)
print(1.5e300 * 1.5e300)
print(3 == 3.0, 0x10 == 16, 1e2 == 100, 0x1p4 == 16)
print(0.1 + 0.7, 100.0, -100.0, 1e0)
-- literals in expressions and as table keys
local t = {[1] = "int", [0x1] = "hex", [1.0] = "float"}
print(t[1], 1 == 0x1, 0x1 == 1.0)
print(0x10 + 0x10, 1e1 + 1, 0x.1 * 16, 2e0 // 1)
-- leading zeros and long digit strings
print(000123, 0.000123e3, 00.5, 123456789012345678901234567890)
