-- covers: string.format with every combination of the flags "-+ #0" on
-- %f/%e/%g/%a/%d/%x/%o for negative zero, huge, tiny (subnormal), integral
-- floats and math.mininteger, with widths and precisions
local flagchars = {"-", "+", " ", "#", "0"}
local combos = {}
for mask = 0, 31 do
  local s = ""
  for i = 1, 5 do
    if mask & (1 << (i - 1)) ~= 0 then s = s .. flagchars[i] end
  end
  combos[#combos + 1] = s
end
print(#combos, "flag combinations")

-- six flag characters in a row are rejected as "repeated flags"
local function fmt(f, v)
  local ok, s = pcall(string.format, f, v)
  return ok and s or ("ERR " .. s)
end
local floats = {-0.0, 0.0, 1e308, -1e308, 5e-324, -2.2250738585072014e-308, 1.0, -2.5, 123456.789}
local small = {-0.0, 0.0, 5e-324, -2.2250738585072014e-308, 1.0, -2.5, 123456.789, 0.5, 1.5, 2.5}
local ffmts = {"12.3f", "14.2e", "10g", "#10.3g", ".0f", "12.0e"}
for _, spec in ipairs(ffmts) do
  for _, v in ipairs(spec:find("f") and small or floats) do
    local row = {}
    for _, fl in ipairs(combos) do
      row[#row + 1] = "[" .. fmt("%" .. fl .. spec, v) .. "]"
    end
    print(spec, string.format("%.17g", v))
    -- print in groups of 8 to keep lines readable
    for i = 1, #row, 8 do print("  " .. table.concat(row, "", i, math.min(i + 7, #row))) end
  end
end

-- hex floats with a subset of flags (glibc style)
for _, v in ipairs{-0.0, 1.0, 0.5, 5e-324, 1e308, -3.75} do
  print(string.format("%a|%+a|% a|%#a|%-20a|%020a|%.2a|%A", v, v, v, v, v, v, v, v))
end

-- integers, including mininteger, under every flag combination
local ints = {0, -1, 42, math.mininteger, math.maxinteger}
for _, spec in ipairs{"d", "5d", "22d", ".3d", "8x", "#x", "#o", "X", "-#20X"} do
  for _, v in ipairs(ints) do
    local row = {}
    for _, fl in ipairs(combos) do
      if not (spec:find("[xXo]") and fl:find("[+ ]")) then
        row[#row + 1] = "[" .. fmt("%" .. fl .. spec, v) .. "]"
      end
    end
    print(spec, v, table.concat(row))
  end
end

-- integral floats are accepted by %d/%x; others are not
print(string.format("%d %5.1f %x", 3.0, -0.0, 255.0))
print(pcall(string.format, "%d", 3.5))
print(pcall(string.format, "%x", -0.5))
print(pcall(string.format, "%d", 2^63))
print(string.format("%d", -2^63))
-- special values through %f with flags
for _, v in ipairs{math.huge, -math.huge} do
  print(string.format("[%f][%+f][% f][%-8f][%08f][%e][%g][%a]", v, v, v, v, v, v, v, v))
end
print(string.format("[%5.1s][%-5s][%.0s]", "xyz", "ab", "zzz"))
print(string.format("%.0f", 1e308) == ("1" .. ("0"):rep(16) .. "1097906362944045541740492309677311846336810682903157585404911491537163328978494688899061249669721172515611590283743140088328307009198146046031271664502933027185697489699588559043338384466165001178426897626212945177628091195786707458122783970171784415105291802893207873272974885715430223118336"))
print(#string.format("%.99f", 5e-324), string.format("%.99e", 5e-324):sub(1, 30))
print(pcall(string.format, "%.100f", 1), pcall(string.format, "%100d", 1))
