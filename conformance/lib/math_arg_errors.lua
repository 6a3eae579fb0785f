-- Argument errors of every math function, called through pcall (global
-- names) and directly (call-site names with positions).
local one = {"abs", "ceil", "floor", "sqrt", "exp", "log", "sin", "cos", "tan", "asin", "acos",
  "deg", "rad", "modf", "cosh", "sinh", "tanh", "log10", "frexp"}
for _, name in ipairs(one) do
  local f = math[name]
  print(name, select(2, pcall(f)))
  print(name, select(2, pcall(f, "x")))
  print(name, select(2, pcall(f, {})))
  print(name, select(2, pcall(f, nil)))
end
print(select(2, pcall(math.pow)))
print(select(2, pcall(math.pow, 2)))
print(select(2, pcall(math.pow, "a", 2)))
print(select(2, pcall(math.ldexp)))
print(select(2, pcall(math.ldexp, 1)))
print(select(2, pcall(math.ldexp, 1, 1.5)))
print(select(2, pcall(math.ldexp, 1, "x")))
print(select(2, pcall(math.log, 1, "x")))
print(select(2, pcall(math.log, 1, {})))
print(pcall(function() return math.sqrt() end))
print(pcall(function() return math.sin("x") end))
print(pcall(function() return math.log(1, false) end))
print(pcall(function() local m = math; return m.cos({}) end))
print(pcall(function() local f = math.tan; return f() end))
print(pcall(function() return math.atan() end))
print(pcall(function() return math.atan(1, "y") end))
-- the second argument of log and atan may be nil (but not absent-vs-nil sensitive)
print(math.log(8, nil), math.atan(1, nil))
