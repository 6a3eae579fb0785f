-- covers: roman numeral conversion both ways, validation with patterns,
-- string.rep for repeated symbols, a sorted-by-value table, and error
-- handling through pcall with error tables and levels
local numerals = {
  {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
  {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}
local values = {I = 1, V = 5, X = 10, L = 50, C = 100, D = 500, M = 1000}

local function to_roman(n)
  if math.type(n) ~= "integer" then
    error({code = "type", msg = "integer expected, got " .. (math.type(n) or type(n))}, 2)
  end
  if n < 1 or n > 3999 then error(string.format("out of range: %d", n), 2) end
  local out = {}
  for _, p in ipairs(numerals) do
    local count = n // p[1]
    if count > 0 then
      out[#out + 1] = p[2]:rep(count)
      n = n - count * p[1]
    end
  end
  return table.concat(out)
end

local function from_roman(s)
  s = s:upper()
  if s == "" or s:find("[^IVXLCDM]") then return nil, "invalid characters in '" .. s .. "'" end
  local total, prev = 0, 0
  for i = #s, 1, -1 do
    local v = values[s:sub(i, i)]
    if v < prev then total = total - v else total = total + v; prev = v end
  end
  if total > 3999 then return nil, "too large: " .. total end
  if to_roman(total) ~= s then return nil, "non-canonical '" .. s .. "' (" .. to_roman(total) .. ")" end
  return total
end

for _, n in ipairs{1, 3, 4, 9, 14, 40, 90, 400, 1994, 2024, 3888, 3999} do
  local r = to_roman(n)
  print(string.format("%4d %-15s %4d", n, r, from_roman(r)))
end
for _, s in ipairs{"mcmxcix", "IIII", "VX", "ABC", "", "MMMM", "XLII"} do
  print(string.format("%-8q", s), from_roman(s))
end
for _, bad in ipairs{0, 4000, 2.5, "12", -1} do
  local ok, err = pcall(to_roman, bad)
  if type(err) == "table" then
    print(ok, err.code, err.msg)
  else
    print(ok, err)
  end
end
-- error level 2 points at the caller line; a tail call has no caller line
local ok, err = pcall(function() local r = to_roman(5000); return r end)
print(ok, err)
print(pcall(function() return to_roman(6000) end))
-- roundtrip every value, counting lengths
local longest, maxlen, sum = 0, 0, 0
for n = 1, 3999 do
  local r = to_roman(n)
  assert(from_roman(r) == n)
  sum = sum + #r
  if #r > maxlen then maxlen, longest = #r, n end
end
print("all ok", longest, to_roman(longest), maxlen, sum)
-- sort numerals by value using from_roman as key
local list = {"XL", "IX", "MMXX", "CD", "III", "L", "XC"}
table.sort(list, function(a, b) return from_roman(a) < from_roman(b) end)
print(table.concat(list, " < "))
