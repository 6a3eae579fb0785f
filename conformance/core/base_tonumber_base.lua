-- covers: tonumber with an explicit base 2..36, invalid digits, and argument errors
print(tonumber("10", 2), tonumber("11111111", 2), tonumber("777", 8), tonumber("ff", 16))
print(tonumber("FF", 16), tonumber("zz", 36), tonumber("ZZ", 36), tonumber("10", 36))
print(tonumber("10", 16), tonumber("10", 10), tonumber("  11  ", 3), tonumber("-ff", 16))
print(tonumber("8", 8), tonumber("2", 2), tonumber("g", 16), tonumber("1.5", 10))
print(tonumber("", 10), tonumber(" ", 10), tonumber("-", 10), tonumber("0x10", 16))
print(tonumber("7fffffffffffffff", 16), tonumber("ffffffffffffffff", 16), tonumber("10000000000000000", 16))
print(tonumber("1e1", 10), tonumber("1e1", 16), tonumber("+5", 10))
print(pcall(tonumber, "10", 1))
print(pcall(tonumber, "10", 37))
print(pcall(tonumber, "10", 0))
print(pcall(tonumber, 10, 16))
print(pcall(tonumber, nil, 10))
print(pcall(tonumber, {}, 10))
print(pcall(tonumber, "10", "x"))
print(pcall(tonumber, "10", 2.5))
print(tonumber("10", 16.0), tonumber("10", "8"))
-- converting numbers to other bases and back
local function tobase(n, b)
  local digits = "0123456789abcdefghijklmnopqrstuvwxyz"
  if n == 0 then return "0" end
  local s = ""
  local d = {}
  while n > 0 do
    local r = n % b
    d[#d + 1] = r
    n = n // b
  end
  return d
end
local samples = {255, 1000, 12345}
for i = 1, #samples do
  local n = samples[i]
  for b = 2, 36, 17 do
    local d = tobase(n, b)
    local back = 0
    for j = #d, 1, -1 do back = back * b + d[j] end
    print(n, b, #d, back == n)
  end
end
