-- Each character class, counted over all 256 byte values (C locale).
local all = ""
for i = 0, 255 do all = all .. string.char(i) end
local function count(p)
  local _, n = all:gsub(p, "")
  return n
end
for _, c in ipairs({ "a", "c", "d", "g", "l", "p", "s", "u", "w", "x" }) do
  local lo, up = "%" .. c, "%" .. c:upper()
  print(lo, count(lo), up, count(up), count("[" .. lo .. "]"), count("[^" .. lo .. "]"))
end
print("%z", count("%z"), "%Z", count("%Z"))
print(".", count("."), "%.", count("%."), "[%w_]", count("[%w_]"))
local function list(p)
  local out = ""
  for c in all:gmatch(p) do
    local b = c:byte()
    if b >= 33 and b <= 126 then out = out .. c else out = out .. string.format("<%d>", b) end
  end
  return out
end
print(list("%p"))
print(list("%s"))
print(list("%x"))
print(list("%c"))
