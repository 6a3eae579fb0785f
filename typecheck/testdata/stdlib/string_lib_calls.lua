local s = "Hello, World"
local parts: {string} = {}
for w in s:gmatch("%a+") do
  table.insert(parts, w)
end
local r: string = s:rep(2, "-")
local replaced, count = s:gsub("o", "0")
local c: integer = count
local b: integer = s:byte(1)
local ch: string = string.char(72, 105)
local fmt: string = ("%s=%d"):format("k", 1)
local bad = s:rep("x") -- expect-error: TYPE_MISMATCH
print(#parts, r, replaced, c, b, ch, fmt, bad)
