-- utf8 functions on long strings stay consistent with each other.
local seed = 5
local function rand(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return (seed >> 16) % n
end
local cps = {}
for i = 1, 20000 do
  local k = rand(4)
  local cp
  if k == 0 then cp = rand(0x80)
  elseif k == 1 then cp = 0x80 + rand(0x780)
  elseif k == 2 then cp = 0x800 + rand(0xF800)
  else cp = 0x10000 + rand(0x100000) end
  cps[i] = cp
end
local parts = {}
for i, cp in ipairs(cps) do parts[i] = utf8.char(cp) end
local s = table.concat(parts)
print(#s, utf8.len(s))
-- len on sub-ranges and offset agree
local ok = true
for k = 1, 200 do
  local a = rand(20000) + 1
  local b = a + rand(20000 - a + 1)
  local pa, pb = utf8.offset(s, a), utf8.offset(s, b)
  if utf8.len(s, pa, pb) ~= b - a + 1 then ok = false end
  if utf8.codepoint(s, pa) ~= cps[a] then ok = false end
  if utf8.offset(s, -(20000 - b + 1)) ~= pb then ok = false end
end
print(ok)
local sum, count = 0, 0
for p, c in utf8.codes(s) do sum = (sum + c * (count % 7 + 1)) % 1000000007; count = count + 1 end
print(count, sum)
-- a corruption in the middle is located exactly
local bad = table.concat({utf8.char(0x4E2D, 0x6587), "\xFF", utf8.char(0x41)})
print(utf8.len(bad), utf8.len(s .. "\xC0\x80" .. s))
