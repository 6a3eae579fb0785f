-- covers: relational operators on numbers and strings, equality across types
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 2 > 1, 1 == 1, 1 ~= 1)
print(1.5 < 2, 2 < 2.5, -1 < -0.5, 0 == -0, 0.0 == -0.0)
print("a" < "b", "b" < "a", "a" < "ab", "ab" < "b", "" < "a", "a" <= "a")
print("Z" < "a", "10" < "9", "abc" < "abd", "abc" > "ab", "A" >= "a")
print("a\0b" < "a\0c", "a\0" > "a", "\0" < "\1")
print(1 == "1", "1" == 1, 1 ~= "1", nil == false, false == false)
print(true == true, true ~= false, nil == nil)
local t1, t2 = {}, {}
print(t1 == t1, t1 == t2, t1 ~= t2)
local f1 = function() end
local f2 = function() end
print(f1 == f1, f1 == f2, print == print)
print(1 == 1.0, 2^53 == 2^53 + 0, "1.0" == "1")
print(not (1 < 2), not (1 > 2) == true)
-- comparisons produce booleans usable as values
local r = {1 < 2, 1 > 2, "x" == "x"}
print(r[1], r[2], r[3])
-- chained with and/or
local a, b, c = 1, 2, 3
print(a < b and b < c, a < b and b > c, a > b or b < c)
print((a < b) == (b < c), (a < b) ~= true)
