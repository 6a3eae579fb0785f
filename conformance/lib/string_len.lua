-- string.len, the # operator and s:len() count bytes, including zeros.
print(string.len(""), string.len("a"), string.len("hello world"))
print(#"", #"abc", ("abc"):len())
print(string.len("a\0b\0c"), #"\0\0\0", ("\0"):len())
print(string.len("héllo"), #"日本")
print(string.len(12345), string.len(-1.5), string.len(2^63))
print(string.len(string.rep("xy", 1000)))
local s = "counted"
print(s:len() == #s, string.len(s) == #s)
print(pcall(string.len))
print(pcall(string.len, nil))
print(pcall(string.len, {}))
print(pcall(string.len, true))
print(pcall(function() return ("x").len() end))
