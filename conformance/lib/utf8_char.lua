-- utf8.char encodes code points, surrogates included.
local function hex(s)
  local t = {}
  for _, c in utf8.codes(s) do t[#t + 1] = c end
  return #s .. ":" .. table.concat(t, ",")
end
print(utf8.char(72, 101, 108, 108, 111))
print(utf8.char(228, 246, 252), utf8.char(8364), utf8.char(0x1F600), utf8.char(0x4E2D, 0x6587))
print(utf8.char() == "", select("#", utf8.char()))
print(utf8.char(0) == "\0", #utf8.char(0))
-- lengths at every boundary
for _, c in ipairs({0, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF}) do
  local s = utf8.char(c)
  print(c, #s, utf8.codepoint(s), utf8.len(s))
end
print(utf8.char(0x7F) == "\x7F", utf8.char(0x80) == "\xC2\x80", utf8.char(0x7FF) == "\xDF\xBF")
print(utf8.char(0x800) == "\xE0\xA0\x80", utf8.char(0xFFFF) == "\xEF\xBF\xBF")
print(utf8.char(0x10000) == "\xF0\x90\x80\x80", utf8.char(0x10FFFF) == "\xF4\x8F\xBF\xBF")
-- surrogates are encoded like any other value
print(utf8.char(0xD800) == "\xED\xA0\x80", utf8.char(0xDFFF) == "\xED\xBF\xBF", hex(utf8.char(0xD800, 0xDC00)))
-- floats with integral values and numeric strings
print(utf8.char(65.0, "66", " 67 ", "0x44"))
-- many arguments
local cps = {}
for i = 1, 300 do cps[i] = 0x400 + i end
local s = utf8.char(table.unpack(cps))
print(#s, utf8.len(s), hex(utf8.char(0x401, 0x52C)))
