-- covers: exact integer/float comparisons near the 2^53 and 2^63 limits
local max, min = math.maxinteger, math.mininteger
local f63 = 2.0^63
print(max < f63, max <= f63, max == f63, max > f63, max >= f63)
print(min < -f63, min <= -f63, min == -f63, min > -f63)
print(f63 > max, f63 >= max, -f63 <= min, -f63 < min)
print(max - 1 < max + 0.0, max - 1024 < max + 0.0, max - 512 < 2^63)
local i, f = 9007199254740993, 2.0^53
print(i == f, i < f, i > f, i <= f, i >= f)
print(i - 1 == f, i - 1 <= f, i - 1 >= f)
print(i == f + 1, f + 1 == f)
print(max < math.huge, min > -math.huge, max > -math.huge)
local nan = 0 / 0
print(max < nan, max > nan, max == nan, nan < min, nan >= min)
print(3 < 3.5, 3 < 2.5, -3 < -2.5, -3 < -3.5)
print(max < 9.3e18, max > 9.2e18, min < -9.2e18, min > -9.3e18)
local keys = {}
keys[max] = "max"
keys[f63] = "f63"
keys[min] = "min"
keys[-f63] = "-f63"
print(keys[max], keys[f63], keys[min], keys[-f63])
