-- covers: error() with levels 0, 1, 2, 3 and position information
local function lvl(n) error("msg at level " .. tostring(n), n) end
local function caller(n) lvl(n) end -- line 3
local function outer(n) caller(n) end -- line 4
print(pcall(lvl, 1))
print(pcall(lvl, 0))
print(pcall(caller, 1))
print(pcall(caller, 2))
print(pcall(outer, 3))
print(pcall(function() error("default level") end))
print(pcall(function() error("explicit 1", 1) end))
-- level 2 from a function called by pcall directly: pcall is a C function, no position
print(pcall(lvl, 2))
-- level beyond the stack gives no position
print(pcall(outer, 50))
-- error with a validation helper pointing at the caller
local function check(x) if type(x) ~= "number" then error("expected number, got " .. type(x), 2) end return x end
local function user() local r = check("str"); return r end -- line 17
print(pcall(user))
-- when the caller made a tail call its frame is gone: level 2 has no position
local function tailuser() return check("str") end
print(pcall(tailuser))
-- message already containing a position is prefixed again
print(pcall(function() error("file.lua:99: inner") end))
-- error without arguments
print(pcall(error))
print(pcall(function() error() end))
