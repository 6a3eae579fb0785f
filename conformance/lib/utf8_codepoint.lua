-- utf8.codepoint over ranges of a string.
local s = "H\xC3\xA4\xE2\x82\xAC\xF0\x9F\x98\x80!"
print(utf8.codepoint(s))
print(utf8.codepoint(s, 1, -1))
print(utf8.codepoint(s, 2))
print(utf8.codepoint(s, 4, 7))
print(utf8.codepoint(s, -1))
print(utf8.codepoint(s, -5, -1))
print(utf8.codepoint(s, 1, 1))
print(select("#", utf8.codepoint(s, 3, 2)))
print(select("#", utf8.codepoint("", 1, 0)))
print(select("#", utf8.codepoint(s, #s + 1, #s)))
-- a range that ends inside a character still decodes the whole character
print(utf8.codepoint(s, 2, 2))
print(utf8.codepoint(s, 4, 5))
-- surrogates and the largest code point
print(utf8.codepoint("\xED\xA0\x80\xF4\x8F\xBF\xBF", 1, -1))
-- positions as floats and strings
print(utf8.codepoint("abc", 2.0, "3"))
-- numbers are strings too
print(utf8.codepoint(123, 1, -1))
-- a long string
local t = {}
for i = 1, 2000 do t[i] = utf8.char(0x100 + i % 500) end
local long = table.concat(t)
print(select("#", utf8.codepoint(long, 1, -1)), (select(2000, utf8.codepoint(long, 1, -1))))
