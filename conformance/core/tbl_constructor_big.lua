-- covers: table constructors with more than 50 positional items (flushed in batches),
-- mixed with named fields, and a trailing multi-value call after many items
local function gen(n) local t = {} for i = 1, n do t[i] = i end return t end
local function unpack_(t, i, j)
  i, j = i or 1, j or #t
  if i > j then return end
  return t[i], unpack_(t, i + 1, j)
end
local t = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
  21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
  41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60,
  name = "mixed", 61, 62, 63, [100] = "hundred", 64, 65}
print(#t, t[1], t[50], t[51], t[65], t.name, t[100])
local big = {unpack_(gen(120))}
print(#big, big[1], big[60], big[120])
local withtail = {"a", "b", unpack_(gen(75))}
print(#withtail, withtail[1], withtail[3], withtail[77])
local notail = {unpack_(gen(75)), "end"}
print(#notail, notail[1], notail[2], notail[3])
-- 200 items written via load to avoid a huge literal in this file
local src = "return {"
for i = 1, 200 do src = src .. i * 2 .. "," end
local loaded = load(src .. "}")()
print(#loaded, loaded[1], loaded[100], loaded[200])
-- named fields only, many of them
local src2 = "return {"
for i = 1, 100 do src2 = src2 .. "f" .. i .. " = " .. i .. "," end
local named = load(src2 .. "}")()
local count = 0
for _ in pairs(named) do count = count + 1 end
print(count, named.f1, named.f100, #named)
-- nested constructors inside a long list
local nested = {{1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11}, {12}, {13}, {14}, {15},
  {16}, {17}, {18}, {19}, {20}, {21}, {22}, {23}, {24}, {25}, {26}, {27}, {28}, {29}, {30},
  {31}, {32}, {33}, {34}, {35}, {36}, {37}, {38}, {39}, {40}, {41}, {42}, {43}, {44}, {45},
  {46}, {47}, {48}, {49}, {50}, {51}, {52}}
print(#nested, nested[52][1], nested[51][1])
