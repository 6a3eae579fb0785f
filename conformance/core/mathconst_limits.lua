-- covers: math.maxinteger / math.mininteger / math.huge arithmetic and wrap-around
local max, min, huge = math.maxinteger, math.mininteger, math.huge
print(max, min, huge, -huge)
print(max + 1 == min, min - 1 == max, max + 1, min - 1)
print(max * 2, min * 2, -min, min // -1, min % -1)
print(max // 1, max % 2, min // 2, min % 2)
print(max + 0.0, min + 0.0, max + 0.0 == 2^63, min + 0.0 == -2^63)
print(max == 2^63, max < 2^63, min == -2^63, min <= -2^63)
print(max < huge, min > -huge, huge > 2^1000)
print(huge + 1 == huge, huge - huge ~= huge - huge, -huge < min)
print(5 % huge, -5 % huge, 5 % -huge, -5 % -huge)
print(5 // huge, -5 // huge, 5.5 // huge)
print(max / 1, min / -1, max // 1.0)
print(pcall(function() return max | 0 end))
print(pcall(function() return (max + 0.0) | 0 end))
print(pcall(function() return min | 0 end))
print(pcall(function() return (min + 0.0) | 0 end))
print(tostring(max), tostring(min), tostring(huge), tostring(-huge))
print(max .. "", min .. "", huge .. "")
local x = max
x = x + 2
print(x, x == min + 1)
