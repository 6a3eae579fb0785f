-- math.log(x, base): bases 2 and 10 have their own functions and are exact
-- on powers; other bases divide two logarithms.
for _, p in ipairs({0, 1, 2, 3, 10, 52, 53, 63, 100, 1023, -1, -10, -1022, -1074}) do
  print(p, math.log(2.0^p, 2), math.log(2^p, 2) == p)
end
local row = {}
for p = -20, 22 do row[#row + 1] = tostring(math.log(10.0^p, 10)) end
print(table.concat(row, " "))
row = {}
for p = 0, 15 do row[#row + 1] = tostring(math.log(10^p, 10) == p) end
print(table.concat(row, " "))
print(math.log(1000, 10) == 3, math.log(8, 2) == 3, math.log(27, 3), math.log(1024, 4), math.log(100, 100))
print(math.log(2, 10), math.log(10, 2), math.log(3, 2), math.log(0.5, 2), math.log(0.1, 10))
print(math.log(5, 1), math.log(1, 1), math.log(0, 0), math.log(2, 0), math.log(2, 0.5), math.log(2, -2))
print(math.log(2, math.huge), math.log(math.huge, 2), math.log(0, 2), math.log(0, 10), math.log(-1, 2), math.log(-1, 10))
print(math.log(8, 2.0), math.log(8, "2"), math.log(100, 10.0), math.log(7, 7))
print(math.log(1e-310, 2), math.log(1e-310, 10), math.log(2^-1074, 2), math.log(2^-1074, 10))
