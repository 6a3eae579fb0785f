-- covers: run-length encoding/decoding with string patterns (%1 backrefs
-- are not in gsub patterns, so loops over string.find), string.rep,
-- binary-safe RLE with string.pack, and round trips
local function rle(s)
  local out, i = {}, 1
  while i <= #s do
    local c = s:sub(i, i)
    local _, e = s:find("^" .. (c:match("%W") and "%" .. c or c) .. "+", i)
    local n = e - i + 1
    out[#out + 1] = (n > 1 and n or "") .. c
    i = e + 1
  end
  return table.concat(out)
end
local function unrle(s)
  return (s:gsub("(%d*)(%D)", function(n, c) return c:rep(n == "" and 1 or tonumber(n)) end))
end

local samples = {"", "a", "aaa", "aaabccdddd", "abc", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
  "..!!??  %%%", "xyyzzz^^^$$"}
for _, s in ipairs(samples) do
  local e = rle(s)
  print(string.format("%-12s -> %-24s ok=%s ratio=%.2f", #s > 12 and s:sub(1, 9) .. "..." or s, e,
    tostring(unrle(e) == s), #s == 0 and 1 or #e / #s))
end

-- binary safe variant: (count byte, value byte) pairs
local function brle(s)
  local out, i = {}, 1
  while i <= #s do
    local b = s:byte(i)
    local j = i
    while j < #s and j - i < 254 and s:byte(j + 1) == b do j = j + 1 end
    out[#out + 1] = string.pack("BB", j - i + 1, b)
    i = j + 1
  end
  return table.concat(out)
end
local function unbrle(s)
  local out, pos = {}, 1
  while pos <= #s do
    local n, b
    n, b, pos = string.unpack("BB", s, pos)
    out[#out + 1] = string.char(b):rep(n)
  end
  return table.concat(out)
end
local bin = ("\0"):rep(300) .. "\1\1\255" .. ("\7"):rep(3)
local e = brle(bin)
print(#bin, #e, unbrle(e) == bin)
print((e:gsub(".", function(c) return string.format("%02X", c:byte()) end)))

-- run lengths via gmatch over a sorted string
local letters = {}
for c in ("mississippi"):gmatch(".") do letters[#letters + 1] = c end
table.sort(letters)
local sorted = table.concat(letters)
print(sorted, rle(sorted), unrle(rle(sorted)) == sorted)
-- longest run using string.rep probing
local function longest(s, c)
  local n = 0
  while s:find(c:rep(n + 1), 1, true) do n = n + 1 end
  return n
end
print(longest("abbbcbbbbbd", "b"), longest("", "x"), longest("xxx", "x"))
