-- Embedded zeros in subjects and patterns.
local s = "a\0b\0\0c"
print(#s, s:find("\0"), s:find("\0\0"), s:find("%z"), s:find("%z+"))
print(s:match("(%Z+)%z"), s:match("%z(%Z)"), select(2, s:gsub("%z", "")), select(2, s:gsub("\0", "")))
print(s:find("[%z]", 3), s:find("[^%z]", 2), s:find("b\0", 1, true))
print(("x\0y"):gsub("\0", "<0>"))
print(("x\0y"):match(".%z."), ("x\0y"):match("x.y"))
print(("\0"):byte(), ("%z"):len(), #string.format("%s", "\0\0"))
print(("abc"):find("b\0"), ("ab\0"):find("b\0"))
print(string.rep("\0", 3):gsub("", "-"))
print(string.format("%q", s))
