-- Position captures in replacements become decimal numbers.
print(string.gsub("abc", "()", "[%1]"))
print(string.gsub("hello", "()l", "%1"))
print(string.gsub("hello", "()(l)()", "%3%2%1"))
print(string.gsub("abc", "().", { [1] = "one", [2] = 2, [3] = false }))
print(string.gsub("abc", "()(.)", function(p, c) return c .. p end))
print(string.gsub("abc", "b()", "%0%1"))
