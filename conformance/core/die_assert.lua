-- covers: uncaught assert failure with a custom message
local function parse(s)
  local n = tonumber(s)
  return assert(n, "cannot parse '" .. s .. "'")
end
print(parse("12"))
print(parse("0x1F"))
print(parse(" 7 "))
print(pcall(parse, "x"))
-- assert returns all its arguments
print(assert(1, 2, 3))
print(select("#", assert(true, nil, nil)))
-- assert with non-string messages
print(pcall(assert, false, 404))
local t = {}
print(select(2, pcall(assert, nil, t)) == t)
-- assertion in a loop stops at the first failure
local checked = 0
print(pcall(function()
  for i = 1, 10 do assert(i < 4, "too big"); checked = i end
end), checked)
print(parse("twelve"))
