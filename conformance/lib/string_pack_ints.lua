-- Integer options of string.pack with each byte order.
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
for _, opt in ipairs({ "b", "B", "h", "H", "i", "I", "l", "L", "j", "J", "T" }) do
  print(opt, hex(string.pack("<" .. opt, 1)), hex(string.pack(">" .. opt, 1)), hex(string.pack("=" .. opt, 100)),
    string.packsize(opt))
end
print(hex(string.pack("<i4", -2)), hex(string.pack(">i4", -2)), hex(string.pack("<I4", 0xdeadbeef)))
print(hex(string.pack("<j", -9223372036854775807 - 1)), hex(string.pack(">J", -1)))
print(hex(string.pack("<h>h=h", 0x0102, 0x0102, 0x0102)))
print(string.unpack("<i4", string.pack("<i4", -123456)), string.unpack(">I2", "\1\2"), string.unpack("<I2", "\1\2"))
print(string.unpack("b", "\255"), string.unpack("B", "\255"), string.unpack("<h", "\255\255"), string.unpack("<H", "\255\255"))
print(string.unpack("<j", string.pack("<j", 9223372036854775807)), string.unpack("<J", string.pack("<J", -1)))
print(string.unpack("<i", "\1\0\0\0\2\0\0\0"), string.unpack("<ii", "\1\0\0\0\2\0\0\0"))
print(hex(string.pack("i", "12")), hex(string.pack("i", 3.0)))
