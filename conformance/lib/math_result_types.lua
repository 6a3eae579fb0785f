-- Integer or float: the subtype of each math result, as lua5.3 gives it.
local function t(...)
  local out = {}
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    out[i] = tostring(v) .. ":" .. (math.type(v) or type(v))
  end
  return table.concat(out, " ")
end
print("floor", t(math.floor(3), math.floor(3.0), math.floor("3"), math.floor(-3.5), math.floor(1e20)))
print("ceil", t(math.ceil(3), math.ceil(3.0), math.ceil("3"), math.ceil(-3.5), math.ceil(-1e20)))
print("abs", t(math.abs(-3), math.abs(-3.0), math.abs("-3"), math.abs(math.mininteger)))
print("fmod", t(math.fmod(7, 3), math.fmod(7.0, 3), math.fmod(7, 3.0), math.fmod("7", 3), math.fmod(-7, 2)))
print("modf", t(math.modf(7)), t(math.modf(7.0)), t(math.modf(-7.5)), t(math.modf("7")))
print("max", t(math.max(1, 2.0), math.max(2.0, 1), math.max(1, 1.0), math.max(1.0, 1)))
print("min", t(math.min(1, 2.0), math.min(2.0, 1), math.min(1, 1.0), math.min(1.0, 1)))
print("tointeger", t(math.tointeger(3.0), math.tointeger("3"), math.tointeger(3.5)))
print("sqrt", t(math.sqrt(4), math.exp(0), math.log(1), math.sin(0), math.cos(0), math.atan(0), math.deg(0), math.rad(0)))
print("pow", t(math.pow(2, 2), math.ldexp(1, 2), math.frexp(4)))
print("random", t(math.random(1), math.random(2, 2), math.random(1.0), math.random("3", "3")))
print("ult", t(math.ult(1, 2)))
-- arithmetic with the constants
print("consts", t(math.maxinteger + 1, math.maxinteger + 1.0, math.mininteger // -1, math.mininteger % -1, math.huge // 1, -math.huge % 2))
print("ops", t(3 // 0.0, -3 // 0.0, 0/0 // 1, 3 % math.huge, -3 % math.huge, 3.0 // 2, 7 // 2))
