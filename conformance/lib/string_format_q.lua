-- %q writes values as Lua literals that read back as the same value.
print(string.format("%q", "hello"))
print(string.format("%q", 'say "hi"\\ \n new line'))
print(string.format("%q", "\0\1\2\0031\r\t\27\127\128\255"))
print(string.format("%q", "tab\tend"), string.format("%q", "\0009"), string.format("%q", "\r9"))
print(string.format("%q", ""), string.format("%q", 123), string.format("%q", -9223372036854775807 - 1))
print(string.format("%q %q %q %q", 1.0, 0.5, -0.0, 1e300))
print(string.format("%q %q %q", 0.1, 1/3, 5e-324))
print(string.format("%q %q %q", nil, true, false))
print(string.format("%5q|%-5q|%.1q", "a", "b", "c"))
local s = "a\0b\"c\\\n\r\1272"
local back = load("return " .. string.format("%q", s))()
print(back == s)
for _, v in ipairs({ 0.1, -2.5, 1e100, 123, -9223372036854775807 - 1, 2^63 }) do
  local r = load("return " .. string.format("%q", v))()
  print(v, r == v, tostring(r) == tostring(v))
end
print(pcall(string.format, "%q", {}))
print(pcall(string.format, "%q", print))
print(pcall(string.format, "%q"))
