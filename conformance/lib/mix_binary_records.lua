-- covers: a binary record format with string.pack/unpack: headers,
-- length-prefixed strings, alignment, endianness, packsize, iteration
local HEADER = "<c4 I2 I2"
local RECORD = "<i4 s1 d B"

local people = {
  {id = 1, name = "ann", score = 9.5, flags = 3},
  {id = -2, name = "bob", score = -0.25, flags = 0},
  {id = 2147483647, name = "", score = 1e300, flags = 255},
  {id = -2147483648, name = ("x"):rep(20), score = 0.1, flags = 128},
}

local parts = {string.pack(HEADER, "WREC", 1, #people)}
for _, p in ipairs(people) do
  parts[#parts + 1] = string.pack(RECORD, p.id, p.name, p.score, p.flags)
end
local blob = table.concat(parts)
print("blob size", #blob, "header size", string.packsize(HEADER))
local hex = blob:sub(1, 24):gsub(".", function(c) return string.format("%02x", c:byte()) end)
print(hex)

local magic, version, count, pos = string.unpack(HEADER, blob)
print(magic, version, count, pos)
for i = 1, count do
  local id, name, score, flags
  id, name, score, flags, pos = string.unpack(RECORD, blob, pos)
  print(i, id, string.format("%q", name), score, flags, pos)
end
print("consumed all", pos == #blob + 1)

-- big endian vs little endian views of the same integer
local n = 0x01020304
print(string.pack(">I4", n):byte(1, -1))
print(string.pack("<I4", n):byte(1, -1))
print(string.unpack(">I4", string.pack("<I4", n)) == 0x04030201)
-- signed/unsigned reinterpretation
print(string.unpack("<i2", string.pack("<I2", 65535)), string.unpack("<I2", string.pack("<i2", -1)))
-- aligned struct with padding
local fmt = "!8 <b i8 b d"
local packed = string.pack(fmt, 1, 2, 3, 4.5)
print(#packed, string.packsize(fmt), string.unpack(fmt, packed))
-- zero-terminated strings and fixed-size fields
local z = string.pack("zzc5", "hello", "", "ab\0\0\0")
print(#z, string.unpack("zzc5", z))
-- a table of varint-like bytes decoded with a loop
local function varint(v)
  local out = {}
  repeat
    local b = v & 0x7f
    v = v >> 7
    if v ~= 0 then b = b | 0x80 end
    out[#out + 1] = string.pack("B", b)
  until v == 0
  return table.concat(out)
end
for _, v in ipairs{0, 1, 127, 128, 300, 16384, math.maxinteger} do
  local s = varint(v)
  local r, shift, i = 0, 0, 1
  while true do
    local b = string.unpack("B", s, i)
    r = r | ((b & 0x7f) << shift)
    shift, i = shift + 7, i + 1
    if b < 128 then break end
  end
  print(v, #s, r == v)
end
print(pcall(string.unpack, RECORD, blob, #blob - 3))
