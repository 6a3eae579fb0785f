-- The init argument of find and match.
local s = "abcabc"
for _, init in ipairs({ 1, 2, 3, 4, 6, 7, 8, 0, -1, -3, -6, -7, -100 }) do
  print(init, s:find("abc", init), s:find("b", init, true), s:match("(.)c", init), s:find("", init))
end
local maxi = 9223372036854775807
print(s:find("a", maxi), s:find("a", -maxi - 1), s:find("", maxi), s:find("", -maxi - 1))
print(s:find("c$", 4), s:find("^c", 3), s:find("^b", 2), s:match("^(.)", -2))
print(pcall(string.find, s, "a", 1.5))
print(pcall(string.find, s, "a", "x"))
print(s:find("a", "2"), s:find("a", 4.0))
