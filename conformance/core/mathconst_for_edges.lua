-- covers: numeric for loops near the integer limits and with math.huge limits.
-- NOTE (Lua 5.3 specific): a loop "for i = max-2, max" does NOT stop at max: the
-- control variable wraps to mininteger, which is still <= max. Guarded with a counter.
local max, min = math.maxinteger, math.mininteger
local n = 0
for i = max - 2, max do
  n = n + 1
  print(n, i)
  if n >= 5 then break end
end
n = 0
for i = min + 2, min, -1 do
  n = n + 1
  print(n, i)
  if n >= 5 then break end
end
n = 0
for i = 1, math.huge do
  n = n + 1
  if n == 4 then break end
end
print("huge limit", n)
n = 0
for i = 1, -math.huge do n = n + 1 end
print("negative huge limit", n)
for i = max - 1, 1e100 do
  print("float limit clipped", i)
  if i == max then break end
end
for i = min, min + 2 do print(i) end
-- a huge step also overflows the control variable in 5.3 (guarded)
n = 0
for i = 1, 3, max do n = n + 1; print("big step", i); if n == 3 then break end end
n = 0
for i = -1, -3, min do n = n + 1; print("min step", i); if n == 3 then break end end
