-- Literal text and %% in format strings.
print(string.format("100%%"), string.format("%%d"), string.format("%%%d%%", 5))
print(string.format(""), string.format("no items"), string.format("a\0b") == "a\0b")
print(string.format("%d\0%d", 1, 2) == "1\0002")
print(string.format("%s=%d;", "x", 1) .. string.format("[%%]"))
print(pcall(string.format, "%5%"))
print(string.format("unused", 1, 2, 3))
print(string.format("%s", "%d"))
