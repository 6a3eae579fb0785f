-- covers: compile-time limits of Lua 5.3: 200 local variables per function, 255 upvalues
local function names(prefix, n, sep)
  local s = prefix .. 1
  for i = 2, n do s = s .. sep .. prefix .. i end
  return s
end
-- exactly 200 locals compile, 201 do not
print(load("local " .. names("a", 200, ", ") .. " = 1") ~= nil)
print(load("local " .. names("a", 201, ", ") .. " = 1", "=locals"))
-- the limit is per function, counted for nested functions separately
local nested = "local " .. names("a", 150, ", ") .. " = 1\nlocal function f()\nlocal " .. names("b", 150, ", ") .. " = 2\nreturn b1\nend\nreturn f()"
print(load(nested, "=nested")())
-- 255 upvalues are fine, 256 are not (locals spread over two enclosing functions)
local function upsrc(n)
  local half = n // 2
  local s = "local function outer()\n"
  for i = 1, half do s = s .. "local u" .. i .. " = 1\n" end
  s = s .. "local function mid()\n"
  for i = 1, n - half do s = s .. "local v" .. i .. " = 1\n" end
  s = s .. "return function() return " .. names("u", half, " + ") .. " + " .. names("v", n - half, " + ") .. " end\n"
  s = s .. "end\nreturn mid\nend\nreturn outer"
  return s
end
local ok255 = load(upsrc(255), "=up255")
print(ok255 ~= nil)
print(ok255()()()())
print(load(upsrc(256), "=up256"))
-- long expressions and many constants are fine
local sum = "return 0"
for i = 1, 1000 do sum = sum .. " + " .. i end
print(load(sum)())
local t = "return {"
for i = 1, 1000 do t = t .. "'s" .. i .. "', " end
print(#load(t .. "}")())
