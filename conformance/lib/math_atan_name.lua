-- math.atan2 (LUA_COMPAT_MATHLIB) is the very same function as math.atan.
print(math.atan == math.atan2, rawequal(math.atan, math.atan2))
print(math.atan2(1, 1) == math.atan(1, 1), math.atan2(1) == math.atan(1))
-- called directly, errors name the function as the caller wrote it
print(pcall(function() return math.atan2() end))
print(pcall(function() return math.atan2(1, "x") end))
local at = math.atan2
print(pcall(function() return at({}) end))
