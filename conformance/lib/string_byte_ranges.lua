-- string.byte index rules: the default end is the (adjusted) start.
local s = "abcde"
for _, r in ipairs({ { 0 }, { -1 }, { -5 }, { -6 }, { -100 }, { 6 }, { 100 }, { 0, 2 }, { -2, 5 }, { -3, -2 },
  { 2, -100 }, { -100, 100 }, { 3, 3 }, { 4, 2 } }) do
  print(r[1], r[2], select("#", s:byte(r[1], r[2])), s:byte(r[1], r[2]))
end
local maxi = 9223372036854775807
print(s:byte(-maxi - 1, maxi))
print(s:byte(maxi), s:byte(-maxi - 1))
