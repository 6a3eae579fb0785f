-- Generates format_golden.txt, the expected output of string.format for
-- a few thousand random format items, from the reference interpreter:
--
--   cd stdlib/lstrings/testdata && lua5.3 format_golden.lua > format_golden.txt
--
-- Each line is "format TAB value TAB result". Values are "i<integer>",
-- "f<float>" (hexadecimal, inf, -inf, nan or -nan) or "s<string>"; control
-- characters and backslashes in results are written as \ddd.
math.randomseed(20240601)
local N = tonumber(arg and arg[1]) or 4000

local flagchars = { "-", "+", " ", "#", "0" }
local function flags()
  local s = ""
  for _ = 1, math.random(0, 4) do s = s .. flagchars[math.random(#flagchars)] end
  return s
end
local function spec()
  local w = ({ "", "", "5", "12", tostring(math.random(0, 40)) })[math.random(5)]
  local p = ({ "", "", "", ".", ".0", ".3", "." .. math.random(0, 20), "." .. math.random(0, 99) })[math.random(8)]
  return flags() .. w .. p
end

local function rand64() -- math.random cannot span the whole integer range
  return math.random(0, 0xffffffff) << 32 | math.random(0, 0xffffffff)
end

local fixedfloats = { 0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 2.5, 0.5, 1.5, 1e-5, 123456.789, 1e15, 1e16, 1e100,
  -1e-300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1 / 0, -1 / 0, 0 / 0, -(0 / 0), 9.9999995,
  99.99, 999.5, 99999.95, 0.000999, 9.99e-05, 0.95, 100.0, 1e21, 0.125, 0.375, 2.675, 4.35 }
local function randfloat()
  local r = math.random()
  if r < 0.35 then
    return fixedfloats[math.random(#fixedfloats)]
  elseif r < 0.7 then
    local x = string.unpack("<d", string.pack("<i8", rand64()))
    if x ~= x or x == 1 / 0 or x == -1 / 0 then x = 1.0 end
    return x
  else
    return (math.random() * 2 - 1) * 10.0 ^ math.random(-30, 30)
  end
end
local fixedints = { 0, 1, -1, 42, -42, 255, 256, 65, 65535, math.maxinteger, math.mininteger, 123456789 }
local function randint()
  local r = math.random()
  if r < 0.3 then return fixedints[math.random(#fixedints)] end
  if r < 0.6 then return math.random(-300, 300) end
  return rand64()
end
local strs = { "", "a", "hello", "hello world", string.rep("x", 30) }

local function floatrepr(x)
  if x ~= x then return string.format("%a", x) end -- "nan" or "-nan"
  if x == 1 / 0 then return "inf" elseif x == -1 / 0 then return "-inf" end
  return string.format("%a", x)
end
local function esc(s)
  return (s:gsub("[%c\\]", function(c) return string.format("\\%03d", c:byte()) end))
end

local verbs = "diuxXocaAeEfgGs"
for _ = 1, N do
  local k = math.random(#verbs)
  local v = verbs:sub(k, k)
  local fmt = "%" .. spec() .. v
  local x, repr
  if v:find("[diuxXoc]") then
    x = randint(); repr = "i" .. string.format("%d", x)
  elseif v == "s" then
    x = strs[math.random(#strs)]; repr = "s" .. x
  else
    x = randfloat(); repr = "f" .. floatrepr(x)
  end
  local ok, r = pcall(string.format, fmt, x)
  if not ok then r = "ERR " .. r end
  io.write(fmt, "\t", repr, "\t", esc(r), "\n")
end
