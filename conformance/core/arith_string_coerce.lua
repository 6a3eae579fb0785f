-- covers: string -> number coercion in arithmetic. NOTE: in Lua 5.3 a string operand of an
-- arithmetic operator is converted with lua_Number semantics, so the result is a FLOAT
-- even for "10" + 1 (prints 11.0).
print("10" + 1, "10" * "2", "3" - 1, "7" // "2", "7" % "2")
print("10.0" + 1, "1e2" + 0, "0x10" + 0, "0x1p4" + 0, " 5 " * 2)
print("-3" + 0, "+3" + 0, "  -0x10  " + 0, "3." + 0, ".5" + 0)
print("10" / "4", "9" / 3, "2" ^ "2")
print(-"2", -"2.5", -"0x10", - -"3")
print(10 + "1", 1.5 + "1", "1" + 1.5)
local s = "100"
local n = s + 0
print(n, n == 100, s == 100)
print(pcall(function() return "abc" + 1 end))
print(pcall(function() return 1 + "1x" end))
print(pcall(function() return "" + 1 end))
print(pcall(function() local v = "ten"; return v * 2 end))
print(pcall(function() return -"abc" end))
print(pcall(function() return "1" + {} end))
print(pcall(function() return "0x" + 1 end))
-- maximum integer string stays integer, larger one becomes float
print("9223372036854775807" + 0, "9223372036854775808" + 0)
print("1e1" // 1, "15" // "4.0")
