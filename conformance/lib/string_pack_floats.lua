-- Float options: f (single), d and n (double).
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
for _, v in ipairs({ 0.0, -0.0, 1.0, -1.5, 0.1, 1e300, 1 / 0, -1 / 0, 5e-324 }) do
  print(v, hex(string.pack("<f", v)), hex(string.pack(">d", v)), hex(string.pack("<n", v)),
    string.unpack("<f", string.pack("<f", v)), string.unpack(">d", string.pack(">d", v)) == v)
end
print(string.unpack("<f", string.pack("<f", 1 / 3)) == 1 / 3, string.format("%.10f", string.unpack("<f", string.pack("<f", 1 / 3))))
print(string.unpack("<d", string.pack("<d", 2^53 + 1)), string.unpack("<f", string.pack("<f", 16777217)))
print(string.pack("d", 3) == string.pack("d", 3.0), string.unpack("d", string.pack("d", 7)))
local nan = string.unpack("<d", string.pack("<d", 0 / 0))
print(nan ~= nan)
print(string.unpack("<f", "\0\0\128\127"), string.unpack(">f", "\127\128\0\0"))
print(pcall(string.pack, "d", "x"))
print(pcall(string.pack, "f"))
print(string.pack("d", "1.5") == string.pack("d", 1.5))
