-- Numbers are accepted wherever a string is expected, and numeric strings
-- wherever an integer is expected.
print(string.upper(12), string.len(3.0), string.rep(7, 3), string.reverse(-12))
print(string.sub(123456, 2, "4"), string.byte(9, "1"), string.char("0x41", " 66 "))
print(string.find(12345, 34), string.match(3.25, "%d+"), string.gsub(1e15, "0", "z"))
print(string.format("%d %s %5.1f", "42", 42, "2.25"))
print(string.format("%x", "0x10"), string.format("%d", 3.0), string.format("%d", "-0"))
print(pcall(string.format, "%d", "3.5"))
print(pcall(string.format, "%d", "abc"))
print(pcall(string.format, "%f", "abc"))
print(pcall(string.sub, "abc", "1e100"))
print(pcall(string.rep, "ab", "2x"))
