type Shape = {kind: "circle", r: number} | {kind: "rect", w: number, h: number} | {kind: "tri", a: number, b: number, c: number}
local function area(s: Shape): number
  if s.kind == "circle" then
    return 3.14 * s.r * s.r
  elseif s.kind == "rect" then
    return s.w * s.h
  else
    local p = (s.a + s.b + s.c) / 2
    return math.sqrt(p * (p - s.a) * (p - s.b) * (p - s.c))
  end
end
print(area({kind = "circle", r = 1}))
