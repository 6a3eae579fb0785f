-- covers: uncaught error() with a string message: exit status 1, message with position
-- stdout written before the error must be preserved (including partial lines of output)
print("before the error")
local function fail(what)
  error("fatal: " .. what)
end
local t = {1, 2, 3}
for i = 1, #t do print("item", t[i]) end
-- the same error caught first
print(pcall(fail, "caught"))
-- a long message and a message with newlines
print(pcall(error, "multi\nline\nmessage", 0))
local long = ""
for i = 1, 20 do long = long .. i .. "," end
print(pcall(error, long, 0))
-- errors from deeper levels keep the innermost position
local function level3() fail("deep") end
local function level2() level3() end
print(pcall(level2))
print("last line before dying")
fail("giving up")
print("never printed")
