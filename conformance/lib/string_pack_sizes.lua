-- i[n] and I[n] for every size from 1 to 16, with sign extension.
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
for n = 1, 16 do
  local f = "<i" .. n
  local g = ">I" .. n
  print(n, hex(string.pack(f, -1)), hex(string.pack(f, 5)), hex(string.pack(g, n == 1 and 2 or 258)), string.unpack(f, string.pack(f, -3)),
    string.unpack(g, string.pack(g, 77)))
end
print(string.unpack("<i3", "\255\255\127"), string.unpack("<i3", "\0\0\128"), string.unpack("<I3", "\0\0\128"))
print(string.unpack("<i16", string.rep("\255", 16)), string.unpack("<I16", "\1" .. string.rep("\0", 15)))
print(string.unpack("<i9", "\0\0\0\0\0\0\0\128\255"), string.unpack(">i12", string.rep("\0", 4) .. "\127" .. string.rep("\255", 7)))
print(pcall(string.pack, "i1", 128))
print(pcall(string.pack, "i1", -129))
print(pcall(string.pack, "i1", -128), pcall(string.pack, "i1", 127))
print(pcall(string.pack, "I1", 256))
print(pcall(string.pack, "I1", -1))
print(pcall(string.pack, "i2", 32768))
print(pcall(string.pack, "I7", 2^56))
print(pcall(string.pack, "i7", -2^55))
print(pcall(string.pack, "i7", -2^55 - 1))
