-- covers: an uncaught table.concat error at top level: the process exits
-- with status 1 and the message carries the chunk position; before it,
-- the same error through pcall in both naming forms
local rows = {}
for i = 1, 5 do rows[i] = string.format("row%02d", i) end
print(table.concat(rows, ";"))
print(pcall(table.concat, rows, ";", 1, 6))
local cat = table.concat
print(pcall(function() return cat(rows, ";", 0) end))
print(pcall(function() return rows.concat end))
-- numbers are fine, booleans are not
rows[3] = 3.5
print(table.concat(rows, ";"))
rows[4] = false
print(select("#", pcall(table.concat, rows)))
local lens = {}
for i, v in ipairs(rows) do lens[i] = type(v) end
print(table.concat(lens, ","))
io.write("about to fail\n")
print(table.concat(rows, ";"))
print("never printed")
