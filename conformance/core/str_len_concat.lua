-- covers: # length of strings, concatenation associativity, concat errors
print(#"hello", #"", #"a b c", #("x" .. "yz"))
local s = ""
for i = 1, 10 do s = s .. i end
print(s, #s)
print("a" .. "b" .. "c" .. "d")
local parts = {"x", "y", "z"}
local acc = ""
for i = 1, #parts do acc = acc .. parts[i] .. (i < #parts and "," or "") end
print(acc)
print(1 .. "" == "1", #(1 .. 2), #tostring(12.5))
-- right associativity: errors show which operand is wrong
print(pcall(function() return "a" .. nil end))
print(pcall(function() local x; return "a" .. x end))
print(pcall(function() return "a" .. undefinedglobal end))
print(pcall(function() local t = {}; return t.name .. "!" end))
print(pcall(function() return "a" .. {} end))
print(pcall(function() return {} .. "a" end))
print(pcall(function() local b = true; return "a" .. b end))
print(pcall(function() return "a" .. "b" .. nil .. "c" end))
print(pcall(function() return 1 .. print end))
local up = false
print(pcall(function() return up .. "x" end))
print(#"\0\0\0", #"\xff\xfe")
local long = ""
for i = 1, 100 do long = long .. "ab" end
print(#long)
