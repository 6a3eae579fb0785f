local buf = {}
for i = 1, 5 do
  buf[#buf + 1] = tostring(i)
end
local s = table.concat(buf, ",")
print(s, #s, s:sub(1, 3), s:rep(2))
local parts = {}
for w in s:gmatch("[^,]+") do parts[#parts + 1] = tonumber(w) * 2 end
print(#parts, parts[1] + parts[2])
