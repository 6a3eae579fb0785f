-- covers: string.rep with separators compared against table.concat of a
-- filled table for many counts (0, negative, 1, large), separators that
-- are empty/multi-byte/contain zeros, numeric arguments coerced to
-- strings, and the error messages of both functions side by side
local function filled(s, n)
  local t = {}
  for i = 1, n do t[i] = s end
  return t
end
local cases = {{"ab", 3, ","}, {"", 5, "-"}, {"x", 1, "SEP"}, {"x", 0, "SEP"}, {"x", -3, "SEP"},
  {"a\0", 4, "\0"}, {"é", 3, "→"}, {"", 0, ""}, {"", 4, ""}, {"q", 2, ""}}
for _, c in ipairs(cases) do
  local s, n, sep = c[1], c[2], c[3]
  local r = string.rep(s, n, sep)
  local t = table.concat(filled(s, n), sep)
  print(string.format("%-6q %3d %-6q len=%-3d same=%s %q", s, n, sep, #r, tostring(r == t), r))
end
-- large counts: lengths follow n*#s + (n-1)*#sep
for _, n in ipairs{1, 2, 10, 1000, 65536} do
  local r = ("abc"):rep(n, "--")
  print(n, #r, #r == n * 3 + (n - 1) * 2, r:sub(1, 8), r:sub(-8))
end
-- numbers as the string or separator are converted like tostring
print(string.rep(12, 3, 0), string.rep(1.5, 2, -1), string.rep("x", "2", 3.0))
print(table.concat({1, 2.0, -0.0, 2^63}, 1.5))
-- mininteger and float counts
print("[" .. string.rep("x", math.mininteger) .. "]", "[" .. string.rep("x", -0.0) .. "]", string.rep("ab", 3.0))
print(pcall(string.rep, "x", 0.5))
print(pcall(string.rep, "x", "two"))
print(pcall(string.rep, "x", 3, {}))
print(pcall(string.rep, "x", 1 << 40, "y"))
print(pcall(table.concat, {1, {}, 3}, ","))
print(pcall(table.concat, {1, 2, 3}, {}))
print(pcall(table.concat, {"a", nil, "c"}, ",", 1, 3))
print(pcall(table.concat, {"a"}, ",", 1, 2))
print(pcall(table.concat, {true}))
-- building separators from rep and using them in concat
local bar = ("=-"):rep(10, "")
local cells = {}
for i = 1, 5 do cells[i] = ("*"):rep(i, " ") end
print(bar)
print(table.concat(cells, "\n"))
print(bar:reverse())
-- concat of many parts equals repeated string concatenation
local acc, parts = "", {}
for i = 1, 300 do
  local piece = tostring(i % 7) .. (i % 3 == 0 and "," or "")
  acc = acc .. piece
  parts[i] = piece
end
print(#acc, acc == table.concat(parts), acc:sub(1, 20), select(2, acc:gsub(",", ",")))
