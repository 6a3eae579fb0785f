-- math.pi, math.huge, math.maxinteger, math.mininteger.
print(math.pi, math.type(math.pi))
print(math.huge, -math.huge, math.type(math.huge))
print(math.maxinteger, math.type(math.maxinteger))
print(math.mininteger, math.type(math.mininteger))
print(math.maxinteger + 1 == math.mininteger, math.mininteger - 1 == math.maxinteger)
print(math.maxinteger // -1, math.mininteger // -1, -math.mininteger)
print(math.maxinteger + 0.0, math.mininteger + 0.0)
print(math.maxinteger + 0.0 == 2^63, math.mininteger + 0.0 == -2^63)
print(math.huge > math.maxinteger, -math.huge < math.mininteger)
print(math.pi == 3.141592653589793, math.pi * 2, math.pi / 2)
print(math.huge - math.huge ~= math.huge - math.huge)
local names = {}
for k, v in pairs(math) do names[#names + 1] = k .. ":" .. (math.type(v) or type(v)) end
table.sort(names)
print(table.concat(names, " "))
print(package.loaded.math == math)
