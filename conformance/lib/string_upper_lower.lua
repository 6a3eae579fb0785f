-- upper and lower only change ASCII letters (C locale).
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(string.upper("hello, World! 123"), string.lower("HELLO, World! 123"))
print(("MiXeD"):upper(), ("MiXeD"):lower())
print(string.upper(""), string.lower(""))
print(hex(string.upper("é\0a\255z")), hex(string.lower("É\0A\255Z")))
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local s = ""
for i = 1, #all do s = s .. all[i] end
local up, low = s:upper(), s:lower()
local changed_up, changed_low = 0, 0
for i = 1, 256 do
  if up:byte(i) ~= i - 1 then changed_up = changed_up + 1 end
  if low:byte(i) ~= i - 1 then changed_low = changed_low + 1 end
end
print(changed_up, changed_low, up:sub(66, 92), low:sub(98, 124))
print(string.upper(123), string.lower(1e100))
print(pcall(string.upper))
print(pcall(string.lower, {}))
