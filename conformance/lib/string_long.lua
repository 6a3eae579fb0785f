-- Larger subjects: searches, replacements and repetitions.
local s = string.rep("abc", 10000) .. "END"
print(#s, s:find("END"), s:find("END", 1, true), s:find("c", -4), s:find("cE"))
print(s:match("(a+)b"), select(2, s:gsub("abc", "")), #s:gsub("b", "BB"))
print(#s:rep(3, ","), s:sub(-5), s:sub(29995, 30003))
local words = string.rep("word ", 5000)
local count = 0
for w in words:gmatch("%a+") do count = count + 1 end
print(count, select(2, words:gsub("%s", "")))
print(s:upper():sub(1, 6), s:reverse():sub(1, 6), s:byte(-1), #string.format("%s%s", s, s))
print(string.find(string.rep("a", 50000) .. "b", "a-b"), string.find(string.rep("a", 50000), "a*$"))
print(select(2, string.gsub(string.rep("x", 100000), "", "")))
print(#string.pack("s4", s), string.unpack("s4", string.pack("s4", s)) == s)
