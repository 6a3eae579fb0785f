-- covers: integer overflow wraps around (two's complement) without using the math library
local max = 0x7fffffffffffffff
local min = 0x8000000000000000
print(max, min)
print(max + 1 == min, min - 1 == max)
print(max + 1, min - 1)
print(max * 2, min * 2, max * max, min * min)
print(max + max, min + min, -min, min * -1)
print(min // -1, min % -1)
print(max // -1, max % -1)
print(0xffffffffffffffff, 0xfffffffffffffffe, 0x10000000000000000)
local acc = 1
for i = 1, 70 do acc = acc * 2 end
print(acc)
acc = 1
for i = 1, 63 do acc = acc * 2 end
print(acc, acc - 1)
local f = 3
for i = 1, 25 do f = f * 7 end
print(f)
print(1000000007 * 1000000009 * 1000000021)
print(max + 1.0, min - 1.0, max + 0.0 == 2^63)
