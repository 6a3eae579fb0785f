-- Exact results of the math functions, shown through frexp: the mantissa
-- times 2^53 is an integer, so every bit is printed. lua5.3 uses glibc,
-- whose functions are correctly rounded in all but rare cases; these
-- arguments are not among them.
local function bits(x)
  if x == 0 or x ~= x or x == math.huge or x == -math.huge then return tostring(x) end
  local m, e = math.frexp(x)
  return math.tointeger(m * 2^53) .. "p" .. (e - 53)
end
local fs = {"sin", "cos", "tan", "asin", "acos", "atan", "exp", "log", "sqrt", "sinh", "cosh", "tanh", "log10"}
for _, name in ipairs(fs) do
  local f = math[name]
  local out = {}
  for i = 1, 24 do
    local x = (i - 12.5) / 13
    if name == "log" or name == "sqrt" or name == "log10" then x = i * 0.37 end
    out[i] = bits(f(x))
  end
  print(name, table.concat(out, " "))
end
local out = {}
for i = 1, 16 do out[i] = bits(math.log(i * 1.3, 2)) .. "/" .. bits(math.atan(i - 8.5, 3.25)) .. "/" .. bits(math.pow(i * 0.7, 1.9)) end
print(table.concat(out, " "))
out = {}
for i = 1, 16 do out[i] = bits(math.exp(i * 40.5 - 300)) .. "/" .. bits(math.sin(i * 1e5 + 0.25)) end
print(table.concat(out, " "))
