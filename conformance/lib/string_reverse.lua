-- string.reverse reverses bytes.
print(string.reverse("hello"), ("abc"):reverse(), "[" .. (""):reverse() .. "]", ("x"):reverse())
print(string.reverse("a\0b") == "b\0a", string.reverse(12345), string.reverse(1.5))
local s = "A man, a plan"
print(s:reverse():reverse() == s, #s:reverse())
local pal = "racecar"
print(pal:reverse() == pal)
print(pcall(string.reverse))
