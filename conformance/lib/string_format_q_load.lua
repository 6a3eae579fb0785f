-- covers: string.format("%q") output for strings with every byte value,
-- integers (including math.mininteger), floats (hex form, inf, nan, -0.0)
-- and other literals, and round trips of all of them through load
local function roundtrip(v)
  local src = string.format("%q", v)
  local f, err = load("return " .. src)
  if not f then return src, "LOAD ERROR " .. err end
  local okcall, back = pcall(f)
  if not okcall then return src, "RUN ERROR " .. back end
  local same
  if v ~= v then same = back ~= back
  else same = back == v and math.type(back) == math.type(v) end
  if same and v == 0 and math.type(v) == "float" then same = (1 / back) == (1 / v) end
  return src, same
end

-- every single byte
local bad = 0
for b = 0, 255 do
  local s = string.char(b)
  local _, same = roundtrip(s)
  if not same then bad = bad + 1 end
end
print("single bytes failing", bad)
-- the quoted forms of control and special bytes
local shown = {}
for _, b in ipairs{0, 1, 7, 8, 9, 10, 11, 12, 13, 26, 27, 31, 34, 39, 92, 127, 128, 200, 255} do
  shown[#shown + 1] = string.format("%q", string.char(b))
end
print(table.concat(shown, " "))
-- digits after escapes must not merge with the escape
for _, s in ipairs{"\0" .. "1", "\1" .. "23", "\r" .. "9", "\n1", "a\0\0b", "\0001\0002", "end\0"} do
  local src, same = roundtrip(s)
  print(src, same, #s)
end
-- long string of all bytes twice
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i, 255 - i) end
all = table.concat(all)
local src, same = roundtrip(all)
print(#all, #src, same)

-- numbers
local nums = {0, 1, -1, math.maxinteger, math.mininteger, 0.0, -0.0, 1.0, 0.1, -2.5, 1e300,
  5e-324, 2^53, 2^63, math.pi, math.huge, -math.huge, 0/0, 255, -255.5}
for _, v in ipairs(nums) do
  local src, ok = roundtrip(v)
  print(string.format("%-26s %-8s %s", src, math.type(v), tostring(ok)))
end
-- other types
print(string.format("%q %q %q", true, false, nil))
print(pcall(string.format, "%q", {}))
print(pcall(string.format, "%q", print))
print(pcall(string.format, "%q"))
-- mixing %q with other conversions in one format
print(string.format("x=%q; y=%d; z=%q; w=%s", "a\tb", 7, 1.5, "raw\tstr"))
-- code generation: build a chunk that rebuilds a table of mixed values
local data = {"tab\there", 42, -0.0, "quote\"s", math.mininteger, 1/3, "\u{20AC}", "\255\0"}
local parts = {}
for i, v in ipairs(data) do parts[i] = string.format("%q", v) end
local chunk = "return {" .. table.concat(parts, ", ") .. "}"
local rebuilt = assert(load(chunk))()
for i = 1, #data do
  local a, b = data[i], rebuilt[i]
  io.write(tostring(a == b and math.type(a) == math.type(b)), " ")
end
print(#rebuilt)
print(1 / rebuilt[3], rebuilt[6] == 1/3, string.format("%q", 1/3))
