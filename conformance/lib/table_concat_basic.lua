-- table.concat: separators, ranges and how numbers are written.
local t = {"a", "b", "c", "d"}
print(table.concat(t))
print(table.concat(t, ", "))
print(table.concat(t, "-", 2))
print(table.concat(t, "-", 2, 3))
print(table.concat(t, "-", 3, 3))
print("[" .. table.concat(t, "-", 4, 3) .. "]")
print("[" .. table.concat(t, "-", 10, 1) .. "]")
print("[" .. table.concat({}) .. "]")
print("[" .. table.concat({}, "x") .. "]")
print("[" .. table.concat({"only"}, "x") .. "]")
-- numbers are converted like tostring does (floats keep their ".0")
print(table.concat({1, 2.5, 3.0, -0.0, 1e100, 2^63, math.mininteger}, " "))
print(table.concat({10, 20, 30}, 0))
print(table.concat({10, 20, 30}, 1.5))
-- nil separator and nil bounds mean the defaults
print(table.concat({"x", "y"}, nil))
print(table.concat({"x", "y", "z"}, "+", nil, nil))
print(table.concat({"x", "y", "z"}, "+", nil, 2))
-- bounds given as floats with integral values and numeric strings
print(table.concat({"x", "y", "z"}, "+", 2.0, "3"))
-- keys outside 1..#t are reachable with explicit bounds
local u = {[0] = "zero", [-1] = "minus", "one", "two"}
print(table.concat(u, ",", -1, 2))
-- embedded zeros and empty strings
local z = table.concat({"a\0b", "", "c"}, "|")
print(#z, z == "a\0b||c")
-- the separator is only placed between elements
print(table.concat({"a", "b"}, "<sep>"))
-- holes are fine outside the range
local h = {"p", nil, "r"}
print(table.concat(h, ",", 3, 3), table.concat(h, ",", 1, 1))
