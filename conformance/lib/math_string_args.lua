-- Numeric strings are accepted wherever math wants a number.
print(math.sqrt("16"), math.exp("0"), math.log("1"), math.sin("0"), math.cos("0"))
print(math.floor("2.5"), math.ceil("2.5"), math.abs("-2"), math.fmod("7", "4"), math.modf("1.5"))
print(math.max("3", "10"), math.min("3", "10"))
print(math.tointeger("42"), math.type("42"), math.ult("1", "2"))
print(math.log("8", "2"), math.log("100", "10"), math.atan("0", "1"))
print(math.deg("0"), math.rad("0"), math.pow("2", "3"), math.ldexp("1", "3"), math.frexp("8"))
print(math.random("3", "3"))
print(math.sqrt(" 0x10 "), math.floor("1e2"), math.ceil("  -0.5  "))
print(pcall(math.sqrt, "16x"))
print(pcall(math.floor, ""))
print(pcall(math.abs, "1 2"))
-- integer-looking strings are still converted to floats first
print(math.abs("-9223372036854775807"), math.type(math.abs("-3")), math.type(math.floor("3")))
