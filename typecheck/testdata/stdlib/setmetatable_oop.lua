local Animal = {}
Animal.__index = Animal
function Animal.new(name: string)
  local self = setmetatable({name = name}, Animal)
  return self
end
function Animal:speak(): string
  return self.name .. " makes a sound"
end
local a = Animal.new("cat")
print(a.name, Animal.speak(a))
Animal.new(5) -- expect-error: TYPE_MISMATCH
