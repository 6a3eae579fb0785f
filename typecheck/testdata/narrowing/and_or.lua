local function maybe(): {x: number}?
  return nil
end
local t = maybe()
local x = t and t.x
local y: number = t and t.x or 0
local z: number = (t or {x = 0}).x
local w: number = t.x -- expect-error: NIL_ACCESS
if t and t.x > 0 then
  print(t.x)
end
if not t or t.x == 0 then
  print("empty")
end
print(x, y, z, w)
