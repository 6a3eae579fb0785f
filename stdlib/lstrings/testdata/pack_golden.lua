-- Generates pack_golden.txt from the reference interpreter:
--
--   cd stdlib/lstrings/testdata && lua5.3 pack_golden.lua > pack_golden.txt
--
-- Each line is "format TAB values TAB data(hex) TAB init TAB result"
-- (see pack_check.lua). Formats are random sequences of options, valid or
-- not.
math.randomseed(tonumber(arg and arg[2]) or 5302)
local N = tonumber(arg and arg[1]) or 1500
local check = dofile("pack_check.lua")

local opts = { "<", ">", "=", "!", "!4", "!2", "!16", "b", "B", "h", "H", "i", "I", "i3", "I5", "i16",
  "I9", "l", "L", "j", "J", "T", "f", "d", "n", "s", "s1", "s2", "z", "x", "X", "Xi4", "Xh", "c3",
  "c0", " ", "i17", "i0", "y", "c", "Xc2", "!3" }

local function unhex(h)
  return (h:gsub("..", function(x) return string.char(tonumber(x, 16)) end))
end

for _ = 1, N do
  local fmt = ""
  for _ = 1, math.random(1, 5) do fmt = fmt .. opts[math.random(#opts)] end
  local vals = ""
  for _ = 1, math.random(0, 5) do vals = vals .. string.char(96 + math.random(1, 25)) end
  local data = ""
  for _ = 1, math.random(0, 24) do
    data = data .. string.format("%02x", ({ 0, 1, 2, 0x7f, 0x80, 0xff, 0x41 })[math.random(7)])
  end
  local init = math.random(-3, 6)
  io.write(fmt, "\t", vals, "\t", data, "\t", init, "\t", check(fmt, vals, unhex(data), init), "\n")
end
