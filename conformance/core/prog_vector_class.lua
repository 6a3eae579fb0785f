-- covers: a 3D vector class using many metamethods together (+ - * / unm == < <= .. # tostring index call)
local Vec = {}
Vec.__index = Vec
local function new(x, y, z) return setmetatable({x = x, y = y, z = z}, Vec) end
Vec.__add = function(a, b) return new(a.x + b.x, a.y + b.y, a.z + b.z) end
Vec.__sub = function(a, b) return new(a.x - b.x, a.y - b.y, a.z - b.z) end
Vec.__mul = function(a, b)
  if type(a) == "number" then a, b = b, a end
  if type(b) == "number" then return new(a.x * b, a.y * b, a.z * b) end
  return a.x * b.x + a.y * b.y + a.z * b.z
end
Vec.__div = function(a, s) return new(a.x / s, a.y / s, a.z / s) end
Vec.__unm = function(a) return new(-a.x, -a.y, -a.z) end
Vec.__eq = function(a, b) return a.x == b.x and a.y == b.y and a.z == b.z end
Vec.__lt = function(a, b) return a * a < b * b end
Vec.__le = function(a, b) return a * a <= b * b end
Vec.__len = function(a) return 3 end
Vec.__tostring = function(a) return "(" .. a.x .. ", " .. a.y .. ", " .. a.z .. ")" end
Vec.__concat = function(a, b) return tostring(a) .. tostring(b) end
Vec.__call = function(a, i) return i == 1 and a.x or i == 2 and a.y or a.z end
function Vec:cross(b) return new(self.y * b.z - self.z * b.y, self.z * b.x - self.x * b.z, self.x * b.y - self.y * b.x) end
local a, b = new(1, 2, 3), new(4, 5, 6)
print(a + b, a - b, a * b, a * 2, 2 * a, b / 2, -a)
print(a == new(1, 2, 3), a ~= b, a < b, b <= a, a <= a)
print(#a, a(1), a(2), a(3), a .. b, a .. "!", "v=" .. a)
print(a:cross(b), new(1, 0, 0):cross(new(0, 1, 0)))
local sum = new(0, 0, 0)
for i = 1, 10 do sum = sum + new(i, i * i, -i) end
print(sum, sum * sum)
print(tostring(new(0.5, -0.0, 1e20)))
