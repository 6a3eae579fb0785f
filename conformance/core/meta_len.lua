-- covers: __len metamethod, rawlen bypass, # on strings ignores __len
local t = setmetatable({1, 2, 3}, {__len = function(self) return 42 end})
print(#t, rawlen(t))
local s = setmetatable({}, {__len = function() return "not a number" end})
print(#s)
local m = setmetatable({}, {__len = function() return 1, 2 end})
print(#m)
local n = setmetatable({}, {__len = function() end})
print(#n)
-- __len receives the table
local got
local q = setmetatable({"a", "b"}, {__len = function(self) got = self; return rawlen(self) * 10 end})
print(#q, got == q)
-- a virtual sequence using __len and __index
local range = setmetatable({}, {
  __len = function() return 5 end,
  __index = function(_, i) if type(i) == "number" and i >= 1 and i <= 5 then return i * i end end,
})
local acc = {}
for i = 1, #range do acc[i] = range[i] end
print(#acc, acc[1], acc[5], range[6])
print(rawlen("abc"), rawlen({1, 2}), #"hello")
print(pcall(rawlen, 5))
print(pcall(function() local x = nil; return #x end))
print(pcall(function() return #5 end))
print(pcall(function() local b = true; return #b end))
local field = {}
print(pcall(function() return #field.arr end))
print(pcall(function() local err = setmetatable({}, {__len = function() error("len failed") end}); return #err end))
