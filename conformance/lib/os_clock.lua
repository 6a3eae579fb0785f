-- os.clock is processor time in seconds, as a float that never decreases.
local c1 = os.clock()
print(type(c1), c1 >= 0, c1 == c1 // 1 or c1 ~= c1 // 1)
local x = 0
for i = 1, 2000000 do x = x + i end
local c2 = os.clock()
print(c2 >= c1, x)
