-- covers: CRC-32 and Adler-32 checksums with bitwise operators over
-- string.byte, a precomputed table, string.format("%08x"), string.pack
-- big-endian output, and the FNV-1a hash with 32-bit masking
local crc_table = {}
for i = 0, 255 do
  local c = i
  for _ = 1, 8 do
    if c & 1 == 1 then c = 0xEDB88320 ~ (c >> 1) else c = c >> 1 end
  end
  crc_table[i] = c
end

local function crc32(s, crc)
  crc = ~(crc or 0) & 0xFFFFFFFF
  for i = 1, #s do
    crc = crc_table[(crc ~ s:byte(i)) & 0xFF] ~ (crc >> 8)
  end
  return ~crc & 0xFFFFFFFF
end

local function adler32(s)
  local a, b = 1, 0
  for i = 1, #s do
    a = (a + s:byte(i)) % 65521
    b = (b + a) % 65521
  end
  return (b << 16) | a
end

local function fnv1a(s)
  local h = 0x811C9DC5
  for i = 1, #s do
    h = ((h ~ s:byte(i)) * 0x01000193) & 0xFFFFFFFF
  end
  return h
end

local inputs = {"", "a", "abc", "message digest", "The quick brown fox jumps over the lazy dog",
  ("\0"):rep(32), "123456789"}
for _, s in ipairs(inputs) do
  print(string.format("%-20.20q crc=%08x adler=%08x fnv=%08x", s, crc32(s), adler32(s), fnv1a(s)))
end
-- incremental CRC equals whole CRC
local whole = crc32("hello world")
local inc = crc32(" world", crc32("hello"))
print(whole == inc, string.format("%08X", inc))
-- table constants
print(string.format("%08x %08x %08x", crc_table[1], crc_table[128], crc_table[255]))
-- serialise checksums big-endian and read back
local packed = string.pack(">I4I4", crc32("abc"), adler32("abc"))
print(#packed, (packed:gsub(".", function(c) return string.format("%02x", c:byte()) end)))
print(string.unpack(">I4I4", packed))
-- bit tricks on the checksum values
local c = crc32("123456789")
local pop = 0
local v = c
while v ~= 0 do pop = pop + (v & 1); v = v >> 1 end
print(c, pop, c >> 28, c & 0xF, (c << 4) & 0xFFFFFFFF, math.ult(c, 0x80000000))
print(~0, ~0 >> 32, -1 >> 63, 1 << 63, 1 << 64, (1 << 63) - 1 == math.maxinteger)
