-- covers: tonumber on strings (decimal, hex, exponents, spaces) and non-strings
print(tonumber("10"), tonumber("10.0"), tonumber("  10  "), tonumber("\t\n7\n"))
print(tonumber("0x10"), tonumber("0X1f"), tonumber("-0x10"), tonumber("0x1p4"), tonumber("0x.8"))
print(tonumber("1e1"), tonumber("1E-1"), tonumber(".5"), tonumber("5."), tonumber("+3"))
print(tonumber("abc"), tonumber(""), tonumber(" "), tonumber("1 2"), tonumber("1e"), tonumber("0x"))
print(tonumber("inf"), tonumber("nan"), tonumber("1e500"), tonumber("-1e500"))
print(tonumber("9223372036854775807"), tonumber("9223372036854775808"), tonumber("-9223372036854775808"))
print(tonumber("0xffffffffffffffff"), tonumber("0x10000000000000000"))
print(tonumber(42), tonumber(4.5), tonumber(-0.0))
print(tonumber(nil), tonumber(true), tonumber({}), tonumber(print))
print(tonumber("1_000"), tonumber("1,5"), tonumber("0b101"), tonumber("--1"))
print(tonumber("10", nil))
print(pcall(tonumber))
-- numbers inside strings with surrounding garbage are rejected
print(tonumber("12abc"), tonumber("abc12"), tonumber("0x1g"))
-- result types
local i, f = tonumber("3"), tonumber("3.0")
print(i, f, i == f)
-- strings with embedded zero
print(tonumber("1\0"))
