-- covers: a program with a syntax error: nothing runs, exit status 1, compile error message
-- (the error is on line 17; everything before it is valid code that must not execute)
print("this line is never executed")
local function valid(a, b)
  return a + b
end
local t = {1, 2, 3}
for i = 1, #t do
  print(valid(t[i], i))
end
local s = [[
a long string that spans
several lines
]]
print(s)
local function broken()
  local x = = 1
  return x
end
print(broken())
