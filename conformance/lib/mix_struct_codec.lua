-- covers: a schema-driven binary codec: format strings assembled with
-- table.concat from a schema, string.packsize for fixed parts, arrays of
-- records with counts, variable strings (s2/z), nested decoding with
-- positions, endianness markers, and validation errors via pcall
local schema = {
  {"id", "I3"}, {"kind", "B"}, {"temp", "h"}, {"ratio", "f"}, {"name", "s2"}, {"tag", "z"}, {"flags", "I1"},
}
local function fmt_of(s, endian)
  local parts = {endian}
  for i, f in ipairs(s) do parts[i + 1] = f[2] end
  return table.concat(parts, " ")
end
local LE, BE = fmt_of(schema, "<"), fmt_of(schema, ">")
print(LE, "|", BE)
print(pcall(string.packsize, LE))
local fixed = {}
for _, f in ipairs(schema) do if not f[2]:find("[sz]") then fixed[#fixed + 1] = f[2] end end
print(table.concat(fixed), string.packsize("<" .. table.concat(fixed)))

local function encode(recs, fmt)
  local out = {string.pack("<I2", #recs)}
  for _, r in ipairs(recs) do
    local vals = {}
    for i, f in ipairs(schema) do vals[i] = r[f[1]] end
    out[#out + 1] = string.pack(fmt, table.unpack(vals, 1, #schema))
  end
  return table.concat(out)
end
local function decode(bytes, fmt)
  local n, pos = string.unpack("<I2", bytes)
  local recs = {}
  for i = 1, n do
    local vals = table.pack(string.unpack(fmt, bytes, pos))
    pos = vals[vals.n]
    local r = {}
    for j, f in ipairs(schema) do r[f[1]] = vals[j] end
    recs[i] = r
  end
  return recs, pos
end

local recs = {
  {id = 1, kind = 2, temp = -40, ratio = 0.5, name = "alpha", tag = "", flags = 255},
  {id = 0xFFFFFF, kind = 0, temp = 32767, ratio = -1.25, name = "", tag = "t1", flags = 0},
  {id = 70000, kind = 9, temp = -32768, ratio = 3.0, name = ("n"):rep(300), tag = "zz", flags = 7},
}
for _, fmt in ipairs{LE, BE} do
  local bytes = encode(recs, fmt)
  local back, pos = decode(bytes, fmt)
  print(#bytes, pos, #back)
  for i, r in ipairs(back) do
    print(string.format("  %d id=%d kind=%d temp=%d ratio=%g name=%d:%s tag=%q flags=%d", i, r.id, r.kind, r.temp,
      r.ratio, #r.name, r.name:sub(1, 5), r.tag, r.flags))
  end
  print("  first bytes", (bytes:sub(1, 12):gsub(".", function(c) return string.format("%02x", c:byte()) end)))
end
-- float precision loss through "f"
local f32 = string.unpack("<f", string.pack("<f", 0.1))
print(f32 == 0.1, string.format("%.10f", f32), math.type(f32))
-- validation failures
local bad = {id = 2^24, kind = 1, temp = 0, ratio = 0, name = "", tag = "", flags = 0}
print(pcall(encode, {bad}, LE))
bad.id, bad.temp = 1, 40000
print(pcall(encode, {bad}, LE))
bad.temp, bad.tag = 0, "has\0zero"
print(pcall(encode, {bad}, LE))
bad.tag, bad.name = "", ("x"):rep(70000)
print(pcall(encode, {bad}, LE))
print(pcall(decode, "\1\0\1\2", LE))
