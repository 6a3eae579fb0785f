-- covers: an uncaught bad-argument error from string.format called
-- through a local alias: the message names the local ('fmt') and the
-- argument number; pcall forms use 'string.format' or the call-site name
local fmt = string.format
print(fmt("%5.2f|%-4d|%s", 3.14159, 42, "ok"))
print(pcall(string.format, "%d", "x"))
print(pcall(fmt, "%d", "x"))
print(pcall(function() return fmt("%d", "x") end))
print(pcall(function() return ("%d"):format("x") end))
print(pcall(function() return string.format("%d", "x") end))
print(pcall(function() local t = {f = fmt}; return t.f("%c", {}) end))
print(fmt("%d", "10"), fmt("%x", "0x10"), fmt("%.1f", "1e1"))
print(pcall(fmt, "%d", "1.5"))
print(pcall(fmt, "%d", "9223372036854775808"))
local report = {}
for _, v in ipairs{1, 2.0, "3", "4.0"} do
  local ok, s = pcall(fmt, "%d", v)
  report[#report + 1] = tostring(ok) .. ":" .. tostring(s)
end
print(table.concat(report, " "))
io.write("direct call follows\n")
print(fmt("%d items", "many"))
