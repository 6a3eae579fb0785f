-- "()" captures the current position as an integer.
print(string.match("hello", "()ll()"))
print(string.match("hello", "()"), string.match("hello", "()", 3), string.match("hello", "()$"))
print(string.find("hello", "()(l+)()"))
print(type(string.match("x", "()")), string.match("x", "()") + 1)
for pos, word in string.gmatch("one two three", "()(%a+)") do print(pos, word) end
print(string.gsub("abc", "()", "%1"))
print(string.gsub("abc", "()b()", function(a, b) return a .. ":" .. b end))
print(string.gsub("abc", "()", { [1] = "one", [3] = "three" }))
print(string.match("", "()"), string.match("ab", "()()()"))
