-- covers: integers and floats with the same value: equality, table keys, tostring
print(1 == 1.0, -1 == -1.0, 0 == -0.0, 0.0 == -0.0)
print(tostring(1), tostring(1.0), tostring(-0.0), tostring(0))
print(2^53 == 9007199254740992, 2^53 == 9007199254740993)
print(2^53 + 1 == 2^53, 9007199254740993 == 9007199254740993.0)
print(9007199254740993 < 2^53 + 2, 9007199254740993 > 2^53)
print(9007199254740992 <= 2^53, 9007199254740993 <= 2^53)
print(2^63 == 0x7fffffffffffffff, 0x7fffffffffffffff < 2^63, 0x7fffffffffffffff + 0.0 == 2^63)
print(0x8000000000000000 == -2^63, 0x8000000000000000 < -2^63, 0x8000000000000000 <= -2^63)
print(-2^63 < 0x8000000000000000 + 1)
print(1 < 1.5, 2 > 1.5, 1.5 < 2, 1.5 > 1)
print(3 <= 3.0, 3.0 >= 3, 3 < 3.0000000000000004)
-- keys: 1.0 and 1 are the same key, floats with integral value become integer keys
local t = {}
t[1.0] = "a"
t[2] = "b"
t[2^53] = "big"
print(t[1], t[2.0], t[9007199254740992], #t)
for k, v in pairs({[3.0] = "x"}) do print(k, v) end
local u = {}
u[-0.0] = "zero"
print(u[0], u[0.0])
for k, v in pairs(u) do print(k, v) end
print(t[1.5], t["1"])
