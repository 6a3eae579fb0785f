-- covers: bitwise operators & | ~ << >> and unary ~ on integers
print(0xF0 & 0x3C, 0xF0 | 0x3C, 0xF0 ~ 0x3C, ~0, ~5, ~-1)
print(1 << 0, 1 << 1, 1 << 10, 1 << 62, 1 << 63, 1 << 64, 1 << 100)
print(256 >> 4, 256 >> 9, -1 >> 1, -1 >> 63, -1 >> 64, -1 << 64)
print(1 << -1, 2 << -1, 256 >> -4, 1 >> -63, 1 >> -64)
print(-8 >> 1, -8 << 1, 0x8000000000000000 >> 63)
print(5 & 3 | 8, 5 | 3 & 8, 5 ~ 3 & 1, 1 << 2 + 1, (1 << 2) + 1)
print(~0 >> 60, ~(~0 << 4), 0xff ~ 0xff, 0 ~ 0xabc)
print(6 & -1, 6 | -8, -1 ~ 0x7fffffffffffffff)
print(3 & 2.0, 3.0 | 4, 2.0 ^ 2 | 0, "12" & 10, "0x10" | 1, " 7 " ~ 2)
print("3.0" | 0, 1e3 | 0, -0.0 | 0, 2^62 | 0)
local x = 0
for i = 0, 7 do
  if i % 2 == 0 then x = x | (1 << i) end
end
print(x, x & 0x0f, x >> 4, ~x & 0xff)
-- popcount via loop
local function popcount(v)
  local c = 0
  while v ~= 0 do
    c = c + (v & 1)
    v = v >> 1
  end
  return c
end
print(popcount(0), popcount(255), popcount(-1), popcount(0x5555555555555555))
-- precedence: comparison binds weaker than bitwise, concat binds tighter than shift
print(1 | 2 == 3, 1 << 2 .. "")
print(2 .. 3 << 1, "1" .. "0" | 1)
