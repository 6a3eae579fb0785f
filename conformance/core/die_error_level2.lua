-- covers: uncaught error with level 2 blames the caller's line
local function checkPositive(n)
  if n <= 0 then
    error("value must be positive, got " .. n, 2)
  end
  return n
end
print(checkPositive(4))
-- caught: level 2 points to the line of the call
print(pcall(function()
  return checkPositive(0) + 1 -- line 11
end))
-- level 3 skips one more frame
local function checkDeep(n) if n < 0 then error("deep check failed", 3) end return n end
local function wrapper(n) return (checkDeep(n)) end
print(pcall(function()
  local v = wrapper(-1) -- line 17
  return v
end))
local function compute()
  local a = checkPositive(10)
  local b = checkPositive(-1) -- line 22: reported position
  return a + b
end
print(compute())
