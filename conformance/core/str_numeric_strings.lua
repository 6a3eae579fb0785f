-- covers: strings that look like numbers: equality, keys, comparison, coercion boundaries
print("10" == 10, "10" + 0 == 10, tostring(10) == "10")
local t = {}
t["10"] = "string key"
t[10] = "number key"
print(t["10"], t[10], t[tonumber("10")], t[10 .. ""])
print(pcall(function() return "10" < 5 end))
print("10" < "5", "100" < "20", "abc" < "abd")
print("1e1" + 0, "0x1F" + 0, " 12 " + 0, "12." + 0, ".5" + 0)
print(pcall(function() return "1 2" + 0 end))
print(pcall(function() return "1e" + 0 end))
print(pcall(function() return "0x1G" + 0 end))
print(pcall(function() return "nan" + 0 end))
print(pcall(function() return "inf" + 0 end))
print(10 .. "" == "10", 10.0 .. "" == "10.0", -0.0 .. "" == "-0.0")
print(#tostring(12345), #tostring(-1.5), #(2^63 .. ""))
-- number formatting in concatenation matches tostring
local vals = {0, -0.0, 1/3, 1e100, -1e-100, 2^53, 123456789012, 0.1}
for i = 1, #vals do print(vals[i] .. "" == tostring(vals[i])) end
-- strings are never converted for comparison or table keys
print("1" == 1, ("1" + 0) == 1, t["10.0"])
