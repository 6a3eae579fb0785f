-- The string library works on bytes, not characters.
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local s = "héllo wörld ☃"
print(#s, s:len(), s:upper(), s:lower())
print(hex(s:sub(2, 3)), hex(s:sub(2, 2)), hex(s:reverse():sub(1, 3)))
print(s:byte(2, 3))
print(s:find("ö"), s:find("ö", 1, true), s:match("w(.-)r"))
local n = 0
for ch in s:gmatch("[\0-\127\194-\244][\128-\191]*") do n = n + 1 end
print("characters", n)
print(s:gsub("[\128-\255]+", "?"))
print(string.format("%q", "é"), string.format("%5s|", "é"), #string.format("%-5s", "é"))
print(hex(string.char(0xe2, 0x98, 0x83)), string.char(0xe2, 0x98, 0x83) == "☃")
print(("ÀÉÎ"):lower() == "ÀÉÎ", ("àéî"):upper() == "àéî")
