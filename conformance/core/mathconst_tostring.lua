-- covers: conversions between math limits and strings
print(tostring(math.maxinteger), tostring(math.mininteger))
print(tonumber(tostring(math.maxinteger)) == math.maxinteger, tonumber(tostring(math.mininteger)) == math.mininteger)
print(math.maxinteger .. "", math.mininteger .. "", math.huge .. "", -math.huge .. "")
print(tonumber("9223372036854775807") == math.maxinteger, tonumber("-9223372036854775808") == math.mininteger)
print(tonumber("9223372036854775808") == 2^63, tonumber("-9223372036854775809") == -2^63)
print(tostring(math.maxinteger + 0.0), tostring(math.mininteger + 0.0))
print(tostring(math.maxinteger + 1), tostring(math.mininteger - 1))
print(tonumber("7fffffffffffffff", 16) == math.maxinteger, tonumber("-8000000000000000", 16) == math.mininteger)
print(tonumber("1" .. "0000000000000000000"), tonumber("-1" .. "0000000000000000000"))
print(tostring(math.huge) == "inf", tostring(-math.huge) == "-inf")
-- integer limits survive a round trip through concatenation and tonumber
local vals = {math.maxinteger, math.mininteger, math.maxinteger - 1, math.mininteger + 1, 0}
for i = 1, #vals do
  local s = vals[i] .. ""
  print(s, tonumber(s) == vals[i], tostring(tonumber(s)) == s)
end
-- float limits
print(tostring(math.huge * 0 ~= math.huge * 0), tostring(-math.huge) .. "|" .. math.huge)
print(tonumber("1e308") * 10 == math.huge, -tonumber("1e308") * 10 == -math.huge)
-- hexadecimal spellings of the limits
print(0x7fffffffffffffff == math.maxinteger, 0x8000000000000000 == math.mininteger)
