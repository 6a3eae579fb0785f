local x: number? = nil
do
  local y: number = 1
  x = y
end
local z: number = x
print(z)
