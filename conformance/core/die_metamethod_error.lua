-- covers: uncaught error raised inside an __index metamethod during normal field access
local strict = setmetatable({}, {__index = function(_, k)
  error("undefined field '" .. tostring(k) .. "'", 2)
end})
rawset(strict, "defined", 1)
print(strict.defined)
-- caught first: the position is the line of the access (level 2)
print(pcall(function()
  return strict.other -- line 9
end))
-- level 1 would blame the metamethod itself
local loose = setmetatable({}, {__index = function(_, k)
  error("level one " .. k)
end})
print(pcall(function() return loose.x end))
-- __newindex errors
local frozen = setmetatable({}, {__newindex = function(_, k) error("frozen: " .. k, 2) end})
print(pcall(function() frozen.z = 1 end))
local function use(t)
  return t.undefinedField -- line 20 is blamed (level 2)
end
print(use(strict))
