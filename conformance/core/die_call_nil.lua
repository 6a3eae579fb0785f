-- covers: uncaught "attempt to call a nil value (global ...)" from the main chunk,
-- after a few successful calls whose output must be preserved
local function helper() return 1 end
print("helper", helper())
local registry = {}
local function register(name, fn) registry[name] = fn end
register("double", function(x) return x * 2 end)
register("square", function(x) return x * x end)
print("double", registry.double(21))
print("square", registry.square(12))
print("missing via pcall", pcall(function() return registry.cube(3) end))
local names = {"double", "square"}
for i = 1, #names do
  print(i, names[i], registry[names[i]](i + 1))
end
-- calling through a variable that is rebound to nil
local alias = registry.double
alias = nil
print("alias via pcall", pcall(function() return alias(1) end))
print("global before", type(missingFunction))
print("calling missing function")
missingFunction(1, 2)
print("never printed")
