-- Bytes >= 0x80 (e.g. UTF-8) belong to no character class.
local s = "caf\195\169 na\195\175ve"
print(#s, s:match("%a+"), s:match("[%a\128-\255]+"))
print(select(2, s:gsub("%a", "")), select(2, s:gsub("[\128-\255]", "")))
print(select(2, s:gsub("%A", "")), select(2, s:gsub("%W", "")), select(2, s:gsub("%p", "")))
print(s:upper(), s:lower() == s)
for c in ("\195\169x\255"):gmatch(".") do print(c:byte()) end
print(("\255\254"):match("[\254-\255]+") == "\255\254", ("\200"):match("%c"), ("\200"):match("%C") == "\200")
print(("\128"):find("[\127-\129]"), ("\128"):find("[^\127-\129]"))
