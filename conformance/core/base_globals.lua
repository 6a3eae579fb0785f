-- covers: collectgarbage("count") type, _G manipulation: dynamic globals, strict mode via metatable
print(type(collectgarbage("count")))
-- globals live in _G
newglobal = "created"
print(_G.newglobal, _G["newglobal"])
_G.another = 5
print(another)
_G.newglobal = nil
print(newglobal)
-- rawget/rawset on _G
rawset(_G, "viaraw", true)
print(viaraw, rawget(_G, "viaraw"))
viaraw = nil
-- dynamic global names
for i = 1, 3 do _G["g" .. i] = i * i end
print(g1, g2, g3)
for i = 1, 3 do _G["g" .. i] = nil end
print(g1)
-- strict-mode style metatable on _G
setmetatable(_G, {__index = function(_, name) error("undeclared global '" .. tostring(name) .. "'", 2) end})
print(pcall(function() return undeclared_thing end))
print(rawget(_G, "undeclared_thing"))
setmetatable(_G, nil)
print(undeclared_thing)
print(_VERSION)
