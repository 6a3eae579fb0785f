-- covers: misc runtime error messages: for loops, concat, length, compare, upvalue names
print(pcall(function() for i = "a", 2 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 2, nil do end end))
print(pcall(function() for i = nil, 2 do end end))
print(pcall(function() local lim; for i = 1, lim do end end))
print(pcall(function() for k, v in nil do end end))
print(pcall(function() for k, v in {} do end end))
print(pcall(function() for k, v in 42 do end end))
print(pcall(function() local x = {}; return #x.y end))
print(pcall(function() local a = {}; return a < 1 end))
print(pcall(function() return "x" .. {} .. "y" end))
local upv = {}
print(pcall(function() return upv.list[1] end))
print(pcall(function() return upv.fn() end))
print(pcall(function() return 1 & upv end))
-- error positions refer to the line of the faulting expression
print(pcall(function()
  local a = 1
  local b = nil
  return a +
    b
end))
print(pcall(function()
  local t = {}
  return t
    .missing
    .field
end))
