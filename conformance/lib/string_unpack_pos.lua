-- unpack's start position and the position it returns.
local data = string.pack("<i2i2i2", 1, 2, 3)
print(string.unpack("<i2", data), string.unpack("<i2", data, 3), string.unpack("<i2", data, 5))
print(string.unpack("<i2", data, -2), string.unpack("<i2", data, -6), string.unpack("<i2i2", data, -4))
print(string.unpack("<i2", data, "3"), string.unpack("", data), string.unpack("", data, 7), string.unpack("", ""))
print(pcall(string.unpack, "<i2", data, 6))
print(pcall(string.unpack, "<i2", data, 7))
print(pcall(string.unpack, "<i2", data, 8))
print(pcall(string.unpack, "<i2", data, 0))
print(pcall(string.unpack, "<i2", data, -7))
print(pcall(string.unpack, "<i2", data, 1.5))
local pos, vals = 1, ""
while pos <= #data do
  local v
  v, pos = string.unpack("<i2", data, pos)
  vals = vals .. v .. "@" .. pos .. " "
end
print(vals)
print(string.unpack("b c0 b", "\1\2"))
print(select("#", string.unpack("bbbbbbbbbb", "0123456789")))
