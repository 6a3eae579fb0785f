-- string.sub with positive indices.
local s = "hello world"
print(s:sub(1), s:sub(1, 5), s:sub(7), s:sub(7, 11), s:sub(7, 100))
print(s:sub(5, 5), s:sub(6, 5), s:sub(12), s:sub(11, 11))
print("[" .. s:sub(3, 2) .. "]", "[" .. s:sub(100) .. "]", "[" .. s:sub(100, 200) .. "]")
print(string.sub("", 1), string.sub("", 0, 0), string.sub("", 1, 1) == "")
print(string.sub("a\0b", 2, 2) == "\0", #string.sub("a\0b", 1, 3))
print(string.sub(12345, 2, 3), string.sub(1.25, 1, 3))
print(string.sub("abc", "2"), string.sub("abc", "1", "2.0"))
for i = 0, 4 do
  print(i, "[" .. ("abc"):sub(i) .. "]", "[" .. ("abc"):sub(1, i) .. "]", "[" .. ("abc"):sub(i, i) .. "]")
end
