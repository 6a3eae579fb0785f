-- string.char builds a string from byte values.
print(string.char(72, 105), string.char(), #string.char())
print(string.char(0, 1, 255) == "\0\1\255", #string.char(0, 0, 0))
print(string.char("65", 66.0, "0x43"))
local t = {}
for i = 97, 122 do t[#t + 1] = i end
print(string.char(t[1], t[2], t[3], t[24], t[25], t[26]))
print(pcall(string.char, 256))
print(pcall(string.char, -1))
print(pcall(string.char, 65, 66, 1000))
print(pcall(string.char, 65, 1.5))
print(pcall(string.char, "a"))
print(pcall(string.char, 65, nil))
print(pcall(string.char, 2^63))
print(pcall(string.char, -9223372036854775807 - 1))
