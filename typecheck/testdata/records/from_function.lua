type Point = {x: number, y: number}
local function origin(): Point
  return {x = 0, y = 0}
end
local p = origin()
local x: number = p.x
print(p.z) -- expect-error: UNDEFINED_FIELD
print(x)
