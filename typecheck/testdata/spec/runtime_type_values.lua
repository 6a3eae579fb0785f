-- spec "Runtime type values": T(v) validates, T:is(v) returns v, nil or
-- nil, err; introspection methods.
type Point = {x: number, y: number}
local p: Point = Point({x = 1, y = 2})
local v, err = Point:is({x = 1})
if err then
  print(err:message(), err:kind())
end
local k: string = Point:kind()
local name = Point:name()
for fname, ftype in Point:fields() do
  print(fname, ftype)
end
local xt = Point.x
local same: boolean = Point == Point
print(p, v, k, name, xt, same)
