-- covers: io.lines and file:lines with several formats per iteration
-- ("n" pairs, counts, "L", "l" mixed), lines of a file written with
-- different line endings, the iterator stopping at the first nil, and
-- that file:lines does not close the file while io.lines(name) does
local name = "io_lines_formats_mix.tmp"
local f = assert(io.open(name, "w"))
f:write("3 4\n10 20\n-1.5 2e2\nx y\n")
f:write("alpha\r\nbeta\n\ngamma")
f:close()

-- pairs of numbers until the first non-number
for a, b in io.lines(name, "n", "n") do
  print("pair", a, b, math.type(a), math.type(b), a * b)
end
-- fixed-size chunks
local chunks = {}
for c in io.lines(name, 7) do chunks[#chunks + 1] = string.format("%q", c) end
print(#chunks, table.concat(chunks, " "))
-- line with and without newline, mixed in one iteration
for l1, l2 in io.lines(name, "L", "l") do
  io.write(string.format("%q|%q\n", l1, l2 or "<nil>"))
end
-- file:lines keeps the file open; positions continue after the loop
f = assert(io.open(name))
local count = 0
for l in f:lines() do
  count = count + 1
  if l == "x y" then break end
end
print("stopped after", count, "next:", f:read("l"))
for l in f:lines("L") do io.write("[", (l:gsub("\r", "\\r"):gsub("\n", "\\n")), "]") end
print()
print(io.type(f), f:read("a"), f:read("l"))
f:close()
print(io.type(f))
-- io.lines(name) closes at EOF: the iterator then errors
local it = io.lines(name)
local n = 0
while it() do n = n + 1 end
print("lines", n)
print(pcall(it))
-- "a" never fails, so that iterator keeps returning ""
local ita = io.lines(name, "a")
local whole = ita()
print(#whole, string.format("%q", ita()), string.format("%q", ita()))
-- numbers across line boundaries and a failing number stops a multi-read
f = assert(io.open(name))
print(f:read("n", "n", "n", "n", "n", "n", "n"))
print(f:read("l"))
f:close()
-- counting words per line with gmatch on io.lines output
local words = {}
for l in io.lines(name) do
  local n = select(2, l:gsub("%S+", ""))
  words[#words + 1] = n
end
print(table.concat(words, ","))
-- bad formats
-- formats are checked when reading, not when io.lines is called
local ok, bad = pcall(io.lines, name, "x")
print(ok, pcall(bad))
ok, bad = pcall(io.lines, name, {})
print(ok, pcall(bad))
print(os.remove(name))
