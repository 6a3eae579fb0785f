-- covers: float modulo and floor division corner cases with infinities and huge values
local huge = math.huge
print(5.5 % huge, -5.5 % huge, 5.5 % -huge, -5.5 % -huge)
print(0.0 % huge, -0.0 % huge)
print(huge // 1, -huge // 1, 1 // huge, -1 // huge, 1 // -huge)
print(1e308 % 3, 1e308 // 1e300 > 1e7)
print(math.maxinteger % 2, math.mininteger % 2, math.maxinteger // 2, math.mininteger // 2)
print(math.maxinteger % -1, math.mininteger // -1, math.mininteger % math.maxinteger)
print(math.maxinteger % math.mininteger, math.mininteger % math.mininteger)
print(math.maxinteger // math.mininteger, math.mininteger // math.maxinteger)
print(3 % math.mininteger, -3 % math.mininteger, 3 // math.mininteger, -3 // math.mininteger)
print(5.0 % 0.5, 5.25 % 0.5, -5.25 % 0.5, 1e-300 % 1)
print(math.huge > math.maxinteger, -math.huge < math.mininteger, math.huge == math.huge + 1)
print(pcall(function() return math.huge | 0 end))
print(pcall(function() return math.maxinteger // 0 end))
print(math.maxinteger / 0, math.mininteger / 0, math.maxinteger * 1.0 / 0)
-- floor division by infinities of finite numbers
print(7 // math.huge, -7 // math.huge, 7 // -math.huge, -7 // -math.huge)
-- modulo with mixed int/float near the limits
print(math.maxinteger % 2.0, math.mininteger % 2.0, math.maxinteger % 10, math.mininteger % 10)
print(math.maxinteger // 10, math.mininteger // 10, math.mininteger // 10 * 10 + math.mininteger % 10 == math.mininteger)
print(-1 % math.maxinteger, 1 % math.mininteger, -1 // math.maxinteger, 1 // math.mininteger)
