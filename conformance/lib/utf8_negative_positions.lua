-- covers: utf8.offset with negative n and negative/explicit i, utf8.len
-- and utf8.codepoint with negative ranges, the relationship to string.sub
-- and string.len, and error messages for continuation-byte positions
local s = "añ€𝄞z"       -- 1, 2, 3, 4 and 1 byte characters
print(#s, utf8.len(s))
for p, c in utf8.codes(s) do io.write(p, ":", c, " ") end
print()
-- offset counting back from the end (i defaults to #s + 1 for n < 0)
for n = -6, 0 do print("n=" .. n, utf8.offset(s, n)) end
-- offset relative to a given start, including negative i
for _, args in ipairs{{1, 1}, {2, 1}, {-1, -1}, {1, -1}, {-2, -1}, {0, -3}, {0, 4}, {0, 5}, {3, 2}, {-1, 2}, {1, #s + 1}, {2, #s + 1}} do
  print(string.format("offset(s, %d, %d)", args[1], args[2]), utf8.offset(s, args[1], args[2]))
end
-- negative ranges for len and codepoint
print(utf8.len(s, -1), utf8.len(s, -5), utf8.len(s, -5, -2), utf8.len(s, 1, -1), utf8.len(s, -#s))
print(utf8.codepoint(s, -1), utf8.codepoint(s, -5, -1))
print(utf8.len(s, -4), utf8.len(s, -3))
print(pcall(utf8.codepoint, s, -3))
print(pcall(utf8.offset, s, 1, 3))
print(pcall(utf8.offset, s, 1, #s + 2))
print(pcall(utf8.len, s, #s + 2))
print(pcall(utf8.codepoint, s, 1, #s + 1))
-- last k characters via offset + sub
local function last(str, k)
  local i = utf8.offset(str, -k)
  return i and str:sub(i) or nil
end
local function first(str, k)
  local i = utf8.offset(str, k + 1)
  return i and str:sub(1, i - 1) or nil
end
for k = 0, 6 do print(k, last(s, k), first(s, k)) end
-- character at index from the end, as codepoints
local function char_at(str, idx)
  local i = utf8.offset(str, idx)
  if not i or i > #str then return nil end
  return utf8.char(utf8.codepoint(str, i))
end
print(char_at(s, 1), char_at(s, 3), char_at(s, -1), char_at(s, -4), char_at(s, -5), char_at(s, 6))
-- invalid data: len reports the first bad byte position, offset does not validate
local bad = "ab\xffc\xe2\x82"
print(utf8.len(bad), utf8.len(bad, 4), utf8.len(bad, -1), utf8.offset(bad, -1), utf8.offset(bad, 4))
-- empty string
print(utf8.len(""), utf8.offset("", 0), utf8.offset("", 1), utf8.offset("", -1), utf8.offset("", 2))
