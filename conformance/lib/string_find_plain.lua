-- string.find with plain searches (explicit or pattern without specials).
local s = "hello world, hello moon"
print(s:find("hello"), s:find("world"), s:find("moon"), s:find("sun"))
print(s:find("hello", 2), s:find("o", 5), s:find("o", 6))
print(s:find(""), s:find("", 10), s:find("", #s + 1), s:find("", #s + 2))
print(("a.b"):find(".", 1, true), ("a.b"):find("."), ("a+b"):find("+", 1, true))
print(("a%b"):find("%", 1, true), ("(x)"):find("(", 1, true), ("[x]"):find("[x]", 1, true))
print(("a^b"):find("^b", 1, true), ("a$"):find("$", 1, true))
print(("x*y"):find("*", 1, 1), ("x*y"):find("*", 1, "yes"), ("x-y"):find("-", 1, false))
print(("a\0b\0c"):find("\0c"), ("a\0b"):find("\0", 1, true))
print(string.find("abc", "c", 1, nil), string.find("abc", "abcd"), string.find("", "a"))
print(pcall(string.find, "x", "a%", 1, true))
print(pcall(string.find))
print(pcall(string.find, "x"))
