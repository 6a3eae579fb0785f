-- Encoding with utf8.char and decoding with codepoint/codes/len agree.
local points = {}
local c = 0
while c <= 0x10FFFF do
  points[#points + 1] = c
  if c < 0x100 then c = c + 1 else c = c * 2 + 1 end
end
for _, b in ipairs({0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFD}) do
  points[#points + 1] = b
end
local bad = 0
for _, cp in ipairs(points) do
  local s = utf8.char(cp)
  if utf8.codepoint(s) ~= cp or utf8.len(s) ~= 1 or utf8.offset(s, 1) ~= 1 or utf8.offset(s, -1) ~= 1 then
    bad = bad + 1
    print("mismatch", cp)
  end
end
print(#points, bad)
-- all of them in one string
local s = utf8.char(table.unpack(points))
print(#s, utf8.len(s))
local back = {utf8.codepoint(s, 1, -1)}
local same = #back == #points
for i = 1, #points do if back[i] ~= points[i] then same = false end end
print(same)
local k = 0
for p, cp in utf8.codes(s) do
  k = k + 1
  if cp ~= points[k] or utf8.offset(s, k) ~= p then same = false end
end
print(k, same)
-- every two-byte code point
local all = {}
for cp = 0x80, 0x7FF do all[#all + 1] = utf8.char(cp) end
local two = table.concat(all)
print(#two, utf8.len(two), utf8.codepoint(two, -2))
