-- covers: an uncaught "calling 'x' on bad self" error from a library
-- function stored in a table and invoked with method syntax, after the
-- same mistake has been shown through pcall and with correct calls
local lib = {len = utf8.len, upper = string.upper, sub = string.sub}
local s = "héllo"
print(lib.len(s), lib.upper(s), lib.sub(s, 2, 3) == "\xC3\xA9")
print(pcall(lib.len, lib))
print(pcall(function() return lib:upper() end))
print(pcall(function() return lib:sub(1) end))
-- wrapping the table in a string metatable-like proxy makes it work
local proxy = setmetatable({}, {__index = function(_, k) return function(self, ...) return string[k](s, ...) end end})
print(proxy:upper(), proxy:sub(-3), proxy:rep(2, "|"))
local ok, err = pcall(function() return lib:len() end)
print(ok, err)
print(err:match("calling '(%w+)'"), err:match("%((.-)%)"))
local count = 0
for _ in pairs(lib) do count = count + 1 end
print("methods", count)
io.write("calling lib:len() directly\n")
local n = lib:len()
print("unreachable", n)
