-- typeof(e): the static type of an expression, as a type value.
local count = 5
local name = "x"
local user: {name: string, age?: integer} = {name = "ann"}
print(typeof(count), typeof(name), typeof(user), typeof(user.name))
print(typeof(user):is({name = "bob"}) ~= nil, typeof(user):is({age = 1}))
local function greet(who: string, times: integer): string return who end
print(typeof(greet), typeof(greet):kind(), typeof(greet):params()[2])
-- The argument is not evaluated.
local calls = 0
local function bump(): number calls = calls + 1 return calls end
print(typeof(bump()), calls)
-- Nothing known: any. A local called typeof is an ordinary function.
print(typeof(some_global))
do
  local typeof = function(v) return "mine: " .. tostring(v) end
  print(typeof(1))
end
-- In an alias.
local origin = {x = 0.5, y = 1.5}
type Point = typeof(origin)
print(Point, Point:is({x = 1, y = 2}) ~= nil)
