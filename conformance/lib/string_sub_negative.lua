-- string.sub with negative, zero and extreme indices.
local s = "abcdef"
print(s:sub(-1), s:sub(-3), s:sub(-3, -2), s:sub(-6), s:sub(-7), s:sub(-100))
print(s:sub(0), s:sub(0, 0), s:sub(0, 1), s:sub(-100, 2), s:sub(2, -100))
print(s:sub(-2, 100), s:sub(3, -1), s:sub(-1, -1), s:sub(-1, -2))
local maxi = 9223372036854775807
local mini = -maxi - 1
print(s:sub(mini), s:sub(mini, maxi), s:sub(maxi), s:sub(1, maxi), s:sub(1, mini))
print(s:sub(mini, mini), s:sub(maxi, maxi), s:sub(-maxi, 3))
print(s:sub(2.0, 4.0), s:sub("-2"), s:sub(" 3 ", "4"))
print(pcall(string.sub, s, 1.5))
print(pcall(string.sub, s, 1, 2.5))
print(pcall(string.sub, s, "x"))
print(pcall(string.sub, s))
print(pcall(string.sub))
print(pcall(string.sub, s, 2^63))
print(pcall(function() return s:sub({}) end))
