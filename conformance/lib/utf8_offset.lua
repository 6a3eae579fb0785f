-- utf8.offset finds where characters start.
local s = "a\xC3\xA4b\xE2\x82\xACc"
for n = -6, 7 do
  print(n, utf8.offset(s, n))
end
for i = 1, #s + 1 do
  local row = {}
  for n = -3, 3 do
    local ok, r = pcall(utf8.offset, s, n, i)
    row[#row + 1] = ok and tostring(r) or "err"
  end
  print(i, table.concat(row, " "))
end
print(utf8.offset("", 1), utf8.offset("", 0), utf8.offset("", -1), utf8.offset("", 2))
print(utf8.offset("abc", 1, 4), utf8.offset("abc", -1, 4), utf8.offset("abc", 2, -1), utf8.offset("abc", 0, -1))
-- n = 0 looks back to the start of the character containing i
print(utf8.offset("\xE2\x82\xAC", 0, 3), utf8.offset("\xE2\x82\xAC", 0, 2), utf8.offset("\xE2\x82\xAC", 0, 4))
print(utf8.offset("\x80\x80", 0, 2), utf8.offset("\x80\x80", -1, 3), utf8.offset("\x80\x80\x80", 0, 3))
-- offsets only look at continuation bytes, not at validity
print(utf8.offset("\xFF\xFE\xFD", 2), utf8.offset("\xC3\xC3\xC3", -1))
-- walking a string by characters
local t = {}
local i = 1
while i do
  t[#t + 1] = i
  i = utf8.offset(s, 2, i)
end
print(table.concat(t, ","))
