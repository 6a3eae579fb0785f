-- gsub returns the number of replacements made.
local _, n = string.gsub("the cat sat on the mat", "at", "og")
print(n)
print(select(2, string.gsub("aaa", "a", "a")), select(2, string.gsub("abc", "x", "y")))
print(select(2, string.gsub(string.rep("ab", 1000), "b", "")))
print(select(2, string.gsub("one two three", "%s", "")), select(2, string.gsub("", "x", "")))
local s, k = string.gsub("keep", "x", "y")
print(s, k, type(k))
print(select(2, ("a b c"):gsub("%w", { a = false, b = nil, c = "C" })))
