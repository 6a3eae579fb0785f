-- utf8 functions take numbers where they want strings, converting them
-- the way tostring does.
print(utf8.len(123), utf8.len(-1.5), utf8.len(1e100), utf8.len(2^63), utf8.len(math.mininteger))
print(utf8.codepoint(7), utf8.codepoint(3.25, 1, -1))
print(utf8.offset(12345, 3), utf8.offset(1.5, -1))
for p, c in utf8.codes(-0.0) do print(p, c) end
-- and strings where they want integers
print(utf8.char("65", "0x42"), utf8.len("abcdef", "2", "-2"), utf8.offset("abc", "2"))
print(pcall(utf8.len, "abc", "1.5"))
print(pcall(utf8.char, "0x110000"))
