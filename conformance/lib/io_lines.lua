-- io.lines(name) reads lines and closes the file at the end; calling the
-- iterator again then fails.
local n = 0
for l in io.lines("data/lines.txt") do
  n = n + 1
  print(n, "[" .. l .. "]")
end
local it = io.lines("data/lines.txt")
print(it())
print(it(), it(), it(), it())
print(it())
print(pcall(it))
-- formats
for a, b in io.lines("data/lines.txt", 3, "l") do print("[" .. a .. "]", b) end
for l in io.lines("data/lines.txt", "L") do io.write("<", l, ">") end
print()
for c in io.lines("data/lines.txt", 10) do io.write("{", c, "}") end
print()
for x in io.lines("data/empty.txt") do print("never", x) end
local it2 = io.lines("data/empty.txt", "a")
print("[" .. it2() .. "]", it2())
print(pcall(io.lines, "data/no_such_file.txt"))
print(pcall(io.lines, {}))
