local s = "key=value"
local i, j, k, v = s:find("(%w+)=(%w+)")
if i then
  local start: integer = i
  print(start, j, k, v)
end
local m = s:match("(%w+)=")
print(m)
