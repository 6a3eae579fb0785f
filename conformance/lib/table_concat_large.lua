-- table.concat with many elements and long pieces.
local t = {}
for i = 1, 5000 do t[i] = i end
local s = table.concat(t, ",")
print(#s)
print(table.concat(t, ",", 1, 13), #table.concat(t))
local parts = {}
for i = 1, 2000 do parts[i] = "abcdefghij" end
local big = table.concat(parts)
local slow = ""
for i = 1, 2000 do slow = slow .. "abcdefghij" end
print(#big, big == slow)
-- a range inside a long array
print(table.concat(t, " ", 4990, 5000))
-- nested use: joining joined strings
local rows = {}
for r = 1, 100 do
  local row = {}
  for c = 1, 10 do row[c] = r * c end
  rows[r] = table.concat(row, "\t")
end
local all = table.concat(rows, "\n")
print(#all, rows[100])
-- floats in bulk
local f = {}
for i = 1, 1000 do f[i] = i / 4 end
local fs = table.concat(f, ";")
print(#fs, table.concat(f, ";", 1, 8))
