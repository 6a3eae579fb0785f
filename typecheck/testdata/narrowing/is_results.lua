type Point = {x: number, y: number}
local function parse(v: any): Point?
  local p, err = Point:is(v)
  if err then
    print(err:message())
    return nil
  end
  return p
end
local function coerce(v: any): Point
  return Point(v)
end
local function bad(v: any): Point
  local p, err = Point:is(v)
  return p -- expect-error: TYPE_MISMATCH
end
print(parse({x = 1, y = 2}), coerce({x = 1, y = 1}), bad({}))
