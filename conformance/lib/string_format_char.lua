-- %c writes one byte (the integer is truncated to a byte, like C).
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(string.format("%c%c%c", 76, 117, 97))
print(hex(string.format("%c", 0)), hex(string.format("%c", 255)), hex(string.format("%c", 256 + 65)))
print(hex(string.format("%c", -1)), hex(string.format("%c", 65.0)), string.format("%c", "66"))
print("[" .. string.format("%5c", 65) .. "]", "[" .. string.format("%-5c", 65) .. "]", "[" .. string.format("%05c", 65) .. "]")
print("[" .. string.format("%.3c", 65) .. "]", "[" .. string.format("%1c", 65) .. "]")
print(pcall(string.format, "%c", 1.5))
print(pcall(string.format, "%c", "x"))
print(pcall(string.format, "%c"))
