type Shape = {kind: "circle", r: number} | {kind: "square", side: number}
local shapes: {Shape} = {
  {kind = "circle", r = 1},
  {kind = "square", side = 2},
  {kind = "square", r = 3}, -- expect-error: TYPE_MISMATCH
}
local function make(big: boolean): Shape
  if big then
    return {kind = "square", side = 10}
  end
  return {kind = "circle", r = 1}
end
print(#shapes, make(true))
