local function divmod(a: integer, b: integer): (integer, integer)
  return a // b, a % b
end
local q, r = divmod(7, 2)
local qq: integer = q
local rr: integer = r
local t = {divmod(7, 2)}
local x: string = divmod(1, 1) -- expect-error: TYPE_MISMATCH
print(qq, rr, t, x)
