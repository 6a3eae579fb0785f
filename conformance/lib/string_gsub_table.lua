-- gsub with a table: the first capture (or the match) is the key.
local t = { hello = "HI", world = 42, big = 1.5, no = false }
print(string.gsub("hello world big no other", "%a+", t))
print(string.gsub("$name is $age", "%$(%w+)", { name = "Ann", age = 30 }))
print(string.gsub("a b c", "%a", { a = "1", c = "3" }))
print(string.gsub("abc", "()", { [1] = "<", [4] = ">" }))
local calls = 0
local proxy = setmetatable({}, { __index = function(_, k) calls = calls + 1; return k:upper() end })
print(string.gsub("one two", "%a+", proxy), calls)
print(pcall(string.gsub, "abc", "b", { b = {} }))
print(pcall(string.gsub, "abc", "b", { b = true }))
print(pcall(string.gsub, "abc", "b", { b = print }))
print(string.gsub("abc", "x", {}))
