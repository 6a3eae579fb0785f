-- covers: uncaught error with a number value: converted to a string, no position added
print("numbers are printable errors")
local codes = {10, 20, 42}
local function raise(i) error(codes[i]) end
print(pcall(raise, 1))
print(pcall(raise, 2))
-- number error values keep their type through pcall
local ok, e = pcall(raise, 3)
print(ok, e, e + 0, e == 42)
-- float error values
print(pcall(error, 2.5))
print(pcall(error, -0.0))
-- a number error with a level is still not prefixed
print(pcall(function() error(7, 2) end))
-- rethrowing a caught number
local ok2, e2 = pcall(function()
  local _, v = pcall(error, 99)
  error(v + 1)
end)
print(ok2, e2)
raise(3)
