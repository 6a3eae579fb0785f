-- Captures are numbered by their opening parenthesis.
print(string.match("abcd", "((a)(b))((c)(d))"))
print(string.match("2024-06-01", "((%d+)-((%d+)-(%d+)))"))
print(string.find("xaby", "(a(b))"))
print(string.gsub("abcd", "((a)(b))", "%3%2%1"))
print(string.match("key = value", "((%w+)%s*=%s*(%w+))"))
print(string.match("aaa", "((a)%2)"))
local caps = { string.match(string.rep("x", 32), string.rep("(x)", 32)) }
print(#caps, caps[1], caps[32])
print(pcall(string.match, "x", string.rep("(", 32) .. "x" .. string.rep(")", 32)))
print(pcall(string.match, "x", string.rep("(", 33) .. "x" .. string.rep(")", 33)))
print(pcall(string.match, "x", string.rep("()", 33)))
