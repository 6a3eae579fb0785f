-- os.difftime returns a float; both arguments are required integers.
print(os.difftime(10, 3), os.difftime(3, 10), os.difftime(0, 0))
print(os.difftime(2^53, 0), os.difftime(-2^62, 2^62))
print(os.difftime(9007199254740993, 9007199254740992))
print(os.difftime("10", "4"), os.difftime(5.0, 2))
print(pcall(os.difftime, 5))
print(pcall(os.difftime))
print(pcall(os.difftime, 1.5, 1))
print(pcall(os.difftime, 1, "x"))
print(pcall(os.difftime, {}, 1))
local t1 = os.time{year = 2020, month = 1, day = 1, hour = 0}
local t2 = os.time{year = 2021, month = 1, day = 1, hour = 0}
print(os.difftime(t2, t1) / 86400)
