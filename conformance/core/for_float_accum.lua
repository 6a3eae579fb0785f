-- covers: float for-loops: accumulated steps, exact binary fractions, counts of iterations
local function count(a, b, s) local n, last = 0, nil for i = a, b, s do n = n + 1; last = i end return n, last end
print(count(0, 1, 0.1))
print(count(0, 1, 0.125))
print(count(1, 0, -0.1))
print(count(0, 0.3, 0.1))
print(count(0.1, 1.0, 0.3))
print(count(1e15, 1e15 + 4, 1))
print(count(-1, 1, 0.5))
print(count(0, 10, 2.5))
print(count(10, 0, -2.5))
print(count(0, -1, 0.5))
print(count(1, 1, 0.5), count(1, 1.0, -1))
-- values printed for a small float loop
for x = 0, 0.5, 0.125 do print(x) end
-- integer loop with huge count handled without floats
local sum = 0
for i = 1, 200000 do sum = sum + i end
print(sum)
-- float loop whose step is an integer-valued float
for i = 1, 3, 1.0 do print("step float", i) end
-- descending integer loop with large step
for i = 100, 1, -33 do print("desc", i) end
