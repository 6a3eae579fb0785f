-- covers: math.tointeger/fmod/modf/floor/ceil/abs at the integer and float
-- extremes (mininteger, maxinteger, 2^53, 2^63, huge, -0.0, nan), checked
-- against string.format("%d"/"%.17g"), tostring, and // and % operators
local function show(label, ...)
  local parts = {}
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    parts[i] = tostring(v) .. (math.type(v) and ("/" .. math.type(v):sub(1, 1)) or "")
  end
  print(string.format("%-28s %s", label, table.concat(parts, "  ")))
end
local mi, ma = math.mininteger, math.maxinteger
show("tointeger extremes", math.tointeger(mi + 0.0), math.tointeger(2^63), math.tointeger(-2^63), math.tointeger(2^53 + 1))
show("floor/ceil 2^63", math.floor(2^63), math.ceil(2^63), math.floor(-2^63), math.ceil(-2^63 - 1025))
show("floor/ceil small", math.floor(-0.0), math.ceil(-0.5), math.floor(0.5), math.ceil(-0.0))
show("floor/ceil ints", math.floor(mi), math.ceil(ma), math.floor(-7), math.ceil(7))
show("floor huge", math.floor(math.huge), math.ceil(-math.huge), math.floor(1e300))
show("abs", math.abs(mi), math.abs(-0.0), math.abs(-math.huge), math.abs(ma))
show("modf ints", math.modf(5), math.modf(-5), math.modf(mi))
show("modf floats", math.modf(3.75), math.modf(-3.75), math.modf(-0.0))
show("modf inf", math.modf(math.huge), math.modf(-math.huge))
show("modf big", math.modf(2^53 + 0.0), math.modf(1e300), math.modf(-2.5e-300))
local nint, nfrac = math.modf(0/0)
print("modf nan", nint ~= nint, nfrac ~= nfrac)
show("fmod ints", math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7, -3))
show("fmod extremes", math.fmod(mi, -1), math.fmod(mi, ma), math.fmod(ma, mi), math.fmod(mi, 2))
show("fmod floats", math.fmod(7.5, 2), math.fmod(-7.5, 2), math.fmod(1, math.huge), math.fmod(-0.0, 1))
show("fmod vs %", math.fmod(-7, 3), -7 % 3, math.fmod(-7.5, 2), -7.5 % 2)
print("fmod inf", math.fmod(math.huge, 1) ~= math.fmod(math.huge, 1), math.fmod(1, 0.0) ~= math.fmod(1, 0.0))
print(pcall(math.fmod, 1, 0))
print(pcall(math.fmod, mi, 0))
show("// and % at extremes", mi // -1, mi % -1, ma // mi, mi // ma, 7 // 0.0, -7 // 0.0)
print(pcall(function() return mi // 0 end))
print(pcall(function() return 1 % 0 end))
-- float to integer conversions through string.format and bitwise ops
print(string.format("%d %d %d", 2^53, -2^63, 3.0), 2^53 | 0, pcall(function() return 2^63 | 0 end))
print(string.format("%.17g  %.17g  %.17g", 2^63, mi + 0.0, ma + 0.0), ma + 0.0 == 2^63)
-- comparisons between integers and floats around 2^53 and 2^63
print(2^53 == 2^53 + 1, math.tointeger(2^53) + 1 == 2^53 + 1, (1 << 53) + 1 > 2^53, ma < 2^63, mi == -2^63)
print(ma + 1 == mi, mi - 1 == ma, -mi == mi, mi * -1 == mi, ma * 2)
-- conversions from strings
show("tonumber forms", tonumber("9223372036854775807"), tonumber("9223372036854775808"), tonumber("-9223372036854775809"))
show("tonumber hex wrap", tonumber("0xffffffffffffffff"), tonumber("0x10000000000000000"), tonumber("0x7fffffffffffffff"))
show("string arith", "10" + 0, "10.0" + 0, "0x10" * 1, "1e2" // 1, -"2")
show("math.ult", math.ult(1, -1), math.ult(-1, 1), math.ult(mi, ma), math.ult(0, mi))
