-- The string library table and its functions.
local names = { "byte", "char", "dump", "find", "format", "gmatch", "gsub", "len", "lower", "match", "pack",
  "packsize", "rep", "reverse", "sub", "unpack", "upper" }
local n = 0
for k, v in pairs(string) do n = n + 1 end
print("entries", n)
for _, name in ipairs(names) do print(name, type(string[name])) end
print(string.gfind, string.split, string.trim)
print(_G.string == string, getmetatable("").__index == string)
