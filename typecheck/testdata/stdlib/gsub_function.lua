local s, n = ("hello"):gsub("l", function(c) return c:upper() end)
local out: string = s
local count: integer = n
local t = ("a b"):gsub("%w", {a = "1"})
print(out, count, t);
("x"):gsub("x", true) -- expect-error: TYPE_MISMATCH
