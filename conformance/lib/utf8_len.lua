-- utf8.len counts characters, or reports the first invalid byte.
print(utf8.len("hello"), utf8.len(""), utf8.len("H\xC3\xA4"), utf8.len("\xE2\x82\xAC\xF0\x9F\x98\x80"))
print(utf8.len("abc", 2), utf8.len("abc", -1), utf8.len("abc", 4), utf8.len("abc", 1, 0), utf8.len("abc", 2, -2))
print(utf8.len("\xC3\xA4x", 2), utf8.len("\xC3\xA4x", 1, 1), utf8.len("\xC3\xA4x", 3), utf8.len("abc", -3, -1))
-- the count covers characters that start in [i, j]
local s = "a\xC3\xA4b\xE2\x82\xACc"
for i = 1, #s + 1 do
  local row = {}
  for j = i - 1, #s do
    local n, pos = utf8.len(s, i, j)
    row[#row + 1] = n and tostring(n) or ("nil@" .. pos)
  end
  print(i, table.concat(row, " "))
end
-- numbers are converted to strings
print(utf8.len(12345), utf8.len(1.5), utf8.len(-0.0))
-- errors
local function try(...)
  print(pcall(...))
end
try(utf8.len)
try(utf8.len, nil)
try(utf8.len, {})
try(utf8.len, "abc", 5)
try(utf8.len, "abc", 0)
try(utf8.len, "abc", -5)
try(utf8.len, "abc", 1, 4)
try(utf8.len, "abc", 1, 5)
try(utf8.len, "abc", 1, -5)
try(utf8.len, "abc", "x")
try(utf8.len, "abc", 1, 2.5)
try(utf8.len, "abc", math.mininteger)
try(utf8.len, "abc", 1, math.maxinteger)
print(pcall(function() return utf8.len("abc", 9) end))
