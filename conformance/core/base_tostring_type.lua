-- covers: type() of every value kind and tostring of basic values
print(type(nil), type(true), type(0), type(1.5), type("s"), type({}), type(print), type(type))
print(type(coroutine.create(function() end)), type(function() end))
print(type(type), type(nil) == "nil", type(type(1)))
print(pcall(type))
print(tostring(nil), tostring(false), tostring(true))
print(tostring(0), tostring(-7), tostring(3.0), tostring(1e300), tostring(-1e-300))
print(tostring("already"), tostring(""))
-- tostring of functions/tables/threads starts with the type name (checked without printing addresses)
local samples = {{}, print, function() end, coroutine.create(print)}
for i = 1, #samples do
  local v = samples[i]
  local s = tostring(v)
  print(type(s), type(v), s ~= tostring({}))
end
-- the same object gives the same string each time
local t = {}
print(tostring(t) == tostring(t), tostring(print) == tostring(print))
-- _VERSION and _G
print(_VERSION, type(_G), _G._G == _G, _G.print == print)
print(type(collectgarbage("count")))
