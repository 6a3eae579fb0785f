-- covers: float formatting by print/tostring (%.14g, ".0" added to integral floats)
print(1.0, -1.0, 0.0, -0.0, 100.0, 1e14, 1e15, 1e16, 1e100, 1e-5, 1e-4)
print(0.1, 0.2, 0.3, 1 / 3, 2 / 3, 10 / 3)
print(123.456, 123456.789, 1234567.891, 0.000123)
print(2 ^ 24, 2 ^ 31, 2 ^ 32, 2 ^ 53, 2 ^ 63, 2 ^ 64)
print(123456789012345.0, 12345678901234.0, 99999999999999.0, 999999999999999.0)
print(12345678901234.5, 1234567890123.25, 0.1 + 0.2)
print(3.14159265358979, 2.718281828459045, 1.4142135623730951)
print(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308)
print(tostring(1.5), tostring(-2.0), tostring(1e15), tostring(1e100))
print(tostring(10 / 2), tostring(7 // 2), tostring(7.0 // 2))
print(1e15 + 1, 1e15 - 1, 1e16 + 1)
print(-1.5e-7, 6.02214076e23, 1.602176634e-19)
print(255 / 256, 65535 / 65536)
print(4503599627370496.5, 4503599627370497.0)
print(0.5, 0.25, 0.125, 0.0625, 0.03125)
-- integral floats of all magnitudes keep the ".0" suffix until %.14g switches to exponent form
local f = 1.0
for i = 1, 17 do f = f * 10; print(i, f) end
-- negative values and rounding at the 14th significant digit
print(-123.456, -1e-10, 0.99999999999999, 0.999999999999999)
