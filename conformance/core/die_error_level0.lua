-- covers: uncaught error with level 0: message without position
local attempts = 0
local function try()
  attempts = attempts + 1
  if attempts < 3 then return false end
  error("plain message without position", 0)
end
-- level 0 compared with levels 1 and 2 under pcall
local function lvl(n) error("level " .. n, n) end
local function via(n) lvl(n) end
print(pcall(via, 0))
print(pcall(via, 1))
print(pcall(via, 2))
-- level 0 errors are not modified when rethrown
local ok, e = pcall(function()
  local _, m = pcall(error, "inner", 0)
  error(m, 0)
end)
print(ok, e)
while not try() do print("attempt", attempts) end
print("never printed")
