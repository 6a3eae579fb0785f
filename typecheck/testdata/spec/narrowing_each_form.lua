-- spec "Checker", flow-sensitive narrowing, one form per line: `type(x) ==
-- "string"`, `x ~= nil`, truthiness, tagged unions on a literal field,
-- `assert(x)`, the `local v, err = f(); if err then return nil, err end`
-- idiom, `T:is(x)`.
type Shape = {kind: "circle", r: number} | {kind: "rect", w: number, h: number}
type Point = {x: number, y: number}
local function load(id: integer): (Point?, string?)
  if id < 0 then return nil, "negative" end
  return {x = id, y = 0}, nil
end
local function each(v: string | number, maybe: string?, s: Shape, raw: unknown, opt: Point?): (number?, string?)
  local a: string = v -- expect-error: TYPE_MISMATCH
  if type(v) == "string" then
    local b: string = v
  end
  if maybe ~= nil then
    local c: string = maybe
  end
  if maybe then
    local d: string = maybe
  end
  if s.kind == "circle" then
    local r: number = s.r
  else
    local w: number = s.w * s.h
  end
  local wrong: number = s.r -- expect-error: UNDEFINED_FIELD
  if Point:is(raw) then
    local px: number = raw.x
  end
  assert(opt)
  local ox: number = opt.x
  local p, err = load(1)
  if err then
    return nil, err
  end
  return p.x + ox, nil
end
print(each("a", nil, {kind = "circle", r = 1}, {}, {x = 1, y = 2}))
